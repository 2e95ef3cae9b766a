import { strToU8, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { afterEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { looksLikeXlsx, readXlsxRows, writeXlsx, XlsxError } from './xlsx';

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

describe('writeXlsx + readXlsxRows', () => {
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

  it('reads a workbook from another writer (write-excel-file: shared strings, styles)', async () => {
    const blob = await writeXlsxFile([
      [{ value: 'sku' }, { value: 'price_idr' }, { value: 'barcode' }],
      [{ value: 'A-1' }, { value: 25_000 }, { value: '2990000000019' }],
      [{ value: 'B & C' }, { value: 1.5 }, null],
    ]).toBlob();
    const rows = readXlsxRows(new Uint8Array(await blob.arrayBuffer()));
    expect(rows).toEqual([
      { row: 1, cells: ['sku', 'price_idr', 'barcode'] },
      { row: 2, cells: ['A-1', '25000', '2990000000019'] },
      { row: 3, cells: ['B & C', '1.5'] },
    ]);
  });

  it('reads what spreadsheet apps write: rich text, phonetic runs, gaps, booleans, formulas, big numbers', () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="x"><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
      <row r="2" spans="1:4"/>
      <row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="str"><f>A1&amp;"x"</f><v>skux</v></c>
        <c r="C4"><v>2.990000000019E+12</v></c><c r="D4" t="inlineStr"><is><r><t>Ko</t></r><r><t xml:space="preserve">pi &amp; teh</t></r></is></c></row>
    </sheetData></worksheet>`;
    const strings = `<sst><si><t>sku</t></si><si><r><t>na</t></r><r><t>me</t></r><rPh><t>ナ</t></rPh></si></sst>`;
    const workbook = `<workbook xmlns:r="rel"><sheets><sheet name="Data" sheetId="7" r:id="rId3"/></sheets></workbook>`;
    const rels = `<Relationships><Relationship Id="rId3" Type="http://x/worksheet" Target="/xl/worksheets/data.xml"/>
      <Relationship Id="rId9" Type="http://x/sharedStrings" Target="strings.xml"/></Relationships>`;
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(workbook),
      'xl/_rels/workbook.xml.rels': strToU8(rels),
      'xl/worksheets/data.xml': strToU8(sheet),
      'xl/strings.xml': strToU8(strings),
    });
    expect(readXlsxRows(bytes)).toEqual([
      { row: 1, cells: ['sku', '', 'name'] },
      { row: 4, cells: ['1', 'skux', '2990000000019', 'Kopi & teh'] },
    ]);
  });

  it('refuses bytes that are not a workbook', () => {
    expect(() => readXlsxRows(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(XlsxError);
    expect(() => readXlsxRows(zipSync({ 'a.xml': strToU8('<a/>') }))).toThrow(/xl\/workbook.xml/);
    expect(looksLikeXlsx(strToU8('sku,name'))).toBe(false);
  });
});
