import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../shared/xlsx';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { runCli } from './karya';

const tempDir = tempDirPerTest();
const HEADER = [
  'sku',
  'barcode',
  'name',
  'category',
  'unit',
  'price_idr',
  'producer_code',
  'producer_name',
  'sold_by_weight',
];

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('karya catalog import', () => {
  it('previews a file by its path in Indonesian, with each problem by row and cell, and imports nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'k.db');
    const file = join(dir, 'katalog.xlsx');
    writeFileSync(
      file,
      writeXlsx({
        name: 'Katalog',
        rows: [
          HEADER,
          [
            'CLI-1',
            '8990000000105',
            'Keripik Pisang',
            'Makanan Ringan',
            'pcs',
            'Rp 15.000',
            'LPS-PALU',
            '',
            0,
          ],
          ['CLI-2', 36000291452, 'Teh', 'Minuman', 'pcs', '15,5', 'LPS-PALU', '', 0],
        ],
      }),
    );
    const preview = await run(['--db', db, 'catalog', 'import', file]);
    expect(preview.code).toBe(1);
    expect(preview.out.split('\n')).toEqual([
      'Berkas katalog.xlsx: 2 baris data.',
      'Produk baru: 1, diubah: 0, tetap: 0, harga berubah: 0.',
      'Kategori baru: Makanan Ringan',
      '2 masalah:',
      '  baris 3 sel B3 (barcode): Barcode 36000291452 tersimpan sebagai angka sehingga nol di depannya hilang; mungkin maksudnya 0036000291452. Ubah format sel ke Teks lalu ketik barcodenya lagi.',
      '  baris 3 sel F3 (price_idr): Harga 15,5 tidak jelas: tulis rupiah bulat, misalnya 15000 atau 15.000.',
      'Tidak ada yang diimpor. Perbaiki setiap masalah di berkas lalu jalankan lagi.',
    ]);
    const committed = await run(['--db', db, 'catalog', 'import', file, '--commit']);
    expect(committed.code).toBe(1);
    const search = await run(['--db', db, 'products.search', '{"text":"CLI-1"}']);
    expect(JSON.parse(search.out).total).toBe(0);
  });

  it('imports a clean CSV with --commit, and only previews without it', async () => {
    const dir = tempDir();
    const db = join(dir, 'k.db');
    const file = join(dir, 'katalog.csv');
    writeFileSync(file, `${HEADER.join(';')}\nCLI-3;;Madu Hutan;Makanan;botol;Rp 85.000;LPS-PALU;;0\n`);
    const preview = await run(['--db', db, 'catalog', 'import', file]);
    expect(preview).toMatchObject({ code: 0 });
    expect(preview.out).toContain('Produk baru: 1, diubah: 0');
    expect(preview.out).toContain(
      'Belum diimpor: ini pratinjau. Jalankan lagi dengan --commit untuk mengimpor.',
    );
    expect(JSON.parse((await run(['--db', db, 'products.search', '{"text":"CLI-3"}'])).out).total).toBe(0);

    const done = await run(['--db', db, 'catalog', 'import', file, '--commit']);
    expect(done).toMatchObject({ code: 0 });
    expect(done.out.split('\n').at(-1)).toBe('Impor selesai: 1 produk baru, 0 diubah, 0 tetap.');
    const found = JSON.parse((await run(['--db', db, 'products.search', '{"text":"CLI-3"}'])).out);
    expect(found.items[0]).toMatchObject({ sku: 'CLI-3', name: 'Madu Hutan', price: 85_000, unit: 'botol' });
  });

  it('says why a file cannot be read, and how to call it', async () => {
    const dir = tempDir();
    const db = join(dir, 'k.db');
    const missing = await run(['--db', db, 'catalog', 'import', join(dir, 'tidak-ada.xlsx')]);
    expect(missing).toMatchObject({
      code: 1,
      out: expect.stringMatching(/tidak-ada\.xlsx tidak dapat dibaca: ENOENT/),
    });
    const broken = join(dir, 'rusak.xlsx');
    writeFileSync(broken, Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect(await run(['--db', db, 'catalog', 'import', broken])).toMatchObject({
      code: 1,
      out: expect.stringMatching(/^Berkas XLSX rusak/),
    });
    const header = join(dir, 'judul.csv');
    writeFileSync(header, 'sku,nama\nA,B\n');
    const refused = await run(['--db', db, 'catalog', 'import', header]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('  baris 1 sel B1 (nama): Kolom tidak dikenal: nama.');
    expect((await run(['--db', db, 'catalog', 'export'])).code).toBe(2);
    expect((await run(['--db', db, 'catalog', 'import'])).code).toBe(2);
  });
});
