// First run: the till's identity, its receipt header, its zone, then the admin and PIN.
import { type FormEvent, useState } from 'react';
import { ApiError, call } from '../../api/client';
import { useT } from '../../i18n';
import { useSession } from '../../stores/session';

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

export function SetupForm() {
  const t = useT();
  const signIn = useSession((s) => s.signIn);
  const [name, setName] = useState('Admin');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pin !== confirm) return setError(t('setup.mismatch'));
    setBusy(true);
    setError(null);
    try {
      signIn(await call('auth.setupAdmin', { name, pin }));
    } catch (err) {
      setError(messageOf(err, t('api.unreachable')));
      setBusy(false);
    }
  };

  return (
    <form className="signin-form" onSubmit={submit}>
      <h2>{t('setup.title')}</h2>
      <p className="muted">{t('setup.intro')}</p>
      <label>
        {t('setup.name')}
        <input
          data-testid="setup-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
        />
      </label>
      <label>
        {t('setup.pin')}
        <input
          data-testid="setup-pin"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 6))}
        />
      </label>
      <label>
        {t('setup.pinConfirm')}
        <input
          data-testid="setup-pin-confirm"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value.replace(/\D/g, '').slice(0, 6))}
        />
      </label>
      {error && (
        <p className="signin-error" role="alert" data-testid="error-message">
          {error}
        </p>
      )}
      <button className="btn btn-primary btn-big" type="submit" data-testid="setup-submit" disabled={busy}>
        {t('setup.submit')}
      </button>
    </form>
  );
}
