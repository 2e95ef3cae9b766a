// One's own password: the current one, then the new one twice. Other sessions of hers end.
import { type FormEvent, useState } from 'react';
import { Banner, Dialog, FormRow } from '../../../renderer/components/ui';
import { ApiError, call, errorText } from '../api';
import { useT } from '../i18n';

export function OwnPasswordDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (next !== confirm) return setProblem({ field: 'confirm', text: t('firstAdmin.mismatch') });
    setBusy(true);
    try {
      await call('auth.changePassword', { currentPassword: current, newPassword: next });
      setDone(true);
    } catch (err) {
      const field = err instanceof ApiError ? err.path?.[0] : undefined;
      const wrongCurrent = err instanceof ApiError && err.key === 'office.wrongCurrentPassword';
      setProblem({
        field: wrongCurrent ? 'currentPassword' : typeof field === 'string' ? field : null,
        text: errorText(err),
      });
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (field: string) => (problem?.field === field ? problem.text : null);

  return (
    <Dialog
      title={t('own.title')}
      onClose={onClose}
      canClose={!busy}
      testId="own-password-dialog"
      footer={
        done ? (
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="submit" form="own-password-form" className="btn btn-primary" disabled={busy}>
              {t('own.save')}
            </button>
          </>
        )
      }
    >
      {done ? (
        <Banner tone="success" testId="own-password-done">
          {t('own.done')}
        </Banner>
      ) : (
        <form id="own-password-form" className="office-form" onSubmit={(e) => void submit(e)} noValidate>
          <FormRow label={t('own.current')} error={errorOf('currentPassword')} required>
            <input
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              data-autofocus
            />
          </FormRow>
          <FormRow label={t('own.new')} error={errorOf('newPassword')} help={t('password.help')} required>
            <input
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          </FormRow>
          <FormRow label={t('own.confirm')} error={errorOf('confirm')} required>
            <input
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </FormRow>
          {problem && problem.field === null && <Banner tone="error">{problem.text}</Banner>}
        </form>
      )}
    </Dialog>
  );
}
