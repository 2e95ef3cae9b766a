// What a manager does with a report on screen: print it on the receipt printer (through the
// engine's print queue, with how the job goes), or save it as XLSX or PDF. The engine makes the
// files (`reports.file`) and the window saves the bytes: no printer and no network needed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandInput, PrintJob, ReportFile } from '../../../shared/contract';
import { laptopTimeZone } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { Banner } from '../../components/ui';
import { useT } from '../../i18n';
import { useStoredText } from '../../i18n/stored';
import { download } from '../catalog/catalogueFiles';
import { messageOf } from '../catalog/useCatalogLookups';

type PrintInput = CommandInput<'printing.printReport'>;

/** Saves a file the engine made, under the name it gave. */
export function saveReportFile(file: ReportFile): void {
  const text = atob(file.base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  download(new Blob([bytes], { type: file.mime }), file.fileName);
}

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
  printInput,
  printer,
}: {
  /** Which report: the X of a range or a Z by number; the files are made of the same report. */
  printInput: PrintInput;
  /** The print state, when the tab prints on its own as well (the Z right after closing). */
  printer?: ReturnType<typeof useReportPrint>;
}) {
  const t = useT();
  const own = useReportPrint();
  const { job, error, print } = printer ?? own;
  const [fileError, setFileError] = useState<string | null>(null);
  const [saving, setSaving] = useState<'xlsx' | 'pdf' | null>(null);

  const save = async (format: 'xlsx' | 'pdf') => {
    setFileError(null);
    setSaving(format);
    try {
      const { printerId: _printer, ...which } = printInput;
      saveReportFile(await call('reports.file', { ...which, format, laptopZone: laptopTimeZone() }));
    } catch (err) {
      setFileError(messageOf(err));
    } finally {
      setSaving(null);
    }
  };

  return (
    <div className="reports-actions">
      <button type="button" className="btn" data-testid="report-print" onClick={() => void print(printInput)}>
        {t('reports.print')}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="report-xlsx"
        disabled={saving !== null}
        onClick={() => void save('xlsx')}
      >
        {t('reports.xlsx')}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="report-pdf"
        disabled={saving !== null}
        onClick={() => void save('pdf')}
      >
        {t('reports.pdf')}
      </button>
      <PrintStatus job={job} error={error} />
      {fileError && <Banner tone="error">{fileError}</Banner>}
    </div>
  );
}
