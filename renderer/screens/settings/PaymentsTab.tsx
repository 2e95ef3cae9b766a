// PPN, cash rounding, the booth's static QRIS, the cashier's discount limit and the cash limits (a
// shift's variance, a cashier's cash-out). Percent fields are read here (two decimals into basis
// points); the engine is the authority on everything else and refuses the whole save on any bad
// value, a QRIS with a wrong CRC included, so nothing half-saves.
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type PaymentSettings, TAX_MODES, type TaxMode } from '../../../shared/contract';
import { formatMessage, type Lang } from '../../../shared/messages';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { QrisError, qrisMerchant } from '../../../shared/qris/qris';
import { ROUNDING_UNITS } from '../../../shared/settlement';
import { call } from '../../api/client';
import { QrCode } from '../../components/QrCode';
import { Banner, FormRow, MoneyField, readMoney } from '../../components/ui';
import { type MessageKey, useLang, useT } from '../../i18n';
import { usePaymentSettings } from '../../stores/paymentSettings';
import { messageOf } from '../catalog/useCatalogLookups';
import { bpToPercentText, percentToBp } from './settingsInput';

interface Draft {
  taxMode: TaxMode;
  taxRate: string;
  cashRounding: RoundingUnit;
  qris: string;
  discountLimit: string;
  discountCap: string;
  varianceLimit: string;
  cashOutLimit: string;
}

type RoundingUnit = (typeof ROUNDING_UNITS)[number];

/** The engine only ever reports one of the units; anything else reads as off. */
const roundingOf = (value: number): RoundingUnit => ROUNDING_UNITS.find((unit) => unit === value) ?? 0;

type Field = 'taxRate' | 'discountLimit' | 'discountCap' | 'varianceLimit' | 'cashOutLimit';

const draftOf = (s: PaymentSettings): Draft => ({
  taxMode: s.taxMode,
  taxRate: bpToPercentText(s.taxRateBp),
  cashRounding: roundingOf(s.cashRounding),
  qris: s.qrisStatic ?? '',
  discountLimit: bpToPercentText(s.discountLimitBp),
  discountCap: s.discountLimitRupiah === null ? '' : formatNumber(s.discountLimitRupiah),
  varianceLimit: formatNumber(s.cashVarianceLimit),
  cashOutLimit: formatNumber(s.cashOutLimit),
});

/** What the pasted QRIS says before it is saved: its merchant, or why it is not a valid QRIS. */
function readQris(
  text: string,
  lang: Lang,
): { merchant: { name: string; city: string } } | { error: string } | null {
  const payload = text.trim();
  if (payload === '') return null;
  try {
    return { merchant: qrisMerchant(payload) };
  } catch (error) {
    if (!(error instanceof QrisError)) return { error: String(error) };
    return { error: formatMessage(lang, error.ref.key, error.ref.params) ?? error.message };
  }
}

export function PaymentsTab() {
  const t = useT();
  const [saved, setSaved] = useState<PaymentSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRefs = {
    taxRate: useRef<HTMLInputElement>(null),
    discountLimit: useRef<HTMLInputElement>(null),
    discountCap: useRef<HTMLInputElement>(null),
    varianceLimit: useRef<HTMLInputElement>(null),
    cashOutLimit: useRef<HTMLInputElement>(null),
  };

  useEffect(() => {
    let live = true;
    call('paymentSettings.get', {})
      .then((settings) => {
        if (!live) return;
        setSaved(settings);
        setDraft(draftOf(settings));
      })
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, []);

  const lang = useLang((state) => state.lang);
  const qris = useMemo(() => readQris(draft?.qris ?? '', lang), [draft?.qris, lang]);

  if (!draft) {
    return error ? (
      <Banner tone="error" testId="settings-payments-error">
        {error}
      </Banner>
    ) : (
      <p className="muted">{t('app.loading')}</p>
    );
  }

  const change = (patch: Partial<Draft>) => {
    setDone(null);
    setDraft({ ...draft, ...patch });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setError(null);
    const rate = percentToBp(draft.taxRate);
    const limit = percentToBp(draft.discountLimit);
    const cap = readMoney(draft.discountCap, { optional: true });
    const variance = readMoney(draft.varianceLimit);
    const cashOut = readMoney(draft.cashOutLimit);
    const errors: Partial<Record<Field, MessageKey>> = {};
    if (!rate.ok) errors.taxRate = rate.error;
    else if (draft.taxMode !== 'off' && rate.value === 0) errors.taxRate = 'settings.error.taxRateZero';
    if (!limit.ok) errors.discountLimit = limit.error;
    if (!cap.ok) errors.discountCap = cap.error;
    if (!variance.ok) errors.varianceLimit = variance.error;
    if (!cashOut.ok) errors.cashOutLimit = cashOut.error;
    setFieldErrors(errors);
    const firstBad = (
      ['taxRate', 'discountLimit', 'discountCap', 'varianceLimit', 'cashOutLimit'] as const
    ).find((field) => errors[field]);
    if (firstBad) fieldRefs[firstBad].current?.focus();
    if (!rate.ok || !limit.ok || !cap.ok || !variance.ok || !cashOut.ok || errors.taxRate) return;
    if (variance.value === null || cashOut.value === null) return;
    setBusy(true);
    try {
      const next = await call('paymentSettings.save', {
        taxMode: draft.taxMode,
        taxRateBp: rate.value,
        cashRounding: draft.cashRounding,
        qrisStatic: draft.qris.trim() === '' ? null : draft.qris.trim(),
        discountLimitBp: limit.value,
        discountLimitRupiah: cap.value,
        cashVarianceLimit: variance.value,
        cashOutLimit: cashOut.value,
      });
      setSaved(next);
      setDraft(draftOf(next));
      // The till reads its copy once; hand it the new one so the next sale uses it straight away.
      usePaymentSettings.setState({ settings: next });
      setDone(t('settings.payments.saved'));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: Field) => {
    const key = fieldErrors[field];
    return key ? t(key) : null;
  };

  return (
    // One form over both panels: the left holds PPN, rounding and the discount limit, the right the
    // QRIS with its preview, so the whole tab fits a 1366x768 screen without scrolling.
    <form className="cat-body cat-split" onSubmit={(e) => void submit(e)} noValidate>
      <section className="cat-panel cat-editor" aria-label={t('settings.tab.payments')}>
        <div className="cat-form">
          <h2 className="cat-wide">{t('settings.payments.tax')}</h2>
          <FormRow label={t('settings.payments.taxMode')}>
            <select
              data-testid="settings-tax-mode"
              value={draft.taxMode}
              onChange={(e) => change({ taxMode: e.target.value as TaxMode })}
            >
              {TAX_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`settings.taxMode.${mode}`)}
                </option>
              ))}
            </select>
          </FormRow>
          <FormRow
            label={t('settings.payments.taxRate')}
            error={fieldError('taxRate')}
            messageTestId="settings-taxRate-error"
          >
            <input
              ref={fieldRefs.taxRate}
              data-testid="settings-tax-rate"
              inputMode="decimal"
              autoComplete="off"
              maxLength={8}
              value={draft.taxRate}
              onChange={(e) => change({ taxRate: e.target.value })}
            />
          </FormRow>
          <p className="muted cat-wide" data-testid="settings-tax-help">
            {t(`settings.taxHelp.${draft.taxMode}`)}
          </p>

          <h2 className="cat-wide">{t('settings.payments.cash')}</h2>
          <FormRow label={t('settings.payments.rounding')}>
            <select
              data-testid="settings-rounding"
              value={draft.cashRounding}
              onChange={(e) => change({ cashRounding: roundingOf(Number(e.target.value)) })}
            >
              {ROUNDING_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit === 0 ? t('settings.rounding.off') : formatRupiah(unit)}
                </option>
              ))}
            </select>
          </FormRow>
          <p className="muted">{t('settings.payments.roundingHelp')}</p>

          <h2 className="cat-wide">{t('settings.payments.discount')}</h2>
          <FormRow
            label={t('settings.payments.discountLimit')}
            error={fieldError('discountLimit')}
            messageTestId="settings-discountLimit-error"
          >
            <input
              ref={fieldRefs.discountLimit}
              data-testid="settings-discount-limit"
              inputMode="decimal"
              autoComplete="off"
              maxLength={8}
              value={draft.discountLimit}
              onChange={(e) => change({ discountLimit: e.target.value })}
            />
          </FormRow>
          <MoneyField
            label={t('settings.payments.discountCap')}
            optional
            inputRef={fieldRefs.discountCap}
            testId="settings-discount-cap"
            messageTestId="settings-discountCap-error"
            placeholder={t('settings.payments.noCap')}
            value={draft.discountCap}
            error={fieldError('discountCap')}
            onChange={(discountCap) => change({ discountCap })}
          />
          <p className="muted cat-wide">{t('settings.payments.discountHelp')}</p>
          <MoneyField
            label={t('settings.payments.varianceLimit')}
            inputRef={fieldRefs.varianceLimit}
            testId="settings-variance-limit"
            messageTestId="settings-varianceLimit-error"
            value={draft.varianceLimit}
            error={fieldError('varianceLimit')}
            onChange={(varianceLimit) => change({ varianceLimit })}
          />
          <MoneyField
            label={t('settings.payments.cashOutLimit')}
            inputRef={fieldRefs.cashOutLimit}
            testId="settings-cash-out-limit"
            messageTestId="settings-cashOutLimit-error"
            value={draft.cashOutLimit}
            error={fieldError('cashOutLimit')}
            onChange={(cashOutLimit) => change({ cashOutLimit })}
          />
          <p className="muted">{t('settings.payments.varianceHelp')}</p>
          <p className="muted">{t('settings.payments.cashOutHelp')}</p>

          <div className="cat-actions cat-wide">
            <button
              type="submit"
              className="btn btn-primary"
              data-testid="settings-payments-save"
              disabled={busy}
            >
              {t('settings.save')}
            </button>
            <button
              type="button"
              className="btn btn-quiet"
              data-testid="settings-payments-reset"
              disabled={busy || !saved}
              onClick={() => {
                if (!saved) return;
                setDraft(draftOf(saved));
                setFieldErrors({});
                setError(null);
                setDone(null);
              }}
            >
              {t('settings.undo')}
            </button>
          </div>
          {done && (
            <Banner tone="success" testId="settings-payments-saved" className="cat-wide">
              {done}
            </Banner>
          )}
          {error && (
            <Banner tone="error" testId="settings-payments-error" className="cat-wide">
              {error}
            </Banner>
          )}
        </div>
      </section>

      <section className="cat-panel cat-editor settings-qris" aria-label={t('settings.payments.qris')}>
        <h2>{t('settings.payments.qris')}</h2>
        <FormRow label={t('settings.payments.qrisStatic')}>
          <textarea
            className="settings-qris-input"
            data-testid="settings-qris"
            rows={3}
            maxLength={512}
            spellCheck={false}
            autoComplete="off"
            placeholder="000201…"
            value={draft.qris}
            onChange={(e) => change({ qris: e.target.value })}
          />
        </FormRow>
        <p className="muted">{t('settings.payments.qrisHelp')}</p>
        <div className="settings-qris-preview" data-testid="settings-qris-preview">
          {qris === null && <p className="muted">{t('settings.qris.none')}</p>}
          {qris && 'error' in qris && (
            <p className="error" data-testid="settings-qris-problem">
              {qris.error}
            </p>
          )}
          {qris && 'merchant' in qris && (
            <>
              <QrCode
                data={draft.qris.trim()}
                label={t('settings.qris.codeLabel', { name: qris.merchant.name })}
                size={180}
              />
              <dl className="settings-merchant">
                <div>
                  <dt>{t('settings.qris.merchant')}</dt>
                  <dd data-testid="settings-qris-merchant">{qris.merchant.name || '—'}</dd>
                </div>
                <div>
                  <dt>{t('settings.qris.city')}</dt>
                  <dd data-testid="settings-qris-city">{qris.merchant.city || '—'}</dd>
                </div>
                {draft.qris.trim() !== (saved?.qrisStatic ?? '') && (
                  <div>
                    <dt>{t('settings.status')}</dt>
                    <dd className="settings-unsaved" data-testid="settings-qris-unsaved">
                      {t('settings.qris.unsaved')}
                    </dd>
                  </div>
                )}
              </dl>
            </>
          )}
        </div>
      </section>
    </form>
  );
}
