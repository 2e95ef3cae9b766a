// What the cashier typed as a quantity to bring back, kept free of React so it can be unit tested.
import { readQty } from '../../components/ui/fieldRules';

/**
 * Milli-units for a typed quantity, read as every quantity field reads it: whole pieces, or
 * kilograms with a comma or a point for weighed goods (`0,5`). Empty or zero is 0 (the line is not
 * refunded); null when it is not a quantity.
 */
export function refundQtyMilli(text: string, soldByWeight: boolean): number | null {
  if (text.trim() === '') return 0;
  const read = readQty(text, { soldByWeight, zero: true });
  return read.ok ? read.value : null;
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
