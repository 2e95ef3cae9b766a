import { strToU8 } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { afterEach, describe, expect, it } from 'vitest';
import { readXlsxRows } from '../tests/support/xlsxRows';
import { columnName, looksLikeXlsx, writeXlsx, writeXlsxBook, XlsxError } from './xlsx';

const ROWS = [
  ['sku', 'barcode', 'name', 'price_idr', 'note'],
  ['BWG-100', '2990000000019', 'Bawang Goreng <Palu> & "Donggala"', 25_000, null],
  ['LLE-KG', '2990000000200|LELE01', 'Ikan Lele Segar — ñ ü 😀', 30_000, 'baris\nkedua'],
  ['X', '', '', 0, ' spasi '],
];

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('writeXlsx (read back by the engine reader, SheetJS)', () => {
  it('round-trips text, numbers, markup characters, emoji, newlines and empty cells', () => {
    const bytes = writeXlsx({ name: 'Katalog', rows: ROWS, widths: [10, 16, 30, 10, 10] });
    expect(looksLikeXlsx(bytes)).toBe(true);
    expect(readXlsxRows(bytes)).toEqual([
      { row: 1, cells: ['sku', 'barcode', 'name', 'price_idr', 'note'] },
      { row: 2, cells: ['BWG-100', '2990000000019', 'Bawang Goreng <Palu> & "Donggala"', '25000'] },
      {
        row: 3,
        cells: ['LLE-KG', '2990000000200|LELE01', 'Ikan Lele Segar — ñ ü 😀', '30000', 'baris\nkedua'],
      },
      { row: 4, cells: ['X', '', '', '0', ' spasi '] },
    ]);
  });

  it('writes the same bytes every time, in any time zone', () => {
    process.env.TZ = 'Asia/Makassar';
    const a = writeXlsx({ name: 'Katalog', rows: ROWS });
    process.env.TZ = 'America/Los_Angeles';
    const b = writeXlsx({ name: 'Katalog', rows: ROWS });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('is read by an independent reader (read-excel-file)', async () => {
    const bytes = writeXlsx({ name: 'Katalog', rows: ROWS });
    const sheet = await readSheet(bytes.slice().buffer);
    expect(sheet[1]).toEqual(['BWG-100', '2990000000019', 'Bawang Goreng <Palu> & "Donggala"', 25_000, null]);
    expect(sheet[2]?.[2]).toBe('Ikan Lele Segar — ñ ü 😀');
  });

  it('names columns as spreadsheets do, and refuses a book without sheets', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(() => writeXlsxBook([])).toThrow(XlsxError);
    expect(looksLikeXlsx(strToU8('sku,name'))).toBe(false);
  });
});
