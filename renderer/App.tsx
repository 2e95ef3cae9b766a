import { useEffect } from 'react';
import { Shell } from './components/Shell';
import { DisplayScreen } from './display/DisplayScreen';
import { useLang, useT } from './i18n';
import { SignInScreen } from './screens/SignInScreen';
import { useSession } from './stores/session';

export function App() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const signedIn = useSession((s) => s.session !== null);
  const restoring = useSession((s) => s.restoring);

  // Screen readers and the browser's own spell-check follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  // The customer display (second screen) is the same app opened at #/display, with nobody signed in.
  if (window.location.hash === '#/display') return <DisplayScreen />;
  // A kept session is being checked after a reload: a moment of nothing, not a flash of sign-in.
  if (restoring) return null;
  return signedIn ? <Shell /> : <SignInScreen />;
}
