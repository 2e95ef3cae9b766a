// Counts and totals of a batch, as the preview shows them before the export and the result after:
// the same figures the manifest carries, by payment method and by producing unit with the split.
import type { BatchPreview } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { type MessageKey, useT } from '../../i18n';

export function BatchSummary(props: { counts: BatchPreview['counts']; totals: BatchPreview['totals'] }) {
  const t = useT();
  const { counts, totals } = props;
  return (
    <div className="batches-summary">
      <dl className="batches-figures" data-testid="batches-counts">
        <div>
          <dt>{t('batches.count.sales')}</dt>
          <dd data-testid="batches-count-sales">{counts.sales}</dd>
        </div>
        <div>
          <dt>{t('batches.count.voids')}</dt>
          <dd>{counts.voids}</dd>
        </div>
        <div>
          <dt>{t('batches.count.refunds')}</dt>
          <dd>{counts.refunds}</dd>
        </div>
        <div>
          <dt>{t('batches.count.shifts')}</dt>
          <dd>{counts.shifts}</dd>
        </div>
        <div>
          <dt>{t('batches.count.z')}</dt>
          <dd>{counts.zReports}</dd>
        </div>
      </dl>
      <dl className="batches-figures" data-testid="batches-totals">
        <div>
          <dt>{t('batches.total.sales')}</dt>
          <dd>{formatRupiah(totals.salesTotal)}</dd>
        </div>
        <div>
          <dt>{t('batches.total.voids')}</dt>
          <dd>{formatRupiah(totals.voids.amount)}</dd>
        </div>
        <div>
          <dt>{t('batches.total.refunds')}</dt>
          <dd>{formatRupiah(totals.refunds.amount)}</dd>
        </div>
        <div className="batches-net">
          <dt>{t('batches.total.net')}</dt>
          <dd data-testid="batches-net">{formatRupiah(totals.net)}</dd>
        </div>
      </dl>
      {totals.byMethod.length > 0 && (
        <table className="batches-table batches-compact">
          <caption>{t('batches.byMethod')}</caption>
          <thead>
            <tr>
              <th>{t('batches.col.method')}</th>
              <th className="batches-num">{t('batches.col.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.byMethod.map((m) => (
              <tr key={m.method}>
                <td>{t(`batches.method.${m.method}` as MessageKey)}</td>
                <td className="batches-num">{formatRupiah(m.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totals.byUnit.length > 0 && (
        <table className="batches-table batches-compact" data-testid="batches-units">
          <caption>{t('batches.byUnit')}</caption>
          <thead>
            <tr>
              <th>{t('batches.col.unit')}</th>
              <th className="batches-num">{t('batches.col.amount')}</th>
              <th className="batches-num">{t('batches.col.pnbp')}</th>
              <th className="batches-num">{t('batches.col.premi')}</th>
              <th className="batches-num">{t('batches.col.capital')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.byUnit.map((u) => (
              <tr key={u.code}>
                <td title={u.code}>{u.name}</td>
                <td className="batches-num">{formatRupiah(u.amount)}</td>
                <td className="batches-num">{formatRupiah(u.pnbp)}</td>
                <td className="batches-num">{formatRupiah(u.premi)}</td>
                <td className="batches-num">{formatRupiah(u.capital)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
