// What the cashier typed as a quantity to bring back, kept free of React so it can be unit tested.
import { parseWeightKg } from '../../components/parseInput';

/**
 * Milli-units for a typed quantity: whole pieces, or kilograms with a comma or a point for weighed
 * goods (`0,5`). Empty or zero is 0 (the line is not refunded); null when it is not a quantity.
 */
export function refundQtyMilli(text: string, soldByWeight: boolean): number | null {
  const typed = text.trim();
  if (typed === '' || /^0*(?:[.,]0*)?$/.test(typed)) return 0;
  if (soldByWeight) {
    const weight = parseWeightKg(typed);
    return weight.ok ? weight.qtyMilli : null;
  }
  return /^\d{1,5}$/.test(typed) ? Number(typed) * 1000 : null;
}

/** The refundable quantity as the cashier would type it: `2`, or `1,255` kilograms. */
export function typedQty(qtyMilli: number, soldByWeight: boolean): string {
  if (!soldByWeight) return String(Math.floor(qtyMilli / 1000));
  const whole = Math.floor(qtyMilli / 1000);
  const fraction = String(qtyMilli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole},${fraction}` : String(whole);
}
