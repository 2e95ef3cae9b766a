// Figures of a shift summary, kept free of React so they can be unit tested.
import { formatRupiah } from '../../../shared/money';

/** Money that left the drawer (cash out, refunds, voids): `-Rp 10.000`, but `Rp 0` when none did. */
export function formatOutflow(amount: number): string {
  return amount === 0 ? formatRupiah(0) : formatRupiah(-Math.abs(amount));
}

export type VarianceTone = 'short' | 'over' | 'even';

/** Counted minus expected: below zero the drawer is short (red), above it over (amber), else even. */
export function varianceTone(variance: number): VarianceTone {
  if (variance < 0) return 'short';
  if (variance > 0) return 'over';
  return 'even';
}
