// The frame once someone is signed in: the till's top bar and navigation (same classes, same look),
// who is signed in, her password, sign-out and language. The page in view is kept in the address
// (#/users), so a reload stays on it.
import { useEffect, useState } from 'react';
import { LangToggle } from '../../renderer/components/LangToggle';
import type { OfficeRole, OfficeUser } from '../../shared/office/contract';
import { call } from './api';
import { type OfficeKey, useT } from './i18n';
import { PAGES, type PageId, PageView } from './pages';
import { OwnPasswordDialog } from './screens/OwnPasswordDialog';
import { useSession } from './session';

function pageFromHash(): string {
  return window.location.hash.replace(/^#\/?/, '');
}

export function roleLabel(role: OfficeRole): OfficeKey {
  return `role.${role}`;
}

export function Shell({ user }: { user: OfficeUser }) {
  const t = useT();
  const signOut = useSession((s) => s.signOut);
  const allowed = PAGES.filter((page) => page.roles.includes(user.role));
  const [current, setCurrent] = useState<string>(pageFromHash());
  const officeName = useSession((s) => s.officeName);
  const setOfficeName = useSession((s) => s.setOfficeName);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const page = allowed.find((p) => p.id === current) ?? allowed[0];

  useEffect(() => {
    const onHash = () => setCurrent(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    call('settings.get', {})
      .then((settings) => setOfficeName(settings.officeName))
      .catch(() => undefined);
  }, [setOfficeName]);

  const open = (id: PageId) => {
    window.location.hash = `#/${id}`;
    setCurrent(id);
  };

  return (
    <div className="app office">
      <header className="topbar">
        <h1 className="topbar-title" data-testid="office-title">
          {officeName || t('app.name')}
        </h1>
        <div className="shell-user">
          <span className="visually-hidden">{t('shell.signedInAs')}</span>
          <span data-testid="signed-in-user">{user.name}</span>
          <span className="office-role" data-testid="signed-in-role">
            {t(roleLabel(user.role))}
          </span>
          <button type="button" data-testid="own-password" onClick={() => setPasswordOpen(true)}>
            {t('shell.password')}
          </button>
          <button type="button" data-testid="sign-out" onClick={() => void signOut()}>
            {t('shell.signOut')}
          </button>
        </div>
        <LangToggle label={t('lang.switch')} />
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        {allowed.map((entry) => (
          <button
            key={entry.id}
            type="button"
            data-testid={`nav-${entry.id}`}
            aria-current={entry.id === page?.id ? 'page' : undefined}
            onClick={() => open(entry.id)}
          >
            {t(entry.label)}
          </button>
        ))}
      </nav>
      <main className="shell-screen office-screen" data-page={page?.id}>
        {page && <PageView page={page} />}
      </main>
      {passwordOpen && <OwnPasswordDialog onClose={() => setPasswordOpen(false)} />}
    </div>
  );
}
