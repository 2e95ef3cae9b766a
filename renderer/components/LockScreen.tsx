// The till locks itself after a few idle minutes (or at once with "Kunci"): the session is ended in
// the engine, the screen shows only who was signed in, and the same person's PIN opens it again with
// the cart as it was. "Ganti pengguna" goes back to the sign-in list for another person.
import { type FormEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, call } from '../api/client';
import { useT } from '../i18n';
import { useSession } from '../stores/session';
import { isPinRefusal } from './till/ApprovalDialog';
import { Banner, FormRow } from './ui';
import './till/till.css';
import './lockScreen.css';

/** Minutes without a key or a touch before the till locks. */
export const IDLE_LOCK_MINUTES = 5;

/** Locks the session after IDLE_LOCK_MINUTES without input. */
export function useIdleLock(): void {
  const lock = useSession((s) => s.lock);
  const locked = useSession((s) => s.locked);
  useEffect(() => {
    if (locked) return;
    let timer = setTimeout(lock, IDLE_LOCK_MINUTES * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, IDLE_LOCK_MINUTES * 60_000);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, reset, true);
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, reset, true);
    };
  }, [lock, locked]);
}

export function LockScreen() {
  const t = useT();
  const user = useSession((s) => s.user);
  const unlock = useSession((s) => s.unlock);
  const signOut = useSession((s) => s.signOut);
  const [pin, setPin] = useState('');
  // A refused PIN is said under the PIN; anything else (the engine out of reach) under the field.
  const [error, setError] = useState<{ text: string; pin: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const cover = useRef<HTMLDialogElement>(null);

  // A modal dialog of its own, opened last: it sits above any dialog left open on the till (the pay
  // dialog when the idle timer struck), which a z-index cannot do against the browser's top layer.
  useLayoutEffect(() => {
    const dialog = cover.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);
  useEffect(() => input.current?.focus(), []);
  // The till's shortcuts (F9 pay, F12 shift...) listen on the window: under the lock they must not
  // open a dialog above it. Keys stop here before any of them; typing the PIN still works.
  useEffect(() => {
    const swallow = (event: KeyboardEvent) => {
      event.stopImmediatePropagation();
      if (!cover.current?.contains(event.target as Node)) event.preventDefault();
    };
    window.addEventListener('keydown', swallow, true);
    return () => window.removeEventListener('keydown', swallow, true);
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    try {
      unlock(await call('auth.login', { userId: user.id, pin }));
    } catch (err) {
      setPin('');
      setError({
        text: err instanceof ApiError ? err.message : t('api.unreachable'),
        pin: isPinRefusal(err),
      });
      input.current?.focus();
    }
  };

  return (
    <dialog
      ref={cover}
      className="lock-screen"
      aria-labelledby="lock-title"
      data-testid="lock-screen"
      // Escape does not lift the lock; only the PIN (or another person signing in) does.
      onCancel={(event) => event.preventDefault()}
    >
      <form noValidate className="lock-card" onSubmit={(e) => void submit(e)}>
        <h2 id="lock-title">{t('lock.title')}</h2>
        <p className="lock-user" data-testid="lock-user">
          {user?.name}
        </p>
        <div className="till-big-field">
          <FormRow label={t('lock.pin')} error={error?.pin ? error.text : null} messageTestId="lock-error">
            <input
              ref={input}
              className="lock-pin"
              data-testid="lock-pin"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={6}
              value={pin}
              onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            />
          </FormRow>
        </div>
        {error && !error.pin && (
          <Banner tone="error" testId="lock-error">
            {error.text}
          </Banner>
        )}
        <button
          type="submit"
          className="btn btn-primary btn-big"
          data-testid="lock-unlock"
          disabled={pin.length < 4}
        >
          {t('lock.unlock')}
        </button>
        <button type="button" className="btn btn-quiet" data-testid="lock-switch" onClick={signOut}>
          {t('lock.switch')}
        </button>
      </form>
    </dialog>
  );
}
