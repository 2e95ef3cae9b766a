// The bar across the top when the engine cannot be reached (or refused to load what the screen
// needs): what went wrong and a button to try again. One for the shell and the till alike.
import { useT } from '../i18n';
import { Banner } from './ui';

export function OfflineBanner({ problem, onRetry }: { problem: string; onRetry: () => void }) {
  const t = useT();
  return (
    <Banner
      tone="error"
      className="ui-banner-bar"
      testId="app-error"
      action={
        <button type="button" className="btn" onClick={onRetry}>
          {t('app.retry')}
        </button>
      }
    >
      <strong>{t('app.offline')}.</strong> {problem}
    </Banner>
  );
}
