// The day's sales: search by receipt number, amount or product; open one to reprint it, void it
// (same day, before the Z) or refund some of its lines (any day). Voids and refunds need a reason and
// a manager's PIN; the engine decides what is allowed and says why not.
import '../catalog/catalog.css';
import './sales.css';
import { useCallback, useEffect, useState } from 'react';
import type { SaleDetail, SaleSummary } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatQty } from '../../../shared/quantity';
import { formatDateTime } from '../../../shared/time';
import { ApiError, call } from '../../api/client';
import { type MessageKey, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { RefundDialog } from './RefundDialog';
import { VoidDialog } from './VoidDialog';

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const timeOf = (iso: string) => formatDateTime(new Date(iso), LOCAL_ZONE);

export function SalesScreen() {
  const t = useT();
  const [day, setDay] = useState('');
  const [query, setQuery] = useState('');
  const [sales, setSales] = useState<SaleSummary[]>([]);
  const [detail, setDetail] = useState<SaleDetail | null>(null);
  const [dialog, setDialog] = useState<'void' | 'refund' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(async (which: string, text: string) => {
    try {
      const found = await call('sales.search', {
        ...(which ? { day: which } : {}),
        query: text || undefined,
      });
      setDay(found.day);
      setSales(found.sales);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void search('', '');
  }, [search]);

  const open = async (receiptNo: string) => {
    try {
      setDetail(await call('sales.detail', { receiptNo }));
      setNotice(null);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const reprint = async () => {
    if (!detail) return;
    try {
      await call('printing.reprint', { receiptNo: detail.sale.receiptNo });
      setNotice(t('sales.reprinted'));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('api.unreachable'));
    }
  };

  const changed = (next: SaleDetail, message: string) => {
    setDetail(next);
    setDialog(null);
    setNotice(message);
    void search(day, query);
  };

  return (
    <main className="cat sales-screen">
      <div className="cat-body cat-split">
        <section className="cat-panel" aria-label={t('sales.title')}>
          <form
            className="cat-toolbar"
            onSubmit={(e) => {
              e.preventDefault();
              void search(day, query);
            }}
          >
            <input
              className="cat-grow"
              data-testid="sales-search"
              placeholder={t('sales.searchHint')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <input
              type="date"
              aria-label={t('sales.day')}
              data-testid="sales-day"
              value={day}
              onChange={(e) => {
                setDay(e.target.value);
                void search(e.target.value, query);
              }}
            />
            <button type="submit" className="btn" data-testid="sales-search-go">
              {t('sales.search')}
            </button>
          </form>
          {error && (
            <p className="error" role="alert" data-testid="sales-error">
              {error}
            </p>
          )}
          <div className="cat-table-wrap">
            <table className="cat-table" data-testid="sales-list">
              <thead>
                <tr>
                  <th>{t('sales.receipt')}</th>
                  <th>{t('sales.time')}</th>
                  <th>{t('sales.cashier')}</th>
                  <th className="cat-num">{t('sales.total')}</th>
                  <th>{t('sales.status')}</th>
                </tr>
              </thead>
              <tbody>
                {sales.map((sale) => (
                  <tr
                    key={sale.id}
                    tabIndex={0}
                    data-testid="sales-row"
                    data-receipt={sale.receiptNo}
                    aria-selected={detail?.sale.id === sale.id}
                    onClick={() => void open(sale.receiptNo)}
                    onKeyDown={(e) => e.key === 'Enter' && void open(sale.receiptNo)}
                  >
                    <td className="cat-mono">
                      {sale.receiptNo}
                      <span className="cat-sub">{sale.preview}</span>
                    </td>
                    <td>{timeOf(sale.createdAt)}</td>
                    <td>{sale.cashierName ?? '-'}</td>
                    <td className="cat-num">{formatRupiah(sale.total)}</td>
                    <td>
                      <StatusBadge status={sale.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {sales.length === 0 && <p className="cat-empty">{t('sales.none')}</p>}
          </div>
        </section>
        {detail && (
          <section
            className="cat-panel cat-editor"
            aria-label={detail.sale.receiptNo}
            data-testid="sale-detail"
          >
            <div className="cat-editor-head">
              <h2>
                {detail.sale.receiptNo} <StatusBadge status={detail.status} />
              </h2>
              <button type="button" className="btn btn-small btn-quiet" onClick={() => setDetail(null)}>
                {t('dialog.close')}
              </button>
            </div>
            <SaleBody detail={detail} />
            {notice && (
              <p className="cat-done" role="status" data-testid="sales-notice">
                {notice}
              </p>
            )}
            <div className="cat-actions">
              <button type="button" className="btn" data-testid="sale-reprint" onClick={() => void reprint()}>
                {t('sales.reprint')}
              </button>
              <button
                type="button"
                className="btn"
                data-testid="sale-refund"
                disabled={detail.refundBlocked !== null}
                title={detail.refundBlocked ?? undefined}
                onClick={() => setDialog('refund')}
              >
                {t('sales.refund')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                data-testid="sale-void"
                disabled={detail.voidBlocked !== null}
                title={detail.voidBlocked ?? undefined}
                onClick={() => setDialog('void')}
              >
                {t('sales.void')}
              </button>
            </div>
            {(detail.voidBlocked || detail.refundBlocked) && (
              <p className="muted" data-testid="sale-blocked">
                {[detail.voidBlocked, detail.refundBlocked].filter(Boolean).join(' ')}
              </p>
            )}
          </section>
        )}
      </div>
      {dialog === 'void' && detail && (
        <VoidDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onDone={(next) => changed(next, t('sales.voided'))}
        />
      )}
      {dialog === 'refund' && detail && (
        <RefundDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onDone={(next, refundNo) => changed(next, t('sales.refunded', { refundNo }))}
        />
      )}
    </main>
  );
}

function StatusBadge({ status }: { status: SaleSummary['status'] }) {
  const t = useT();
  return (
    <span className={`sale-status sale-status-${status}`} data-testid="sale-status" data-status={status}>
      {t(`sales.state.${status}` as MessageKey)}
    </span>
  );
}

function SaleBody({ detail }: { detail: SaleDetail }) {
  const t = useT();
  const { sale } = detail;
  return (
    <>
      <p className="muted">
        {timeOf(sale.createdAt)} · {sale.cashierName ?? '-'}
        {sale.buyer ? ` · ${sale.buyer.name}` : ''}
      </p>
      <table className="cat-table">
        <tbody>
          {sale.lines.map((line) => {
            const state = detail.lines.find((l) => l.lineNo === line.lineNo);
            return (
              <tr key={line.lineNo} data-testid="detail-line">
                <td>
                  {line.name}
                  <span className="cat-sub">
                    {formatQty(line.qtyMilli, line.soldByWeight)} {line.unit} × {formatRupiah(line.unitPrice)}
                    {state && state.refundedMilli > 0
                      ? ` · ${t('sales.lineRefunded', { qty: formatQty(state.refundedMilli, line.soldByWeight) })}`
                      : ''}
                  </span>
                </td>
                <td className="cat-num">{formatRupiah(line.netTotal)}</td>
              </tr>
            );
          })}
          {sale.discountTotal > 0 && <Row label={t('cart.discount')} amount={-sale.discountTotal} />}
          {sale.ppn > 0 && <Row label={t('sales.ppn', { dpp: formatRupiah(sale.dpp) })} amount={sale.ppn} />}
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
          {sale.change > 0 && <Row label={t('pay.change')} amount={sale.change} />}
        </tbody>
      </table>
      {detail.void && (
        <p className="sale-history" data-testid="detail-void">
          {t('sales.voidNote', {
            at: timeOf(detail.void.createdAt),
            reason: detail.void.reason,
            by: detail.void.approvedBy,
          })}
        </p>
      )}
      {detail.refunds.map((r) => (
        <p key={r.id} className="sale-history" data-testid="detail-refund">
          {t('sales.refundNote', {
            refundNo: r.refundNo,
            at: timeOf(r.createdAt),
            amount: formatRupiah(r.amount),
            reason: r.reason,
            by: r.approvedBy,
          })}
        </p>
      ))}
    </>
  );
}

function Row({ label, amount, strong }: { label: string; amount: number; strong?: boolean }) {
  return (
    <tr className={strong ? 'sale-total-row' : undefined}>
      <td>{label}</td>
      <td className="cat-num">{formatRupiah(amount)}</td>
    </tr>
  );
}
