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
