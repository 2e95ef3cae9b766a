// The regional office's public key: catalogue packages are accepted only when signed with it
// (docs/catalogue-packages.md). A manager pastes the one line `ed25519:...` the office gives; the
// engine checks it and shows its fingerprint, which every package names.
import { type FormEvent, useEffect, useState } from 'react';
import type { PackageStatus } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

export function OfficeTab() {
  const t = useT();
  const [status, setStatus] = useState<PackageStatus | null>(null);
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Until the key the till holds is read, nothing can be typed: the answer would replace it.
  const loading = status === null && error === null;

  useEffect(() => {
    let live = true;
    call('catalog.packageStatus', {})
      .then((next) => {
        if (!live) return;
        setStatus(next);
        setKey(next.publicKey ?? '');
      })
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, []);

  const save = async (publicKey: string | null) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const next = await call('catalog.setOfficeKey', { publicKey });
      setStatus(next);
      setKey(next.publicKey ?? '');
      setDone(next.keyId ? t('settings.office.saved', { keyId: next.keyId }) : t('settings.office.cleared'));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(key.trim() === '' ? null : key.trim());
  };

  return (
    <form className="cat-body" onSubmit={submit} noValidate>
      <section className="cat-panel cat-editor" aria-label={t('settings.tab.office')}>
        <div className="cat-form">
          <h2 className="cat-wide">{t('settings.office.title')}</h2>
          <p className="muted cat-wide">{t('settings.office.help')}</p>
          <FormRow
            label={t('settings.office.key')}
            wide
            help={
              <span data-testid="settings-office-key-id">
                {status?.keyId
                  ? t('settings.office.keyId', { keyId: status.keyId })
                  : t('settings.office.none')}
              </span>
            }
          >
            <input
              className="cat-mono"
              data-testid="settings-office-key"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              placeholder="ed25519:…"
              disabled={loading}
              value={key}
              onChange={(e) => {
                setDone(null);
                setKey(e.target.value);
              }}
            />
          </FormRow>
          <div className="cat-actions cat-wide">
            <button
              type="submit"
              className="btn btn-primary"
              data-testid="settings-office-save"
              disabled={busy || loading}
            >
              {t('settings.save')}
            </button>
            {status?.keyId && (
              <button
                type="button"
                className="btn"
                data-testid="settings-office-clear"
                disabled={busy}
                onClick={() => void save(null)}
              >
                {t('settings.office.clear')}
              </button>
            )}
          </div>
          {done && (
            <Banner tone="success" testId="settings-office-saved" className="cat-wide">
              {done}
            </Banner>
          )}
          {error && (
            <Banner tone="error" testId="settings-office-error" className="cat-wide">
              {error}
            </Banner>
          )}
        </div>
      </section>
    </form>
  );
}
