// The business day: the calendar day in the device's zone with a night-bazaar cut-off, never ahead
// of the calendar, and a day that can hold several Z reports (selling after a Z goes into the next).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult } from '../../../shared/contract';
import { businessDayAt } from '../../../shared/time';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

async function productId(t: TestEngine, sku: string): Promise<number> {
  const [product] = await t.ok('products.list', { query: sku });
  if (!product) throw new Error(`no product ${sku}`);
  return product.id;
}

async function saleOf(t: TestEngine) {
  const bawang = await productId(t, 'BWG-100');
  return { lines: [{ productId: bawang, qty: 1 }], payments: [{ method: 'cash' as const, amount: 25_000 }] };
}

describe('businessDayAt', () => {
  it('is the calendar day in the zone, before the cut-off hour the day before', () => {
    const at = (iso: string, zone = 'Asia/Makassar', cutoff = 4) =>
      businessDayAt(new Date(iso), zone, cutoff);
    expect(at('2026-11-28T15:59:00Z')).toBe('2026-11-28'); // 23.59 WITA
    expect(at('2026-11-28T17:30:00Z')).toBe('2026-11-28'); // 01.30 WITA on the 29th
    expect(at('2026-11-28T19:59:59Z')).toBe('2026-11-28'); // 03.59 WITA
    expect(at('2026-11-28T20:00:00Z')).toBe('2026-11-29'); // 04.00 WITA
    expect(at('2026-11-28T17:30:00Z', 'Asia/Makassar', 0)).toBe('2026-11-29'); // no cut-off
    expect(at('2026-11-28T17:30:00Z', 'Asia/Jakarta')).toBe('2026-11-28'); // 00.30 WIB
    expect(at('2028-02-29T15:59:00Z')).toBe('2028-02-29'); // 23.59 WITA on a leap day
    expect(at('2028-02-29T19:00:00Z')).toBe('2028-02-29'); // 03.00 WITA on 1 March
    expect(at('2026-12-31T16:30:00Z')).toBe('2026-12-31'); // 00.30 WITA on New Year's Day
  });
});

describe('the business day', () => {
  it('a night bazaar past midnight stays one day until the cut-off; a second Z on the same day takes what was sold after the first', async () => {
    const t = engineIn(tempDir());
    const sale = await saleOf(t);
    t.setNow('2026-11-28T14:00:00Z'); // 22.00 WITA
    const sri = await t.as('cashier', 'Sri');
    expect((await sri.ok('sales.commit', sale)).receiptNo).toBe('BTH1-20261128-0001');
    t.setNow('2026-11-28T17:30:00Z'); // 01.30 WITA, already the 29th on the calendar
    const late = await sri.ok('sales.commit', sale);
    expect([late.receiptNo, late.businessDay]).toEqual(['BTH1-20261128-0002', '2026-11-28']);
    const ani = await t.as('cashier', 'Ani');
    expect((await ani.ok('shifts.current', {})).shift?.businessDay).toBe('2026-11-28');

    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    expect(refusal(await manager.call('reports.z', {})).message).toMatch(
      /Masih ada shift terbuka \(Sri, Ani\)/,
    );
    await sri.ok('shifts.close', { count: { '50000': 1 } });
    await ani.ok('shifts.close', { count: {} });
    const x = await manager.ok('reports.x', {});
    const z1 = await manager.ok('reports.z', {});
    expect(z1.close).toMatchObject({ businessDay: '2026-11-28', zNo: 1, closedBy: 'Pak Andi' });
    // The X just before the Z says what the Z says.
    expect({ ...z1.report, generatedAt: '', zNo: null }).toEqual({ ...x, generatedAt: '' });
    const backups = (await t.ok('backup.list', {})).backups;
    expect(backups.filter((b) => b.kind === 'dayclose')).toHaveLength(1);
    expect(refusal(await manager.call('reports.z', { day: '2026-11-28' })).message).toMatch(
      /sudah masuk laporan Z; belum ada yang baru/,
    );
    // After the Z the X is empty: nothing waits for the next Z yet.
    expect((await manager.ok('reports.x', {})).salesCount).toBe(0);

    // Still before the cut-off: the till stays on the 28th, selling goes on into the next Z.
    t.setNow('2026-11-28T18:00:00Z'); // 02.00 WITA
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-11-28');
    const next = await sri.ok('shifts.open', { openingFloat: 0 });
    expect(next.businessDay).toBe('2026-11-28');
    const after = await sri.ok('sales.commit', sale);
    expect(after.receiptNo).toBe('BTH1-20261128-0003');
    // The first Z's sales are locked against voids; the new one is not.
    expect((await manager.ok('sales.detail', { receiptNo: late.receiptNo })).voidBlocked).toEqual({
      key: 'afterSale.voidAfterZ',
      params: { day: '2026-11-28' },
    });
    expect((await manager.ok('sales.detail', { receiptNo: after.receiptNo })).voidBlocked).toBeNull();
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    const z2 = await manager.ok('reports.z', {});
    expect(z2.close).toMatchObject({ businessDay: '2026-11-28', zNo: 2 });
    expect([z2.report.salesCount, z2.report.salesTotal, z2.report.shifts.length]).toEqual([1, 25_000, 1]);
    expect([z1.report.salesCount, z1.report.salesTotal, z1.report.shifts.length]).toEqual([2, 50_000, 2]);

    // The whole day is both Zs together, and nothing is counted twice.
    const day = await manager.ok('reports.x', { from: '2026-11-28', to: '2026-11-28' });
    expect(day.salesCount).toBe(z1.report.salesCount + z2.report.salesCount);
    expect(day.net).toBe(z1.report.net + z2.report.net);
    expect(day.cash.counted).toBe(z1.report.cash.counted + z2.report.cash.counted);
    expect((await manager.ok('reports.zGet', { day: '2026-11-28' })).close.zNo).toBe(2);
    expect((await manager.ok('reports.zGet', { zNo: 1 })).report).toEqual(z1.report);
    expect((await manager.ok('reports.zList', {})).map((c) => c.zNo)).toEqual([2, 1]);

    // At the cut-off the next day begins.
    t.setNow('2026-11-28T20:00:00Z'); // 04.00 WITA on the 29th
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-11-29');
    expect((await sri.ok('shifts.open', { openingFloat: 0 })).businessDay).toBe('2026-11-29');
    expect((await sri.ok('sales.commit', sale)).receiptNo).toBe('BTH1-20261129-0001');
    t.engine.close();
  });

  it('a Z at 11.25 on Saturday keeps the till on Saturday: the afternoon goes into the next Z of Saturday, and Sunday opens on Sunday', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const sale = await saleOf(t);
    t.setNow('2026-12-05T01:00:00Z'); // Saturday 09.00 WITA
    const sri = await t.as('cashier', 'Sri');
    await sri.ok('sales.commit', sale);
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    const manager = await t.as('manager', 'Bu Rina', { shift: false });
    t.setNow('2026-12-05T03:25:00Z'); // 11.25
    expect((await manager.ok('reports.z', {})).close).toMatchObject({ businessDay: '2026-12-05', zNo: 1 });
    // What the top bar shows is where the next sale goes: still Saturday.
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-12-05');

    t.setNow('2026-12-05T06:00:00Z'); // 14.00
    await sri.ok('shifts.open', { openingFloat: 100_000 });
    const afternoon = await sri.ok('sales.commit', sale);
    expect([afternoon.businessDay, afternoon.receiptNo]).toEqual(['2026-12-05', 'BTH1-20261205-0002']);
    await sri.ok('shifts.cashMove', { kind: 'out', amount: 10_000, reason: 'beli plastik' });
    await sri.ok('shifts.close', { count: { '100000': 1, '10000': 1, '5000': 1 } });
    t.setNow('2026-12-05T13:00:00Z'); // 21.00
    const z2 = await manager.ok('reports.z', {});
    expect(z2.close).toMatchObject({ businessDay: '2026-12-05', zNo: 2 });
    expect(z2.report.cash).toMatchObject({ openingFloat: 100_000, cashSales: 25_000, cashOut: 10_000 });
    expect(z2.report.cash.expected).toBe(115_000);
    expect(z2.report.cash.variance).toBe(0);

    t.setNow('2026-12-06T01:00:00Z'); // Sunday 09.00
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-12-06');
    await sri.ok('shifts.open', { openingFloat: 0 });
    expect((await sri.ok('sales.commit', sale)).receiptNo).toBe('BTH1-20261206-0001');
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    expect((await manager.ok('reports.z', {})).close).toMatchObject({ businessDay: '2026-12-06', zNo: 3 });

    // Stored: each Z says which receipts it took; the rows were never rewritten.
    const db = new Database(`${dir}/karya.db`, { readonly: true });
    expect(
      db
        .prepare('SELECT z_no, business_day, sales_after, sales_upto FROM day_closes ORDER BY z_no')
        .raw(true)
        .all(),
    ).toEqual([
      [1, '2026-12-05', 0, 1],
      [2, '2026-12-05', 1, 2],
      [3, '2026-12-06', 0, 1],
    ]);
    db.close();
    t.engine.close();
  });

  it('a shift left open from an earlier day must be counted before selling on the new day', async () => {
    const t = engineIn(tempDir());
    const sale = await saleOf(t);
    t.setNow('2026-12-05T12:00:00Z'); // Saturday 20.00 WITA
    const sri = await t.as('cashier', 'Sri');
    await sri.ok('sales.commit', sale);
    t.setNow('2026-12-05T21:00:00Z'); // Sunday 05.00: past the cut-off
    const stale = refusal(await sri.call('sales.commit', sale));
    expect(stale.code).toBe('SHIFT_STALE');
    expect(stale.message).toMatch(/2026-12-05.*2026-12-06/);
    // Closing the old shift works, and the new one opens on Sunday.
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    expect((await sri.ok('shifts.open', { openingFloat: 0 })).businessDay).toBe('2026-12-06');
    expect((await sri.ok('sales.commit', sale)).receiptNo).toBe('BTH1-20261206-0001');
    t.engine.close();
  });

  it('a forgotten Z: the new day sells on its own date, and the older day is closed first', async () => {
    const t = engineIn(tempDir());
    const sale = await saleOf(t);
    t.setNow('2026-12-05T04:00:00Z'); // Saturday noon
    const sri = await t.as('cashier', 'Sri');
    await sri.ok('sales.commit', sale);
    await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
    t.setNow('2026-12-06T04:00:00Z'); // Sunday noon, nobody closed Saturday
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-12-06');
    await sri.ok('shifts.open', { openingFloat: 0 });
    expect((await sri.ok('sales.commit', sale)).receiptNo).toBe('BTH1-20261206-0001');
    const manager = await t.as('manager', 'Bu Rina', { shift: false });
    expect(refusal(await manager.call('reports.z', { day: '2026-12-06' })).message).toMatch(
      /Hari usaha 2026-12-05 belum ditutup/,
    );
    // The X without a day shows what the next Z closes: Saturday.
    expect((await manager.ok('reports.x', {})).from).toBe('2026-12-05');
    const z = await manager.ok('reports.z', {});
    expect(z.close).toMatchObject({ businessDay: '2026-12-05', zNo: 1 });
    expect(z.report.salesCount).toBe(1);
    t.engine.close();
  });

  it('follows the cut-off hour setting', async () => {
    const dir = tempDir();
    const first = engineIn(dir);
    first.engine.close();
    const db = new Database(`${dir}/karya.db`);
    db.prepare("UPDATE settings SET value = '0' WHERE key = 'day_cutoff_hour'").run();
    db.close();
    const t = engineIn(dir);
    t.setNow('2026-11-28T17:30:00Z'); // 01.30 WITA on the 29th
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-11-29');
    t.engine.close();
  });
});
