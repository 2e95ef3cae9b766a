// Splitting an amount in proportion so the parts add up exactly. A leaf module (it imports nothing):
// the batch totals use it without loading pricing's messages; pricing re-exports it.

/** Splits `amount` over `weights` in proportion, largest remainder first, so the parts sum exactly. */
export function allocate(amount: number, weights: readonly number[]): number[] {
  if (amount === 0 || weights.length === 0) return weights.map(() => 0);
  // All weights zero: share evenly rather than lose the amount (the parts always add up to it).
  if (weights.every((w) => w === 0)) {
    return allocate(
      amount,
      weights.map(() => 1),
    );
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (amount * w) / sum);
  const parts = exact.map(Math.floor);
  let left = amount - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
