import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ean13CheckDigit } from '../../../shared/barcode';
import { TEMPLATE, writeCatalogueCsv, writeCatalogueXlsx } from '../../../shared/catalogueFile';
import type { ImportIssue, ImportPreview } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { DEFAULT_RESOURCES_DIR } from '../engine';
import { readCatalogueFile } from './readCatalogueFile';

const tempDir = tempDirPerTest();
const HEADER = 'sku,barcode,name,category,unit,price_idr,producer_code,producer_name,sold_by_weight';

type Manager = Awaited<ReturnType<TestEngine['as']>>;

/** A preview with its problems worded in Indonesian, as the command line prints them. */
type Previewed = Omit<ImportPreview, 'issues'> & { issues: ReturnType<typeof worded> };

function worded(issues: readonly ImportIssue[]) {
  return issues.map((issue) => ({
    ...issue,
    message: formatMessage('id', issue.message.key, issue.message.params) ?? issue.message.key,
  }));
}

/**
 * Does what the import screen does: send the file's bytes (importFile), then preview. With `chunk`,
 * the older way instead: read here, send the header (importStart) and stage rows in chunks.
 */
async function preview(m: Manager, file: string | Uint8Array, fileName = 'katalog.csv', chunk?: number) {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  let importId: string | null;
  if (chunk === undefined) {
    const started = await m.ok('catalog.importFile', {
      fileName,
      base64: Buffer.from(bytes).toString('base64'),
    });
    if (!started.importId) return { importId: null, issues: worded(started.issues) } as const;
    importId = started.importId;
  } else {
    const table = readCatalogueFile(bytes);
    const started = await m.ok('catalog.importStart', { fileName, columns: table.columns });
    if (!started.importId) return { importId: null, issues: worded(started.issues) } as const;
    importId = started.importId;
    for (let i = 0; i < table.rows.length; i += chunk) {
      const rows = table.rows.slice(i, i + chunk).map(({ row, cells }) => ({ row, cells: [...cells] }));
      await m.ok('catalog.importStage', { importId, rows });
    }
  }
  const p = await m.ok('catalog.importPreview', { importId });
  return { ...p, issues: worded(p.issues) };
}

async function importOk(m: Manager, file: string | Uint8Array, fileName?: string) {
  const p = await preview(m, file, fileName);
  if (!p.importId) throw new Error(`header refused: ${JSON.stringify(p.issues)}`);
  expect((p as Previewed).issues).toEqual([]);
  return m.ok('catalog.importCommit', { importId: p.importId });
}

function tableCounts(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result = {
    products: n('products'),
    barcodes: n('product_barcodes'),
    prices: n('price_history'),
    producers: n('producers'),
    categories: n('categories'),
    workshops: n('workshops'),
    // Any write to any product changes its updated_at, so this catches updates as well as inserts.
    fingerprint: db
      .prepare(
        "SELECT group_concat(sku || ':' || price || ':' || coalesce(updated_at, ''), ';') FROM products",
      )
      .pluck()
      .get(),
  };
  db.close();
  return result;
}

const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('import header', () => {
  it('refuses a file without a header, with unknown, repeated or missing columns, naming each', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const noHeader = await preview(m, 'BWG-100,2990000000019,Bawang,Makanan,pcs,25000,LPS-PALU,Lapas,0');
    expect(noHeader).toEqual({
      importId: null,
      issues: [
        {
          row: 1,
          column: null,
          cell: null,
          message: expect.stringMatching(/^Baris pertama harus berisi nama kolom: sku, barcode/),
        },
      ],
    });
    const wrong = await preview(
      m,
      'SKU,barcode,nama,category,unit,price,producer_code,producer_name,sold_by_weight,sku\nA,,B,C,pcs,1,LPS-PALU,,0',
    );
    expect(wrong.importId).toBeNull();
    expect(wrong.issues).toEqual([
      {
        row: 1,
        column: 'nama',
        cell: 'C1',
        message: expect.stringMatching(/^Kolom tidak dikenal: nama\. Kolom yang boleh: sku, barcode/),
      },
      {
        row: 1,
        column: 'price',
        cell: 'F1',
        message: expect.stringMatching(/^Kolom tidak dikenal: price\./),
      },
      { row: 1, column: 'sku', cell: 'J1', message: 'Kolom sku muncul lebih dari sekali.' },
      { row: 1, column: 'name', cell: null, message: 'Kolom wajib tidak ada: name.' },
      { row: 1, column: 'price_idr', cell: null, message: 'Kolom wajib tidak ada: price_idr.' },
    ]);
    t.engine.close();
  });
});

describe('import rows', () => {
  it('reports each bad row with its row number, column and reason, and imports nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const m = await t.as('manager');
    const before = tableCounts(t.engine.dbPath);
    const file = csv(
      'NEW-1,2990000009999,Produk Baik,Makanan,pcs,10000,LPS-PALU,,0', // row 2: fine
      'NEW-2,2990000009998,Barcode Salah,Makanan,pcs,10000,LPS-PALU,,0', // 3: check digit
      'new-1,,SKU Ganda,Makanan,pcs,10000,LPS-PALU,,0', // 4: SKU repeated (any case)
      'NEW-3,2990000000019,Barcode Milik Lain,Makanan,pcs,10000,LPS-PALU,,0', // 5: BWG-100's barcode
      'NEW-4,2990000009999,Barcode Diulang,Makanan,pcs,10000,LPS-PALU,,0', // 6: same as row 2
      'NEW-5,,Harga Negatif,Makanan,pcs,-500,LPS-PALU,,0', // 7
      'NEW-6,,Harga Pecahan,Makanan,pcs,25000.5,LPS-PALU,,0', // 8
      'NEW-7,,Harga Bertitik,Makanan,pcs,"25.000,50",LPS-PALU,,0', // 9: a fraction in id-ID
      'NEW-8,,Harga Huruf,Makanan,pcs,murah,LPS-PALU,,0', // 10
      'NEW-9,,Satuan Asing,Makanan,karung,10000,LPS-PALU,,0', // 11
      'NEW-10,,Unit Asing,Makanan,pcs,10000,LPS-ENTAH,,0', // 12: unknown unit without a name
      'NEW-11,,Timbang Buah,Makanan,pcs,10000,LPS-PALU,,1', // 13: by weight needs kg
      'NEW-12,,,Makanan,pcs,10000,LPS-PALU,,0', // 14: no name
      ',,Tanpa SKU,Makanan,pcs,10000,LPS-PALU,,0', // 15
      'NEW-13,,Sel Lebih,Makanan,pcs,10000,LPS-PALU,,0,extra', // 16
      'NEW-14,,Berat Aneh,Makanan,kg,10000,LPS-PALU,,2', // 17
      'NEW-15,,Tanpa Harga,Makanan,pcs,,LPS-PALU,,0', // 18
    );
    const p = await preview(m, file);
    expect(p.importId).not.toBeNull();
    const issues = (p as Previewed).issues;
    expect(issues).toEqual([
      {
        row: 3,
        column: 'barcode',
        cell: 'B3',
        message: 'Digit pemeriksa barcode EAN-13 2990000009998 salah (seharusnya 9)',
      },
      { row: 4, column: 'sku', cell: 'A4', message: 'SKU new-1 sudah ada di baris 2 berkas ini.' },
      {
        row: 5,
        column: 'barcode',
        cell: 'B5',
        message: 'Barcode 2990000000019 sudah dipakai produk lain: Bawang Goreng Palu 100 g (BWG-100).',
      },
      {
        row: 6,
        column: 'barcode',
        cell: 'B6',
        message: 'Barcode 2990000009999 juga ada di baris 2 berkas ini.',
      },
      { row: 7, column: 'price_idr', cell: 'F7', message: 'Harga tidak boleh negatif (-500).' },
      {
        row: 8,
        column: 'price_idr',
        cell: 'F8',
        message: 'Harga 25000.5 tidak jelas: tulis rupiah bulat, misalnya 15000 atau 15.000.',
      },
      { row: 9, column: 'price_idr', cell: 'F9', message: 'Harga harus rupiah bulat, tanpa sen: 25.000,50.' },
      {
        row: 10,
        column: 'price_idr',
        cell: 'F10',
        message: expect.stringMatching(/harus berupa angka .* bukan murah\.$/),
      },
      {
        row: 11,
        column: 'unit',
        cell: 'E11',
        message: expect.stringMatching(/^Satuan karung tidak dikenal\. Satuan yang ada: .*kg/),
      },
      {
        row: 12,
        column: 'producer_name',
        cell: 'H12',
        message: 'Unit produksi LPS-ENTAH belum ada; isi producer_name untuk membuatnya.',
      },
      {
        row: 13,
        column: 'sold_by_weight',
        cell: 'I13',
        message: expect.stringMatching(/per berat harus memakai satuan berdesimal/),
      },
      { row: 14, column: 'name', cell: 'C14', message: 'Nama produk wajib diisi.' },
      { row: 15, column: 'sku', cell: 'A15', message: 'SKU wajib diisi.' },
      {
        row: 16,
        column: null,
        cell: null,
        message: 'Baris ini berisi 10 sel, lebih banyak dari 9 judul kolom.',
      },
      {
        row: 17,
        column: 'sold_by_weight',
        cell: 'I17',
        message: 'sold_by_weight harus 1 (per berat) atau 0, bukan 2.',
      },
      { row: 18, column: 'price_idr', cell: 'F18', message: 'Harga wajib diisi.' },
    ]);
    expect(p).toMatchObject({ issueCount: 16, rows: 17, counts: { new: 1, updated: 0, unchanged: 0 } });

    // All or nothing: the one good row is not imported either.
    expect(await m.call('catalog.importCommit', { importId: p.importId })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: /Impor dibatalkan: 16 masalah .* tidak ada produk yang diimpor/,
      },
    });
    expect(tableCounts(t.engine.dbPath)).toEqual(before);
    t.engine.close();
  });

  it('creates unknown producing units that have a name, new categories and workshops, and says so first', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager', 'Bu Sari');
    const file = [
      `${HEADER},cost,pirt_no,halal_no,workshop`,
      'MDU-250,2990000010018|MADU250 2990000010025,Madu Hutan 250 ml,Madu,botol,65000,lpp-ampana,Lapas Ampana,0,40000,P-IRT 123,ID123,Peternakan Lebah',
      'MDU-500,,Madu Hutan 500 ml,madu,botol,120000,LPP-AMPANA,Lapas Ampana,0,,,,peternakan lebah',
    ].join('\n');
    const p = (await preview(m, file)) as Previewed;
    expect(p).toMatchObject({
      issues: [],
      issueCount: 0,
      counts: { new: 2, updated: 0, unchanged: 0 },
      newProducers: [{ code: 'LPP-AMPANA', name: 'Lapas Ampana' }],
      newCategories: ['Madu'],
      newWorkshops: [{ producerCode: 'LPP-AMPANA', name: 'Peternakan Lebah' }],
    });
    const result = await m.ok('catalog.importCommit', { importId: p.importId });
    expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 0 });
    const madu = (await m.ok('products.search', { text: 'MDU-250' })).items[0];
    expect(await m.ok('products.get', { id: madu?.id ?? 0 })).toMatchObject({
      barcodes: [
        { code: '2990000010018', kind: 'ean13' },
        { code: 'MADU250', kind: 'internal' },
        { code: '2990000010025', kind: 'ean13' },
      ],
      category: 'Madu',
      unit: 'botol',
      cost: 40_000,
      pirtNo: 'P-IRT 123',
      halalNo: 'ID123',
      producerCode: 'LPP-AMPANA',
      workshopName: 'Peternakan Lebah',
      priceHistory: [{ price: 65_000, changedBy: 'Bu Sari' }],
    });
    const second = (await m.ok('products.search', { text: 'MDU-500' })).items[0];
    expect(second).toMatchObject({ category: 'Madu', workshopName: 'Peternakan Lebah', cost: null });
    expect((await m.ok('producers.list', {})).find((u) => u.code === 'LPP-AMPANA')?.split).toEqual({
      pnbp: 15,
      premi: 50,
      capital: 35,
    });
    t.engine.close();
  });

  it('updates by SKU, counts unchanged rows, moves a barcode, keeps columns the file leaves out, logs prices', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const m = await t.as('manager', 'Bu Sari');
    const sambal = (await m.ok('products.search', { text: 'SBR-150' })).items[0];
    await m.ok('products.save', {
      id: sambal?.id,
      sku: 'SBR-150',
      name: 'Sambal Roa 150 ml',
      category: 'Makanan',
      unit: 'botol',
      price: 35_000,
      cost: 20_000,
      producerCode: 'RTN-PALU',
      barcodes: ['2990000000040'],
      soldByWeight: false,
      active: true,
    });
    t.setNow('2026-12-01T03:00:00Z');
    const file = csv(
      'BWG-100,2990000000019,Bawang Goreng Palu 100 g,Makanan,pcs,25000,LPS-PALU,Lapas Kelas IIA Palu,0', // unchanged
      'SBR-150,2990000000057,Sambal Roa 150 ml,Makanan,botol,36000,RTN-PALU,,0', // takes SBR-250's code, new price
      'SBR-250,SBR250,Sambal Roa 250 ml,Makanan,botol,50000,RTN-PALU,,0', // gives it up
    );
    const p = (await preview(m, file)) as Previewed;
    expect(p).toMatchObject({ issues: [], counts: { new: 0, updated: 2, unchanged: 1 }, priceChanges: 1 });
    await m.ok('catalog.importCommit', { importId: p.importId });

    const updated = await m.ok('products.get', { id: sambal?.id ?? 0 });
    expect(updated).toMatchObject({ price: 36_000, cost: 20_000, barcodes: [{ code: '2990000000057' }] });
    expect(updated.priceHistory.map((h) => [h.price, h.changedBy, h.effectiveFrom])).toEqual([
      [36_000, 'Bu Sari', '2026-12-01T03:00:00.000Z'],
      [35_000, null, expect.any(String)],
    ]);
    expect((await m.ok('products.list', { query: 'SBR250' }))[0]?.sku).toBe('SBR-250');
    const bawang = (await m.ok('products.search', { text: 'BWG-100' })).items[0];
    expect((await m.ok('products.get', { id: bawang?.id ?? 0 })).updatedAt).not.toBe(
      '2026-12-01T03:00:00.000Z',
    );
    t.engine.close();
  });

  it('checks again at commit time: a barcode taken since the preview refuses the whole import', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const p = (await preview(m, csv('NEW-1,KRP200,Keripik,Makanan,pcs,10000,LPS-PALU,,0'))) as Previewed;
    expect(p.issues).toEqual([]);
    const before = tableCounts(t.engine.dbPath);
    const bawang = await m.ok('products.get', {
      id: (await m.ok('products.list', { query: 'BWG-100' }))[0]?.id ?? 0,
    });
    await m.ok('products.save', {
      id: bawang.id,
      sku: bawang.sku,
      name: bawang.name,
      category: bawang.category,
      unit: bawang.unit,
      price: bawang.price,
      producerCode: bawang.producerCode,
      barcodes: ['2990000000019', 'KRP200'],
      soldByWeight: false,
      active: true,
    });
    expect(await m.call('catalog.importCommit', { importId: p.importId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /Impor dibatalkan: 1 masalah/ },
    });
    const after = tableCounts(t.engine.dbPath);
    expect(after.products).toBe(before.products);
    const again = worded((await m.ok('catalog.importPreview', { importId: p.importId })).issues);
    expect(again).toEqual([
      {
        row: 2,
        column: 'barcode',
        cell: 'B2',
        message: expect.stringMatching(/KRP200 sudah dipakai produk lain: Bawang/),
      },
    ]);
    t.engine.close();
  });

  it('keeps each import to the user who started it, and forgets it after commit or cancel', async () => {
    const t = engineIn(tempDir());
    const a = await t.as('manager', 'Manajer A');
    const b = await t.as('manager', 'Manajer B');
    const p = (await preview(a, csv('NEW-1,,Keripik,Makanan,pcs,10000,LPS-PALU,,0'))) as Previewed;
    for (const name of ['catalog.importPreview', 'catalog.importCommit', 'catalog.importCancel'] as const) {
      expect(await b.call(name, { importId: p.importId })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(await b.call('catalog.importStage', { importId: p.importId, rows: [] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: /Impor tidak ditemukan/ },
    });
    await a.ok('catalog.importCommit', { importId: p.importId });
    expect(await a.call('catalog.importCommit', { importId: p.importId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const q = (await preview(a, csv('NEW-2,,Keripik 2,Makanan,pcs,10000,LPS-PALU,,0'))) as Previewed;
    expect(await a.ok('catalog.importCancel', { importId: q.importId })).toEqual({ ok: true });
    expect(await a.call('catalog.importPreview', { importId: q.importId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await a.call('catalog.importStage', {
        importId: 'x',
        rows: new Array(2001).fill({ row: 2, cells: [] }),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /Paling banyak 2000 baris/ },
    });
    t.engine.close();
  });

  it('refuses an empty file', async () => {
    const t = engineIn(tempDir());
    const p = (await preview(await t.as('manager'), `${HEADER}\n`)) as Previewed;
    expect(p.issues).toEqual([
      { row: 1, column: null, cell: null, message: 'Berkas tidak berisi baris data di bawah judul kolom.' },
    ]);
    t.engine.close();
  });
});

describe('template and export', () => {
  it('the CSV and XLSX templates import cleanly', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    for (const file of [
      new TextEncoder().encode(writeCatalogueCsv(TEMPLATE)),
      writeCatalogueXlsx(TEMPLATE),
    ]) {
      const p = (await preview(m, file)) as Previewed;
      expect(p).toMatchObject({
        issues: [],
        counts: { new: 2 },
        newWorkshops: [{ producerCode: 'LPS-PALU', name: 'Dapur' }],
      });
      await m.ok('catalog.importCancel', { importId: p.importId });
    }
    t.engine.close();
  });

  it('exports every column; the export re-imports unchanged (CSV) and rebuilds the catalogue elsewhere (XLSX)', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    await importOk(
      m,
      [
        `${HEADER},cost,pirt_no,halal_no,workshop,active`,
        'MDU-250,2990000010018|MADU250,"Madu ""Hutan"", 250 ml",Madu,botol,65000,LPP-AMPANA,Lapas Ampana,0,40000,P-IRT 1,,Lebah,1',
        'OLD-1,,Barang Lama,Makanan,pcs,1000,LPS-PALU,,0,,,,,0',
      ].join('\n'),
    );
    const exported = await m.ok('catalog.export', {});
    expect(exported.columns).toEqual([
      ...HEADER.split(','),
      'cost',
      'pirt_no',
      'halal_no',
      'workshop',
      'active',
    ]);
    expect(exported.rows).toHaveLength(24);
    expect(exported.rows[0]).toEqual([
      'BWG-100',
      '2990000000019',
      'Bawang Goreng Palu 100 g',
      'Makanan',
      'pcs',
      '25000',
      'LPS-PALU',
      'Lapas Kelas IIA Palu',
      '0',
      '',
      '',
      '',
      '',
      '1',
    ]);
    expect(exported.rows.find((r) => r[0] === 'MDU-250')).toEqual([
      'MDU-250',
      '2990000010018|MADU250',
      'Madu "Hutan", 250 ml',
      'Madu',
      'botol',
      '65000',
      'LPP-AMPANA',
      'Lapas Ampana',
      '0',
      '40000',
      'P-IRT 1',
      '',
      'Lebah',
      '1',
    ]);
    expect(exported.rows.find((r) => r[0] === 'OLD-1')?.at(-1)).toBe('0');

    const csvText = writeCatalogueCsv(exported);
    expect(writeCatalogueCsv(await m.ok('catalog.export', {}))).toBe(csvText); // deterministic
    const same = (await preview(m, csvText)) as Previewed;
    expect(same).toMatchObject({
      issues: [],
      counts: { new: 0, updated: 0, unchanged: 24 },
      newProducers: [],
    });
    const xlsx = writeCatalogueXlsx(exported);
    expect(Buffer.from(writeCatalogueXlsx(await m.ok('catalog.export', {}))).equals(Buffer.from(xlsx))).toBe(
      true,
    );
    expect(((await preview(m, xlsx, 'katalog.xlsx')) as Previewed).counts).toEqual({
      new: 0,
      updated: 0,
      unchanged: 24,
    });

    // A second booth: its own demo catalogue is the same, so only what was added here is new.
    const other = engineIn(tempDir());
    const om = await other.as('manager');
    const result = await importOk(om, xlsx, 'katalog.xlsx');
    expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 22 });
    expect(await om.ok('catalog.export', {})).toEqual(exported);
    other.engine.close();
    t.engine.close();
  });
});

describe('a 50,000-row import', () => {
  it('stages in chunks, previews and commits in one transaction', async () => {
    const t = engineIn(tempDir());
    const m = await t.as('manager');
    const lines = [`${HEADER},cost`];
    for (let i = 0; i < 50_000; i++) {
      const body = `28${String(i).padStart(10, '0')}`;
      const unit = i % 10 === 0 ? 'kg' : 'pcs';
      lines.push(
        `GEN-${i},${body}${ean13CheckDigit(body)},Produk Uji ${i},Kategori ${i % 40},${unit},${1000 + i},UPT-${i % 12},Unit ${i % 12},${unit === 'kg' ? 1 : 0},${i % 3 === 0 ? 500 : ''}`,
      );
    }
    const started = Date.now();
    const p = (await preview(m, lines.join('\n'), 'besar.csv', 2000)) as Previewed;
    expect(p).toMatchObject({ issues: [], rows: 50_000, counts: { new: 50_000 } });
    expect(p.newProducers).toHaveLength(12);
    const result = await m.ok('catalog.importCommit', { importId: p.importId });
    const seconds = (Date.now() - started) / 1000;
    expect(result.counts.new).toBe(50_000);
    expect((await m.ok('products.search', { text: 'GEN-49999' })).items[0]).toMatchObject({ price: 50_999 });
    const lastBody = `28${String(49_999).padStart(10, '0')}`;
    expect((await m.ok('products.list', { query: `${lastBody}${ean13CheckDigit(lastBody)}` }))[0]?.sku).toBe(
      'GEN-49999',
    );
    const counts = tableCounts(t.engine.dbPath);
    expect(counts).toMatchObject({ products: 50_022, barcodes: 50_022, prices: 50_022 });
    console.info(`50,000-row import: ${seconds.toFixed(1)} s`);
    t.engine.close();
  }, 120_000);
});

describe('demo catalogue file', () => {
  it('is an ordinary import file', () => {
    const table = readCatalogueFile(readFileSync(join(DEFAULT_RESOURCES_DIR, 'catalogue-demo.csv')));
    expect(table.columns).toEqual(HEADER.split(','));
    expect(table.rows[0]).toEqual({ row: 2, cells: expect.arrayContaining(['BWG-100', '2990000000019']) });
  });
});
