// The print queue: what printed, what failed and why, with retry, cancel and reprint.
import './printing.css';
import { useState } from 'react';
import type { PrintJob } from '../../../shared/contract';
import { call } from '../../api/client';
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import { useT } from '../../i18n';
import { useStoredText } from '../../i18n/stored';
import { Banner } from '../ui';
import { clockTime, errorText, usePrintJobs } from './usePrintJobs';

export function PrintJobList({ limit = 30, intervalMs = 2000 }: { limit?: number; intervalMs?: number }) {
  const t = useT();
  const jobs = usePrintJobs({ limit }, intervalMs);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (err) {
      setProblem(errorText(err));
    }
    await jobs.refresh();
  };

  const list = jobs.data?.jobs ?? [];
  return (
    <div className="print-jobs">
      <div className="print-jobs-bar">
        <button type="button" className="btn btn-small" onClick={() => void jobs.refresh()}>
          {t('printing.queue.refresh')}
        </button>
      </div>
      {(problem ?? jobs.error) && <Banner tone="error">{problem ?? jobs.error}</Banner>}
      {jobs.data && list.length === 0 && <p className="print-muted">{t('printing.queue.empty')}</p>}
      <ul className="print-job-list">
        {list.map((job) => (
          <JobRow
            key={job.id}
            job={job}
            onRetry={() => act(() => call('printing.retry', { jobId: job.id }))}
            onCancel={() => act(() => call('printing.cancel', { jobId: job.id }))}
            onReprint={
              job.receiptNo && (job.kind === 'receipt' || job.kind === 'reprint')
                ? () => act(() => call('printing.reprint', { receiptNo: job.receiptNo ?? '' }))
                : undefined
            }
          />
        ))}
      </ul>
    </div>
  );
}

function JobRow({
  job,
  onRetry,
  onCancel,
  onReprint,
}: {
  job: PrintJob;
  onRetry: () => void;
  onCancel: () => void;
  onReprint: (() => void) | undefined;
}) {
  const t = useT();
  const stored = useStoredText();
  const zone = useDeviceTimeZone();
  const open = job.status === 'queued' || job.status === 'failed';
  return (
    <li
      className={`print-job print-job-${job.status}`}
      data-testid="print-job"
      data-status={job.status}
      data-job-id={job.id}
    >
      <div className="print-job-head">
        <span className={`print-chip print-chip-${job.status}`}>{t(`printing.status.${job.status}`)}</span>
        <strong className="print-job-title">{job.title}</strong>
        <span className="print-muted">
          {clockTime(job.createdAt, zone)}
          {job.printerName ? ` · ${t('printing.queue.on', { name: job.printerName })}` : ''}
          {job.attempts > 0 ? ` · ${t('printing.queue.attempts', { count: job.attempts })}` : ''}
        </span>
      </div>
      {job.lastError && job.status !== 'sent' && (
        <p className="print-job-error" data-testid="print-job-error">
          {stored(job.lastError)}
          {job.status === 'failed' && job.nextAttemptAt
            ? ` (${t('printing.queue.retryAt', { time: clockTime(job.nextAttemptAt, zone) })})`
            : ''}
        </p>
      )}
      {job.warning && job.status === 'sent' && <p className="print-job-warning">{stored(job.warning)}</p>}
      <div className="print-job-actions">
        {open && (
          <button type="button" className="btn btn-small" data-testid="print-job-retry" onClick={onRetry}>
            {t('printing.queue.retry')}
          </button>
        )}
        {open && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            data-testid="print-job-cancel"
            onClick={onCancel}
          >
            {t('printing.queue.cancel')}
          </button>
        )}
        {onReprint && job.status === 'sent' && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            data-testid="print-job-reprint"
            onClick={onReprint}
          >
            {t('printing.queue.reprint')}
          </button>
        )}
      </div>
    </li>
  );
}
