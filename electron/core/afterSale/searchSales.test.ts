// The sales list on real SQLite: statuses as voids and refunds come in, and the search by receipt
// number, amount and product name.
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult } from '../../../shared/contract';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { amountOf } from './searchSales';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('amountOf', () => {
  it('reads rupiah as the till writes it, and nothing else', () => {
    expect(['85000', '85.000', 'Rp 85.000', 'rp85.000', 'Rp. 85 000'].map(amountOf)).toEqual(
      Array(5).fill(85_000),
    );
    expect(['', 'sambal', '85,5', 'BTH1-20261128-0001', '-5'].map(amountOf)).toEqual(Array(5).fill(null));
  });
});

describe('sales.search', () => {
  it('shows each sale as it is now: completed, voided, partly refunded, refunded', async () => {
    const t = engineIn(tempDir());
    const [kopi] = await t.ok('products.list', { query: 'KPI-200' });
    if (!kopi) throw new Error('demo catalogue changed');
    const sri = await t.as('cashier', 'Sri');
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const approval = { userId: manager.user.id, pin: TEST_PIN };
    const sell = (minute: number) => {
      t.setNow(`2026-11-28T02:${String(minute).padStart(2, '0')}:00Z`);
      return sri.ok('sales.commit', {
        lines: [{ productId: kopi.id, qty: 2 }],
        payments: [{ method: 'cash', amount: 50_000 }],
      });
    };
    const [kept, voided, part, whole] = [await sell(1), await sell(2), await sell(3), await sell(4)];
    await sri.ok('sales.void', { receiptNo: voided.receiptNo, reason: 'salah input', approval });
    const refund = (receiptNo: string, qty: number) =>
      sri.ok('sales.refund', { receiptNo, lines: [{ lineNo: 1, qty }], reason: 'rusak', approval });
    const partRefund = await refund(part.receiptNo, 1);
    await refund(whole.receiptNo, 1);
    await refund(whole.receiptNo, 1);

    // The refund slip's number finds the sale it came from, whatever the day, in any case.
    t.setNow('2026-12-03T02:00:00Z');
    const byRefund = async (query: string) =>
      (await sri.ok('sales.search', { query })).sales.map((s) => s.receiptNo);
    const partRefundNo = partRefund.refund.refundNo;
    expect(partRefundNo).toMatch(/^R-BTH1-20261128-\d{4}$/);
    expect(await byRefund(partRefundNo)).toEqual([part.receiptNo]);
    expect(await byRefund(partRefundNo.toLowerCase())).toEqual([part.receiptNo]);
    expect(await byRefund('R-BTH1-20261128-9999')).toEqual([]);
    t.setNow('2026-11-28T02:10:00Z');

    const { day, sales } = await sri.ok('sales.search', {});
    expect(day).toBe('2026-11-28');
    expect(sales.map((s) => [s.receiptNo, s.status, s.refundedAmount])).toEqual([
      [whole.receiptNo, 'refunded', 50_000],
      [part.receiptNo, 'partlyRefunded', 25_000],
      [voided.receiptNo, 'voided', 0],
      [kept.receiptNo, 'completed', 0],
    ]);
    expect(sales[0]).toMatchObject({ cashierName: 'Sri', total: 50_000, lineCount: 1 });
    t.engine.close();
  });

  it('finds by part of a receipt number, an amount or a product name in any case; says so when nothing', async () => {
    const t = engineIn(tempDir());
    const id = async (sku: string) => (await t.ok('products.list', { query: sku }))[0]?.id ?? 0;
    const sri = await t.as('cashier', 'Sri');
    const tenun = await sri.ok('sales.commit', {
      lines: [
        { productId: await id('TNN-SLD'), qty: 1 },
        { productId: await id('GTK-KNC'), qty: 2 },
        { productId: await id('RTI-MNS'), qty: 1 },
        { productId: await id('SYR-KGK'), qty: 1 },
      ],
      payments: [{ method: 'cash', amount: 280_000 }],
    });
    const roti = await sri.ok('sales.commit', {
      lines: [{ productId: await id('RTI-MNS'), qty: 3 }],
      payments: [{ method: 'cash', amount: 15_000 }],
    });
    const numbers = async (query: string) =>
      (await sri.ok('sales.search', { query })).sales.map((s) => s.receiptNo);
    expect(await numbers('SELENDANG')).toEqual([tenun.receiptNo]);
    expect(await numbers('roti')).toEqual([roti.receiptNo, tenun.receiptNo]);
    expect(await numbers('Rp 15.000')).toEqual([roti.receiptNo]);
    expect(await numbers('280000')).toEqual([tenun.receiptNo]);
    expect(await numbers(roti.receiptNo.slice(-4))).toEqual([roti.receiptNo]);
    expect(await numbers(roti.receiptNo.toLowerCase())).toEqual([roti.receiptNo]);
    // A search text with LIKE's wildcards in it is taken literally.
    expect(await numbers('%')).toEqual([]);
    expect(await numbers('_')).toEqual([]);
    expect(await numbers('BTH1-20261128-9999')).toEqual([]);
    // Four lines: three names and a mark that there are more.
    expect((await sri.ok('sales.search', { query: 'selendang' })).sales[0]?.preview).toBe(
      'Selendang Tenun Donggala, Gantungan Kunci Kayu, Roti Manis, …',
    );
    expect(refusal(await sri.call('sales.search', { day: '28-11-2026' })).message).toMatch(/TTTT-BB-HH/);
    t.engine.close();
  });
});
