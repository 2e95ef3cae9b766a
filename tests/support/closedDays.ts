// Business days sold and closed through the commands, as at a booth: a cashier's shift with a
// float, sales paid in cash, by card and split, a void, a refund of the day before's sale, cash
// taken out, the blind count, and the manager's Z report. Batch tests export these days.
import type { Product, Sale } from '../../shared/contract';
import { TEST_PIN, type TestEngine } from './engine';

export interface ClosedDaysOptions {
  /** How many days, from `firstDay` on. */
  days: number;
  salesPerDay: number;
  /** 2026-11-28 unless given. */
  firstDay?: string;
  /** PPN added on top (11%) and cash rounded to Rp 100, so totals are not round. */
  taxAndRounding?: boolean;
}

export interface ClosedDays {
  days: string[];
  sales: Sale[];
}

function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

export async function sellAndCloseDays(t: TestEngine, options: ClosedDaysOptions): Promise<ClosedDays> {
  const first = options.firstDay ?? '2026-11-28';
  t.setNow(`${first}T00:30:00Z`);
  if (options.taxAndRounding) {
    await t.ok('paymentSettings.save', { taxMode: 'exclusive', taxRateBp: 1100, cashRounding: 100 });
  }
  const products = (await t.ok('products.list', {})).filter((p: Product) => !p.soldByWeight && p.active);
  const cashier = await t.as('cashier', 'Sri', { shift: false });
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const approval = { userId: manager.user.id, pin: TEST_PIN };
  const days: string[] = [];
  const sales: Sale[] = [];
  let previousDaySale: Sale | undefined;
  for (let d = 0; d < options.days; d++) {
    const day = addDays(first, d);
    const start = Date.parse(`${day}T01:00:00Z`); // 09.00 WITA
    t.setNow(new Date(start).toISOString());
    await cashier.ok('shifts.open', { openingFloat: 100_000 });
    const todays: Sale[] = [];
    for (let i = 0; i < options.salesPerDay; i++) {
      t.setNow(new Date(start + (i + 1) * 60_000).toISOString());
      const lines = Array.from({ length: 1 + (i % 3) }, (_, k) => {
        const product = products[(d * 7 + i * 5 + k * 3) % products.length] as Product;
        return { productId: product.id, qty: 1 + ((i + k) % 2) };
      });
      const listTotal = lines.reduce(
        (sum, line) => sum + (products.find((p) => p.id === line.productId)?.price ?? 0) * line.qty,
        0,
      );
      const payments =
        i % 4 === 1
          ? [
              { method: 'card' as const, amount: Math.floor(listTotal / 2), reference: `EDC${i}` },
              { method: 'cash' as const, amount: listTotal * 2 },
            ]
          : i % 4 === 3
            ? [
                { method: 'transfer' as const, amount: Math.max(1, Math.floor(listTotal / 3)) },
                { method: 'cash' as const, amount: listTotal * 2 },
              ]
            : [{ method: 'cash' as const, amount: Math.ceil(listTotal * 1.2) + 50_000 }];
      todays.push(await cashier.ok('sales.commit', { lines, payments }));
    }
    t.setNow(new Date(start + (options.salesPerDay + 2) * 60_000).toISOString());
    const toVoid = todays[0];
    if (toVoid)
      await cashier.ok('sales.void', { receiptNo: toVoid.receiptNo, reason: 'salah input', approval });
    if (previousDaySale) {
      const line = previousDaySale.lines[0];
      if (line) {
        await cashier.ok('sales.refund', {
          receiptNo: previousDaySale.receiptNo,
          lines: [{ lineNo: line.lineNo, qty: 1 }],
          reason: 'barang rusak',
          method: 'cash',
          approval,
        });
      }
    }
    await cashier.ok('shifts.cashMove', { kind: 'out', amount: 10_000, reason: 'beli kantong plastik' });
    const shiftId = (await cashier.ok('shifts.current', {})).shift?.id;
    const expected = (await manager.ok('shifts.summary', { shiftId })).expectedCash ?? 0;
    await cashier.ok('shifts.close', {
      count: { '100000': Math.floor(expected / 100_000), '100': Math.floor((expected % 100_000) / 100) },
      approval,
    });
    await manager.ok('reports.z', {});
    days.push(day);
    sales.push(...todays);
    previousDaySale = todays[1] ?? todays[0];
  }
  return { days, sales };
}
