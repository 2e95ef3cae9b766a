// The Penjualan export: the sales journal of any range of business days (every sale with its lines
// and payments, voids and refunds as such) as XLSX or CSV. The engine makes the file; this tab checks
// the dates first and saves what comes back. What the columns mean: docs/reports.md.
import { useState } from 'react';
import { JOURNAL_MAX_DAYS } from '../../../shared/reportTables';
import { daysBetween } from '../../../shared/time';
import { laptopTimeZone } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { Banner, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { saveReportFile } from './ReportActions';

type Format = 'xlsx' | 'csv';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

export function JournalTab({ businessDay }: { businessDay: string }) {
  const t = useT();
  const [from, setFrom] = useState(businessDay);
  const [to, setTo] = useState(businessDay);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState<Format | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The same rules the engine keeps, said beside the field before anything is asked for.
  const fromError = !isDay(from) ? t('reports.journal.dateMissing') : null;
  const toError = !isDay(to)
    ? t('reports.journal.dateMissing')
    : fromError === null && from > to
      ? t('reports.journal.order')
      : fromError === null && daysBetween(from, to) > JOURNAL_MAX_DAYS
        ? t('reports.journal.tooLong', { max: JOURNAL_MAX_DAYS })
        : null;

  const download = async (format: Format) => {
    setChecked(true);
    setDone(null);
    setError(null);
    if (fromError || toError) return;
    setBusy(format);
    try {
      const file = await call('reports.journal', { from, to, format, laptopZone: laptopTimeZone() });
      saveReportFile(file);
      setDone(
        file.lines === 0
          ? t('reports.journal.empty', { file: file.fileName })
          : t('reports.journal.done', {
              file: file.fileName,
              entries: file.entries.toLocaleString('id-ID'),
              lines: file.lines.toLocaleString('id-ID'),
            }),
      );
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const change = (next: { from: string; to: string }) => {
    setFrom(next.from);
    setTo(next.to);
    setDone(null);
  };

  return (
    <div className="reports-tab">
      <p className="muted">{t('reports.journal.help')}</p>
      <form
        className="reports-journal"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void download('xlsx');
        }}
      >
        <div className="reports-journal-dates">
          <FormRow
            label={t('reports.from')}
            error={checked ? fromError : null}
            messageTestId="journal-from-error"
          >
            <input
              type="date"
              data-testid="journal-from"
              value={from}
              onChange={(e) => change({ from: e.target.value, to })}
            />
          </FormRow>
          <FormRow
            label={t('reports.to')}
            error={checked ? toError : null}
            help={t('reports.journal.limit', { max: JOURNAL_MAX_DAYS })}
            messageTestId="journal-to-error"
          >
            <input
              type="date"
              data-testid="journal-to"
              value={to}
              onChange={(e) => change({ from, to: e.target.value })}
            />
          </FormRow>
        </div>
        <div className="reports-actions">
          <button
            type="button"
            className="btn"
            data-testid="journal-today"
            onClick={() => change({ from: businessDay, to: businessDay })}
          >
            {t('reports.today')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="journal-month"
            onClick={() => change({ from: `${businessDay.slice(0, 8)}01`, to: businessDay })}
          >
            {t('reports.journal.thisMonth')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            data-testid="journal-xlsx"
            disabled={busy !== null}
          >
            {t('reports.journal.xlsx')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="journal-csv"
            disabled={busy !== null}
            onClick={() => void download('csv')}
          >
            {t('reports.journal.csv')}
          </button>
        </div>
      </form>
      {busy && <p className="muted">{t('reports.journal.busy')}</p>}
      {done && (
        <Banner tone="success" testId="journal-done">
          {done}
        </Banner>
      )}
      {error && (
        <Banner tone="error" testId="journal-error">
          {error}
        </Banner>
      )}
    </div>
  );
}
