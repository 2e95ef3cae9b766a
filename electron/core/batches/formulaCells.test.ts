// A product or producing unit named like a formula (`=1+1`, `@SUM(...)`) once became a live formula
// when the office opened lines.csv or units.csv. The one CSV writer (shared/csv.ts) starts such text
// with `'`; the office tools still read the batch as written, and the CSV reads back as it was.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_FILES } from '../../../shared/batch/format';
import { parseCsv } from '../../../shared/csv';
import { sellAndCloseDays } from '../../../tests/support/closedDays';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { readXlsxRows } from '../../../tests/support/xlsxRows';
import { mergeBatches } from '../../office/mergeBatches';
import { verifyBatches } from '../../office/verifyBatches';

const tempDir = tempDirPerTest();
const PRODUCER = '@SUM(1+1) Lapas Palu';

/** Every field of a CSV file as written, before any reading undoes the guard. */
function rawFields(text: string): string[] {
  const fields: string[] = [];
  for (const line of text.replace(/^\ufeff/, '').split('\r\n')) {
    // Good enough for these files: split on commas outside quotes.
    let field = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      if (ch === ',' && !quoted) {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    fields.push(field);
  }
  return fields.map((f) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f));
}

describe('formula-like names in a batch', () => {
  it('are written as text in every CSV, and the batch still verifies, merges and reads back', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const palu = (await manager.ok('producers.list', {})).find((p) => p.code === 'LPS-PALU');
    if (!palu) throw new Error('demo producer missing');
    await manager.ok('producers.save', {
      mode: 'update',
      code: 'LPS-PALU',
      name: PRODUCER,
      split: palu.split,
    });
    // Every product the closed days sell gets a formula name; one prefix keeps their order.
    for (const p of await manager.ok('products.list', {})) {
      const d = await manager.ok('products.get', { id: p.id });
      await manager.ok('products.save', {
        id: d.id,
        sku: d.sku,
        name: `=1+1 ${d.name}`.slice(0, 80),
        category: d.category,
        unit: d.unit,
        price: d.price,
        cost: d.cost,
        producerCode: d.producerCode,
        workshopId: d.workshopId,
        barcodes: d.barcodes.map((b) => b.code),
        soldByWeight: d.soldByWeight,
        active: d.active,
        pirtNo: d.pirtNo,
        halalNo: d.halalNo,
      });
    }
    const { days } = await sellAndCloseDays(t, { days: 2, salesPerDay: 4 });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const { batch } = await manager.ok('batches.export', { dir: usb, days });
    t.engine.close();

    const lines = readFileSync(join(batch.folder, BATCH_FILES.linesCsv), 'utf8');
    const units = readFileSync(join(batch.folder, BATCH_FILES.unitsCsv), 'utf8');
    const files: [string, string][] = [
      ['lines.csv', lines],
      ['units.csv', units],
      ['sales.csv', readFileSync(join(batch.folder, BATCH_FILES.salesCsv), 'utf8')],
      ['refunds.csv', readFileSync(join(batch.folder, BATCH_FILES.refundsCsv), 'utf8')],
    ];
    for (const [file, text] of files) {
      for (const field of rawFields(text)) {
        // Text never starts a formula; a negative amount written as a number may start with '-'.
        if (/^[=+@\t\r]/.test(field) || (/^-/.test(field) && !/^-\d+(\.\d+)?$/.test(field))) {
          throw new Error(`${file}: a cell a spreadsheet would run: ${field}`);
        }
      }
    }
    expect(lines).toContain("'=1+1 ");
    expect(units).toContain(`'${PRODUCER}`);

    // Read back, the cells are the names the JSON record holds.
    const lineRows = parseCsv(lines);
    const productColumn = lineRows[0]?.indexOf('Produk') ?? -1;
    const names = lineRows.slice(1).map((row) => row[productColumn] ?? '');
    const docs = readFileSync(join(batch.folder, BATCH_FILES.sales), 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((l) => (JSON.parse(l) as { lines: { name: string }[] }).lines.map((line) => line.name));
    expect(names).toEqual(docs);
    expect(names.every((name) => name?.startsWith('=1+1 '))).toBe(true);
    expect(parseCsv(units).some((row) => row[1] === PRODUCER)).toBe(true);
    // The workbook holds them as text cells, never formulas.
    const sheetNames = readXlsxRows(readFileSync(join(batch.folder, BATCH_FILES.xlsx))).flatMap(
      (r) => r.cells,
    );
    expect(sheetNames).toContain(PRODUCER);

    // The office tools read the batch as it was written.
    const report = verifyBatches([batch.folder]);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const merged = mergeBatches([batch.folder], join(dir, 'gabungan.xlsx'));
    expect(merged.written).toBe(true);
    expect(merged.totals.byProduct.every((p) => p.name.startsWith('=1+1 '))).toBe(true);
    expect(merged.totals.byUnit.some((u) => u.name === PRODUCER)).toBe(true);
  }, 60_000);
});
