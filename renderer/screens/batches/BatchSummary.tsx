// Counts and totals of a batch, as the preview shows them before the export and the result after:
// the same figures the manifest carries, by payment method and by producing unit with the split.
import type { BatchPreview } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { DataTable } from '../../components/ui';
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
        <section className="batches-part" aria-label={t('batches.byMethod')}>
          <h4>{t('batches.byMethod')}</h4>
          <DataTable
            testId="batches-methods"
            rows={totals.byMethod}
            rowKey={(m) => m.method}
            columns={[
              {
                key: 'method',
                header: t('batches.col.method'),
                cell: (m) => t(`batches.method.${m.method}` as MessageKey),
              },
              { key: 'net', header: t('batches.col.amount'), kind: 'num', cell: (m) => formatRupiah(m.net) },
            ]}
          />
        </section>
      )}
      {totals.byUnit.length > 0 && (
        <section className="batches-part" aria-label={t('batches.byUnit')}>
          <h4>{t('batches.byUnit')}</h4>
          <DataTable
            testId="batches-units"
            rows={totals.byUnit}
            rowKey={(u) => u.code}
            rowProps={(u) => ({ 'data-code': u.code })}
            columns={[
              {
                key: 'unit',
                header: t('batches.col.unit'),
                cell: (u) => (
                  <>
                    {u.name} <span className="ui-sub ui-code-text">{u.code}</span>
                  </>
                ),
              },
              {
                key: 'amount',
                header: t('batches.col.amount'),
                kind: 'num',
                cell: (u) => formatRupiah(u.amount),
              },
              { key: 'pnbp', header: t('batches.col.pnbp'), kind: 'num', cell: (u) => formatRupiah(u.pnbp) },
              {
                key: 'premi',
                header: t('batches.col.premi'),
                kind: 'num',
                cell: (u) => formatRupiah(u.premi),
              },
              {
                key: 'capital',
                header: t('batches.col.capital'),
                kind: 'num',
                cell: (u) => formatRupiah(u.capital),
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
