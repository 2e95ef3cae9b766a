// "Layar pembeli" in the top bar. The desktop app opens (or brings back) its display window; in
// browser mode there is no window to open from here, so it gives the address to open on the second
// screen, with the door's token, and a button that opens it as a separate browser window.
import { useState } from 'react';
import { ApiError, call, displayUrl } from '../api/client';
import { Banner, Dialog } from '../components/ui';
import { useT } from '../i18n';

export function DisplayButton() {
  const t = useT();
  const [shown, setShown] = useState<{ address: string | null; error: string | null } | null>(null);

  const open = async () => {
    let error: string | null = null;
    try {
      if ((await call('display.open', {})).opened) return;
    } catch (err) {
      error = err instanceof ApiError ? err.message : null;
    }
    const address = displayUrl();
    setShown({ address, error: address ? null : (error ?? t('display.cannotOpen')) });
  };

  return (
    <>
      <button type="button" data-testid="display-button" onClick={() => void open()}>
        {t('display.button')}
      </button>
      {shown && (
        <Dialog
          title={t('display.button')}
          onClose={() => setShown(null)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setShown(null)}>
                {t('dialog.close')}
              </button>
              {shown.address && (
                <button
                  type="button"
                  className="btn btn-primary"
                  data-testid="display-open-window"
                  onClick={() => {
                    // A window of its own, so it can be dragged onto the second monitor.
                    window.open(shown.address ?? '', 'karya-display', 'popup,noopener');
                    setShown(null);
                  }}
                >
                  {t('display.openWindow')}
                </button>
              )}
            </>
          }
        >
          {shown.error && <Banner tone="error">{shown.error}</Banner>}
          {shown.address && (
            <>
              <p>{t('display.openHelp')}</p>
              <input
                className="display-url"
                data-testid="display-url"
                aria-label={t('display.button')}
                readOnly
                value={shown.address}
                onFocus={(event) => event.currentTarget.select()}
                data-autofocus
              />
            </>
          )}
        </Dialog>
      )}
    </>
  );
}
