// What a manager does with a report on screen: print it on the receipt printer (through the
// engine's print queue, with how the job goes), or save it as XLSX or PDF. The files are made here,
// in the window, from the report already shown, so exporting needs no printer and no network.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandInput, DayReport, PrintJob } from '../../../shared/contract';
import { reportFileName, reportPdf, reportWorkbook } from '../../../shared/reportFiles';
import { call } from '../../api/client';
import { Banner } from '../../components/ui';
import { useT } from '../../i18n';
import { useStoredText } from '../../i18n/stored';
import { download, MIME } from '../catalog/catalogueFiles';
import { messageOf } from '../catalog/useCatalogLookups';

type PrintInput = CommandInput<'printing.printReport'>;

/** Queues the report and follows its job until it printed, failed for good or was cancelled. */
export function useReportPrint() {
  const [job, setJob] = useState<PrintJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const waiting =
    job !== null &&
    (job.status === 'queued' ||
      job.status === 'sending' ||
      (job.status === 'failed' && job.nextAttemptAt !== null));
  useEffect(() => {
    if (!waiting || job === null) return;
    const timer = setInterval(() => {
      call('printing.jobs', { limit: 50 })
        .then((list) => {
          const found = list.jobs.find((j) => j.id === job.id);
          if (found && alive.current) setJob(found);
        })
        .catch(() => undefined);
    }, 700);
    return () => clearInterval(timer);
  }, [waiting, job]);

  const print = useCallback(async (input: PrintInput) => {
    setError(null);
    setJob(null);
    try {
      const queued = await call('printing.printReport', input);
      if (alive.current) setJob(queued);
    } catch (err) {
      if (alive.current) setError(messageOf(err));
    }
  }, []);

  return { job, error, print };
}

export function PrintStatus({ job, error }: { job: PrintJob | null; error: string | null }) {
  const t = useT();
  const stored = useStoredText();
  let status: { text: string; tone: 'ok' | 'busy' | 'bad'; state: string } | null = null;
  if (error) status = { text: error, tone: 'bad', state: 'error' };
  else if (job?.status === 'sent')
    status = {
      text: job.warning ? stored(job.warning) : t('reports.print.sent'),
      tone: job.warning ? 'bad' : 'ok',
      state: 'sent',
    };
  else if (job?.status === 'failed')
    status = {
      text: t('reports.print.failed', { reason: stored(job.lastError ?? '') }),
      tone: 'bad',
      state: 'failed',
    };
  else if (job?.status === 'cancelled')
    status = { text: t('reports.print.cancelled'), tone: 'bad', state: 'cancelled' };
  else if (job) status = { text: t('reports.print.sending'), tone: 'busy', state: job.status };
  if (!status) return null;
  return (
    <p
      className={`reports-print reports-print-${status.tone}`}
      role="status"
      data-testid="report-print-status"
      data-status={status.state}
    >
      {status.text}
    </p>
  );
}

export function ReportActions({
  report,
  timeZone,
  printInput,
  printer,
}: {
  report: DayReport;
  timeZone: string;
  printInput: PrintInput;
  /** The print state, when the tab prints on its own as well (the Z right after closing). */
  printer?: ReturnType<typeof useReportPrint>;
}) {
  const t = useT();
  const own = useReportPrint();
  const { job, error, print } = printer ?? own;
  const [fileError, setFileError] = useState<string | null>(null);

  const save = (kind: 'xlsx' | 'pdf') => {
    setFileError(null);
    try {
      const bytes = kind === 'xlsx' ? reportWorkbook(report, timeZone) : reportPdf(report, timeZone);
      const type = kind === 'xlsx' ? MIME.xlsx : 'application/pdf';
      download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), `${reportFileName(report)}.${kind}`);
    } catch (err) {
      setFileError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="reports-actions">
      <button type="button" className="btn" data-testid="report-print" onClick={() => void print(printInput)}>
        {t('reports.print')}
      </button>
      <button type="button" className="btn" data-testid="report-xlsx" onClick={() => save('xlsx')}>
        {t('reports.xlsx')}
      </button>
      <button type="button" className="btn" data-testid="report-pdf" onClick={() => save('pdf')}>
        {t('reports.pdf')}
      </button>
      <PrintStatus job={job} error={error} />
      {fileError && <Banner tone="error">{fileError}</Banner>}
    </div>
  );
}
