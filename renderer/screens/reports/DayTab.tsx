// The X report: today's business day by default, or any range of days; reads and changes nothing.
import { useCallback, useEffect, useState } from 'react';
import type { DayReport } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { ReportActions } from './ReportActions';
import { ReportView } from './ReportView';

export function DayTab({ businessDay, timeZone }: { businessDay: string; timeZone: string }) {
  const t = useT();
  const [from, setFrom] = useState(businessDay);
  const [to, setTo] = useState(businessDay);
  const [report, setReport] = useState<DayReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (range: { from: string; to: string }) => {
    setLoading(true);
    try {
      setReport(await call('reports.x', range));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load({ from: businessDay, to: businessDay });
  }, [load, businessDay]);

  const change = (next: { from: string; to: string }) => {
    setFrom(next.from);
    setTo(next.to);
    // A half-typed date is empty: wait for a whole one.
    if (next.from && next.to) void load(next);
  };

  return (
    <div className="reports-tab">
      <div className="reports-toolbar">
        <FormRow label={t('reports.from')}>
          <input
            type="date"
            data-testid="report-from"
            value={from}
            max={to || undefined}
            onChange={(e) => change({ from: e.target.value, to })}
          />
        </FormRow>
        <FormRow label={t('reports.to')}>
          <input
            type="date"
            data-testid="report-to"
            value={to}
            min={from || undefined}
            onChange={(e) => change({ from, to: e.target.value })}
          />
        </FormRow>
        <button
          type="button"
          className="btn"
          data-testid="report-today"
          onClick={() => change({ from: businessDay, to: businessDay })}
        >
          {t('reports.today')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="report-refresh"
          onClick={() => void load({ from, to })}
        >
          {t('reports.refresh')}
        </button>
      </div>
      <p className="muted">{t('reports.xNote')}</p>
      {error && (
        <Banner tone="error" testId="report-error">
          {error}
        </Banner>
      )}
      {loading && !report && <p className="muted">{t('reports.loading')}</p>}
      {report && (
        <>
          <ReportActions printInput={{ kind: 'x', from: report.from, to: report.to }} />
          <ReportView report={report} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}
