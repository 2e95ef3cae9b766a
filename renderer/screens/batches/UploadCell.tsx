// One batch's way to the office in the list of earlier batches: its state, the office's answer or
// why the last try failed and when the next one is, and the button that sends it (again) now.
import type { BatchRecord } from '../../../shared/contract';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { useT } from '../../i18n';
import { useStoredText } from '../../i18n/stored';

interface UploadCellProps {
  batch: BatchRecord;
  /** Upload is set up on this till. */
  enabled: boolean;
  timeZone: string;
  busy: boolean;
  onSend: (batch: BatchRecord) => void;
}

export function UploadCell({ batch, enabled, timeZone, busy, onSend }: UploadCellProps) {
  const t = useT();
  // Why an attempt failed, and the till's own words for a rejection, are stored as messages.
  const stored = useStoredText();
  const upload = batch.upload;
  const state = upload?.state ?? 'none';
  // A till that sends by USB stick only: nothing to say about uploads.
  if (!enabled && upload === null) {
    return (
      <span className="muted" data-testid="upload-cell" data-state="off">
        —
      </span>
    );
  }
  const button =
    !enabled || state === 'acknowledged' || state === 'sent'
      ? null
      : state === 'none'
        ? t('batches.upload.send')
        : state === 'rejected'
          ? t('batches.upload.sendAgain')
          : t('batches.upload.sendNow');
  return (
    <div className="batches-upload" data-testid="upload-cell" data-state={state}>
      <span className={`batches-state batches-state-${state}`} data-testid="upload-state-label">
        {t(`batches.state.${state}`)}
      </span>
      {upload?.receipt && state === 'acknowledged' && (
        <span className="muted batches-small" data-testid="upload-receipt">
          {t('batches.upload.receipt', { receipt: upload.receipt })}
        </span>
      )}
      {upload?.reason && state === 'rejected' && (
        <span className="batches-small batches-error-text" data-testid="upload-reason">
          {stored(upload.reason)}
        </span>
      )}
      {upload?.lastError && state === 'pending' && (
        <span className="batches-small batches-error-text" data-testid="upload-error-text">
          {stored(upload.lastError)}
        </span>
      )}
      {upload?.nextAttemptAt && state === 'pending' && upload.attempts > 0 && (
        <span className="muted batches-small">
          {t('batches.upload.attempts', { n: upload.attempts })} ·{' '}
          {t('batches.upload.next', { when: formatZonedDateTime(new Date(upload.nextAttemptAt), timeZone) })}
        </span>
      )}
      {button && (
        <button
          type="button"
          className="btn btn-small"
          data-testid="upload-send"
          disabled={busy}
          onClick={() => onSend(batch)}
        >
          {button}
        </button>
      )}
    </div>
  );
}
