// What a manager types on the settings screen, read into the engine's units: percent with up to two
// decimals into basis points (11 → 1100, 12,5 → 1250). Rupiah amounts go through the kit's
// MoneyField and readMoney. Kept free of React so it can be unit tested; errors are i18n keys.
import type { MessageKey } from '../../i18n';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: MessageKey };

/** `11`, `11,5` or `11.25` percent into basis points; at most two decimals and at most 100%. */
export function percentToBp(text: string): Parsed<number> {
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return { ok: false, error: 'settings.error.percent' };
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bp > 10_000) return { ok: false, error: 'settings.error.percentTooLarge' };
  return { ok: true, value: bp };
}

/** Basis points as the manager reads them: 1100 → `11`, 1250 → `12,5`. */
export function bpToPercentText(bp: number): string {
  return (bp / 100).toLocaleString('id-ID', { maximumFractionDigits: 2, useGrouping: false });
}
