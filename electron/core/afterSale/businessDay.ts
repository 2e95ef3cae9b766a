// The business day a void or refund belongs to, and whether a sale is already in a Z report: both
// come from the shifts area (see electron/core/shifts/businessDay.ts for the rule).
import type { EngineContext } from '../context';
import { deviceBusinessDay } from '../shifts/businessDay';

export { isSaleClosed } from '../shifts/businessDay';

/** Today's business day on this till, as the sale path numbers receipts. */
export function todayBusinessDay(ctx: Pick<EngineContext, 'db' | 'now' | 'device'>): string {
  return deviceBusinessDay(ctx);
}
