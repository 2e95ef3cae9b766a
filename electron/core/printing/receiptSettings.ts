// Receipt texts kept in the settings table: header, footer, origin-line prefix, QR option, logo.
import type { Database } from 'better-sqlite3';
import type { ReceiptSettingsView } from '../../../shared/contract';
import { DEFAULT_RECEIPT_SETTINGS, type ReceiptSettings } from '../../../shared/receipt/model';
import { EngineError } from '../errors';
import { getSetting, setSetting } from '../settings/settings';
import { decodeLogo } from './logo';

const KEYS = {
  header: 'receipt.header',
  footer: 'receipt.footer',
  originPrefix: 'receipt.origin_prefix',
  qr: 'receipt.qr',
  logo: 'receipt.logo_png',
} as const;

function lines(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed)
      ? parsed.filter((line): line is string => typeof line === 'string')
      : fallback;
  } catch {
    return fallback;
  }
}

export function getReceiptSettings(db: Database): ReceiptSettings {
  const qr = getSetting(db, KEYS.qr);
  return {
    header: lines(getSetting(db, KEYS.header), DEFAULT_RECEIPT_SETTINGS.header),
    footer: lines(getSetting(db, KEYS.footer), DEFAULT_RECEIPT_SETTINGS.footer),
    originPrefix: getSetting(db, KEYS.originPrefix) ?? DEFAULT_RECEIPT_SETTINGS.originPrefix,
    qr: qr === 'verification' ? 'verification' : DEFAULT_RECEIPT_SETTINGS.qr,
  };
}

/** The logo set in the settings, as a PNG data URL, or null. */
export function getLogoDataUrl(db: Database): string | null {
  return getSetting(db, KEYS.logo) ?? null;
}

export function receiptSettingsView(db: Database): ReceiptSettingsView {
  return { ...getReceiptSettings(db), logoDataUrl: getLogoDataUrl(db) };
}

/** The lines above every receipt: the booth or outlet's name and address, as first-run setup takes them. */
export function setReceiptHeader(db: Database, header: string[]): void {
  setSetting(db, KEYS.header, JSON.stringify(header));
}

export interface SaveReceiptSettings extends ReceiptSettings {
  logoDataUrl?: string | null;
}

export function saveReceiptSettings(db: Database, input: SaveReceiptSettings): ReceiptSettingsView {
  if (input.logoDataUrl) {
    // Refuse a broken or oversized image now, not when a receipt fails to print at the till.
    const logo = decodeLogo(input.logoDataUrl);
    if (!logo) throw new EngineError('INVALID_INPUT', 'printing.logoNotPng');
  }
  const trimLines = (values: string[]) => {
    const out = [...values];
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  };
  db.transaction(() => {
    setSetting(db, KEYS.header, JSON.stringify(trimLines(input.header)));
    setSetting(db, KEYS.footer, JSON.stringify(trimLines(input.footer)));
    setSetting(db, KEYS.originPrefix, input.originPrefix);
    setSetting(db, KEYS.qr, input.qr);
    if (input.logoDataUrl === null) db.prepare('DELETE FROM settings WHERE key = ?').run(KEYS.logo);
    else if (input.logoDataUrl !== undefined) setSetting(db, KEYS.logo, input.logoDataUrl);
  }).immediate();
  return receiptSettingsView(db);
}
