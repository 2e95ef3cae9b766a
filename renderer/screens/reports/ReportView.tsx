// One X or Z report on screen: the headline figures with how they relate, the charts, and every
// table (methods, cashiers, units with their proceeds split, categories, products, shifts, cash).
import type { ReactNode } from 'react';
import type { DayReport } from '../../../shared/contract';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { hourText } from '../../../shared/reportTables';
import { formatZonedDateTime, zoneNote } from '../../../shared/zoneLabel';
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

function Table({
  title,
  testId,
  head,
  children,
  foot,
  wide,
}: {
  title: string;
  testId: string;
  head: ReactNode;
  children: ReactNode;
  foot?: ReactNode;
  /** Takes the whole row: six columns of which two are dates (with the zone) need the room. */
  wide?: boolean;
}) {
  return (
    <section className={wide ? 'reports-block reports-block-wide' : 'reports-block'} aria-label={title}>
      <h3>{title}</h3>
      <div className="reports-table-wrap">
        <table className="cat-table reports-table" data-testid={testId}>
          <thead>{head}</thead>
          <tbody>{children}</tbody>
          {foot && <tfoot>{foot}</tfoot>}
        </table>
      </div>
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
        <Table
          title={t('reports.byMethod')}
          testId="report-by-method"
          head={
            <tr>
              <th>{t('reports.col.method')}</th>
              <th className="cat-num">{t('reports.col.sales')}</th>
              <th className="cat-num">{t('reports.col.voids')}</th>
              <th className="cat-num">{t('reports.col.refunds')}</th>
              <th className="cat-num">{t('reports.col.net')}</th>
            </tr>
          }
          foot={
            <tr>
              <th>{t('reports.col.total')}</th>
              <td className="cat-num">{formatNumber(sum(report.byMethod.map((m) => m.sales)))}</td>
              <td className="cat-num">{formatNumber(minus(sum(report.byMethod.map((m) => m.voids))))}</td>
              <td className="cat-num">{formatNumber(minus(sum(report.byMethod.map((m) => m.refunds))))}</td>
              <td className="cat-num">{formatNumber(sum(report.byMethod.map((m) => m.net)))}</td>
            </tr>
          }
        >
          {report.byMethod.map((m) => (
            <tr key={m.method} data-testid="report-method-row" data-method={m.method}>
              <td>{method(m.method)}</td>
              <td className="cat-num">{formatNumber(m.sales)}</td>
              <td className="cat-num">{formatNumber(minus(m.voids))}</td>
              <td className="cat-num">{formatNumber(minus(m.refunds))}</td>
              <td className="cat-num">{formatNumber(m.net)}</td>
            </tr>
          ))}
        </Table>

        <Table
          title={t('reports.byCashier')}
          testId="report-by-cashier"
          head={
            <tr>
              <th>{t('reports.col.cashier')}</th>
              <th className="cat-num">{t('reports.col.count')}</th>
              <th className="cat-num">{t('reports.col.amount')}</th>
            </tr>
          }
        >
          {report.byCashier.map((row) => (
            <tr key={row.name}>
              <td>{row.name}</td>
              <td className="cat-num">{row.salesCount}</td>
              <td className="cat-num">{formatNumber(row.amount)}</td>
            </tr>
          ))}
        </Table>

        <Table
          title={t('reports.byProducer')}
          testId="report-by-producer"
          head={
            <tr>
              <th>{t('reports.col.unit')}</th>
              <th className="cat-num">{t('reports.col.amount')}</th>
              <th className="cat-num">{t('reports.col.pnbp')}</th>
              <th className="cat-num">{t('reports.col.premi')}</th>
              <th className="cat-num">{t('reports.col.capital')}</th>
            </tr>
          }
          foot={
            <>
              <tr data-testid="report-rounding-kept">
                <td>{t('reports.roundingKept')}</td>
                <td className="cat-num">{formatNumber(report.roundingKept)}</td>
                <td colSpan={3} />
              </tr>
              <tr>
                <th title={t('reports.unitsRule')}>{t('reports.net')}</th>
                <td className="cat-num" data-testid="report-units-total">
                  {formatNumber(sum(report.byProducer.map((u) => u.amount)) + report.roundingKept)}
                </td>
                <td colSpan={3} className="cat-sub">
                  {t('reports.unitsRule')}
                </td>
              </tr>
            </>
          }
        >
          {report.byProducer.map((u) => (
            <tr key={u.code} data-testid="report-producer-row" data-code={u.code}>
              <td>
                {u.name} <span className="cat-sub">{u.code}</span>
              </td>
              <td className="cat-num">{formatNumber(u.amount)}</td>
              <td className="cat-num">{formatNumber(u.pnbp)}</td>
              <td className="cat-num">{formatNumber(u.premi)}</td>
              <td className="cat-num">{formatNumber(u.capital)}</td>
            </tr>
          ))}
        </Table>

        <Table
          title={t('reports.cash')}
          testId="report-cash"
          head={
            <tr>
              <th>{t('reports.cash')}</th>
              <th className="cat-num">{t('reports.col.amount')}</th>
            </tr>
          }
        >
          {(
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
          )
            .filter(([key, amount]) => key !== 'outside' || amount !== 0)
            .map(([key, amount]) => (
              <tr
                key={key}
                className={key === 'expected' || key === 'variance' ? 'reports-total' : undefined}
              >
                <td title={key === 'expected' ? t('reports.expectedRule') : undefined}>
                  {t(`reports.cash.${key}`)}
                </td>
                <td className="cat-num" data-testid={`report-cash-${key}`}>
                  {formatNumber(amount)}
                </td>
              </tr>
            ))}
        </Table>

        <Table
          title={t('reports.shifts')}
          testId="report-shifts"
          wide
          head={
            <tr>
              <th>{t('reports.col.cashier')}</th>
              <th>{t('reports.col.opened')}</th>
              <th>{t('reports.col.closed')}</th>
              <th className="cat-num">{t('reports.col.expected')}</th>
              <th className="cat-num">{t('reports.col.counted')}</th>
              <th className="cat-num">{t('reports.col.variance')}</th>
            </tr>
          }
        >
          {report.shifts.map((s) => (
            <tr key={s.id} data-testid="report-shift-row" data-open={s.closedAt === null}>
              <td>{s.userName}</td>
              <td>{at(s.openedAt)}</td>
              <td>
                {s.closedAt ? at(s.closedAt) : <span className="cat-sub">{t('reports.shiftOpen')}</span>}
              </td>
              <td className="cat-num">{s.expectedCash === null ? '' : formatNumber(s.expectedCash)}</td>
              <td className="cat-num">{s.countedCash === null ? '' : formatNumber(s.countedCash)}</td>
              <td className="cat-num" data-testid="report-shift-variance">
                {s.variance === null ? '' : formatNumber(s.variance)}
              </td>
            </tr>
          ))}
        </Table>

        <Table
          title={t('reports.byCategory')}
          testId="report-by-category"
          head={
            <tr>
              <th>{t('reports.col.category')}</th>
              <th className="cat-num">{t('reports.col.amount')}</th>
            </tr>
          }
        >
          {report.byCategory.map((row) => (
            <tr key={row.category}>
              <td>{row.category}</td>
              <td className="cat-num">{formatNumber(row.amount)}</td>
            </tr>
          ))}
        </Table>

        <Table
          title={byHour}
          testId="report-by-hour"
          head={
            <tr>
              <th>{t('reports.col.hour')}</th>
              <th className="cat-num">{t('reports.col.count')}</th>
              <th className="cat-num">{t('reports.col.amount')}</th>
            </tr>
          }
        >
          {report.byHour.map((h) => (
            <tr key={h.hour}>
              <td>{hourText(h.hour)}</td>
              <td className="cat-num">{h.count}</td>
              <td className="cat-num">{formatNumber(h.amount)}</td>
            </tr>
          ))}
        </Table>
      </div>

      <Table
        title={t('reports.byProduct')}
        testId="report-by-product"
        head={
          <tr>
            <th>{t('reports.col.sku')}</th>
            <th>{t('reports.col.product')}</th>
            <th className="cat-num">{t('reports.col.qty')}</th>
            <th className="cat-num">{t('reports.col.amount')}</th>
          </tr>
        }
      >
        {report.byProduct.map((p) => (
          <tr key={p.productId} data-testid="report-product-row" data-sku={p.sku}>
            <td className="cat-mono">{p.sku}</td>
            <td>{p.name}</td>
            <td className="cat-num">
              {qty(p.qtyMilli)} {p.unit}
            </td>
            <td className="cat-num">{formatNumber(p.amount)}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
