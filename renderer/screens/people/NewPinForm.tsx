// The sign-in screen for a person whose PIN was reset: she chooses a new PIN, typed twice, and is
// signed in with it (auth.setNewPin, which the engine allows only while the reset is pending).
import './people.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SignInUser } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, FormRow } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { useSession } from '../../stores/session';
import { messageOf } from '../catalog/useCatalogLookups';

const digits = (text: string) => text.replace(/\D/g, '').slice(0, 6);

export function NewPinForm({
  user,
  notice,
  onBack,
}: {
  user: SignInUser;
  /** Why this form shows instead of the PIN (the engine's answer to a PIN typed after a reset). */
  notice?: string | null;
  onBack?: () => void;
}) {
  const t = useT();
  const signIn = useSession((s) => s.signIn);
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Two PINs that differ are named under the second, which is emptied to be typed again.
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    pinRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (pin !== pin2) {
      setMismatch(true);
      setPin2('');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      signIn(await call('auth.setNewPin', { userId: user.id, pin }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="signin-form" onSubmit={submit} noValidate data-testid="new-pin-form">
      <h2>
        {user.name} <span className="muted">· {t(`auth.role.${user.role}` as MessageKey)}</span>
      </h2>
      <h3 className="signin-newpin-title">{t('signin.newPin.title')}</h3>
      <p className="muted">{notice ?? t('signin.newPin.intro')}</p>
      <FormRow label={t('signin.newPin.pin')}>
        <input
          ref={pinRef}
          data-testid="new-pin-input"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('auth.pinPlaceholder')}
          value={pin}
          onChange={(e) => setPin(digits(e.target.value))}
        />
      </FormRow>
      <FormRow
        label={t('signin.newPin.confirm')}
        error={mismatch ? t('signin.newPin.mismatch') : null}
        messageTestId="new-pin-mismatch"
      >
        <input
          data-testid="new-pin-confirm"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('auth.pinPlaceholder')}
          value={pin2}
          onChange={(e) => {
            setMismatch(false);
            setPin2(digits(e.target.value));
          }}
        />
      </FormRow>
      {error && (
        <Banner tone="error" testId="error-message">
          {error}
        </Banner>
      )}
      <div className="signin-actions signin-newpin-actions">
        {onBack && (
          <button type="button" className="btn btn-quiet" onClick={onBack}>
            {t('auth.back')}
          </button>
        )}
        <button
          className="btn btn-primary btn-big"
          type="submit"
          data-testid="new-pin-submit"
          disabled={busy || pin.length < 4 || pin2.length < 4}
        >
          {t('signin.newPin.submit')}
        </button>
      </div>
    </form>
  );
}
