// Rupiah grouped while it is typed (`100.000` as the last zero goes in), so the cashier reads the
// amount she is typing. Only dots this function put there are moved: a dot the cashier typed, a
// comma, a minus or pasted text stay exactly as typed for the money field to read or refuse.
import { formatNumber } from '../../../shared/money';

/** More digits than this cannot be grouped exactly (and are more than any amount the field holds). */
const MAX_DIGITS = 15;

const dots = (text: string) => text.split('.').length - 1;

/** True for the field's own writing: empty, or digits grouped by this function. */
function isGrouped(text: string): boolean {
  const digits = text.replaceAll('.', '');
  return text === '' || (/^\d+$/.test(digits) && text === formatNumber(Number(digits)));
}

/**
 * The field's next text after a change from `previous` to `typed`: grouped again when the change
 * was digits only (typed, deleted, or digits over a grouped amount), as typed otherwise.
 */
export function groupAsTyped(previous: string, typed: string): string {
  if (!/^[\d.]*$/.test(typed)) return typed;
  const digits = typed.replaceAll('.', '');
  if (digits === '' || digits.length > MAX_DIGITS) return typed;
  // No dot at all: plain digits. Dots: only the ones this function wrote before, none typed.
  const ours = dots(typed) === 0 || (isGrouped(previous) && dots(typed) === dots(previous));
  return ours ? formatNumber(Number(digits)) : typed;
}
