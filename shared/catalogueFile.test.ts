import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_COLUMNS,
  CatalogueFileError,
  checkHeader,
  readCatalogueFile,
  TEMPLATE,
  writeCatalogueCsv,
  writeCatalogueXlsx,
} from './catalogueFile';
import { readXlsxRows } from './xlsx';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readCatalogueFile', () => {
  it('reads a semicolon CSV from an Indonesian spreadsheet, numbering rows as the sheet does', () => {
    const table = readCatalogueFile(
      bytes('\ufeffsku;name;price_idr\r\nA;"Kopi; bubuk";25000\r\n;;\r\nB;Teh;5000\r\n'),
    );
    expect(table).toEqual({
      columns: ['sku', 'name', 'price_idr'],
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

  it('refuses empty, binary and broken files with a message', () => {
    expect(() => readCatalogueFile(bytes(''))).toThrow(CatalogueFileError);
    expect(() => readCatalogueFile(new Uint8Array([0, 1, 2, 3]))).toThrow(/bukan CSV atau XLSX/);
    expect(() => readCatalogueFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]))).toThrow(/XLSX rusak/);
  });
});

describe('checkHeader', () => {
  it('accepts the columns in any order and case, and names what is wrong', () => {
    expect(
      checkHeader([
        'Price_IDR',
        ' SKU ',
        ...CATALOGUE_COLUMNS.filter((c) => c !== 'sku' && c !== 'price_idr'),
      ]),
    ).toEqual([]);
    expect(checkHeader(['sku', '', 'harga'])).toEqual(
      expect.arrayContaining([
        { column: '#2', message: 'Kolom ke-2 tidak bernama' },
        expect.objectContaining({ column: 'harga' }),
        { column: 'barcode', message: 'Kolom wajib tidak ada: barcode' },
      ]),
    );
  });
});

describe('writing', () => {
  it('writes prices as numbers and codes as text in XLSX, and a BOM + CRLF CSV', () => {
    const table = { columns: ['sku', 'barcode', 'price_idr'], rows: [['A', '0036000291452', '25000']] };
    expect(writeCatalogueCsv(table)).toBe('\ufeffsku,barcode,price_idr\r\nA,0036000291452,25000\r\n');
    const xlsx = writeCatalogueXlsx(table);
    expect(readXlsxRows(xlsx)[1]?.cells).toEqual(['A', '0036000291452', '25000']);
    const sheet = new TextDecoder().decode(unzipSync(xlsx)['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="C2"><v>25000</v></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">0036000291452</t></is></c>');
    expect(Buffer.from(writeCatalogueXlsx(table)).equals(Buffer.from(xlsx))).toBe(true);
  });
  it('writes a name that looks like a formula as text, and imports it back unchanged', () => {
    const table = {
      columns: ['sku', 'name', 'producer_name', 'price_idr', 'cost'],
      rows: [
        ['=CMD', '=1+1', '@SUM(A1)', '25000', ''],
        ['B-2', '-diskon', '+62 Lapas', '0', '9000'],
      ],
    };
    const csv = writeCatalogueCsv(table);
    expect(csv).toBe(
      "\ufeffsku,name,producer_name,price_idr,cost\r\n'=CMD,'=1+1,'@SUM(A1),25000,\r\nB-2,'-diskon,'+62 Lapas,0,9000\r\n",
    );
    const back = readCatalogueFile(new TextEncoder().encode(csv));
    expect(back.rows.map((r) => r.cells)).toEqual([
      ['=CMD', '=1+1', '@SUM(A1)', '25000', ''],
      ['B-2', '-diskon', '+62 Lapas', '0', '9000'],
    ]);
  });
});
