// Sign-in, and the first admin while the office has no user at all (the server refuses it after).
import { type FormEvent, useId, useState } from 'react';
import { LangToggle } from '../../../renderer/components/LangToggle';
import { Banner, FormRow } from '../../../renderer/components/ui';
import '../../../renderer/screens/signIn.css';
import { ApiError, call, errorText } from '../api';
import { useT } from '../i18n';
import { useSession } from '../session';

export function SignInScreen({ mode }: { mode: 'signIn' | 'firstAdmin' }) {
  const t = useT();
  const signedIn = useSession((s) => s.signedIn);
  const refresh = useSession((s) => s.refresh);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);
  const titleId = useId();
  const first = mode === 'firstAdmin';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFieldError(null);
    if (first && password !== confirm) {
      setFieldError({ field: 'confirm', text: t('firstAdmin.mismatch') });
      return;
    }
    setBusy(true);
    try {
      const user = first
        ? await call('auth.createFirstAdmin', { name, password })
        : await call('auth.signIn', { name, password });
      signedIn(user);
    } catch (err) {
      // Someone else created the first admin meanwhile: show sign-in instead.
      if (first && err instanceof ApiError && err.code === 'CONFLICT') await refresh();
      const field = err instanceof ApiError && err.code === 'INVALID_INPUT' ? err.path?.[0] : undefined;
      if (typeof field === 'string') setFieldError({ field, text: errorText(err) });
      else setError(errorText(err));
      setBusy(false);
    }
  };

  const errorOf = (field: string) => (fieldError?.field === field ? fieldError.text : null);

  return (
    <div className="signin">
      <div className="signin-card">
        <div className="signin-head">
          <span className="signin-brand">{t('app.name')}</span>
          <LangToggle label={t('lang.switch')} onPaper />
        </div>
        <form className="signin-form" aria-labelledby={titleId} onSubmit={(e) => void submit(e)} noValidate>
          <h2 id={titleId}>{t(first ? 'firstAdmin.title' : 'signIn.title')}</h2>
          <p className="muted" data-testid="signin-intro">
            {t(first ? 'firstAdmin.intro' : 'signIn.intro')}
          </p>
          <FormRow label={t('signIn.name')} error={errorOf('name')} required>
            <input
              data-testid="signin-name"
              autoComplete="username"
              value={name}
              onChange={(e) => setName(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the one thing to do on this screen
              autoFocus
            />
          </FormRow>
          <FormRow
            label={t('signIn.password')}
            error={errorOf('password')}
            help={first ? t('password.help') : undefined}
            required
          >
            <input
              type="password"
              data-testid="signin-password"
              autoComplete={first ? 'new-password' : 'current-password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FormRow>
          {first && (
            <FormRow label={t('firstAdmin.confirm')} error={errorOf('confirm')} required>
              <input
                type="password"
                data-testid="signin-confirm"
                autoComplete="new-password"
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
              />
            </FormRow>
          )}
          {error && (
            <Banner tone="error" testId="signin-error">
              {error}
            </Banner>
          )}
          <div className="signin-actions">
            <button
              type="submit"
              className="btn btn-primary btn-big"
              data-testid="signin-submit"
              disabled={busy}
            >
              {busy ? t('signIn.busy') : t(first ? 'firstAdmin.submit' : 'signIn.submit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
