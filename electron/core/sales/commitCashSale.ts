import type { ParsedInput, Sale } from '../../../shared/contract';
import type { Actor } from '../context';
import { commitSale, type SaleContext } from './commitSale';

export type { SaleContext } from './commitSale';

/**
 * Sells the lines for cash at list prices: `sales.commit` with one cash payment and no discounts,
 * so it never needs a manager. Kept for the command line, the durability tests and older callers.
 */
export function commitCashSale(ctx: SaleContext, input: ParsedInput<'sales.commitCash'>, actor: Actor): Sale {
  return commitSale(
    ctx,
    { lines: input.lines, payments: [{ method: 'cash', amount: input.cashTendered }] },
    actor,
    null,
  );
}
