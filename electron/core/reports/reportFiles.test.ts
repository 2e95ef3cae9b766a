import { describe, expect, it } from 'vitest';
import { reportTables } from '../../../shared/reportTables';
import { writeXlsxBook } from '../../../shared/xlsx';
import { engineIn } from '../../../tests/support/engine';
import { pdfText } from '../../../tests/support/pdfTools';
import { sampleDayReport } from '../../../tests/support/reports';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { readXlsxRows } from '../../../tests/support/xlsxRows';
import { DEFAULT_RESOURCES_DIR } from '../engine';
import { fontSet } from '../fonts/fonts';
import { reportFileName, reportPdf, reportWorkbook } from './reportFiles';

const ZONE = 'Asia/Makassar';
const fonts = fontSet(DEFAULT_RESOURCES_DIR);
const cellsOf = (bytes: Uint8Array, sheet: string) => readXlsxRows(bytes, sheet).map((r) => r.cells);

describe('the report workbook', () => {
  const bytes = reportWorkbook(sampleDayReport(), ZONE, ZONE);

  it('has one sheet per table, in order, with numbers as numbers', () => {
    expect(reportTables(sampleDayReport(), ZONE, ZONE).map((t) => t.name)).toEqual([
      'Ringkasan',
      'Per metode',
      'Per kasir',
      'Per unit',
      'Per produk',
      'Per kategori',
      'Per jam',
      'Shift',
    ]);
    // The first sheet is the one a spreadsheet opens on.
    expect(readXlsxRows(bytes)[0]?.cells).toEqual(['Keterangan', 'Banyaknya', 'Rupiah']);
    const summary = cellsOf(bytes, 'Ringkasan');
    expect(summary).toContainEqual(['Perangkat', 'BTH1']);
    expect(summary).toContainEqual(['No. Z', '3']);
    expect(summary).toContainEqual(['Total penjualan', '', '239500']);
    expect(summary).toContainEqual(['Batal', '1', '-25000']);
    expect(summary).toContainEqual(['Bersih', '', '202500']);
    expect(summary).toContainEqual(['Seharusnya di laci', '', '303000']);
  });

  it('adds up: units plus the rounding kept make the net; methods add up to the net', () => {
    const units = cellsOf(bytes, 'Per unit');
    expect(units[0]).toEqual(['Kode', 'Unit', 'Rupiah', 'PNBP', 'Premi', 'Modal']);
    expect(units[1]).toEqual(['LPP', 'Lapas Perempuan Kelas III Palu', '120000', '12000', '18000', '90000']);
    const body = units.slice(1, -1);
    expect(body.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(202_500);
    expect(units.at(-1)).toEqual(['', 'Jumlah (= bersih)', '202500']);

    const methods = cellsOf(bytes, 'Per metode');
    expect(methods).toContainEqual(['Tunai', '150000', '-25000', '-12000', '113000']);
    // No -0 for a method nothing was taken off.
    expect(methods).toContainEqual(['QRIS', '89500', '0', '0', '89500']);
    expect(methods.at(-1)).toEqual(['Jumlah', '239500', '-25000', '-12000', '202500']);
  });

  it('writes quantities in the product unit, hours as ranges and shift times in the till zone', () => {
    expect(cellsOf(bytes, 'Per produk')).toContainEqual([
      'KPI-250',
      'Kopi Toraja bubuk',
      'kg',
      '1.25',
      '103000',
    ]);
    expect(cellsOf(bytes, 'Per jam')).toContainEqual(['09.00-10.00', '3', '100000']);
    expect(cellsOf(bytes, 'Shift')).toContainEqual([
      'Sri Wahyuni',
      '28/11/2026 08.55',
      '28/11/2026 14.00',
      '180000',
      '179000',
      '-1000',
    ]);
  });

  it('gives sheets names Excel accepts, once each', () => {
    const book = writeXlsxBook([
      { name: 'Per unit', rows: [['a']] },
      { name: 'per unit', rows: [['b']] },
      { name: 'Laba/rugi [Nov]: *?', rows: [['c']] },
    ]);
    expect(cellsOf(book, 'Per unit')).toEqual([['a']]);
    expect(cellsOf(book, 'per unit (2)')).toEqual([['b']]);
    expect(cellsOf(book, 'Laba rugi  Nov')).toEqual([['c']]);
    expect(() => readXlsxRows(book, 'Tidak ada')).toThrow('Lembar "Tidak ada" tidak ada');
  });
});

describe('the report PDF', () => {
  it('holds the heading and every table, amounts formatted, without the info rows twice', () => {
    const bytes = reportPdf(sampleDayReport(), fonts, ZONE, ZONE);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // pdftotext without -layout: one line per table cell, in the order drawn.
    const lines = pdfText(bytes).split(/[\n\f]/);
    expect(lines[0]).toBe('LAPORAN Z 3 \u00b7 BTH1');
    expect(lines).toContain('Sabtu, 28 November 2026');
    for (const heading of ['Ringkasan', 'Per metode', 'Per unit', 'Per produk', 'Per jam', 'Shift']) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain('202.500');
    expect(lines).toContain('1,25');
    expect(lines).not.toContain('-0');
    expect(lines).not.toContain('Perangkat');
  });

  it('prints unit codes whole and names in any script: Arabic, emoji', () => {
    const base = sampleDayReport();
    const unit = (code: string, name: string) =>
      ({ ...base.byProducer[0], code, name }) as (typeof base.byProducer)[0];
    const report = sampleDayReport({
      byProducer: [
        unit('LPS-PALU', 'Lembaga Pembinaan Khusus Anak Kelas II Palu'),
        unit('LPS-PARIGI', 'Lapas Kelas III Parigi'),
      ],
      byProduct: [
        {
          ...base.byProduct[0],
          sku: 'KLG-001',
          name: 'Kaligrafi الله Ukiran Kayu',
        } as (typeof base.byProduct)[0],
        { ...base.byProduct[1], sku: 'IKN-001', name: 'Ikan 🐟 Sambal 🌶️' } as (typeof base.byProduct)[0],
      ],
    });
    const layout = pdfText(reportPdf(report, fonts, ZONE, ZONE), '-layout');
    expect(layout).toMatch(/^\s*LPS-PALU\s+Lembaga Pembinaan/m);
    expect(layout).toMatch(/^\s*LPS-PARIGI\s+Lapas Kelas III Parigi/m);
    expect(layout).not.toMatch(/LPS-PA(?!LU|RIGI)/);
    expect(layout).toMatch(/KLG-001\s+Kaligrafi\s*الله\s*Ukiran Kayu/);
    expect(layout).toContain('Ikan 🐟 Sambal 🌶');
    expect(layout).not.toContain('?');
  });

  it('is named for the Z number and day, or the X range', () => {
    expect(reportFileName(sampleDayReport())).toBe('laporan-z3-2026-11-28');
    expect(reportFileName({ zNo: null, from: '2026-11-01', to: '2026-11-30' })).toBe(
      'laporan-x-2026-11-01_2026-11-30',
    );
  });
});

const AT = '2026-12-05T02:30:00.000Z'; // 10.30 WITA; 21.30 on 4 December in New York
const NEW_YORK = 'America/New_York';
const WITA = 'Asia/Makassar';

describe('the report files', () => {
  const report = sampleDayReport({ generatedAt: AT, from: '2026-12-05', to: '2026-12-05' });
  const cells = (bytes: Uint8Array, sheet: string) => readXlsxRows(bytes, sheet).map((r) => r.cells);

  it('say WITA in the workbook and the PDF when the laptop keeps New York time', () => {
    const book = reportWorkbook(report, WITA, NEW_YORK);
    expect(cells(book, 'Ringkasan')).toContainEqual(['Dibuat', '05/12/2026 10.30 WITA']);
    expect(cells(book, 'Per jam')[0]?.[0]).toBe('Jam (WITA)');
    expect(cells(book, 'Shift')[1]?.slice(0, 3)).toEqual([
      'Sri Wahyuni',
      '28/11/2026 08.55 WITA',
      '28/11/2026 14.00 WITA',
    ]);
    const pdf = pdfText(reportPdf(report, fonts, WITA, NEW_YORK));
    expect(pdf).toContain('Dibuat 05/12/2026 10.30 WITA');
  });

  it('say no zone when the laptop keeps WITA', () => {
    const book = reportWorkbook(report, WITA, WITA);
    expect(cells(book, 'Ringkasan')).toContainEqual(['Dibuat', '05/12/2026 10.30']);
    expect(cells(book, 'Per jam')[0]?.[0]).toBe('Jam');
    const pdf = pdfText(reportPdf(report, fonts, WITA, WITA));
    expect(pdf).toContain('Dibuat 05/12/2026 10.30 ');
    expect(pdf).not.toContain('WITA');
  });
});

describe('reports.file', () => {
  const tempDir = tempDirPerTest();

  it('makes the X and the stored Z as XLSX and PDF in the engine, for managers only', async () => {
    const t = engineIn(tempDir());
    t.setNow('2026-12-05T00:55:00Z'); // 08.55 WITA
    const sri = await t.as('cashier', 'Sri');
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const product = (await t.ok('products.list', { query: 'BWG-100' })).find((p) => p.sku === 'BWG-100');
    if (!product) throw new Error('no BWG-100 in the demo catalogue');
    t.setNow('2026-12-05T02:30:00Z'); // 10.30 WITA
    const sale = await sri.ok('sales.commitCash', {
      lines: [{ productId: product.id, qty: 2 }],
      cashTendered: product.price * 2,
    });

    const x = await manager.ok('reports.file', {
      kind: 'x',
      from: '2026-12-05',
      to: '2026-12-05',
      format: 'xlsx',
      laptopZone: NEW_YORK,
    });
    expect(x.fileName).toBe('laporan-x-2026-12-05.xlsx');
    expect(x.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new Uint8Array(Buffer.from(x.base64, 'base64'));
    expect(cellsOf(book, 'Ringkasan')).toContainEqual(['Total penjualan', '', String(sale.total)]);
    expect(cellsOf(book, 'Ringkasan')).toContainEqual(['Dibuat', '05/12/2026 10.30 WITA']);

    t.setNow('2026-12-05T06:00:00Z');
    await sri.ok('shifts.close', { count: { '5000': sale.total / 5000 } });
    const z = await manager.ok('reports.z', {});
    const pdf = await manager.ok('reports.file', {
      kind: 'z',
      zNo: z.close.zNo,
      format: 'pdf',
      laptopZone: WITA,
    });
    expect(pdf.fileName).toBe(`laporan-z${z.close.zNo}-2026-12-05.pdf`);
    expect(pdf.mime).toBe('application/pdf');
    expect(pdfText(new Uint8Array(Buffer.from(pdf.base64, 'base64')))).toMatch(
      new RegExp(`^LAPORAN Z ${z.close.zNo} \u00b7 BTH1$`, 'm'),
    );
    // Asked again later, the same bytes: the file holds no time but the report's own.
    t.setNow('2026-12-06T01:00:00Z');
    const again = await manager.ok('reports.file', {
      kind: 'z',
      zNo: z.close.zNo,
      format: 'pdf',
      laptopZone: WITA,
    });
    expect(again.base64).toBe(pdf.base64);
    // Without a number: the newest Z, as stored.
    const newest = await manager.ok('reports.file', { kind: 'z', format: 'xlsx' });
    expect(newest.fileName).toBe(pdf.fileName.replace('.pdf', '.xlsx'));

    const refused = await sri.call('reports.file', { kind: 'x', format: 'xlsx' });
    expect(refused.ok).toBe(false);
    const badFormat = await manager.call('reports.file', { kind: 'x', format: 'docx' });
    expect(badFormat.ok ? null : badFormat.error.message).toContain('xlsx atau pdf');
    const badZone = await manager.call('reports.file', { kind: 'x', format: 'pdf', laptopZone: 'Mars/Base' });
    expect(badZone.ok ? null : badZone.error.code).toBe('INVALID_INPUT');
    const mixed = await manager.call('reports.file', { kind: 'z', from: '2026-12-05', format: 'pdf' });
    expect(mixed.ok ? null : mixed.error.message).toContain(
      'Laporan Z dicetak per hari usaha: pakai day, bukan from/to',
    );
    const xByDay = await manager.call('reports.file', { kind: 'x', day: '2026-12-05', format: 'pdf' });
    expect(xByDay.ok ? null : xByDay.error.message).toContain('Laporan X memakai from/to, bukan day');
    // Printing names its report the same way, with the same refusals.
    const printMixed = await manager.call('printing.printReport', { kind: 'z', from: '2026-12-05' });
    expect(printMixed.ok ? null : printMixed.error.message).toContain(
      'Laporan Z dicetak per hari usaha: pakai day, bukan from/to',
    );
  });
});
