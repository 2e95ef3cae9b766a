// Workbooks written by real programs (openpyxl, LibreOffice) and with the .NET SDK's and Excel's
// XML idioms, read by the engine: the reader's cells, then catalogue files imported through the
// commands (importFile → preview, and commit where clean), with exact values and the problems by
// cell address. Fixtures: tests/support/xlsxFixtures.ts.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { xlsxFixture, xlsxFixturesDir } from '../../../tests/support/xlsxFixtures';
import { planImport } from './planImport';
import { readCatalogueFile } from './readCatalogueFile';
import { readXlsxCells, type XlsxCellRead } from './xlsxCells';

const tempDir = tempDirPerTest();

beforeAll(() => {
  xlsxFixturesDir();
}, 300_000);

/** Every cell of the first sheet by address, as kind:value (dates as ISO, numbers raw). */
function cellsOf(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { cells } of readXlsxCells(xlsxFixture(name)).rows) {
    for (const c of cells) out[c.address] = `${c.kind}:${show(c)}`;
  }
  return out;
}

function show(cell: XlsxCellRead): string {
  if (cell.value instanceof Date) return cell.value.toISOString();
  if (cell.kind === 'formula-without-value') return `=${cell.formula}`;
  return String(cell.value);
}

const worded = (issues: readonly ImportIssue[]) =>
  issues.map(
    (i) => `${i.cell ?? '-'} ${i.column ?? '-'}: ${formatMessage('id', i.message.key, i.message.params)}`,
  );

describe('the engine reader on files from other programs', () => {
  it('reads the .NET SDK files (x: prefix, sheet.xml, with and without r) like the plain ones', () => {
    const expected = {
      A1: 'string:sku',
      B2: 'number:8991234567890',
      C2: 'string:Kopi & teh',
      D2: 'number:14374.999999999998',
      E2: 'formula-without-value:=D2*2',
      F2: 'date:2024-03-15T00:00:00.000Z',
      A3: 'string:ERR-1',
      B3: 'string:0036000291452',
      C3: 'error:#VALUE!',
      D3: 'error:#DIV/0!',
      E3: 'boolean:true',
      F3: 'string:2024-03-15',
    };
    for (const name of [
      'dotnet-x-prefix.xlsx',
      'dotnet-x-prefix-no-r.xlsx',
      'x-prefix-sheet1.xlsx',
      'no-r-default-ns.xlsx',
      'sheet-part-unnumbered.xlsx',
    ]) {
      expect(cellsOf(name), name).toMatchObject(expected);
    }
  });

  it('reads Excel and Google Sheets idioms, ns0: rels and ISO Strict the same', () => {
    for (const name of ['excel-idioms.xlsx', 'ns0-prefixed-rels.xlsx', 'strict-ooxml.xlsx']) {
      expect(cellsOf(name), name).toMatchObject({
        B2: 'number:8991234567890',
        C2: 'string:Kopi & teh',
        D2: 'number:14374.999999999998',
        E2: 'number:28749.999999999996',
        F2: 'date:2024-03-15T00:00:00.000Z',
        B3: 'string:名前',
        C3: 'error:#VALUE!',
        D3: 'number:2990000000019',
        F3: 'date:2024-03-15T00:00:00.000Z',
        A4: 'string:baris\nkedua',
        B4: 'boolean:false',
        C4: 'string:BWG-100-x',
        D4: 'formula-without-value:=D2+1',
        E4: 'error:#N/A',
      });
      expect(cellsOf(name).F4, name).toBeUndefined(); // a styled empty cell is no cell
    }
  });

  it('reads openpyxl (formula without a value, errors, dates, gaps) and LibreOffice files', () => {
    expect(cellsOf('openpyxl.xlsx')).toMatchObject({
      B2: 'number:8991234567890',
      D2: 'number:14375', // openpyxl stores %.16g
      E2: 'formula-without-value:=D2*2',
      F2: 'date:2024-03-15T00:00:00.000Z',
      C3: 'error:#VALUE!',
      D3: 'error:#N/A',
      E3: 'formula-without-value:=1/0',
      A4: 'string: spasi ',
      C4: 'boolean:true',
      D4: 'number:0.3', // a percentage is not a date (openpyxl stores %.16g)
      F6: 'string:2024-03-15',
      A6: 'string:after-gap',
    });
    const lo = cellsOf('libreoffice-csv.xlsx');
    expect(lo.B3).toBe('number:36000291452'); // Calc dropped the zeros before saving
    expect(readXlsxCells(xlsxFixture('openpyxl-offset.xlsx'), 'Data').rows[0]?.cells[0]?.address).toBe('C3');
    const edge = cellsOf('edge-cases.xlsx');
    expect(edge).toMatchObject({
      B1: 'formula-without-value:=A5',
      C1: 'formula-without-value:=1+1',
      E1: 'error:#ERROR',
      F1: 'error:#SPILL!',
      G1: 'error:#CALC!',
      E2: 'number:12345',
      I2: 'number:25000',
    });
    expect(edge.B2).toMatch(/^date:/);
    expect(edge.D2).toMatch(/^date:/);
  });
});

describe('catalogue files from other programs, imported', () => {
  it('openpyxl: every cell without an honest value is a problem with its address, and nothing imports', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const bytes = xlsxFixture('catalogue-openpyxl.xlsx');
    const started = await m.ok('catalog.importFile', {
      fileName: 'katalog-openpyxl.xlsx',
      base64: Buffer.from(bytes).toString('base64'),
    });
    expect(started).toMatchObject({ issues: [], rows: 7 });
    const p = await m.ok('catalog.importPreview', { importId: started.importId ?? '' });
    expect(worded(p.issues)).toEqual([
      'F3 price_idr: Sel berisi rumus =F2*2 tanpa hasil tersimpan. Buka berkas di Excel atau LibreOffice lalu simpan ulang, atau ketik nilainya.',
      'C4 name: Sel berisi tanggal (2027-03-31), bukan teks atau angka. Ubah format sel ke Teks lalu ketik ulang isinya.',
      'D5 category: Sel berisi galat #VALUE!. Perbaiki rumusnya atau ketik nilainya.',
      'B6 barcode: Barcode 36000291452 tersimpan sebagai angka sehingga nol di depannya hilang; mungkin maksudnya 0036000291452. Ubah format sel ke Teks lalu ketik barcodenya lagi.',
      'F7 price_idr: Harga harus rupiah bulat, tanpa sen: 15.000,50.',
    ]);
    expect(p).toMatchObject({ issueCount: 5, counts: { new: 2, updated: 0, unchanged: 0 } });
    expect(await m.call('catalog.importCommit', { importId: p.importId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    // The good rows read right: money text, id-ID cost, a number barcode, the 17-digit double.
    const db = new Database(t.engine.dbPath, { readonly: true });
    const table = readCatalogueFile(bytes);
    const plan = planImport(db, table.columns, table.rows);
    db.close();
    expect(
      plan.rows.map((r) => [r.row, r.values.sku, r.values.price, r.values.cost, r.values.barcodes]),
    ).toEqual([
      [2, 'OPX-1', 15_000, 9_000, [{ code: '8990000000105', kind: 'ean13' }]],
      [8, 'OPX-7', 14_375, 15_000, [{ code: '8990000000204', kind: 'ean13' }]],
    ]);
    expect((await m.ok('products.search', { text: 'OPX' })).total).toBe(0);
    t.engine.close();
  });

  it('LibreOffice: a barcode Calc turned into a number is flagged with the code it was', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const base64 = Buffer.from(xlsxFixture('catalogue-libreoffice-zeros.xlsx')).toString('base64');
    const started = await m.ok('catalog.importFile', { fileName: 'nol.xlsx', base64 });
    const p = await m.ok('catalog.importPreview', { importId: started.importId ?? '' });
    expect(worded(p.issues)).toEqual([
      expect.stringMatching(
        /^B2 barcode: Barcode 36000291452 tersimpan sebagai angka .* maksudnya 0036000291452\./,
      ),
      expect.stringMatching(/^B3 barcode: Barcode 1234565 tersimpan sebagai angka .* maksudnya 01234565\./),
    ]);
    t.engine.close();
  });

  it('LibreOffice, .NET SDK and Excel files import cleanly with exact values', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    for (const name of ['catalogue-libreoffice.xlsx', 'catalogue-dotnet.xlsx', 'catalogue-excel.xlsx']) {
      const base64 = Buffer.from(xlsxFixture(name)).toString('base64');
      const started = await m.ok('catalog.importFile', { fileName: name, base64 });
      expect(started.issues, name).toEqual([]);
      const p = await m.ok('catalog.importPreview', { importId: started.importId ?? '' });
      expect(worded(p.issues), name).toEqual([]);
      await m.ok('catalog.importCommit', { importId: p.importId });
    }
    const product = async (sku: string) => {
      const found = (await m.ok('products.search', { text: sku })).items.find((i) => i.sku === sku);
      if (!found) throw new Error(`${sku} not imported`);
      const { name, price, cost, barcodes, unit, producerCode, category, active, workshopName } = found;
      return { name, price, cost, barcodes, unit, producerCode, category, active, workshopName };
    };
    expect(await product('LO-1')).toEqual({
      name: 'Keset Sabut Kelapa',
      price: 45_000,
      cost: 30_000,
      barcodes: ['8990000000501'],
      unit: 'pcs',
      producerCode: 'LPS-PALU',
      category: 'Kerajinan',
      active: true,
      workshopName: 'Bengkel Anyam',
    });
    expect(await product('LO-2')).toMatchObject({
      name: 'Sabun Sereh, 100 g',
      price: 12_000,
      barcodes: ['SBT01'],
    });
    expect(await product('NET-1')).toMatchObject({
      name: 'Tas Anyaman Rotan',
      price: 125_000,
      cost: 70_000,
      barcodes: ['8990000000303'],
    });
    expect(await product('NET-2')).toMatchObject({
      unit: 'kg',
      price: 38_000,
      producerCode: 'LPS-TOLI',
      barcodes: ['NILA01'],
    });
    expect(await product('XLS-1')).toMatchObject({
      name: 'Abon Ikan Tuna',
      price: 14_375,
      cost: 8_625,
      barcodes: ['8990000000105'],
    });
    expect(await product('XLS-2')).toMatchObject({
      name: 'Bawang Goreng',
      price: 25_000,
      cost: null,
      barcodes: ['8990000000402'],
    });
    t.engine.close();
  });

  it('refuses what is not a workbook, and a file over the size cap, with a message', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const ods = await m.call('catalog.importFile', {
      fileName: 'x.xlsx',
      base64: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]).toString('base64'),
    });
    expect(ods).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', key: 'catalog.fileXlsxBroken' } });
    expect(await m.call('catalog.importFile', { fileName: 'x.csv', base64: '%%%' })).toMatchObject({
      ok: false,
      error: { key: 'catalog.importFileNotBase64' },
    });
    const tooBig = await m.call('catalog.importFile', { fileName: 'x.csv', base64: 'A'.repeat(21_400_000) });
    expect(tooBig).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /paling besar 16 MB/ },
    });
    const cashier = await t.as('cashier');
    expect(await cashier.call('catalog.importFile', { fileName: 'x.csv', base64: '' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    t.engine.close();
  });
});
