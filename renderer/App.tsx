import { useEffect } from 'react';
import { Shell } from './components/Shell';
import { useLang, useT } from './i18n';
import { SignInScreen } from './screens/SignInScreen';
import { useSession } from './stores/session';

export function App() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const signedIn = useSession((s) => s.session !== null);

  // Screen readers and the browser's own spell-check follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  return signedIn ? <Shell /> : <SignInScreen />;
}
