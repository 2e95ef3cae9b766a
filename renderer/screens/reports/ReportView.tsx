// One X or Z report on screen: the headline figures with how they relate, the charts, and every
// table (methods, cashiers, units with their proceeds split, categories, products, shifts, cash).
import type { DayReport } from '../../../shared/contract';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { hourText } from '../../../shared/reportTables';
import { formatZonedDateTime, zoneNote } from '../../../shared/zoneLabel';
import { DataTable, type DataTableProps } from '../../components/ui/DataTable';
import { type MessageKey, useT } from '../../i18n';
import { HourChart, UnitChart } from './ReportCharts';

const qty = (milli: number) => (milli / 1000).toLocaleString('id-ID', { maximumFractionDigits: 3 });
const minus = (amount: number) => (amount === 0 ? 0 : -amount);

function Figure({
  label,
  amount,
  testId,
  strong,
}: {
  label: string;
  amount: number;
  testId: string;
  strong?: boolean;
}) {
  return (
    <div className={strong ? 'reports-figure reports-figure-strong' : 'reports-figure'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{formatRupiah(amount)}</dd>
    </div>
  );
}

/** A titled table from the kit, across the whole width unless it is one of the small ones. */
function Block<Row>({ title, half, ...table }: { title: string; half?: boolean } & DataTableProps<Row>) {
  return (
    <section className={half ? 'reports-block' : 'reports-block reports-block-wide'} aria-label={title}>
      <h3>{title}</h3>
      <DataTable {...table} className="reports-table" />
    </section>
  );
}

export function ReportView({ report, timeZone }: { report: DayReport; timeZone: string }) {
  const t = useT();
  const at = (iso: string | null) => (iso ? formatZonedDateTime(new Date(iso), timeZone) : '-');
  // The hours are the till's; say which zone when the laptop keeps another.
  const zone = zoneNote(new Date(report.generatedAt), timeZone);
  const byHour = zone ? `${t('reports.byHour')} (${zone})` : t('reports.byHour');
  const method = (m: string) =>
    ['cash', 'qris', 'transfer', 'card'].includes(m) ? t(`pay.method.${m}` as MessageKey) : m;
  const c = report.cash;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const cashRows = (
    [
      ['float', c.openingFloat],
      ['sales', c.cashSales],
      ['voided', minus(c.cashVoided)],
      ['refunds', minus(c.cashRefunds)],
      ['in', c.cashIn],
      ['out', minus(c.cashOut)],
      // Cash of command-line sales: in the day's sales, in no drawer (shown only when there is some).
      ['outside', minus(c.outsideShifts ?? 0)],
      ['expected', c.expected],
      ['counted', c.counted],
      ['variance', c.variance],
    ] as const
  ).filter(([key, amount]) => key !== 'outside' || amount !== 0);

  return (
    <div className="reports-view" data-testid="report-view" data-zno={report.zNo ?? ''}>
      <p className="muted">
        {t('reports.generated', { time: at(report.generatedAt) })} ·{' '}
        {t('reports.salesCount', { count: report.salesCount })}
      </p>
      <dl className="reports-figures" aria-label={t('reports.net')}>
        <Figure label={t('reports.gross')} amount={report.gross} testId="report-gross" />
        <Figure label={t('reports.discounts')} amount={minus(report.discounts)} testId="report-discounts" />
        <Figure label={t('reports.ppnAdded')} amount={report.ppnAdded} testId="report-ppn-added" />
        <Figure label={t('reports.rounding')} amount={report.rounding} testId="report-rounding" />
        <Figure
          label={t('reports.salesTotal')}
          amount={report.salesTotal}
          testId="report-sales-total"
          strong
        />
        <Figure
          label={t('reports.voids', { count: report.voids.count })}
          amount={minus(report.voids.amount)}
          testId="report-voids"
        />
        <Figure
          label={t('reports.refunds', { count: report.refunds.count })}
          amount={minus(report.refunds.amount)}
          testId="report-refunds"
        />
        <Figure label={t('reports.net')} amount={report.net} testId="report-net" strong />
        <Figure label={t('reports.dpp')} amount={report.tax.dpp} testId="report-dpp" />
        <Figure label={t('reports.ppn')} amount={report.tax.ppn} testId="report-ppn" />
      </dl>
      <p className="reports-rules muted">
        {t('reports.salesTotalRule')}. {t('reports.netRule')}. {t('reports.taxNote')}
      </p>

      <div className="reports-charts">
        <section className="reports-block" aria-label={byHour}>
          <h3>{byHour}</h3>
          <div className="reports-chart-wrap">
            <HourChart byHour={report.byHour} />
          </div>
        </section>
        {report.byProducer.length > 0 && (
          <section className="reports-block" aria-label={t('reports.unitChart')}>
            <h3>{t('reports.unitChart')}</h3>
            <div className="reports-chart-wrap">
              <UnitChart units={report.byProducer} />
            </div>
          </section>
        )}
      </div>

      <div className="reports-grid">
        <Block
          title={t('reports.byMethod')}
          testId="report-by-method"
          rows={report.byMethod}
          rowKey={(m) => m.method}
          rowProps={(m) => ({ 'data-testid': 'report-method-row', 'data-method': m.method })}
          columns={[
            { key: 'method', header: t('reports.col.method'), cell: (m) => method(m.method) },
            { key: 'sales', header: t('reports.col.sales'), kind: 'num', cell: (m) => formatNumber(m.sales) },
            {
              key: 'voids',
              header: t('reports.col.voids'),
              kind: 'num',
              cell: (m) => formatNumber(minus(m.voids)),
            },
            {
              key: 'refunds',
              header: t('reports.col.refunds'),
              kind: 'num',
              cell: (m) => formatNumber(minus(m.refunds)),
            },
            { key: 'net', header: t('reports.col.net'), kind: 'num', cell: (m) => formatNumber(m.net) },
          ]}
          foot={
            <tr>
              <th scope="row">{t('reports.col.total')}</th>
              <td className="ui-num">{formatNumber(sum(report.byMethod.map((m) => m.sales)))}</td>
              <td className="ui-num">{formatNumber(minus(sum(report.byMethod.map((m) => m.voids))))}</td>
              <td className="ui-num">{formatNumber(minus(sum(report.byMethod.map((m) => m.refunds))))}</td>
              <td className="ui-num">{formatNumber(sum(report.byMethod.map((m) => m.net)))}</td>
            </tr>
          }
        />

        <Block
          title={t('reports.byProducer')}
          testId="report-by-producer"
          rows={report.byProducer}
          rowKey={(u) => u.code}
          rowProps={(u) => ({ 'data-testid': 'report-producer-row', 'data-code': u.code })}
          columns={[
            {
              key: 'unit',
              header: t('reports.col.unit'),
              cell: (u) => (
                <>
                  {u.name} <span className="ui-sub ui-code-text">{u.code}</span>
                </>
              ),
            },
            {
              key: 'amount',
              header: t('reports.col.amount'),
              kind: 'num',
              cell: (u) => formatNumber(u.amount),
            },
            { key: 'pnbp', header: t('reports.col.pnbp'), kind: 'num', cell: (u) => formatNumber(u.pnbp) },
            { key: 'premi', header: t('reports.col.premi'), kind: 'num', cell: (u) => formatNumber(u.premi) },
            {
              key: 'capital',
              header: t('reports.col.capital'),
              kind: 'num',
              cell: (u) => formatNumber(u.capital),
            },
          ]}
          foot={
            <>
              <tr data-testid="report-rounding-kept">
                <td>{t('reports.roundingKept')}</td>
                <td className="ui-num">{formatNumber(report.roundingKept)}</td>
                <td colSpan={3} />
              </tr>
              <tr>
                <th scope="row">{t('reports.net')}</th>
                <td className="ui-num" data-testid="report-units-total">
                  {formatNumber(sum(report.byProducer.map((u) => u.amount)) + report.roundingKept)}
                </td>
                <td colSpan={3} className="ui-sub">
                  {t('reports.unitsRule')}
                </td>
              </tr>
            </>
          }
        />

        <Block
          title={t('reports.shifts')}
          testId="report-shifts"
          rows={report.shifts}
          rowKey={(s) => s.id}
          rowProps={(s) => ({ 'data-testid': 'report-shift-row', 'data-open': String(s.closedAt === null) })}
          columns={[
            { key: 'cashier', header: t('reports.col.cashier'), cell: (s) => s.userName },
            { key: 'opened', header: t('reports.col.opened'), cell: (s) => at(s.openedAt) },
            {
              key: 'closed',
              header: t('reports.col.closed'),
              cell: (s) =>
                s.closedAt ? at(s.closedAt) : <span className="ui-sub">{t('reports.shiftOpen')}</span>,
            },
            {
              key: 'expected',
              header: t('reports.col.expected'),
              kind: 'num',
              cell: (s) => (s.expectedCash === null ? '' : formatNumber(s.expectedCash)),
            },
            {
              key: 'counted',
              header: t('reports.col.counted'),
              kind: 'num',
              cell: (s) => (s.countedCash === null ? '' : formatNumber(s.countedCash)),
            },
            {
              key: 'variance',
              header: t('reports.col.variance'),
              kind: 'num',
              cellProps: () => ({ 'data-testid': 'report-shift-variance' }),
              cell: (s) => (s.variance === null ? '' : formatNumber(s.variance)),
            },
          ]}
        />

        <Block
          half
          title={t('reports.cash')}
          testId="report-cash"
          rows={cashRows}
          rowKey={([key]) => key}
          rowProps={([key]) => ({
            className: key === 'expected' || key === 'variance' ? 'reports-total' : undefined,
          })}
          columns={[
            {
              key: 'what',
              header: t('reports.cash'),
              cellProps: ([key]) => ({ title: key === 'expected' ? t('reports.expectedRule') : undefined }),
              cell: ([key]) => t(`reports.cash.${key}`),
            },
            {
              key: 'amount',
              header: t('reports.col.amount'),
              kind: 'num',
              cellProps: ([key]) => ({ 'data-testid': `report-cash-${key}` }),
              cell: ([, amount]) => formatNumber(amount),
            },
          ]}
        />

        <Block
          half
          title={t('reports.byCashier')}
          testId="report-by-cashier"
          rows={report.byCashier}
          rowKey={(row) => row.name}
          columns={[
            { key: 'cashier', header: t('reports.col.cashier'), cell: (row) => row.name },
            { key: 'count', header: t('reports.col.count'), kind: 'num', cell: (row) => row.salesCount },
            {
              key: 'amount',
              header: t('reports.col.amount'),
              kind: 'num',
              cell: (row) => formatNumber(row.amount),
            },
          ]}
        />

        <Block
          half
          title={t('reports.byCategory')}
          testId="report-by-category"
          rows={report.byCategory}
          rowKey={(row) => row.category}
          columns={[
            { key: 'category', header: t('reports.col.category'), cell: (row) => row.category },
            {
              key: 'amount',
              header: t('reports.col.amount'),
              kind: 'num',
              cell: (row) => formatNumber(row.amount),
            },
          ]}
        />

        <Block
          half
          title={byHour}
          testId="report-by-hour"
          rows={report.byHour}
          rowKey={(h) => h.hour}
          columns={[
            { key: 'hour', header: t('reports.col.hour'), kind: 'num', cell: (h) => hourText(h.hour) },
            { key: 'count', header: t('reports.col.count'), kind: 'num', cell: (h) => h.count },
            {
              key: 'amount',
              header: t('reports.col.amount'),
              kind: 'num',
              cell: (h) => formatNumber(h.amount),
            },
          ]}
        />

        <Block
          title={t('reports.byProduct')}
          testId="report-by-product"
          rows={report.byProduct}
          rowKey={(p) => p.productId}
          rowProps={(p) => ({ 'data-testid': 'report-product-row', 'data-sku': p.sku })}
          columns={[
            { key: 'sku', header: t('reports.col.sku'), kind: 'code', cell: (p) => p.sku },
            { key: 'product', header: t('reports.col.product'), cell: (p) => p.name },
            {
              key: 'qty',
              header: t('reports.col.qty'),
              kind: 'num',
              cell: (p) => `${qty(p.qtyMilli)} ${p.unit}`,
            },
            {
              key: 'amount',
              header: t('reports.col.amount'),
              kind: 'num',
              cell: (p) => formatNumber(p.amount),
            },
          ]}
        />
      </div>
    </div>
  );
}
