// QRIS reconciliation for managers: the day's QRIS payments as the till recorded them, and the
// provider's statement matched against them by amount and time, with what is left on either side.
import '../catalog/catalog.css';
import './qris.css';
import { type ChangeEvent, Fragment, useCallback, useEffect, useState } from 'react';
import type { QrisPayment, Reconciliation } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { formatRupiah } from '../../../shared/money';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { useLang, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

/** `28/11/2026 10.05`: an instant in the till's own zone. */
function useAt(): (iso: string) => string {
  const zone = useDeviceTimeZone();
  return (iso) => formatZonedDateTime(new Date(iso), zone);
}

export function QrisScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const at = useAt();
  const [day, setDay] = useState('');
  const [payments, setPayments] = useState<QrisPayment[]>([]);
  const [result, setResult] = useState<Reconciliation | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (which: string) => {
    try {
      setPayments(await call('qris.payments', which ? { day: which } : {}));
      setResult(null);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    call('app.info', {})
      .then((info) => {
        setDay(info.businessDay);
        return load(info.businessDay);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, [load]);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      setResult(await call('qris.reconcile', { day, statement: await file.text() }));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const matchedColumns: Column<Reconciliation['matched'][number]>[] = [
    { key: 'receipt', header: t('qris.receipt'), kind: 'code', cell: (m) => m.payment.receiptNo },
    { key: 'amount', header: t('qris.amount'), kind: 'num', cell: (m) => formatRupiah(m.payment.amount) },
    {
      key: 'confirmed',
      header: t('qris.confirmedAt'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (m) => at(m.payment.confirmedAt),
    },
    {
      key: 'statement',
      header: t('qris.statementAt'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (m) => at(m.row.at),
    },
    { key: 'reference', header: t('qris.reference'), kind: 'code', cell: (m) => m.row.reference ?? '-' },
  ];
  const statementColumns: Column<Reconciliation['unmatchedRows'][number]>[] = [
    { key: 'line', header: t('qris.line'), kind: 'num', cell: (r) => r.line },
    { key: 'amount', header: t('qris.amount'), kind: 'num', cell: (r) => formatRupiah(r.amount) },
    {
      key: 'statement',
      header: t('qris.statementAt'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (r) => at(r.at),
    },
    { key: 'reference', header: t('qris.reference'), kind: 'code', cell: (r) => r.reference ?? '-' },
  ];

  return (
    <main className="cat qris">
      <div className="cat-body">
        <section className="cat-panel" aria-label={t('qris.title')}>
          <div className="cat-toolbar">
            <FormRow label={t('qris.day')}>
              <input
                type="date"
                data-testid="qris-day"
                value={day}
                onChange={(e) => {
                  setDay(e.target.value);
                  void load(e.target.value);
                }}
              />
            </FormRow>
            <FormRow label={t('qris.statement')} className="cat-grow">
              <input
                type="file"
                accept=".csv,text/csv"
                data-testid="qris-statement"
                onChange={(e) => void upload(e)}
              />
            </FormRow>
          </div>
          <p className="muted">{t('qris.help')}</p>
          {error && (
            <Banner tone="error" testId="qris-error">
              {error}
            </Banner>
          )}
          <h2>{t('qris.payments', { count: payments.length })}</h2>
          <PaymentsTable payments={payments} testId="qris-payments" />
        </section>
        {result && (
          <section className="cat-panel" aria-label={t('qris.result')} data-testid="qris-result">
            {result.problems.length > 0 && (
              <Banner tone="warn" testId="qris-problems">
                {result.problems.map((p, i) => (
                  <Fragment key={p.line}>
                    {i > 0 && <br />}
                    {formatMessage(lang, p.message.key, p.message.params)}
                  </Fragment>
                ))}
              </Banner>
            )}
            <h2>{t('qris.matched', { count: result.matched.length })}</h2>
            <DataTable
              testId="qris-matched"
              columns={matchedColumns}
              rows={result.matched}
              rowKey={(m) => m.payment.receiptNo + m.row.line}
              empty={t('qris.none')}
            />
            <h3>{t('qris.onlyTill', { count: result.unmatchedPayments.length })}</h3>
            <PaymentsTable payments={result.unmatchedPayments} testId="qris-only-till" />
            <h3>{t('qris.onlyStatement', { count: result.unmatchedRows.length })}</h3>
            <DataTable
              testId="qris-only-statement"
              columns={statementColumns}
              rows={result.unmatchedRows}
              rowKey={(r) => r.line}
              empty={t('qris.none')}
            />
          </section>
        )}
      </div>
    </main>
  );
}

function PaymentsTable({ payments, testId }: { payments: readonly QrisPayment[]; testId: string }) {
  const t = useT();
  const at = useAt();
  const columns: Column<QrisPayment>[] = [
    {
      key: 'receipt',
      header: t('qris.receipt'),
      kind: 'code',
      cell: (p) => (
        <>
          {p.receiptNo}
          {p.voided && <div className="ui-sub">{t('qris.voided')}</div>}
        </>
      ),
    },
    { key: 'amount', header: t('qris.amount'), kind: 'num', cell: (p) => formatRupiah(p.amount) },
    {
      key: 'confirmed',
      header: t('qris.confirmedAt'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (p) => at(p.confirmedAt),
    },
    { key: 'by', header: t('qris.confirmedBy'), cell: (p) => p.confirmedBy },
    { key: 'reference', header: t('qris.reference'), kind: 'code', cell: (p) => p.reference ?? '-' },
  ];
  return (
    <DataTable
      testId={testId}
      columns={columns}
      rows={payments}
      rowKey={(p) => p.receiptNo + p.confirmedAt}
      rowProps={() => ({ 'data-testid': 'qris-payment-row' })}
      empty={t('qris.none')}
    />
  );
}
