// Properties of the pricing and settlement functions over many random carts: whatever the cashier
// types, totals are never negative, the lines add up to the totals, DPP + PPN is what the tax mode
// says, rounding stays within half a unit, and a settled sale is paid in full with change from cash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Discount, lineGross, type PricingLine, priceCart, type TaxSettings } from './pricing';
import { lineShares, refundLineAmount } from './refundAmount';
import { settle, type Tender } from './settlement';

const line: fc.Arbitrary<PricingLine> = fc
  .record({
    unitPrice: fc.integer({ min: 0, max: 5_000_000 }),
    // Pieces (whole thousands) and weighed goods (any gram count).
    qtyMilli: fc.oneof(
      fc.integer({ min: 1, max: 500 }).map((n) => n * 1000),
      fc.integer({ min: 1, max: 50_000 }),
    ),
    percent: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    amountShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ unitPrice, qtyMilli, percent, amountShare }) => {
    // An amount discount can never exceed the line's own gross (the engine refuses that).
    const gross = lineGross(unitPrice, qtyMilli);
    let discount: Discount | undefined;
    if (percent !== undefined) discount = { kind: 'percent', bp: percent };
    else if (amountShare !== undefined) discount = { kind: 'amount', value: Math.floor(gross * amountShare) };
    return { unitPrice, qtyMilli, discount };
  });

const tax: fc.Arbitrary<TaxSettings> = fc.record({
  mode: fc.constantFrom('off', 'inclusive', 'exclusive'),
  rateBp: fc.constantFrom(0, 1100, 1200),
});

const orderPercent = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined });

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('priceCart properties', () => {
  it('never goes negative and its lines always add up to the totals', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), tax, orderPercent, (lines, taxes, bp) => {
        const cart = priceCart(lines, {
          tax: taxes,
          orderDiscount: bp === undefined ? undefined : { kind: 'percent', bp },
        });
        expect(cart.total).toBeGreaterThanOrEqual(0);
        for (const l of cart.lines) {
          expect(l.lineDiscount + l.orderDiscountShare).toBeLessThanOrEqual(l.gross);
          expect(l.dpp).toBeGreaterThanOrEqual(0);
          expect(l.ppn).toBeGreaterThanOrEqual(0);
          expect(l.lineTotal).toBeGreaterThanOrEqual(0);
        }
        expect(sum(cart.lines.map((l) => l.gross))).toBe(cart.subtotal);
        expect(sum(cart.lines.map((l) => l.lineTotal))).toBe(cart.total);
        expect(sum(cart.lines.map((l) => l.orderDiscountShare))).toBe(cart.orderDiscount);
        expect(sum(cart.lines.map((l) => l.dpp))).toBe(cart.dpp);
        expect(sum(cart.lines.map((l) => l.ppn))).toBe(cart.ppn);
        expect(cart.discountTotal).toBe(cart.lineDiscounts + cart.orderDiscount);
        const net = cart.subtotal - cart.discountTotal;
        // Inclusive prices hold the tax; exclusive prices get it on top; off adds nothing.
        if (taxes.mode === 'exclusive') expect(cart.total).toBe(net + cart.ppn);
        else expect(cart.total).toBe(net);
        expect(cart.dpp + (taxes.mode === 'exclusive' ? 0 : cart.ppn)).toBe(net);
        if (taxes.mode === 'off' || taxes.rateBp === 0) expect(cart.ppn).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('gives each weighed line price x weight rounded to the rupiah, within half a rupiah', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 99_999 }),
        (price, grams) => {
          const exact = (price * grams) / 1000;
          expect(Math.abs(lineGross(price, grams) - exact)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});

describe('settle properties', () => {
  it('completes only when paid in full, with change from cash and rounding within half a unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom(0, 100, 500),
        fc.array(fc.record({ method: fc.constantFrom('qris', 'transfer', 'card'), part: fc.nat(100) }), {
          maxLength: 3,
        }),
        fc.nat(200_000),
        (total, unit, others, extraCash) => {
          // Non-cash parts cover at most the total; cash pays the rest plus something extra.
          let left = total;
          const tenders: Tender[] = [];
          for (const other of others) {
            const amount = Math.min(left, Math.max(1, Math.floor((total * other.part) / 100)));
            if (amount <= 0) continue;
            tenders.push({ method: other.method, amount });
            left -= amount;
          }
          if (left > 0) tenders.push({ method: 'cash', amount: left + unit + extraCash });
          const settled = settle(total, tenders, unit);
          expect(Math.abs(settled.rounding) * 2).toBeLessThanOrEqual(unit);
          expect(settled.total).toBe(total + settled.rounding);
          expect(sum(settled.payments.map((p) => p.amount))).toBe(settled.total);
          expect(settled.paid - settled.change).toBe(settled.total);
          for (const p of settled.payments) {
            if (p.method !== 'cash') expect(p.change).toBe(0);
            expect(p.change).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses any payment short of the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10_000_000 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (total, share) => {
          const short = Math.floor(total * share);
          expect(() => settle(total, [{ method: 'cash', amount: short }], 0)).toThrow(/kurang/);
          if (short > 0)
            expect(() => settle(total, [{ method: 'qris', amount: short }], 0)).toThrow(/kurang/);
        },
      ),
    );
  });
});

describe('refund amounts', () => {
  it('refunding every line in any number of steps pays back exactly the sale total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(
          fc.record({
            net: fc.nat(1_000_000),
            soldMilli: fc.integer({ min: 1, max: 20_000 }),
            steps: fc.integer({ min: 1, max: 4 }),
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (total, lines) => {
          const shares = lineShares(
            total,
            lines.map((l) => l.net),
          );
          expect(sum(shares)).toBe(total);
          let paid = 0;
          lines.forEach((l, i) => {
            let refunded = 0;
            for (let step = 1; step <= l.steps; step++) {
              const upTo = step === l.steps ? l.soldMilli : Math.floor((l.soldMilli * step) / l.steps);
              paid += refundLineAmount(shares[i] ?? 0, l.soldMilli, refunded, upTo - refunded);
              refunded = upTo;
            }
          });
          expect(paid).toBe(total);
        },
      ),
    );
  });
});
