// First run: create the admin with a PIN of the owner's choosing. Every other time: pick who is on
// duty and type the PIN. The engine checks the PIN (scrypt) and counts wrong attempts.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SignInUser } from '../../shared/contract';
import { ApiError, call } from '../api/client';
import { LangSwitch } from '../components/LangSwitch';
import { isPinRefusal } from '../components/till/ApprovalDialog';
import { Banner, FormRow } from '../components/ui';
import { type MessageKey, useT } from '../i18n';
import { useSession } from '../stores/session';
import { NewPinForm } from './people/NewPinForm';
import { SetupForm } from './setup/SetupForm';
import './setup/setup.css';
import './signIn.css';

type Status = { needsSetup: boolean; users: SignInUser[] };

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

export function SignInScreen() {
  const t = useT();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('auth.status', {})
      .then(setStatus)
      .catch((err: unknown) => setError(messageOf(err, t('api.unreachable'))));
  }, [t]);

  return (
    <main className="signin">
      <div className="signin-card">
        <div className="signin-head">
          <h1 className="signin-brand">{t('app.name')}</h1>
          <LangSwitch onPaper />
        </div>
        {error && !status && (
          <Banner tone="error" testId="error-message">
            {error}
          </Banner>
        )}
        <SignOutNotices />
        {status?.needsSetup && <SetupForm />}
        {status && !status.needsSetup && <LoginForm users={status.users} />}
      </div>
    </main>
  );
}

/** What happened just before everyone was signed out (a restore, a takeover), until the next sign-in. */
function SignOutNotices() {
  const t = useT();
  const notices = useSession((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="signin-notices">
      {notices.map((notice) => (
        <Banner
          key={notice.key}
          tone={notice.tone}
          testId={`signin-notice-${notice.key.replace('backup.', '')}`}
        >
          {t(notice.key, notice.params)}
        </Banner>
      ))}
    </div>
  );
}

function LoginForm({ users }: { users: SignInUser[] }) {
  const t = useT();
  const signIn = useSession((s) => s.signIn);
  const [chosen, setChosen] = useState<SignInUser | null>(users.length === 1 ? (users[0] ?? null) : null);
  const [pin, setPin] = useState('');
  // A refused PIN is said under the PIN; anything else (the engine out of reach) above the buttons.
  const [error, setError] = useState<{ text: string; pin: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (chosen) pinRef.current?.focus();
  }, [chosen]);

  if (users.length === 0) return <Banner tone="error">{t('auth.noUsers')}</Banner>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      signIn(await call('auth.login', { userId: chosen.id, pin }));
    } catch (err) {
      const message = messageOf(err, t('api.unreachable'));
      setPin('');
      setBusy(false);
      // Her PIN may have been reset since the names were shown: ask for a new one instead.
      const fresh = await call('auth.status', {})
        .then((status) => status.users.find((user) => user.id === chosen.id))
        .catch(() => undefined);
      if (fresh?.mustSetPin) {
        setChosen(fresh);
        setError(null);
        return;
      }
      setError({ text: message, pin: isPinRefusal(err) });
      pinRef.current?.focus();
    }
  };

  const back = users.length > 1 ? () => setChosen(null) : undefined;
  if (chosen?.mustSetPin) return <NewPinForm key={chosen.id} user={chosen} onBack={back} />;

  if (!chosen) {
    return (
      <div className="signin-form">
        <h2>{t('auth.pickUser')}</h2>
        <ul className="user-tiles">
          {users.map((user) => (
            <li key={user.id}>
              <button
                type="button"
                className="user-tile"
                data-testid="user-tile"
                data-name={user.name}
                onClick={() => setChosen(user)}
              >
                <strong>{user.name}</strong>
                <span className="muted">{t(`auth.role.${user.role}` as MessageKey)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <form noValidate className="signin-form" onSubmit={submit}>
      <h2>
        {chosen.name} <span className="muted">· {t(`auth.role.${chosen.role}` as MessageKey)}</span>
      </h2>
      <FormRow label={t('auth.pin')} error={error?.pin ? error.text : null} messageTestId="error-message">
        <input
          ref={pinRef}
          data-testid="pin-input"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('auth.pinPlaceholder')}
          value={pin}
          onChange={(e) => {
            setPin(e.target.value.replace(/\D/g, '').slice(0, 6));
            if (error?.pin) setError(null);
          }}
        />
      </FormRow>
      {error && !error.pin && (
        <Banner tone="error" testId="error-message">
          {error.text}
        </Banner>
      )}
      <div className="signin-actions">
        {users.length > 1 && (
          <button type="button" className="btn btn-quiet" onClick={() => setChosen(null)}>
            {t('auth.back')}
          </button>
        )}
        <button
          className="btn btn-primary btn-big"
          type="submit"
          data-testid="login-submit"
          disabled={busy || pin.length < 4}
        >
          {t('auth.signIn')}
        </button>
      </div>
    </form>
  );
}
