import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, parseCsvRecords, writeCsv } from './csv';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, embedded commas and newlines, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('keys rows by header and skips blank lines', () => {
    expect(parseCsvRecords('sku,price\nA,1\n\nB,2')).toEqual([
      { sku: 'A', price: '1' },
      { sku: 'B', price: '2' },
    ]);
  });

  it('reads the semicolon CSV an Indonesian-locale spreadsheet saves, and tab-separated text', () => {
    expect(detectDelimiter('sku;name;price_idr\r\nA;"x; y";1')).toBe(';');
    expect(parseCsv('sku;name\nA;"Kopi, bubuk"')).toEqual([
      ['sku', 'name'],
      ['A', 'Kopi, bubuk'],
    ]);
    expect(parseCsv('sku\tname\nA\tKopi')).toEqual([
      ['sku', 'name'],
      ['A', 'Kopi'],
    ]);
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
  });
});

describe('writeCsv', () => {
  it('quotes only what needs it and reads back to the same cells', () => {
    const rows = [
      ['sku', 'name', 'note'],
      ['A-1', 'Kopi "Toraja", 200 g', ' leading space'],
      ['B;2', 'two\nlines', ''],
    ];
    const text = writeCsv(rows);
    expect(text.startsWith('\ufeffsku,name,note\r\nA-1,"Kopi ""Toraja"", 200 g"," leading space"\r\n')).toBe(
      true,
    );
    expect(parseCsv(text)).toEqual(rows);
    expect(writeCsv(rows)).toBe(text);
  });
});

describe('formula cells (OWASP CSV injection)', () => {
  it('start text a spreadsheet would run with a quote mark, and leave numbers alone', () => {
    const text = writeCsv([
      ['name', 'amount'],
      ['=1+1', 1500],
      ['+62 812 555', -2500],
      ['-rusak', 0],
      ['@SUM(A1:A9)', null],
      ['\tTAB', 12.5],
      ['\rCR', 3],
      ["'=sudah", 1],
      ["'biasa", 2],
      ['Kopi = enak', 3],
    ]);
    expect(text).toBe(
      '\ufeffname,amount\r\n' +
        "'=1+1,1500\r\n" +
        "'+62 812 555,-2500\r\n" +
        "'-rusak,0\r\n" +
        "'@SUM(A1:A9),\r\n" +
        `"'\tTAB",12.5\r\n` +
        `"'\rCR",3\r\n` +
        "''=sudah,1\r\n" +
        "'biasa,2\r\n" +
        'Kopi = enak,3\r\n',
    );
    expect(parseCsv(text)).toEqual([
      ['name', 'amount'],
      ['=1+1', '1500'],
      ['+62 812 555', '-2500'],
      ['-rusak', '0'],
      ['@SUM(A1:A9)', ''],
      ['\tTAB', '12.5'],
      ['\rCR', '3'],
      ["'=sudah", '1'],
      ["'biasa", '2'],
      ['Kopi = enak', '3'],
    ]);
  });

  it('reads a guarded cell back as it was after a spreadsheet saved the file with semicolons', () => {
    expect(parseCsv('sku;name\r\nA;\'=1+1\r\nB;"\'@x; y"\r\n')).toEqual([
      ['sku', 'name'],
      ['A', '=1+1'],
      ['B', '@x; y'],
    ]);
  });
});
