// The business day a void or refund belongs to, and whether a day is closed: both come from the
// shifts area (the day follows the open shifts and ends with the Z report).
import type { EngineContext } from '../context';
import { deviceBusinessDay } from '../shifts/businessDay';

export { isDayClosed } from '../shifts/businessDay';

/** Today's business day on this till, as the sale path numbers receipts. */
export function todayBusinessDay(ctx: Pick<EngineContext, 'db' | 'now' | 'device'>): string {
  return deviceBusinessDay(ctx);
}
