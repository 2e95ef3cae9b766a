// A small badge on the till while anything waits or failed to print; it opens the queue.
import './printing.css';
import { useState } from 'react';
import { useT } from '../../i18n';
import { Dialog } from '../ui';
import { PrintJobList } from './PrintJobList';
import { usePrintJobs } from './usePrintJobs';

export function PrintQueueIndicator() {
  const t = useT();
  const jobs = usePrintJobs({ limit: 1 }, 3000);
  const [open, setOpen] = useState(false);
  const pending = jobs.data?.pending ?? 0;
  const failed = jobs.data?.failed ?? 0;

  return (
    <>
      {(pending > 0 || failed > 0) && (
        <button
          type="button"
          className={failed > 0 ? 'print-indicator print-indicator-failed' : 'print-indicator'}
          data-testid="print-indicator"
          onClick={() => setOpen(true)}
        >
          {t('printing.indicator', { pending, failed })}
        </button>
      )}
      {open && (
        <Dialog
          title={t('printing.indicator.title')}
          onClose={() => {
            setOpen(false);
            void jobs.refresh();
          }}
          className="print-queue-dialog"
          footer={
            <button type="button" className="btn" data-autofocus onClick={() => setOpen(false)}>
              {t('dialog.close')}
            </button>
          }
        >
          <PrintJobList limit={20} />
        </Dialog>
      )}
    </>
  );
}
