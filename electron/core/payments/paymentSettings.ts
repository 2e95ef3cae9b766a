// The booth's payment settings, kept in the settings table: PPN (off by default), cash rounding,
// the static QRIS, the cashier's discount limit, how far a shift's cash may be off and how much a
// cashier may take out of her drawer at once.
import type { Database } from 'better-sqlite3';
import type { ParsedInput, PaymentSettings, TaxMode } from '../../../shared/contract';
import { TAX_MODES } from '../../../shared/contract';
import type { TaxSettings } from '../../../shared/pricing';
import { QrisError, qrisMerchant, validateQris } from '../../../shared/qris/qris';
import { ROUNDING_UNITS } from '../../../shared/settlement';
import { EngineError } from '../errors';
import { getSetting, setSetting } from '../settings/settings';

const KEYS = {
  taxMode: 'payments.tax_mode',
  taxRateBp: 'payments.tax_rate_bp',
  cashRounding: 'payments.cash_rounding',
  qrisStatic: 'payments.qris_static',
  discountLimitBp: 'payments.discount_limit_bp',
  discountLimitRupiah: 'payments.discount_limit_rupiah',
  cashVarianceLimit: 'payments.cash_variance_limit',
  cashOutLimit: 'payments.cash_out_limit',
} as const;

/** 12% on a base of 11/12: an effective 11% (2025). Only used once PPN is switched on. */
export const DEFAULT_TAX_RATE_BP = 1100;
/** A cashier may give up to 10% off without a manager. */
export const DEFAULT_DISCOUNT_LIMIT_BP = 1000;
/** A shift may close up to Rp 10.000 over or short without a manager. */
export const DEFAULT_CASH_VARIANCE_LIMIT = 10_000;
/** A cashier may take up to Rp 200.000 out of her drawer at once without a manager (0: always ask). */
export const DEFAULT_CASH_OUT_LIMIT = 200_000;

function intSetting(db: Database, key: string, fallback: number): number {
  const value = Number(getSetting(db, key));
  return Number.isSafeInteger(value) && getSetting(db, key) !== undefined ? value : fallback;
}

function isTaxMode(value: string | undefined): value is TaxMode {
  return (TAX_MODES as readonly string[]).includes(value ?? '');
}

export function getPaymentSettings(db: Database): PaymentSettings {
  const mode = getSetting(db, KEYS.taxMode);
  const rounding = intSetting(db, KEYS.cashRounding, 0);
  const qrisStatic = getSetting(db, KEYS.qrisStatic) || null;
  let merchant: PaymentSettings['qrisMerchant'] = null;
  if (qrisStatic) {
    try {
      merchant = qrisMerchant(qrisStatic);
    } catch {
      merchant = null; // Saved values were validated; a hand-edited database shows no merchant.
    }
  }
  const cap = getSetting(db, KEYS.discountLimitRupiah);
  return {
    taxMode: isTaxMode(mode) ? mode : 'off',
    taxRateBp: intSetting(db, KEYS.taxRateBp, DEFAULT_TAX_RATE_BP),
    cashRounding: (ROUNDING_UNITS as readonly number[]).includes(rounding) ? rounding : 0,
    qrisStatic,
    qrisMerchant: merchant,
    discountLimitBp: intSetting(db, KEYS.discountLimitBp, DEFAULT_DISCOUNT_LIMIT_BP),
    discountLimitRupiah: cap === undefined || cap === '' ? null : intSetting(db, KEYS.discountLimitRupiah, 0),
    cashVarianceLimit: intSetting(db, KEYS.cashVarianceLimit, DEFAULT_CASH_VARIANCE_LIMIT),
    cashOutLimit: intSetting(db, KEYS.cashOutLimit, DEFAULT_CASH_OUT_LIMIT),
  };
}

export function taxSettingsOf(settings: PaymentSettings): TaxSettings {
  return { mode: settings.taxMode, rateBp: settings.taxMode === 'off' ? 0 : settings.taxRateBp };
}

export function savePaymentSettings(
  db: Database,
  input: ParsedInput<'paymentSettings.save'>,
): PaymentSettings {
  let qris: string | null | undefined;
  if (input.qrisStatic !== undefined) {
    qris = input.qrisStatic === null || input.qrisStatic === '' ? null : input.qrisStatic;
    if (qris !== null) {
      try {
        validateQris(qris);
      } catch (error) {
        if (error instanceof QrisError) throw EngineError.from('INVALID_INPUT', error.ref);
        throw error;
      }
    }
  }
  const current = getPaymentSettings(db);
  const taxMode = input.taxMode ?? current.taxMode;
  const taxRateBp = input.taxRateBp ?? current.taxRateBp;
  if (taxMode !== 'off' && taxRateBp <= 0) {
    throw new EngineError('INVALID_INPUT', 'payments.vatRateNeeded');
  }
  db.transaction(() => {
    if (input.taxMode !== undefined) setSetting(db, KEYS.taxMode, input.taxMode);
    if (input.taxRateBp !== undefined) setSetting(db, KEYS.taxRateBp, String(input.taxRateBp));
    if (input.cashRounding !== undefined) setSetting(db, KEYS.cashRounding, String(input.cashRounding));
    if (qris !== undefined) setSetting(db, KEYS.qrisStatic, qris ?? '');
    if (input.discountLimitBp !== undefined)
      setSetting(db, KEYS.discountLimitBp, String(input.discountLimitBp));
    if (input.cashVarianceLimit !== undefined)
      setSetting(db, KEYS.cashVarianceLimit, String(input.cashVarianceLimit));
    if (input.cashOutLimit !== undefined) setSetting(db, KEYS.cashOutLimit, String(input.cashOutLimit));
    if (input.discountLimitRupiah !== undefined) {
      setSetting(
        db,
        KEYS.discountLimitRupiah,
        input.discountLimitRupiah === null ? '' : String(input.discountLimitRupiah),
      );
    }
  }).immediate();
  return getPaymentSettings(db);
}
