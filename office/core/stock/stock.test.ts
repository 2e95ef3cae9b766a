// Stock at the office, on both databases, from batches a real till exported (tests/support/
// stockDays.ts): each move stored once however often it arrives, in the batch's transaction; a
// version 3 batch (no stock) still stored; on hand per location; and a unit's consignment
// statement whose figures are worked out by hand below.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, expect, it, onTestFinished } from 'vitest';
import { BATCH_FILES } from '../../../shared/batch/format';
import type { BatchRecord } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { sellAndMoveStock } from '../../../tests/support/stockDays';
import { describeBackends, freshDb } from '../../db/testing/backends';
import type { Queryable } from '../../db/types';
import { ingestFolder, rebuildSummaries } from '../ingest';
import { rehash } from '../ingest/testing/batches';
import { consignmentStatement, stockOnHand } from './stockReads';

interface Till {
  batches: BatchRecord[];
  costOf: Map<string, number | null>;
}

let till: Till;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'karya-office-stock-'));
  const t = engineIn(dir);
  const { days } = await sellAndMoveStock(t);
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  const batches: BatchRecord[] = [];
  for (const day of days) batches.push((await manager.ok('batches.export', { dir: usb, days: [day] })).batch);
  batches.push((await manager.ok('batches.export', { dir: usb, days, reexport: true })).batch);
  t.engine.close();
  // The catalogue's cost, which the moves carry (the demo catalogue may have none).
  const file = new Database(join(dir, 'karya.db'), { readonly: true });
  const costs = file.prepare('SELECT sku, cost FROM products').all() as {
    sku: string;
    cost: number | null;
  }[];
  file.close();
  till = { batches, costOf: new Map(costs.map((p) => [p.sku, p.cost])) };
}, 120_000);

const folderOf = (i: number) => till.batches[i]?.folder ?? '';

async function count(db: Queryable, table: string): Promise<number> {
  return Number((await db.query<{ n: number }>(`select count(*) as n from ${table}`)).rows[0]?.n ?? -1);
}

async function summary(db: Queryable) {
  return (
    await db.query(
      'select * from stock_day_totals order by producer_code, sku, device, location_code, business_day, kind',
    )
  ).rows;
}

describeBackends('office stock', (kind) => {
  it('stores each move once, with its batch, however often it arrives', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const first = await ingestFolder(db, { folder: folderOf(0), source: 'folder' });
    expect(first.status).toBe(201);
    const z1 = first.stored?.stockMoves.inserted ?? 0;
    expect(z1).toBeGreaterThan(10);
    const second = await ingestFolder(db, { folder: folderOf(1), source: 'folder' });
    expect(second.stored?.stockMoves).toMatchObject({ again: 0 });
    const all = z1 + (second.stored?.stockMoves.inserted ?? 0);
    expect(await count(db, 'stock_moves')).toBe(all);
    const before = await summary(db);
    // The re-export of both days: every move again, none stored twice, the summary unchanged.
    const again = await ingestFolder(db, { folder: folderOf(2), source: 'folder' });
    expect(again.status).toBe(201);
    expect(again.stored?.stockMoves).toEqual({ inserted: 0, again: all, differences: 0 });
    expect(await count(db, 'stock_moves')).toBe(all);
    expect(await summary(db)).toEqual(before);
    // The same batch again is the same batch: nothing more.
    expect((await ingestFolder(db, { folder: folderOf(0), source: 'folder' })).status).toBe(200);
    expect(await count(db, 'stock_moves')).toBe(all);
    // The summary the ingest kept equals one computed again from the stored moves.
    await rebuildSummaries(db);
    expect(await summary(db)).toEqual(before);
    const moves = (
      await db.query<{ id: string; batch_id: string }>(
        'select id, batch_id from stock_moves order by move_no',
      )
    ).rows;
    expect(moves[0]).toEqual({ id: 'BTH1-S1', batch_id: till.batches[0]?.id });
  });

  it('stores a version 3 batch (no stock file) as before', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const dir = mkdtempSync(join(tmpdir(), 'karya-office-v3-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const folder = join(dir, till.batches[0]?.name ?? 'x');
    cpSync(folderOf(0), folder, { recursive: true });
    rehash(folder, (m) => {
      m.formatVersion = 3;
      m.files = m.files.filter((f) => f.name !== BATCH_FILES.stock);
      delete m.counts.stockMoves;
      for (const d of m.days) {
        delete d.stockAfter;
        delete d.stockUpto;
      }
    });
    rmSync(join(folder, BATCH_FILES.stock));
    const answer = await ingestFolder(db, { folder, source: 'folder' });
    expect(answer.status).toBe(201);
    expect(answer.stored?.sales.inserted).toBe(3);
    expect(answer.stored?.stockMoves.inserted).toBe(0);
    expect(await count(db, 'stock_moves')).toBe(0);
  });

  it('shows on hand per location and the consignment statement worked out by hand', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    for (const i of [0, 1])
      expect((await ingestFolder(db, { folder: folderOf(i), source: 'folder' })).status).toBe(201);

    // Bawang goreng 100 g (LPS-PALU), Rp 25,000 a jar. 28 Nov: 20 received; 5 to the warehouse; 4
    // to the bazaar, 1 short there and 3 back; sold 2 + 1, the 1 voided. 29 Nov (Z 2): 6 received
    // the evening before, after Z 1; 1 refunded.
    const bawang = (asOf: string | undefined) =>
      stockOnHand(db, asOf ?? null).then((r) =>
        r.rows.filter((row) => row.sku === 'BWG-100').map((row) => [row.locationCode, row.qtyMilli]),
      );
    expect(await bawang('2026-11-28')).toEqual([
      ['BOOTH', 12_000],
      ['GUDANG', 5_000],
    ]);
    expect(await bawang(undefined)).toEqual([
      ['BOOTH', 19_000],
      ['GUDANG', 5_000],
    ]);

    const cost = till.costOf.get('BWG-100') ?? null;
    const atCost = (jars: number) => (cost === null ? 0 : jars * cost);
    const statement = await consignmentStatement(db, {
      unit: 'LPS-PALU',
      from: '2026-11-28',
      to: '2026-11-29',
    });
    const row = statement.products.find((p) => p.sku === 'BWG-100');
    expect(row).toMatchObject({
      openingMilli: 0,
      closingMilli: 24_000,
      sentOut: { qtyMilli: 26_000, priceValue: 650_000, costValue: atCost(26) },
      sold: { qtyMilli: 3_000, priceValue: 75_000, costValue: atCost(3) },
      refunded: { qtyMilli: 2_000, priceValue: 50_000, costValue: atCost(2) },
      returned: { qtyMilli: 0, priceValue: 0, costValue: 0 },
      adjusted: { qtyMilli: 0, priceValue: 0, costValue: 0 },
      short: { qtyMilli: 1_000, priceValue: 25_000, costValue: atCost(1) },
    });
    // Closing = opening + sent out - sold + refunded - returned + adjusted - short.
    if (row) {
      const flows =
        row.sentOut.qtyMilli -
        row.sold.qtyMilli +
        row.refunded.qtyMilli -
        row.returned.qtyMilli +
        row.adjusted.qtyMilli -
        row.short.qtyMilli;
      expect(row.closingMilli).toBe(row.openingMilli + flows);
    }
    const day2 = await consignmentStatement(db, { unit: 'LPS-PALU', from: '2026-11-29', to: '2026-11-29' });
    expect(day2.products.find((p) => p.sku === 'BWG-100')).toMatchObject({
      openingMilli: 17_000,
      closingMilli: 24_000,
      sentOut: { qtyMilli: 6_000, priceValue: 150_000 },
      sold: { qtyMilli: 0 },
      refunded: { qtyMilli: 1_000, priceValue: 25_000 },
    });
    // Sambal roa (RTN-PALU): 10 received, 1 broken bottle written off, 1 sold on the 28th, 2 on the 29th.
    const sambal = await consignmentStatement(db, { unit: 'RTN-PALU', from: '2026-11-28', to: '2026-11-29' });
    expect(sambal.products.find((p) => p.sku === 'SBR-150')).toMatchObject({
      openingMilli: 0,
      closingMilli: 6_000,
      sentOut: { qtyMilli: 10_000 },
      sold: { qtyMilli: 3_000 },
      adjusted: { qtyMilli: -1_000 },
    });
    expect(statement.totals.sold.priceValue).toBe(75_000);
  });
});
