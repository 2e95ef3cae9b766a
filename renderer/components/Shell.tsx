// The frame around every screen once someone is signed in: top bar with the screens this role may
// open, who is signed in, sign-out and language. The engine enforces the same role rules.
import './frame.css';
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, Role } from '../../shared/contract';
import { onAppInfoChanged } from '../api/appInfoChanged';
import { ApiError, call } from '../api/client';
import { DisplayButton } from '../display/DisplayButton';
import { t as translateNow, useT } from '../i18n';
import { SCREENS } from '../screens/registry';
import { useCatalogue } from '../stores/catalogue';
import { useSession } from '../stores/session';
import { ClockWarning } from './clock/ClockWarning';
import { LockScreen, useIdleLock } from './LockScreen';
import { OfflineBanner } from './OfflineBanner';
import { TopBar } from './TopBar';

const RANK: Record<Role, number> = { cashier: 1, manager: 2, admin: 3 };

export function Shell() {
  const t = useT();
  const user = useSession((s) => s.user);
  const signOut = useSession((s) => s.signOut);
  const locked = useSession((s) => s.locked);
  const lock = useSession((s) => s.lock);
  const info = useAppInfo();
  useIdleLock();
  const allowed = SCREENS.filter((screen) => user && RANK[user.role] >= RANK[screen.minRole]);
  const [current, setCurrent] = useState(allowed[0]?.id ?? 'sale');
  const screen = allowed.find((s) => s.id === current) ?? allowed[0];

  const leave = () => {
    void call('auth.logout', {}).catch(() => undefined);
    signOut();
  };

  return (
    <div className="app">
      <TopBar info={info.data}>
        <div className="shell-user">
          <span className="visually-hidden">{t('auth.signedInAs')}</span>
          <span data-testid="signed-in-user">{user?.name}</span>
          <DisplayButton />
          <button type="button" data-testid="lock-button" onClick={lock}>
            {t('lock.button')}
          </button>
          <button type="button" data-testid="sign-out" onClick={leave}>
            {t('auth.signOut')}
          </button>
        </div>
      </TopBar>
      {allowed.length > 1 && (
        <nav className="shell-nav" aria-label={t('nav.label')}>
          {allowed.map((entry) => (
            <button
              key={entry.id}
              type="button"
              data-testid={`nav-${entry.id}`}
              aria-current={entry.id === screen?.id ? 'page' : undefined}
              onClick={() => setCurrent(entry.id)}
            >
              {t(entry.labelKey)}
            </button>
          ))}
        </nav>
      )}
      {info.error && <OfflineBanner problem={info.error} onRetry={info.reload} />}
      {/* Kept mounted under the lock, so the cart and the screen are as they were after unlocking. */}
      <div className="shell-screen" inert={locked}>
        {screen && <screen.Component />}
      </div>
      {locked && <LockScreen />}
      {/* Over everything while the engine does not trust the laptop's clock (docs/clock.md). */}
      <ClockWarning />
    </div>
  );
}

/** Device code and business day for the top bar; the first call also proves the engine answers. */
function useAppInfo() {
  const [data, setData] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    setError(null);
    call('app.info', {})
      .then((info) => {
        setData(info);
        useCatalogue.getState().dayIs(info.businessDay);
      })
      .catch((err: unknown) =>
        setError(err instanceof ApiError ? err.message : translateNow('api.unreachable')),
      );
  }, []);
  useEffect(reload, [reload]);
  useEffect(() => onAppInfoChanged(reload), [reload]);
  // The business day moves on after a Z report (or past midnight): read it again every minute.
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);
  return { data, error, reload };
}
