// The till's device code, its time zone and the hour its business day turns over (a night bazaar
// selling at 01.30 books on the evening it began). Managers see them; only an admin changes them:
// the zone and hour with every shift closed, the code only until the first sale (the screen says
// why). The engine checks both and says so in Indonesian when they are wrong.
import { type FormEvent, useEffect, useState } from 'react';
import type { DeviceSettingsView } from '../../../shared/contract';
import { announceAppInfoChanged } from '../../api/appInfoChanged';
import { call } from '../../api/client';
import { Banner, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { useSession } from '../../stores/session';
import { messageOf } from '../catalog/useCatalogLookups';

/** Indonesia's three zones first; any other IANA name can be typed. */
const ZONES = ['Asia/Makassar', 'Asia/Jakarta', 'Asia/Jayapura'] as const;
const HOURS = Array.from({ length: 13 }, (_, h) => h);

export function DeviceTab() {
  const t = useT();
  const isAdmin = useSession((s) => s.user?.role === 'admin');
  const [saved, setSaved] = useState<DeviceSettingsView | null>(null);
  const [code, setCode] = useState('');
  const [zone, setZone] = useState('');
  const [cutoff, setCutoff] = useState(4);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    call('device.settings', {})
      .then((settings) => {
        if (!live) return;
        setSaved(settings);
        setCode(settings.device);
        setZone(settings.timeZone);
        setCutoff(settings.dayCutoffHour);
      })
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, []);

  if (!saved) {
    return error ? (
      <Banner tone="error" testId="settings-device-error">
        {error}
      </Banner>
    ) : (
      <p className="muted">{t('app.loading')}</p>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const device = code.trim().toUpperCase();
      const next = await call('device.saveSettings', {
        ...(device !== saved.device ? { device } : {}),
        timeZone: zone.trim(),
        dayCutoffHour: cutoff,
      });
      setSaved(next);
      setCode(next.device);
      setZone(next.timeZone);
      setCutoff(next.dayCutoffHour);
      setDone(t('settings.device.saved'));
      announceAppInfoChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="cat-body" onSubmit={(e) => void submit(e)} noValidate>
      <section className="cat-panel cat-editor" aria-label={t('settings.tab.device')}>
        <div className="cat-form">
          <h2 className="cat-wide">{t('settings.device.title')}</h2>
          <FormRow
            label={t('settings.device.codeLabel')}
            wide
            help={
              <span data-testid="settings-device-code-help">
                {saved.deviceCodeLocked !== null
                  ? t('settings.device.codeLocked')
                  : saved.deviceCodeProvisional
                    ? t('settings.device.codeProvisional', { code: saved.device })
                    : t('settings.device.codeOpen')}
              </span>
            }
          >
            <input
              className="settings-device-code"
              data-testid="settings-device-code"
              autoComplete="off"
              spellCheck={false}
              maxLength={8}
              value={code}
              disabled={!isAdmin || saved.deviceCodeLocked !== null}
              onChange={(e) => {
                setDone(null);
                setCode(e.target.value.toUpperCase().replace(/\s/g, ''));
              }}
            />
          </FormRow>
          <FormRow label={t('settings.device.zone')}>
            <input
              data-testid="settings-device-zone"
              list="settings-device-zones"
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
              value={zone}
              disabled={!isAdmin}
              onChange={(e) => {
                setDone(null);
                setZone(e.target.value);
              }}
            />
          </FormRow>
          <datalist id="settings-device-zones">
            {ZONES.map((z) => (
              <option key={z} value={z}>
                {t(`settings.device.zoneName.${z}`)}
              </option>
            ))}
          </datalist>
          <FormRow
            label={t('settings.device.cutoff')}
            help={t('settings.device.cutoffHelp', { hour: String(cutoff).padStart(2, '0') })}
          >
            <select
              data-testid="settings-device-cutoff"
              value={cutoff}
              disabled={!isAdmin}
              onChange={(e) => {
                setDone(null);
                setCutoff(Number(e.target.value));
              }}
            >
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {`${String(h).padStart(2, '0')}.00`}
                </option>
              ))}
            </select>
          </FormRow>
          {saved.laptopTimeZone !== saved.timeZone && (
            <Banner tone="info" testId="settings-device-laptop" className="cat-wide">
              {t('settings.device.laptop', { laptop: saved.laptopTimeZone, zone: saved.timeZone })}
            </Banner>
          )}
          {isAdmin ? (
            <div className="cat-actions cat-wide">
              <button
                type="submit"
                className="btn btn-primary"
                data-testid="settings-device-save"
                disabled={busy}
              >
                {t('settings.save')}
              </button>
            </div>
          ) : (
            <Banner tone="info" className="cat-wide">
              {t('settings.device.adminOnly')}
            </Banner>
          )}
          {done && (
            <Banner tone="success" testId="settings-device-saved" className="cat-wide">
              {done}
            </Banner>
          )}
          {error && (
            <Banner tone="error" testId="settings-device-error" className="cat-wide">
              {error}
            </Banner>
          )}
        </div>
      </section>
    </form>
  );
}
