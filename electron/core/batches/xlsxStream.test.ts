import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../../tests/support/xlsxRows';
import { XlsxStreamWriter, xlsxBytes } from './xlsxStream';

describe('streaming xlsx writer', () => {
  it('writes sheets that read back, with text escaped and numbers as numbers', () => {
    const bytes = xlsxBytes([
      {
        name: 'Penjualan',
        widths: [20, 10],
        rows: [
          ['No', 'Total'],
          ['A & <B> "c"', 25_000],
          ['x\u0001y', null],
        ],
      },
      { name: 'Baris', rows: [['SKU'], ['BWG-250']] },
    ]);
    expect(readXlsxRows(bytes).map((r) => r.cells)).toEqual([
      ['No', 'Total'],
      ['A & <B> "c"', '25000'],
      ['xy'],
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toContain('xl/worksheets/sheet2.xml');
    expect(strFromU8(files['xl/worksheets/sheet2.xml'] ?? new Uint8Array())).toContain('BWG-250');
    expect(strFromU8(files['xl/workbook.xml'] ?? new Uint8Array())).toContain('name="Baris"');
  });

  it('gives the same bytes for the same rows, and streams a large sheet in small pieces', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        `BTH1-20261128-${String(i).padStart(4, '0')}`,
        i * 1000,
        'Sambal roa',
      ]);
    const a = xlsxBytes([{ name: 'S', rows: rows(20_000) }]);
    const b = xlsxBytes([{ name: 'S', rows: rows(20_000) }]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    let biggest = 0;
    let total = 0;
    const writer = new XlsxStreamWriter([{ name: 'S' }], (chunk) => {
      biggest = Math.max(biggest, chunk.length);
      total += chunk.length;
    });
    writer.startSheet();
    for (const row of rows(20_000)) writer.row(row);
    writer.finish();
    expect(total).toBe(a.length);
    expect(biggest).toBeLessThan(total / 4);
    expect(readXlsxRows(a)).toHaveLength(20_000);
  });
});

describe('zip writer', () => {
  it('writes entries side by side that unzip to what was written, with a fixed time', async () => {
    const { ZipWriter } = await import('./zipWriter');
    const chunks: Uint8Array[] = [];
    const zip = new ZipWriter((c) => chunks.push(c));
    const a = zip.add('a.txt');
    const b = zip.add('b.txt');
    let textA = '';
    let textB = '';
    for (let i = 0; i < 60_000; i++) {
      const x = `baris ${i} ${i * 7919}\n`;
      textA += x;
      a.write(x);
      if (i % 3 === 0) {
        textB += x.toUpperCase();
        b.write(x.toUpperCase());
      }
    }
    b.end(); // ends before a: held until a is done
    a.end();
    zip.file('c/kosong.txt', '');
    zip.finish();
    const files = unzipSync(Buffer.concat(chunks));
    expect(strFromU8(files['a.txt'] ?? new Uint8Array())).toBe(textA);
    expect(strFromU8(files['b.txt'] ?? new Uint8Array())).toBe(textB);
    expect(files['c/kosong.txt']).toEqual(new Uint8Array());
  });
});
