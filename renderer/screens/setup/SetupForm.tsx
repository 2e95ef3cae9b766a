// First run, in two steps on one screen: this till (device code, receipt header, zone), then the
// admin and PIN. Step one is only checked here; nothing reaches the engine until "Finish", which
// writes everything in one transaction (setup.complete), so a setup left half-way leaves a database
// that still asks for setup. A till the office enrolled opens its enrolment file instead of typing
// step one (setup.openEnrolment checks it and says what it sets; setup.enrol writes it all at
// "Finish"); the zone, the admin and the PIN are still chosen here, never carried by the file.
import { type FormEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DEVICE_CODE_PATTERN } from '../../../shared/contract/device';
import type { EnrolmentPreview } from '../../../shared/contract/setup';
import { businessDayAt, DEFAULT_TIME_ZONE } from '../../../shared/time';
import { base64Of } from '../../api/base64Of';
import { ApiError, call } from '../../api/client';
import { Banner, FormRow } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { useSession } from '../../stores/session';

/** Indonesia's three zones; the laptop's own is added when it is another. */
const ZONES = ['Asia/Makassar', 'Asia/Jakarta', 'Asia/Jayapura'] as const;
const MAX_LINE = 40;

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

interface Enrolment {
  fileName: string;
  zipBase64: string;
  preview: EnrolmentPreview;
}

/** The fields a step checks before it goes on; each refusal is said under its field. */
type Field = 'device' | 'storeName' | 'address' | 'pin' | 'confirm';

function addressLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function SetupForm() {
  const t = useT();
  const signIn = useSession((s) => s.signIn);
  const [step, setStep] = useState<1 | 2>(1);
  const [device, setDevice] = useState('');
  const [storeName, setStoreName] = useState('');
  const [address, setAddress] = useState('');
  const [zone, setZone] = useState<string>(DEFAULT_TIME_ZONE);
  const [laptopZone, setLaptopZone] = useState<string | null>(null);
  const [name, setName] = useState('Admin');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  // The engine's refusal of the whole setup, or the engine out of reach.
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped on each refused step, so the first field marked red takes the focus.
  const [refusals, setRefusals] = useState(0);
  const firstField = useRef<HTMLInputElement>(null);
  const adminField = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const filePicker = useRef<HTMLInputElement>(null);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  // The engine's refusal of a file, said in the box the file was opened from.
  const [fileError, setFileError] = useState<string | null>(null);

  useEffect(() => {
    call('setup.status', {})
      .then((status) => {
        // A scripted install (KARYA_DEVICE) chose the code already: offer it.
        if (status.device) setDevice(status.device);
        setZone(status.timeZone);
        setLaptopZone(status.laptopTimeZone);
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    (step === 1 ? firstField : adminField).current?.focus();
  }, [step]);

  useLayoutEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const code = enrolment ? enrolment.preview.device : device.trim().toUpperCase();
  const lines = enrolment
    ? [enrolment.preview.location].filter((line) => line !== '')
    : addressLines(address);
  const shownName = enrolment ? enrolment.preview.name : storeName.trim();
  const sampleDay = businessDayAt(new Date(), zone).replaceAll('-', '');
  const zones: string[] =
    laptopZone && !ZONES.some((z) => z === laptopZone) ? [...ZONES, laptopZone] : [...ZONES];
  if (!zones.includes(zone)) zones.push(zone);

  /** Shows what is wrong under each field; true when nothing is. */
  const check = (found: Partial<Record<Field, MessageKey>>) => {
    setFieldErrors(found);
    setError(null);
    if (Object.keys(found).length === 0) return true;
    setRefusals((n) => n + 1);
    return false;
  };

  const openFile = async (file: File) => {
    setBusy(true);
    setError(null);
    setFileError(null);
    setFieldErrors({});
    try {
      const zipBase64 = await base64Of(file);
      const preview = await call('setup.openEnrolment', { fileName: file.name, zipBase64 });
      setEnrolment({ fileName: file.name, zipBase64, preview });
    } catch (err) {
      setEnrolment(null);
      setFileError(messageOf(err, t('api.unreachable')));
    } finally {
      setBusy(false);
    }
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (enrolment) {
      setError(null);
      setStep(2);
      return;
    }
    const found: Partial<Record<Field, MessageKey>> = {};
    if (!DEVICE_CODE_PATTERN.test(code)) found.device = 'setup.deviceInvalid';
    if (storeName.trim() === '') found.storeName = 'setup.storeNameMissing';
    if (lines.length > 3 || lines.some((line) => line.length > MAX_LINE))
      found.address = 'setup.addressTooLong';
    if (check(found)) setStep(2);
  };

  const finish = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, MessageKey>> = {};
    if (pin.length < 4) found.pin = 'setup.pinShort';
    else if (pin !== confirm) found.confirm = 'setup.mismatch';
    if (!check(found)) return;
    setBusy(true);
    setError(null);
    try {
      signIn(
        enrolment
          ? await call('setup.enrol', {
              fileName: enrolment.fileName,
              zipBase64: enrolment.zipBase64,
              timeZone: zone,
              name,
              pin,
            })
          : await call('setup.complete', {
              device: code,
              storeName: storeName.trim(),
              storeAddress: lines,
              timeZone: zone,
              name,
              pin,
            }),
      );
    } catch (err) {
      setError(messageOf(err, t('api.unreachable')));
      setBusy(false);
    }
  };

  const fieldError = (field: Field) => {
    const key = fieldErrors[field];
    return key ? t(key) : null;
  };
  /** A field the owner changes loses its refusal; the others keep theirs until the next check. */
  const changed = (field: Field) => {
    if (fieldErrors[field]) setFieldErrors({ ...fieldErrors, [field]: undefined });
    setError(null);
  };

  const alert = error && (
    <Banner tone="error" testId="error-message">
      {error}
    </Banner>
  );

  if (step === 1) {
    return (
      <form
        noValidate
        ref={formRef}
        className="signin-form setup-form setup-wide"
        onSubmit={next}
        data-testid="setup-step-1"
      >
        <h2>{t('setup.title')}</h2>
        <p className="muted">{t('setup.intro')}</p>
        <p className="setup-step">
          {t('setup.step', { n: 1 })} · <strong>{t('setup.till.title')}</strong>
        </p>
        <div className="setup-grid">
          <div className="setup-fields">
            <div className="setup-enrol">
              <p>
                {enrolment ? t('setup.enrol.opened', { file: enrolment.fileName }) : t('setup.enrol.offer')}
              </p>
              <div className="setup-enrol-actions">
                <button
                  type="button"
                  className="btn"
                  data-testid="setup-enrol-open"
                  disabled={busy}
                  onClick={() => filePicker.current?.click()}
                >
                  {enrolment ? t('setup.enrol.other') : t('setup.enrol.open')}
                </button>
                {enrolment && (
                  <button
                    type="button"
                    className="btn btn-quiet"
                    data-testid="setup-enrol-clear"
                    onClick={() => {
                      setEnrolment(null);
                      setError(null);
                    }}
                  >
                    {t('setup.enrol.type')}
                  </button>
                )}
              </div>
              <input
                ref={filePicker}
                type="file"
                hidden
                accept=".zip,application/zip"
                data-testid="setup-enrol-input"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) void openFile(file);
                }}
              />
              {fileError && (
                <Banner tone="error" testId="setup-enrol-error">
                  {fileError}
                </Banner>
              )}
            </div>
            {enrolment ? (
              <EnrolmentSummary preview={enrolment.preview} />
            ) : (
              <>
                <FormRow
                  label={t('setup.device')}
                  required
                  help={t('setup.deviceHelp')}
                  error={fieldError('device')}
                  messageTestId="setup-device-error"
                >
                  <input
                    ref={firstField}
                    data-testid="setup-device"
                    value={device}
                    maxLength={8}
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    placeholder="PLU2"
                    onChange={(e) => {
                      setDevice(e.target.value.toUpperCase().replace(/\s/g, ''));
                      changed('device');
                    }}
                  />
                </FormRow>
                <FormRow
                  label={t('setup.storeName')}
                  required
                  error={fieldError('storeName')}
                  messageTestId="setup-store-name-error"
                >
                  <input
                    data-testid="setup-store-name"
                    value={storeName}
                    maxLength={MAX_LINE}
                    placeholder={t('setup.storeNamePlaceholder')}
                    onChange={(e) => {
                      setStoreName(e.target.value);
                      changed('storeName');
                    }}
                  />
                </FormRow>
                <FormRow
                  label={t('setup.address')}
                  error={fieldError('address')}
                  messageTestId="setup-address-error"
                >
                  <textarea
                    data-testid="setup-address"
                    rows={3}
                    value={address}
                    onChange={(e) => {
                      setAddress(e.target.value);
                      changed('address');
                    }}
                  />
                </FormRow>
              </>
            )}
          </div>
          <div className="setup-fields setup-side">
            <FormRow label={t('setup.zone')} help={t('setup.zoneHelp')}>
              <select data-testid="setup-zone" value={zone} onChange={(e) => setZone(e.target.value)}>
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {ZONES.some((known) => known === z)
                      ? t(`settings.device.zoneName.${z}` as MessageKey)
                      : t('setup.zoneLaptop', { zone: z })}
                  </option>
                ))}
              </select>
            </FormRow>
            <figure className="setup-receipt" aria-label={t('setup.receiptPreview')}>
              <figcaption>{t('setup.receiptPreview')}</figcaption>
              <div className="setup-paper" data-testid="setup-receipt-preview">
                <strong>{shownName || t('setup.storeNamePlaceholder')}</strong>
                {lines.map((line, index) => (
                  // Lines are typed text without identity; their position is their key.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <span key={index}>{line}</span>
                ))}
                <span className="setup-paper-rule" aria-hidden="true" />
                <span className="setup-paper-left">{t('setup.devicePreview')}</span>
                <span className="setup-paper-left" data-testid="setup-receipt-no">
                  {`${DEVICE_CODE_PATTERN.test(code) ? code : '????'}-${sampleDay}-0001`}
                </span>
              </div>
            </figure>
          </div>
        </div>
        {alert}
        <div className="signin-actions">
          <button className="btn btn-primary btn-big" type="submit" data-testid="setup-next">
            {t('setup.next')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form
      noValidate
      ref={formRef}
      className="signin-form setup-form"
      onSubmit={(e) => void finish(e)}
      data-testid="setup-step-2"
    >
      <h2>{t('setup.title')}</h2>
      <p className="setup-step">
        {t('setup.step', { n: 2 })} · <strong>{t('setup.admin.title')}</strong>
      </p>
      <p className="muted">{t('setup.admin.intro')}</p>
      <FormRow label={t('setup.name')} required>
        <input
          ref={adminField}
          data-testid="setup-name"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          maxLength={60}
        />
      </FormRow>
      <FormRow label={t('setup.pin')} required error={fieldError('pin')} messageTestId="setup-pin-error">
        <input
          data-testid="setup-pin"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={(e) => {
            setPin(e.target.value.replace(/\D/g, '').slice(0, 6));
            changed('pin');
          }}
        />
      </FormRow>
      <FormRow
        label={t('setup.pinConfirm')}
        required
        error={fieldError('confirm')}
        messageTestId="setup-pin-confirm-error"
      >
        <input
          data-testid="setup-pin-confirm"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => {
            setConfirm(e.target.value.replace(/\D/g, '').slice(0, 6));
            changed('confirm');
          }}
        />
      </FormRow>
      {alert}
      <div className="signin-actions">
        <button
          type="button"
          className="btn btn-quiet btn-big"
          data-testid="setup-back"
          onClick={() => {
            setError(null);
            setFieldErrors({});
            setStep(1);
          }}
        >
          {t('setup.back')}
        </button>
        <button className="btn btn-primary btn-big" type="submit" data-testid="setup-submit" disabled={busy}>
          {t('setup.submit')}
        </button>
      </div>
    </form>
  );
}

/** What the enrolment file will set, as the engine read it; the token only by its last characters. */
function EnrolmentSummary({ preview }: { preview: EnrolmentPreview }) {
  const t = useT();
  const rows: [string, string, string][] = [
    ['office', t('setup.enrol.office'), preview.officeName],
    ['device', t('setup.device'), preview.device],
    ['name', t('setup.enrol.name'), preview.name],
    ['location', t('setup.enrol.location'), preview.location || '—'],
    ['upload', t('setup.enrol.upload'), preview.uploadUrl],
    ['token', t('setup.enrol.token'), preview.tokenHint],
    ['key', t('setup.enrol.key'), preview.keyId],
    [
      'catalogue',
      t('setup.enrol.catalogue'),
      preview.catalogue
        ? t('setup.enrol.catalogueVersion', {
            version: preview.catalogue.version,
            products: preview.catalogue.products,
          })
        : t('setup.enrol.noCatalogue'),
    ],
  ];
  return (
    <div className="setup-enrol-summary" data-testid="setup-enrol-preview">
      <dl>
        {rows.map(([id, label, value]) => (
          <div key={id}>
            <dt>{label}</dt>
            <dd data-testid={`setup-enrol-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {preview.catalogue && preview.localProducts > 0 && (
        <p className="muted" data-testid="setup-enrol-demo">
          {t('setup.enrol.demo', { count: preview.localProducts })}
        </p>
      )}
      <p className="muted">{t('setup.enrol.adminNext')}</p>
    </div>
  );
}
