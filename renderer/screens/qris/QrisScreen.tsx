// QRIS reconciliation for managers: the day's QRIS payments as the till recorded them, and the
// provider's statement matched against them by amount and time, with what is left on either side.
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import '../catalog/catalog.css';
import { type ChangeEvent, useCallback, useEffect, useState } from 'react';
import type { QrisPayment, Reconciliation } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

/** `28/11/2026 10.05`: an instant in the till's own zone. */
function useAt(): (iso: string) => string {
  const zone = useDeviceTimeZone();
  return (iso) => formatZonedDateTime(new Date(iso), zone);
}

export function QrisScreen() {
  const t = useT();
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

  return (
    <main className="cat">
      <div className="cat-body">
        <section className="cat-panel" aria-label={t('qris.title')}>
          <div className="cat-toolbar">
            <label className="cat-field">
              {t('qris.day')}
              <input
                type="date"
                data-testid="qris-day"
                value={day}
                onChange={(e) => {
                  setDay(e.target.value);
                  void load(e.target.value);
                }}
              />
            </label>
            <label className="cat-field cat-grow">
              {t('qris.statement')}
              <input
                type="file"
                accept=".csv,text/csv"
                data-testid="qris-statement"
                onChange={(e) => void upload(e)}
              />
            </label>
          </div>
          <p className="muted">{t('qris.help')}</p>
          {error && (
            <p className="error" role="alert" data-testid="qris-error">
              {error}
            </p>
          )}
          <h2>{t('qris.payments', { count: payments.length })}</h2>
          <PaymentsTable payments={payments} testId="qris-payments" />
        </section>
        {result && (
          <section className="cat-panel" aria-label={t('qris.result')} data-testid="qris-result">
            <h2>{t('qris.matched', { count: result.matched.length })}</h2>
            <div className="cat-table-wrap">
              <table className="cat-table" data-testid="qris-matched">
                <thead>
                  <tr>
                    <th>{t('qris.receipt')}</th>
                    <th className="cat-num">{t('qris.amount')}</th>
                    <th>{t('qris.confirmedAt')}</th>
                    <th>{t('qris.statementAt')}</th>
                    <th>{t('qris.reference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.matched.map((m) => (
                    <tr key={m.payment.receiptNo + m.row.line}>
                      <td className="cat-mono">{m.payment.receiptNo}</td>
                      <td className="cat-num">{formatRupiah(m.payment.amount)}</td>
                      <td>{at(m.payment.confirmedAt)}</td>
                      <td>{at(m.row.at)}</td>
                      <td className="cat-mono">{m.row.reference ?? '-'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t('qris.onlyTill', { count: result.unmatchedPayments.length })}</h3>
            <PaymentsTable payments={result.unmatchedPayments} testId="qris-only-till" />
            <h3>{t('qris.onlyStatement', { count: result.unmatchedRows.length })}</h3>
            <div className="cat-table-wrap">
              <table className="cat-table" data-testid="qris-only-statement">
                <thead>
                  <tr>
                    <th>{t('qris.line')}</th>
                    <th className="cat-num">{t('qris.amount')}</th>
                    <th>{t('qris.statementAt')}</th>
                    <th>{t('qris.reference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.unmatchedRows.map((r) => (
                    <tr key={r.line}>
                      <td className="cat-num">{r.line}</td>
                      <td className="cat-num">{formatRupiah(r.amount)}</td>
                      <td>{at(r.at)}</td>
                      <td className="cat-mono">{r.reference ?? '-'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {result.problems.length > 0 && (
              <ul className="error" data-testid="qris-problems">
                {result.problems.map((p) => (
                  <li key={p.line}>{p.message}</li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </main>
  );
}

function PaymentsTable({ payments, testId }: { payments: readonly QrisPayment[]; testId: string }) {
  const t = useT();
  const at = useAt();
  return (
    <div className="cat-table-wrap">
      <table className="cat-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('qris.receipt')}</th>
            <th className="cat-num">{t('qris.amount')}</th>
            <th>{t('qris.confirmedAt')}</th>
            <th>{t('qris.confirmedBy')}</th>
            <th>{t('qris.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.receiptNo + p.confirmedAt} data-testid="qris-payment-row">
              <td className="cat-mono">
                {p.receiptNo}
                {p.voided && <span className="cat-sub">{t('qris.voided')}</span>}
              </td>
              <td className="cat-num">{formatRupiah(p.amount)}</td>
              <td>{at(p.confirmedAt)}</td>
              <td>{p.confirmedBy}</td>
              <td className="cat-mono">{p.reference ?? '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
