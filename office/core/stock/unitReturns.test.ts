// Goods a till sent back to their producing unit, at the office, on both databases: batches a real
// till exported (tests/support/stockDays.ts, then a third day with a return to the unit) carry the
// `unit_return` moves; the consignment statement counts them as returned, values every flow and
// the remaining stock at cost and at price, and its workbook holds the same figures.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, expect, it } from 'vitest';
import { BATCH_FILES, type StockMoveDoc } from '../../../shared/batch/format';
import type { BatchRecord } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { returnToUnitDay, sellAndMoveStock } from '../../../tests/support/stockDays';
import { readXlsxRows } from '../../../tests/support/xlsxRows';
import { describeBackends, freshDb } from '../../db/testing/backends';
import { ingestFolder } from '../ingest';
import { consignmentRows, consignmentWorkbook } from './consignmentFile';
import { consignmentStatement, stockOnHand, stockUnits } from './stockReads';

let batches: BatchRecord[];
let cost: number | null;
let price: number;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'karya-office-unit-return-'));
  const t = engineIn(dir);
  const stock = await sellAndMoveStock(t);
  const third = await returnToUnitDay(t, stock);
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  // A cost for the jar, which every move of it carries (the catalogue's cost at export).
  const p = await t.ok('products.get', { id: stock.ids.bwg100 });
  await manager.ok('products.save', {
    id: p.id,
    sku: p.sku,
    name: p.name,
    category: p.category,
    unit: p.unit,
    price: p.price,
    cost: 14_000,
    producerCode: p.producerCode,
    workshopId: p.workshopId,
    barcodes: p.barcodes.map((b) => b.code),
    soldByWeight: p.soldByWeight,
    active: p.active,
    pirtNo: p.pirtNo ?? undefined,
    halalNo: p.halalNo ?? undefined,
  });
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  batches = [];
  for (const day of [...stock.days, third])
    batches.push((await manager.ok('batches.export', { dir: usb, days: [day] })).batch);
  t.engine.close();
  const file = new Database(join(dir, 'karya.db'), { readonly: true });
  const row = file.prepare("SELECT cost, price FROM products WHERE sku = 'BWG-100'").get() as {
    cost: number | null;
    price: number;
  };
  file.close();
  cost = row.cost;
  price = row.price;
}, 120_000);

const atCost = (units: number) => units * (cost ?? Number.NaN);

it('values the jar at the cost the test gave it', () => {
  expect(cost).toBe(14_000);
});

it('carries the return in stock.jsonl as a unit_return naming the unit, on the day of its Z', () => {
  const last = batches[2] as BatchRecord;
  const moves = readFileSync(join(last.folder, BATCH_FILES.stock), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as StockMoveDoc);
  const back = moves.filter((m) => m.kind === 'unit_return');
  expect(back).toHaveLength(1);
  expect(back[0]).toMatchObject({
    businessDay: '2026-11-30',
    qtyMilli: -2_000,
    receivedFrom: 'LPS-PALU',
    reference: 'BA-LPS-1',
    reason: 'Kemasan lama',
    unitPrice: price,
    product: { sku: 'BWG-100', producerCode: 'LPS-PALU' },
    location: { code: 'BOOTH' },
  });
});

describeBackends('office stock: returns to the unit', (kind) => {
  it('counts them as returned in the consignment statement, valued at cost and at price', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    for (const batch of batches) {
      const answer = await ingestFolder(db, { folder: batch.folder, source: 'folder' });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    }
    expect(await stockUnits(db)).toEqual({
      units: [
        { code: 'LPS-PALU', name: expect.any(String) },
        { code: 'RTN-PALU', name: expect.any(String) },
      ],
      firstDay: '2026-11-28',
      lastDay: '2026-11-30',
    });
    const bawang = async (asOf: string | null) =>
      (await stockOnHand(db, asOf)).rows
        .filter((r) => r.sku === 'BWG-100')
        .map((r) => [r.device, r.locationCode, r.qtyMilli]);
    // 19 at the booth after the 29th, less 2 back to the unit and 1 sold on the 30th.
    expect(await bawang('2026-11-29')).toEqual([
      ['BTH1', 'BOOTH', 19_000],
      ['BTH1', 'GUDANG', 5_000],
    ]);
    expect(await bawang(null)).toEqual([
      ['BTH1', 'BOOTH', 16_000],
      ['BTH1', 'GUDANG', 5_000],
    ]);

    const statement = await consignmentStatement(db, {
      unit: 'LPS-PALU',
      from: '2026-11-28',
      to: '2026-11-30',
    });
    const row = statement.products.find((p) => p.sku === 'BWG-100');
    // 26 sent, 4 sold (2 + 1 voided + 1), 2 refunded (the void and a refund), 2 back to the unit, 1
    // short at the bazaar: 26 - 4 + 2 - 2 - 1 = 21 remain.
    expect(row).toMatchObject({
      openingMilli: 0,
      closingMilli: 21_000,
      sentOut: { qtyMilli: 26_000, priceValue: 26 * price, costValue: atCost(26) },
      sold: { qtyMilli: 4_000, priceValue: 4 * price, costValue: atCost(4) },
      refunded: { qtyMilli: 2_000, priceValue: 2 * price, costValue: atCost(2) },
      returned: { qtyMilli: 2_000, priceValue: 2 * price, costValue: atCost(2) },
      adjusted: { qtyMilli: 0, priceValue: 0, costValue: 0 },
      short: { qtyMilli: 1_000, priceValue: price, costValue: atCost(1) },
      remaining: { qtyMilli: 21_000, priceValue: 21 * price, costValue: atCost(21) },
    });
    expect(statement.unitName).toBe((await stockUnits(db)).units[0]?.name);
    expect(statement.totals.returned).toEqual({ priceValue: 2 * price, costValue: atCost(2) });
    expect(statement.totals.remaining.priceValue).toBe(
      statement.products.reduce((sum, p) => sum + p.remaining.priceValue, 0),
    );
    // The 30th alone: it opens with what the 29th closed with.
    const day3 = await consignmentStatement(db, { unit: 'LPS-PALU', from: '2026-11-30', to: '2026-11-30' });
    expect(day3.products.find((p) => p.sku === 'BWG-100')).toMatchObject({
      openingMilli: 24_000,
      closingMilli: 21_000,
      sentOut: { qtyMilli: 0 },
      sold: { qtyMilli: 1_000, priceValue: price },
      returned: { qtyMilli: 2_000, priceValue: 2 * price },
    });
    // A unit with no return still shows 0 returned; its remaining lele (by weight) is valued per kg.
    const rtn = await consignmentStatement(db, { unit: 'RTN-PALU', from: '2026-11-28', to: '2026-11-30' });
    for (const p of rtn.products) expect(p.returned.qtyMilli).toBe(0);
    const lele = rtn.products.find((p) => p.sku === 'LLE-KG');
    expect(lele?.closingMilli).toBe(5_000 - 1_250 - 500);

    // The workbook: the same figures, numbers as numbers.
    const bytes = consignmentWorkbook(statement);
    // The same figures give the same bytes (compared before the reader has the bytes).
    expect(Buffer.from(consignmentWorkbook(statement)).equals(Buffer.from(bytes))).toBe(true);
    const products = readXlsxRows(bytes, 'Produk');
    const head = products[0]?.cells ?? [];
    const line = products.find((r) => r.cells[0] === 'BWG-100')?.cells ?? [];
    const cell = (name: string) => line[head.indexOf(name)];
    expect(cell('Dikembalikan ke UPT')).toBe('2');
    expect(cell('Dikembalikan ke UPT (harga)')).toBe(String(2 * price));
    expect(cell('Dikembalikan ke UPT (modal)')).toBe(String(atCost(2)));
    expect(cell('Sisa')).toBe('21');
    expect(cell('Terjual (harga)')).toBe(String(4 * price));
    const summary = readXlsxRows(bytes, 'Ringkasan');
    expect(summary.find((r) => r.cells[0] === 'Dikembalikan ke UPT')?.cells.slice(1)).toEqual([
      String(atCost(2)),
      String(2 * price),
    ]);
    expect(summary.find((r) => r.cells[0] === 'Kode UPT')?.cells[1]).toBe('LPS-PALU');
    expect(consignmentRows(statement).products).toHaveLength(statement.products.length + 2);
  });
});
