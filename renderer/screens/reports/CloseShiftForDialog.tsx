// A manager counts and closes the drawer of someone who left without closing her shift: the day's
// Z waits for every shift, and a person cannot be deactivated with one open. The count is the
// manager's own (not blind: she is not the one accountable), and the note says why.
import { type FormEvent, useId, useState } from 'react';
import type { Shift } from '../../../shared/contract';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import {
  CashCountFields,
  type CountDraft,
  countOf,
  countReadable,
} from '../../components/shift/CashCountFields';
import { Banner, Dialog, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

export function CloseShiftForDialog({
  shift,
  timeZone,
  onClose,
  onClosed,
}: {
  shift: Shift;
  timeZone: string;
  onClose: () => void;
  onClosed: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<CountDraft>({});
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // A box the count cannot read says why under it; the drawer is not closed with a guess.
    if (!countReadable(draft)) {
      document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('shifts.close', { shiftId: shift.id, count: countOf(draft), note: note.trim() });
      onClosed();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('reports.closeFor.title', { name: shift.userName })}
      onClose={onClose}
      canClose={!busy}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('reports.closeFor.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="btn btn-primary"
            data-testid="close-for-submit"
            disabled={busy}
          >
            {t('reports.closeFor.submit')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(e) => void submit(e)}
        className="close-for"
        data-testid="close-for-form"
      >
        <p className="muted">
          {t('reports.closeFor.help', {
            name: shift.userName,
            opened: formatZonedDateTime(new Date(shift.openedAt), timeZone),
          })}
        </p>
        <CashCountFields draft={draft} onChange={setDraft} />
        <FormRow label={t('reports.closeFor.note')}>
          <input
            data-testid="close-for-note"
            maxLength={200}
            value={note}
            placeholder={t('reports.closeFor.notePlaceholder')}
            onChange={(e) => {
              setError(null);
              setNote(e.target.value);
            }}
          />
        </FormRow>
        {error && (
          <Banner tone="error" testId="close-for-error">
            {error}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}
