// Days of sales built through the commands (two cashiers' shifts, discounts, PPN, rounding, split
// payments, voids, partial refunds, cash in and out), then every total of the Z report checked
// against an independent sum over what the commands returned.
import { describe, expect, it } from 'vitest';
import type { DayReport, Product, Refund, Sale } from '../../../shared/contract';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function grouped<T>(
  items: readonly T[],
  key: (item: T) => string,
  amount: (item: T) => number,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + amount(item));
  return out;
}

/** The report's rows as a map, without zero rows (an independent sum has no row for nothing). */
function asMap<T>(
  rows: readonly T[],
  key: (row: T) => string,
  amount: (row: T) => number,
): Map<string, number> {
  return new Map(rows.filter((r) => amount(r) !== 0).map((r) => [key(r), amount(r)]));
}

function withoutZeros(map: Map<string, number>): Map<string, number> {
  return new Map([...map].filter(([, v]) => v !== 0));
}

describe('the Z report adds up', () => {
  it.each([20261128, 7, 424242])(
    'seed %i: every total equals an independent sum of the stored rows',
    async (seed) => {
      const rng = random(seed);
      const t = engineIn(tempDir());
      t.setNow('2026-11-28T01:00:00Z'); // 09.00 WITA
      await t.ok('paymentSettings.save', {
        qrisStatic: (await import('../../../shared/qris/qris-vectors.json')).default.static_to_dynamic[0]
          ?.static,
        cashRounding: rng.pick([0, 100, 500] as const),
        taxMode: rng.pick(['off', 'inclusive', 'exclusive'] as const),
        discountLimitBp: 10_000,
      });
      const products = (await t.ok('products.list', {})).filter((p: Product) => !p.soldByWeight);
      const weighed = (await t.ok('products.list', {})).filter((p: Product) => p.soldByWeight);
      const sri = await t.as('cashier', 'Sri', { shift: false });
      const ani = await t.as('cashier', 'Ani', { shift: false });
      const manager = await t.as('manager', 'Pak Andi', { shift: false });
      await sri.ok('shifts.open', { openingFloat: 150_000 });
      await ani.ok('shifts.open', { openingFloat: 100_000 });

      const sales: Sale[] = [];
      const voided = new Set<string>();
      const refunds: Refund[] = [];
      for (let i = 0; i < 30; i++) {
        t.setNow(new Date(Date.parse('2026-11-28T01:00:00Z') + i * 17 * 60_000).toISOString());
        const who = rng.chance(0.5) ? sri : ani;
        const lines = Array.from({ length: rng.int(1, 4) }, () => {
          const weighedLine = rng.chance(0.2);
          const product = rng.pick(weighedLine ? weighed : products);
          return {
            productId: product.id,
            qty: weighedLine ? rng.int(200, 2500) / 1000 : rng.int(1, 3),
            ...(rng.chance(0.2)
              ? { discount: { kind: 'percent' as const, bp: rng.int(1, 30) * 100 }, discountReason: 'promo' }
              : {}),
          };
        });
        const order = rng.chance(0.15)
          ? { orderDiscount: { kind: 'percent' as const, bp: 500 }, orderDiscountReason: 'pelanggan' }
          : {};
        // The engine names the total when a non-cash payment is too big: that is the price to pay.
        const probe = await who.call('sales.commit', {
          lines,
          ...order,
          payments: [{ method: 'transfer', amount: 1_000_000_000 }],
        });
        const total = probe.ok
          ? 0
          : Number(/total Rp ([\d.]+)/.exec(probe.error.message)?.[1]?.replaceAll('.', '') ?? 0);
        if (total === 0) throw new Error(`no total in ${JSON.stringify(probe)}`);
        const split = rng.int(0, 2);
        const payments =
          split === 0
            ? [{ method: 'cash' as const, amount: total + rng.pick([1_000, 50_000]) }]
            : split === 1
              ? [{ method: rng.pick(['qris', 'transfer', 'card'] as const), amount: total, confirmed: true }]
              : [
                  { method: 'qris' as const, amount: Math.max(1, Math.floor(total / 2)), confirmed: true },
                  { method: 'cash' as const, amount: total - Math.max(1, Math.floor(total / 2)) + 5_000 },
                ];
        sales.push(await who.ok('sales.commit', { lines, ...order, payments }));
      }
      // Some voids, some partial refunds, cash in and out.
      for (const sale of sales.slice(0, 3)) {
        await manager.ok('sales.void', { receiptNo: sale.receiptNo, reason: 'salah input' });
        voided.add(sale.id);
      }
      for (const sale of sales.slice(3, 7)) {
        const line = sale.lines[0];
        if (!line) continue;
        const qty = line.soldByWeight ? line.qtyMilli / 2000 : 1;
        const { refund } = await sri.ok('sales.refund', {
          receiptNo: sale.receiptNo,
          lines: [{ lineNo: line.lineNo, qty }],
          reason: 'barang rusak',
          method: rng.pick(['cash', 'transfer'] as const),
          approval: { userId: manager.user.id, pin: TEST_PIN },
        });
        refunds.push(refund);
      }
      await sri.ok('shifts.cashMove', { kind: 'out', amount: 30_000, reason: 'beli kantong' });
      await ani.ok('shifts.cashMove', { kind: 'in', amount: 20_000, reason: 'tambah receh' });

      const x: DayReport = await manager.ok('reports.x', {});
      const kept = sales.filter((s) => !voided.has(s.id));
      expect(x.salesCount).toBe(sales.length);
      expect(x.gross).toBe(sum(sales.map((s) => s.subtotal)));
      expect(x.discounts).toBe(sum(sales.map((s) => s.discountTotal)));
      expect(x.rounding).toBe(sum(sales.map((s) => s.rounding)));
      expect(x.salesTotal).toBe(sum(sales.map((s) => s.total)));
      expect(x.gross - x.discounts + x.ppnAdded + x.rounding).toBe(x.salesTotal);
      expect(x.voids).toEqual({
        count: voided.size,
        amount: sum(sales.filter((s) => voided.has(s.id)).map((s) => s.total)),
      });
      expect(x.refunds).toEqual({ count: refunds.length, amount: sum(refunds.map((r) => r.amount)) });
      expect(x.net).toBe(sum(kept.map((s) => s.total)) - sum(refunds.map((r) => r.amount)));
      expect(x.tax).toEqual({ dpp: sum(kept.map((s) => s.dpp)), ppn: sum(kept.map((s) => s.ppn)) });

      const paidBy = grouped(
        kept.flatMap((s) => s.payments),
        (p) => p.method,
        (p) => p.amount,
      );
      for (const r of refunds) paidBy.set(r.method, (paidBy.get(r.method) ?? 0) - r.amount);
      expect(
        asMap(
          x.byMethod,
          (m) => m.method,
          (m) => m.net,
        ),
      ).toEqual(withoutZeros(paidBy));

      const byUnit = grouped(
        kept.flatMap((s) => s.lines),
        (l) => l.producerCode,
        (l) => l.netTotal,
      );
      for (const line of refunds.flatMap((r) => r.lines)) {
        byUnit.set(line.producerCode, (byUnit.get(line.producerCode) ?? 0) - line.amount);
      }
      expect(
        asMap(
          x.byProducer,
          (u) => u.code,
          (u) => u.amount,
        ),
      ).toEqual(withoutZeros(byUnit));
      for (const unit of x.byProducer) expect(unit.pnbp + unit.premi + unit.capital).toBe(unit.amount);
      expect(sum(x.byProducer.map((u) => u.amount)) + x.roundingKept).toBe(x.net);
      expect(sum(x.byProduct.map((p) => p.amount))).toBe(sum(x.byProducer.map((u) => u.amount)));
      expect(sum(x.byCategory.map((c) => c.amount))).toBe(sum(x.byProducer.map((u) => u.amount)));
      const qty = grouped(
        kept.flatMap((s) => s.lines),
        (l) => String(l.productId),
        (l) => l.qtyMilli,
      );
      for (const line of refunds.flatMap((r) => r.lines))
        qty.set(String(line.productId), (qty.get(String(line.productId)) ?? 0) - line.qtyMilli);
      expect(
        asMap(
          x.byProduct,
          (p) => String(p.productId),
          (p) => p.qtyMilli,
        ),
      ).toEqual(withoutZeros(qty));
      expect(
        asMap(
          x.byCashier,
          (c) => c.name,
          (c) => c.amount,
        ),
      ).toEqual(
        withoutZeros(
          grouped(
            kept,
            (s) => s.cashierName ?? 'Sistem',
            (s) => s.total,
          ),
        ),
      );
      expect(sum(x.byHour.map((h) => h.amount))).toBe(sum(kept.map((s) => s.total)));
      expect(sum(x.byHour.map((h) => h.count))).toBe(kept.length);
      expect(Math.min(...x.byHour.map((h) => h.hour))).toBeGreaterThanOrEqual(9); // WITA, not UTC

      const cashKept = sum(
        kept
          .flatMap((s) => s.payments)
          .filter((p) => p.method === 'cash')
          .map((p) => p.amount),
      );
      const cashBack = sum(refunds.filter((r) => r.method === 'cash').map((r) => r.amount));
      expect(x.cash.expected).toBe(150_000 + 100_000 + cashKept - cashBack + 20_000 - 30_000);

      // Two shifts in one day never count a sale twice: their takings add up to the day's.
      const shiftTotals = await Promise.all(
        x.shifts.map(async (s) => (await manager.ok('shifts.summary', { shiftId: s.id })).salesTotal),
      );
      expect(sum(shiftTotals)).toBe(x.salesTotal);

      // Each cashier counts her drawer (no coin is smaller than Rp 100, so odd rupiah come up short);
      // the Z then freezes the X.
      let short = 0;
      for (const person of [sri, ani]) {
        const shiftId = (await person.ok('shifts.current', {})).shift?.id;
        const expected = (await manager.ok('shifts.summary', { shiftId })).expectedCash ?? 0;
        short += expected % 100;
        const count = {
          '100000': Math.floor(expected / 100_000),
          '100': Math.floor((expected % 100_000) / 100),
        };
        await person.ok('shifts.close', { count });
      }
      const z = await manager.ok('reports.z', {});
      expect(z.report.cash.variance).toBe(-short);
      expect(z.report.cash.counted).toBe(z.report.cash.expected - short);
      expect({
        ...z.report,
        generatedAt: '',
        zNo: null,
        shifts: [],
        cash: { ...z.report.cash, counted: 0, variance: 0 },
      }).toEqual({
        ...x,
        generatedAt: '',
        shifts: [],
        cash: { ...x.cash, counted: 0, variance: 0 },
      });
      t.engine.close();
    },
  );
});
