// The receipt part of "sale completed": the sale is already stored, so printing only queues a
// job (when a default printer exists) and shows how it goes: printed, or why not, with retry,
// cancel, reprint and a preview of the paper.
import './printing.css';
import { useEffect, useRef, useState } from 'react';
import type { PrintPreview } from '../../../shared/contract';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { useStoredText } from '../../i18n/stored';
import { Banner } from '../ui';
import { ReceiptPreview } from './ReceiptPreview';
import { errorText, usePrintJobs } from './usePrintJobs';

type Start =
  | { state: 'starting' }
  | { state: 'queued' }
  | { state: 'noPrinter' }
  | { state: 'error'; message: string };

export function SalePrinting({ receiptNo }: { receiptNo: string }) {
  const t = useT();
  const stored = useStoredText();
  const [start, setStart] = useState<Start>({ state: 'starting' });
  const [preview, setPreview] = useState<PrintPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asked = useRef(false);
  const section = useRef<HTMLElement>(null);
  // Opened below the sale's figures: scroll the dialog so the paper is in view, not under the fold.
  useEffect(() => {
    if (preview) section.current?.querySelector('.receipt-preview')?.scrollIntoView({ block: 'nearest' });
  }, [preview]);
  const jobs = usePrintJobs({ receiptNo }, 1000);

  useEffect(() => {
    // Once per sale, even if React runs effects twice; the engine would not print twice anyway.
    if (asked.current) return;
    asked.current = true;
    (async () => {
      try {
        const printers = await call('printers.list', {});
        if (!printers.some((p) => p.isDefault)) {
          setStart({ state: 'noPrinter' });
          return;
        }
        await call('printing.printReceipt', { receiptNo });
        setStart({ state: 'queued' });
      } catch (err) {
        setStart({ state: 'error', message: errorText(err) });
      }
    })();
  }, [receiptNo]);

  const act = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (err) {
      setProblem(errorText(err));
    }
    await jobs.refresh();
  };

  const togglePreview = () =>
    preview ? setPreview(null) : act(async () => setPreview(await call('printing.preview', { receiptNo })));

  const original = jobs.data?.jobs.find((job) => job.kind === 'receipt');
  let status: { text: string; tone: 'ok' | 'busy' | 'bad' } | null = null;
  if (start.state === 'noPrinter') status = { text: t('printing.sale.noPrinter'), tone: 'bad' };
  else if (start.state === 'error') status = { text: start.message, tone: 'bad' };
  else if (original?.status === 'sent')
    status = {
      text: original.warning ? stored(original.warning) : t('printing.sale.printed'),
      tone: original.warning ? 'bad' : 'ok',
    };
  else if (original?.status === 'failed') {
    const reason = t('printing.sale.failed', { reason: stored(original.lastError ?? '') });
    status = {
      text: original.nextAttemptAt ? `${reason} ${t('printing.sale.retrying')}` : reason,
      tone: 'bad',
    };
  } else if (original?.status === 'cancelled') status = { text: t('printing.sale.cancelled'), tone: 'bad' };
  else if (start.state !== 'starting' || original)
    status = { text: t('printing.sale.printing'), tone: 'busy' };

  const open = original && (original.status === 'failed' || original.status === 'queued');
  return (
    <section className="sale-printing" ref={section}>
      {status && (
        <p
          className={`sale-print-status sale-print-${status.tone}`}
          data-testid="print-status"
          data-status={original?.status ?? start.state}
          role="status"
        >
          {status.text}
        </p>
      )}
      {problem && <Banner tone="error">{problem}</Banner>}
      <div className="sale-print-actions">
        {open && original?.status === 'failed' && (
          <button
            type="button"
            className="btn btn-small"
            data-testid="print-retry"
            onClick={() => void act(() => call('printing.retry', { jobId: original.id }))}
          >
            {t('printing.queue.retry')}
          </button>
        )}
        {open && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            data-testid="print-cancel"
            onClick={() => void act(() => call('printing.cancel', { jobId: original.id }))}
          >
            {t('printing.queue.cancel')}
          </button>
        )}
        {start.state !== 'noPrinter' && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            data-testid="print-reprint"
            onClick={() => void act(() => call('printing.reprint', { receiptNo }))}
          >
            {t('printing.preview.reprint')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-small btn-quiet"
          data-testid="print-preview-toggle"
          aria-expanded={preview !== null}
          onClick={() => void togglePreview()}
        >
          {preview ? t('printing.preview.hide') : t('printing.preview.show')}
        </button>
      </div>
      {preview && <ReceiptPreview preview={preview} />}
    </section>
  );
}
