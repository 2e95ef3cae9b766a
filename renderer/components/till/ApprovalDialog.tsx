// A manager's say-so on the cashier's screen: pick the manager, type their PIN. The request is sent
// again with the approval; the engine checks the PIN (and counts a wrong one towards lockout), so
// nothing here decides anything.
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { User } from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { useT } from '../../i18n';
import { Banner, Dialog, FormRow } from '../ui';

export interface Approval {
  userId: number;
  pin: string;
}

interface ApprovalDialogProps {
  /** Why the approval is needed (the engine's message). */
  reason: string;
  /** Sends the request again with the approval; throws ApiError when the engine still refuses. */
  onApprove: (approval: Approval) => Promise<void>;
  onClose: () => void;
}

/**
 * The approver chosen last in this window (the manager on duty, asked again and again). With more
 * than one manager and nobody chosen yet, nobody is preselected: a PIN typed against the wrong name
 * would count as a failed attempt against that person.
 */
let lastApprover: number | null = null;

/** A refusal of the PIN itself (wrong, or too many wrong): said under the PIN, not above the form. */
export function isPinRefusal(err: unknown): boolean {
  return err instanceof ApiError && /^auth\.(wrongPin|wrongPinDelay|tooManyWrongPins)$/.test(err.key ?? '');
}

function messageOf(err: unknown, t: ReturnType<typeof useT>): string {
  return err instanceof ApiError ? err.message : t('api.unreachable');
}

export function ApprovalDialog({ reason, onApprove, onClose }: ApprovalDialogProps) {
  const t = useT();
  const formId = useId();
  const [managers, setManagers] = useState<User[] | null>(null);
  const [userId, setUserId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<{ text: string; pin: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('auth.status', {})
      .then(({ users }) => {
        const found = users.filter((u) => u.role === 'manager' || u.role === 'admin');
        setManagers(found);
        const remembered = found.find((u) => u.id === lastApprover);
        // Asked again when the language changes: a manager already chosen stays chosen.
        setUserId(
          (chosen) => chosen ?? remembered?.id ?? (found.length === 1 ? (found[0]?.id ?? null) : null),
        );
      })
      .catch((err: unknown) => setError({ text: messageOf(err, t), pin: false }));
  }, [t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (userId === null || busy || pin.length < 4) return;
    setBusy(true);
    setError(null);
    try {
      await onApprove({ userId, pin });
      lastApprover = userId;
    } catch (err) {
      setPin('');
      setError({ text: messageOf(err, t), pin: isPinRefusal(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('approval.title')}
      onClose={onClose}
      canClose={!busy}
      className="approval-dialog"
      footer={
        <>
          <button type="button" className="btn" disabled={busy} onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="btn btn-primary"
            data-testid="approval-submit"
            disabled={busy || userId === null || pin.length < 4}
          >
            {t('approval.submit')}
          </button>
        </>
      }
    >
      <form noValidate id={formId} className="approval-form" onSubmit={(e) => void submit(e)}>
        <Banner tone="warn" testId="approval-reason">
          {reason}
        </Banner>
        <FormRow label={t('approval.manager')}>
          <select
            data-testid="approval-manager"
            value={userId ?? ''}
            onChange={(e) => setUserId(Number(e.target.value))}
          >
            {userId === null && (
              <option value="" disabled>
                {t('approval.pick')}
              </option>
            )}
            {(managers ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </FormRow>
        {/* A wrong PIN is said under the PIN, where the manager types it again. */}
        <FormRow
          label={t('approval.pin')}
          error={error?.pin ? error.text : null}
          messageTestId="approval-error"
        >
          <input
            className="approval-pin"
            data-testid="approval-pin"
            data-autofocus
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </FormRow>
        {managers?.length === 0 && <Banner tone="error">{t('approval.noManager')}</Banner>}
        {error && !error.pin && (
          <Banner tone="error" testId="approval-error">
            {error.text}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}
