import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_COLUMNS,
  TEMPLATE,
  writeCatalogueCsv,
  writeCatalogueXlsx,
} from '../../../shared/catalogueFile';
import { writeXlsx } from '../../../shared/xlsx';
import { CatalogueFileError, lostLeadingZeros, readCatalogueFile } from './readCatalogueFile';
import { numberText } from './xlsxCells';

const bytes = (text: string) => new TextEncoder().encode(text);
const reasonOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof CatalogueFileError) return error.reason.key;
    throw error;
  }
  return null;
};

describe('readCatalogueFile', () => {
  it('reads a semicolon CSV from an Indonesian spreadsheet, numbering rows as the sheet does', () => {
    const table = readCatalogueFile(
      bytes('\ufeffsku;name;price_idr\r\nA;"Kopi; bubuk";25000\r\n;;\r\nB;Teh;5000\r\n'),
    );
    expect(table).toEqual({
      columns: ['sku', 'name', 'price_idr'],
      headerRow: 1,
      rows: [
        { row: 2, cells: ['A', 'Kopi; bubuk', '25000'] },
        { row: 4, cells: ['B', 'Teh', '5000'] },
      ],
    });
  });

  it('drops the empty header cells a spreadsheet leaves after the last column', () => {
    expect(readCatalogueFile(bytes('sku,name,,\nA,B,,\n')).columns).toEqual(['sku', 'name']);
  });

  it('tells an XLSX file by its bytes, whatever its name', () => {
    const table = readCatalogueFile(writeCatalogueXlsx(TEMPLATE));
    expect(table.columns).toEqual([...CATALOGUE_COLUMNS]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(table.rows[0]?.cells.slice(0, 6)).toEqual([
      'CTH-001',
      '2990000009999',
      'Contoh Keripik Pisang 200 g',
      'Makanan',
      'pcs',
      '15000',
    ]);
  });

  it('keeps a number barcode whole and flags one that lost its leading zeros, naming the code it was', () => {
    const file = writeXlsx({
      name: 'Katalog',
      rows: [
        ['sku', 'barcode', 'price_idr'],
        ['A', 8991234567890, 14374.999999999998],
        ['B', 36000291452, 0.1 + 0.2],
      ],
    });
    const { rows } = readCatalogueFile(file);
    expect(rows).toEqual([
      { row: 2, cells: ['A', '8991234567890', '14375'] },
      {
        row: 3,
        cells: ['B', '36000291452', '0.3'],
        problems: [
          {
            col: 1,
            message: {
              key: 'catalog.importBarcodeLostZeros',
              params: { code: '36000291452', probably: '0036000291452' },
            },
          },
        ],
      },
    ]);
  });

  it('refuses empty, binary, broken and non-XLSX zip files with a reason', () => {
    expect(reasonOf(() => readCatalogueFile(bytes('')))).toBe('catalog.fileEmpty');
    expect(reasonOf(() => readCatalogueFile(new Uint8Array([0, 1, 2, 3])))).toBe('catalog.fileNotCsv');
    expect(reasonOf(() => readCatalogueFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9])))).toBe(
      'catalog.fileXlsxBroken',
    );
    const notABook = zipSync({ 'a.xml': strToU8('<a/>') });
    expect(reasonOf(() => readCatalogueFile(notABook))).toMatch(/^catalog\.file(NotXlsx|XlsxBroken)$/);
  });

  it('reads back a name that looks like a formula, written as text', () => {
    const table = {
      columns: ['sku', 'name', 'producer_name', 'price_idr', 'cost'],
      rows: [
        ['=CMD', '=1+1', '@SUM(A1)', '25000', ''],
        ['B-2', '-diskon', '+62 Lapas', '0', '9000'],
      ],
    };
    const back = readCatalogueFile(bytes(writeCatalogueCsv(table)));
    expect(back.rows.map((r) => r.cells)).toEqual([
      ['=CMD', '=1+1', '@SUM(A1)', '25000', ''],
      ['B-2', '-diskon', '+62 Lapas', '0', '9000'],
    ]);
  });
});

describe('lostLeadingZeros and numberText', () => {
  it('finds the EAN code a number probably was, and leaves real codes alone', () => {
    expect(lostLeadingZeros('36000291452')).toBe('0036000291452');
    expect(lostLeadingZeros('614141000036')).toBeNull(); // 12 digits, valid: a UPC-A code as it is
    expect(lostLeadingZeros('1234565')).toBe('01234565'); // EAN-8 without its zero
    expect(lostLeadingZeros('8991234567890')).toBeNull(); // 13 digits: nothing lost
    expect(lostLeadingZeros('96385074')).toBeNull(); // a valid EAN-8 as it is
    expect(lostLeadingZeros('36000291453')).toBeNull(); // no check digit fits: an internal code
    expect(lostLeadingZeros('12')).toBeNull();
  });

  it('writes numbers with all their digits, others to 15 significant digits', () => {
    expect(numberText(8991234567890)).toBe('8991234567890');
    expect(numberText(2.990000000019e12)).toBe('2990000000019');
    expect(numberText(14374.999999999998)).toBe('14375');
    expect(numberText(28749.999999999996)).toBe('28750');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1234567.5)).toBe('1234567.5');
    expect(numberText(-0)).toBe('0');
    expect(numberText(1e21)).toBe('1e+21');
  });
});
