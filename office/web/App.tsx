// The office page: first admin (only while no user exists), sign-in, or the shell of a signed-in
// person. The server decides which; the page only asks.
import { useEffect } from 'react';
import { Banner } from '../../renderer/components/ui';
import { useT } from './i18n';
import { Shell } from './Shell';
import { SignInScreen } from './screens/SignInScreen';
import { useSession } from './session';

export function App() {
  const t = useT();
  const phase = useSession((s) => s.phase);
  const refresh = useSession((s) => s.refresh);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  switch (phase.kind) {
    case 'loading':
      return (
        <p className="office-loading" role="status">
          {t('app.loading')}
        </p>
      );
    case 'offline':
      return (
        <div className="office-offline">
          <Banner
            tone="error"
            testId="office-offline"
            action={
              <button type="button" className="btn" onClick={() => void refresh()}>
                {t('app.retry')}
              </button>
            }
          >
            {phase.problem}
          </Banner>
        </div>
      );
    case 'firstAdmin':
      return <SignInScreen mode="firstAdmin" />;
    case 'signIn':
      return <SignInScreen mode="signIn" />;
    case 'in':
      return <Shell user={phase.user} />;
  }
}
