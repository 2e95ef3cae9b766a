import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../tests/support/xlsxRows';
import { CATALOGUE_COLUMNS, checkHeader, writeCatalogueCsv, writeCatalogueXlsx } from './catalogueFile';

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
        { column: '#2', index: 1, message: { key: 'catalog.importColumnUnnamed', params: { number: 2 } } },
        expect.objectContaining({ column: 'harga', index: 2 }),
        {
          column: 'barcode',
          index: null,
          message: { key: 'catalog.importColumnMissing', params: { column: 'barcode' } },
        },
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
});
