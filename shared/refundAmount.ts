// What a refund pays back, in whole rupiah. Shared so the refund dialog shows the same number the
// engine stores. Each line's share of the sale total (discounts, PPN and cash rounding included) is
// paid back in proportion to the quantity; the rounding is cumulative, so partial refunds of a line
// always add up to exactly its share once all of it has come back.
import { allocate } from './pricing';

/** Each line's part of `total`, in proportion to what the line added (its net amount). */
export function lineShares(total: number, lineNets: readonly number[]): number[] {
  return allocate(total, lineNets);
}

/** share x qty / sold, rounded half-up; BigInt because rupiah x milli-units can pass 2^53. */
function proportion(share: number, qtyMilli: number, soldMilli: number): number {
  if (soldMilli <= 0) return 0;
  const num = BigInt(share) * BigInt(qtyMilli) * 2n + BigInt(soldMilli);
  return Number(num / (BigInt(soldMilli) * 2n));
}

/**
 * What bringing back `qtyMilli` more of a line pays, when `refundedMilli` of its `soldMilli` came
 * back before. Refusing more than is left is the caller's job.
 */
export function refundLineAmount(
  share: number,
  soldMilli: number,
  refundedMilli: number,
  qtyMilli: number,
): number {
  return proportion(share, refundedMilli + qtyMilli, soldMilli) - proportion(share, refundedMilli, soldMilli);
}
