// A manager's say-so on the cashier's screen: pick the manager, type their PIN. The request is sent
// again with the approval; the engine checks the PIN (and counts a wrong one towards lockout), so
// nothing here decides anything.
import { type FormEvent, useEffect, useState } from 'react';
import type { User } from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { useT } from '../../i18n';
import { Modal } from '../Modal';

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

export function ApprovalDialog({ reason, onApprove, onClose }: ApprovalDialogProps) {
  const t = useT();
  const [managers, setManagers] = useState<User[]>([]);
  const [userId, setUserId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('auth.status', {})
      .then(({ users }) => {
        const found = users.filter((u) => u.role === 'manager' || u.role === 'admin');
        setManagers(found);
        const remembered = found.find((u) => u.id === lastApprover);
        setUserId(remembered?.id ?? (found.length === 1 ? (found[0]?.id ?? null) : null));
      })
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable')));
  }, [t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (userId === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onApprove({ userId, pin });
      lastApprover = userId;
    } catch (err) {
      setPin('');
      setError(err instanceof ApiError ? err.message : t('api.unreachable'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('approval.title')} onClose={onClose} canClose={!busy} className="approval-dialog">
      <p className="notice" data-testid="approval-reason">
        {reason}
      </p>
      <form className="approval-form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('approval.manager')}</span>
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
            {managers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('approval.pin')}</span>
          <input
            className="big-input"
            data-testid="approval-pin"
            data-autofocus
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </label>
        {managers.length === 0 && <p className="error">{t('approval.noManager')}</p>}
        {error && (
          <p className="error" role="alert" data-testid="approval-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" disabled={busy} onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            data-testid="approval-submit"
            disabled={busy || userId === null || pin.length < 4}
          >
            {t('approval.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
