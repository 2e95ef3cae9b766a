// Kirim ke kantor: the office's upload address and token. Managers see whether upload is on; an
// admin sets it. The token is typed once and never shown again (the engine gives back a hint).
import { type FormEvent, useState } from 'react';
import type { UploadSettings } from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { Banner, FormRow } from '../../components/ui';
import { useT } from '../../i18n';

interface UploadPanelProps {
  settings: UploadSettings | null;
  canEdit: boolean;
  onSaved: (settings: UploadSettings) => void;
}

export function UploadPanel({ settings, canEdit, onSaved }: UploadPanelProps) {
  const t = useT();
  const [url, setUrl] = useState(settings?.url ?? '');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (next: { url: string | null; token?: string }, done: string) => {
    setBusy(true);
    setNotice(null);
    try {
      const saved = await call('batches.setUploadSettings', next);
      setToken('');
      setUrl(saved.url ?? '');
      setNotice({ ok: true, text: done });
      onSaved(saved);
    } catch (error) {
      setNotice({ ok: false, text: error instanceof ApiError ? error.message : t('api.unreachable') });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = token.trim();
    void save({ url: url.trim(), ...(typed === '' ? {} : { token: typed }) }, t('batches.upload.saved'));
  };

  const state =
    settings?.url && settings.tokenSet
      ? t('batches.upload.isOn', { url: settings.url, hint: settings.tokenHint ?? '' })
      : t('batches.upload.isOff');

  return (
    <form className="batches-panel" onSubmit={submit} aria-labelledby="batches-upload-title" noValidate>
      <h3 id="batches-upload-title">{t('batches.upload.title')}</h3>
      <p className="muted batches-small">{t('batches.upload.intro')}</p>
      <p data-testid="upload-state">{state}</p>
      {notice && (
        <Banner tone={notice.ok ? 'success' : 'error'} testId={notice.ok ? 'upload-notice' : 'upload-error'}>
          {notice.text}
        </Banner>
      )}
      {!canEdit && <p className="muted batches-small">{t('batches.upload.adminOnly')}</p>}
      {canEdit && (
        <>
          <FormRow label={t('batches.upload.url')}>
            <input
              data-testid="upload-url"
              value={url}
              placeholder="https://kantor.example.id/karya/batches"
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setUrl(e.target.value)}
            />
          </FormRow>
          <FormRow
            label={t('batches.upload.token')}
            help={
              settings?.tokenSet ? t('batches.upload.tokenKeep', { hint: settings.tokenHint ?? '' }) : null
            }
          >
            <input
              data-testid="upload-token"
              type="password"
              value={token}
              autoComplete="off"
              onChange={(e) => setToken(e.target.value)}
            />
          </FormRow>
          <div className="batches-actions">
            <button type="submit" className="btn btn-primary" data-testid="upload-save" disabled={busy}>
              {t('batches.upload.save')}
            </button>
            {settings?.url && (
              <button
                type="button"
                className="btn"
                data-testid="upload-off"
                disabled={busy}
                onClick={() => void save({ url: null }, t('batches.upload.turnedOff'))}
              >
                {t('batches.upload.off')}
              </button>
            )}
          </div>
        </>
      )}
    </form>
  );
}
