// One sale as it is now: its lines (with what came back), discounts, PPN, rounding, payments, and
// the void and refunds recorded against it. Amounts are the stored ones; nothing is re-priced here.
import type { SaleDetail, SaleSummary } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatQty } from '../../../shared/quantity';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { type Column, DataTable } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';

export function StatusBadge({ status }: { status: SaleSummary['status'] }) {
  const t = useT();
  return (
    <span className={`sale-status sale-status-${status}`} data-testid="sale-status" data-status={status}>
      {t(`sales.state.${status}` as MessageKey)}
    </span>
  );
}

/** A line of the sums under the sale's lines: subtotal, discount, PPN, total, payments, change. */
function Row({ label, amount, strong }: { label: string; amount: number; strong?: boolean }) {
  return (
    <tr className={strong ? 'sale-total-row' : undefined}>
      <td>{label}</td>
      <td className="ui-num">{formatRupiah(amount)}</td>
    </tr>
  );
}

type SaleLine = SaleDetail['sale']['lines'][number];

export function SaleBody({ detail, timeZone }: { detail: SaleDetail; timeZone: string }) {
  const t = useT();
  const { sale } = detail;
  const at = (iso: string) => formatZonedDateTime(new Date(iso), timeZone);
  const columns: Column<SaleLine>[] = [
    {
      key: 'item',
      header: t('sales.items'),
      cell: (line) => {
        const state = detail.lines.find((l) => l.lineNo === line.lineNo);
        const notes = [
          `${formatQty(line.qtyMilli, line.soldByWeight)} ${line.unit} × ${formatRupiah(line.unitPrice)}`,
          line.lineDiscount > 0 ? t('sales.lineDiscount', { amount: formatRupiah(line.lineDiscount) }) : '',
          state && state.refundedMilli > 0
            ? t('sales.lineRefunded', {
                qty: formatQty(state.refundedMilli, line.soldByWeight),
                unit: line.unit,
              })
            : '',
        ].filter(Boolean);
        return (
          <>
            {line.name}
            <span className="ui-sub sale-notes">{notes.join(' · ')}</span>
          </>
        );
      },
    },
    {
      key: 'amount',
      header: t('sales.amount'),
      kind: 'num',
      cell: (line) => formatRupiah(line.lineTotal),
    },
  ];
  return (
    <>
      <p className="muted" data-testid="detail-meta">
        {at(sale.createdAt)} · {sale.cashierName ?? '-'}
        {sale.buyer ? ` · ${sale.buyer.name}` : ''}
      </p>
      <DataTable
        columns={columns}
        rows={sale.lines}
        rowKey={(line) => line.lineNo}
        rowProps={(line) => ({ 'data-testid': 'detail-line', 'data-sku': line.sku })}
        className="sale-lines"
        foot={
          <>
            <Row label={t('sales.subtotal')} amount={sale.subtotal} />
            {sale.discountTotal > 0 && (
              <Row
                label={
                  sale.orderDiscountReason
                    ? `${t('sales.discount')} (${sale.orderDiscountReason})`
                    : t('sales.discount')
                }
                amount={-sale.discountTotal}
              />
            )}
            {sale.ppn > 0 && (
              <Row
                label={t(sale.taxMode === 'inclusive' ? 'sales.ppnIncluded' : 'sales.ppn', {
                  dpp: formatRupiah(sale.dpp),
                })}
                amount={sale.ppn}
              />
            )}
            {sale.rounding !== 0 && <Row label={t('sales.rounding')} amount={sale.rounding} />}
            <Row label={t('sales.total')} amount={sale.total} strong />
            {sale.payments.map((p, i) => (
              <Row
                // biome-ignore lint/suspicious/noArrayIndexKey: stored payments keep their order
                key={i}
                label={`${t(`pay.method.${p.method}` as MessageKey)}${p.reference ? ` · ${p.reference}` : ''}`}
                amount={p.tendered}
              />
            ))}
            {sale.change > 0 && <Row label={t('sales.change')} amount={sale.change} />}
          </>
        }
      />
      {detail.void && (
        <p className="sale-history" data-testid="detail-void">
          {t('sales.voidNote', {
            at: at(detail.void.createdAt),
            reason: detail.void.reason,
            by: detail.void.approvedBy,
          })}
        </p>
      )}
      {detail.refunds.map((r) => (
        <div key={r.id} className="sale-history" data-testid="detail-refund">
          <p>
            {t('sales.refundNote', {
              refundNo: r.refundNo,
              at: at(r.createdAt),
              amount: formatRupiah(r.amount),
              method: t(`pay.method.${r.method}` as MessageKey),
              reason: r.reason,
              by: r.approvedBy,
            })}
          </p>
          <p className="ui-sub">
            {r.lines.map((l) => `${l.name} ${formatQty(l.qtyMilli, l.soldByWeight)} ${l.unit}`).join(', ')}
          </p>
        </div>
      ))}
    </>
  );
}
