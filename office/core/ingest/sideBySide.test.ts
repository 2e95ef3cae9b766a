// Batches of several tills stored side by side (two connections on PostgreSQL, one on the embedded
// database) end exactly as stored one by one: the same answers, documents and summaries, the
// product summary that tills share included. Tills' batches from the bench's generator (the till's
// own batch writer): 4 tills x 6 days, a batch a day, with its planted gap and re-exports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateBatches } from '../../../scripts/bench/office/generate';
import { arrivalOrder } from '../../../scripts/bench/office/ingestRun';
import { describeBackends, freshDb } from '../../db/testing/backends';
import type { Queryable } from '../../db/types';
import { ingestFolder, ingestFolders } from './store';

let out = '';
let folders: string[] = [];
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'karya-side-by-side-'));
  await generateBatches({
    out,
    seed: 11,
    devices: 4,
    days: 6,
    salesPerDay: 30,
    batchDays: 1,
    firstDay: '2026-03-01',
  });
  folders = [...arrivalOrder(join(out, 'batches'), null), ...arrivalOrder(join(out, 'withheld'), null)];
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const TABLES: Record<string, string> = {
  batches: 'select id, device, seq, manifest_sha256 from batches order by id',
  sales: 'select id, batch_id, doc_sha256 from sales order by id',
  sale_lines: 'select sale_id, line_no, receipt_no, net_total from sale_lines order by sale_id, line_no',
  refunds: 'select id, batch_id from refunds order by id',
  z_reports: 'select device, z_no, batch_id from z_reports order by device, z_no',
  copy_differences:
    'select kind, doc_id, first_batch_id, other_batch_id from copy_differences order by kind, doc_id',
  day_unit_totals:
    'select * from day_unit_totals order by business_day, producer_code, device, pnbp_bp, premi_bp, capital_bp',
  month_product_totals: 'select * from month_product_totals order by month, producer_code, sku, name, unit',
};

async function contents(db: Queryable) {
  const all: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(TABLES)) all[table] = (await db.query(sql)).rows;
  return all;
}

describeBackends('batches stored side by side', (kind) => {
  it('end as stored one by one, a device’s batches in their order', async () => {
    expect(folders.length).toBeGreaterThan(20);
    const sideBySide = (await freshDb(kind, { migrated: true })).db;
    const oneByOne = (await freshDb(kind, { migrated: true })).db;
    const order: string[] = [];
    const done = await ingestFolders(sideBySide, folders, { source: 'folder' }, ({ folder }) =>
      order.push(folder),
    );
    const alone = [];
    for (const folder of folders) alone.push(await ingestFolder(oneByOne, { folder, source: 'folder' }));
    expect(done.map((d) => d.folder)).toEqual(folders);
    expect(done.map((d) => d.answer.body)).toEqual(alone.map((a) => a.body));
    expect(alone.filter((a) => a.status === 201).length).toBeGreaterThan(20);
    // Each device's batches were done in the order given.
    const devicesOf = (list: string[]) => list.map((f) => f.split('/').at(-1)?.split('-')[0]);
    for (const device of new Set(devicesOf(folders))) {
      expect(order.filter((f) => f.includes(`/${device}-`))).toEqual(
        folders.filter((f) => f.includes(`/${device}-`)),
      );
    }
    const stored = await contents(sideBySide);
    expect((stored.month_product_totals ?? []).length).toBeGreaterThan(0);
    expect(stored).toEqual(await contents(oneByOne));
  }, 120_000);
});
