// The sales journal: a day of sales made through the engine (discounts, cash rounding, weighed goods,
// split payments, a void, a refund, a Z and selling after it), then the journal's exact rows, the
// "Penjualan" sheet of the Z workbook read back, the PDF read back with pdftotext, and how SQLite runs
// the journal's queries (indexes, not scans).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { readXlsxRows } from '../../../tests/support/xlsxRows';
import type { EngineContext } from '../context';
import { JOURNAL_SQL, salesJournal } from './journal';
import { journalExport } from './journalExport';
import { journalRows } from './journalFiles';

const tempDir = tempDirPerTest();
const WITA = 'Asia/Makassar';
const DAY = '2026-12-05';

async function dayOfSales(dir: string) {
  const t = engineIn(dir);
  t.setNow('2026-12-05T00:30:00Z'); // 08.30 WITA
  await t.ok('paymentSettings.save', { cashRounding: 500, discountLimitBp: 10_000 });
  const all = await t.ok('products.list', {});
  const product = (sku: string) => {
    const found = all.find((p) => p.sku === sku);
    if (!found) throw new Error(`no ${sku} in the demo catalogue`);
    return found;
  };
  const sri = await t.as('cashier', 'Sri');
  const ani = await t.as('cashier', 'Ani');
  const manager = await t.as('manager', 'Pak Andi', { shift: false });

  t.setNow('2026-12-05T01:00:00Z'); // 09.00
  const first = await sri.ok('sales.commit', {
    lines: [
      {
        productId: product('BWG-100').id,
        qty: 2,
        discount: { kind: 'percent', bp: 1000 },
        discountReason: 'promo',
      },
      { productId: product('LLE-KG').id, qty: 1.25 },
    ],
    orderDiscount: { kind: 'amount', value: 2_450 },
    orderDiscountReason: 'pelanggan tetap',
    payments: [{ method: 'cash', amount: 100_000 }],
  });
  t.setNow('2026-12-05T02:30:00Z'); // 10.30
  const second = await ani.ok('sales.commit', {
    lines: [{ productId: product('SBR-150').id, qty: 1 }],
    payments: [{ method: 'transfer', amount: 35_000, reference: 'TRF-1' }],
  });
  t.setNow('2026-12-05T03:00:00Z'); // 11.00
  await manager.ok('sales.void', { receiptNo: second.receiptNo, reason: 'salah input' });
  t.setNow('2026-12-05T04:00:00Z'); // 12.00
  const third = await sri.ok('sales.commit', {
    lines: [{ productId: product('BWG-250').id, qty: 2 }],
    payments: [
      { method: 'card', amount: 60_000, reference: 'EDC-7' },
      { method: 'cash', amount: 50_000 },
    ],
  });
  t.setNow('2026-12-05T05:00:00Z'); // 13.00
  const { refund } = await sri.ok('sales.refund', {
    receiptNo: third.receiptNo,
    lines: [{ lineNo: 1, qty: 1 }],
    reason: 'barang rusak',
    method: 'cash',
    approval: { userId: manager.user.id, pin: TEST_PIN },
  });
  t.setNow('2026-12-05T06:00:00Z'); // 14.00: shifts close, then the day
  await sri.ok('shifts.close', { count: { '50000': 1, '20000': 1, '5000': 1 } }); // 80.000 + 50.000 - 55.000
  await ani.ok('shifts.close', { count: {} });
  const z = await manager.ok('reports.z', {});
  // Selling after the Z goes into the next Z of the same day.
  t.setNow('2026-12-05T07:00:00Z'); // 15.00
  await sri.ok('shifts.open', { openingFloat: 0 });
  const fourth = await sri.ok('sales.commitCash', {
    lines: [{ productId: product('ABN-100').id, qty: 1 }],
    cashTendered: 30_000,
  });
  return { t, manager, first, second, third, refund, z, fourth };
}

describe('the sales journal', () => {
  it('holds every line of the Z with its sale, voids and refunds as such, adding up to the net', async () => {
    const dir = tempDir();
    const { t, first, second, third, refund, z, fourth } = await dayOfSales(dir);
    expect(first.total).toBe(80_000); // 45.000 + 37.500 - 2.450 = 80.050, rounded to 80.000
    expect(first.rounding).toBe(-50);
    const [share1, share2] = first.lines.map((l) => l.orderDiscountShare);
    expect((share1 ?? 0) + (share2 ?? 0)).toBe(2_450);

    const xlsx = await t.ok('reports.file', {
      kind: 'z',
      zNo: z.close.zNo,
      format: 'xlsx',
      laptopZone: WITA,
    });
    const rows = readXlsxRows(new Uint8Array(Buffer.from(xlsx.base64, 'base64')), 'Penjualan').map(
      (r) => r.cells,
    );
    expect(rows[0]).toEqual([
      'Hari usaha',
      'Waktu',
      'No. struk',
      'Jenis',
      'Kasir',
      'Baris',
      'SKU',
      'Produk',
      'Unit',
      'Jumlah',
      'Satuan',
      'Harga',
      'Bruto',
      'Diskon baris',
      'Diskon nota',
      'PPN ditambahkan',
      'Total baris',
      'Pembulatan nota',
      'Total nota',
      'Masuk bersih',
      'Pembayaran',
      'Keterangan',
    ]);
    const day = '05/12/2026';
    expect(rows.slice(1)).toEqual([
      [
        DAY,
        `${day} 09.00`,
        first.receiptNo,
        'Penjualan',
        'Sri',
        '1',
        'BWG-100',
        'Bawang Goreng Palu 100 g',
        'LPS-PALU',
        '2',
        'pcs',
        '25000',
        '50000',
        '-5000',
        String(-(share1 ?? 0)),
        '0',
        String(45_000 - (share1 ?? 0)),
        '-50',
        '80000',
        String(45_000 - (share1 ?? 0)),
        'Tunai 80.000',
      ],
      [
        DAY,
        `${day} 09.00`,
        first.receiptNo,
        'Penjualan',
        'Sri',
        '2',
        'LLE-KG',
        'Ikan Lele Segar',
        'RTN-PALU',
        '1.25',
        'kg',
        '30000',
        '37500',
        '0',
        String(-(share2 ?? 0)),
        '0',
        String(37_500 - (share2 ?? 0)),
        '',
        '',
        String(37_500 - (share2 ?? 0)),
        'Tunai 80.000',
      ],
      [
        DAY,
        `${day} 10.30`,
        second.receiptNo,
        'Batal',
        'Ani',
        '1',
        'SBR-150',
        'Sambal Roa 150 ml',
        'RTN-PALU',
        '1',
        'botol',
        '35000',
        '35000',
        '0',
        '0',
        '0',
        '35000',
        '',
        '35000',
        '0',
        'Transfer 35.000',
        `Dibatalkan ${day} 11.00 oleh Pak Andi: salah input`,
      ],
      [
        DAY,
        `${day} 12.00`,
        third.receiptNo,
        'Penjualan',
        'Sri',
        '1',
        'BWG-250',
        'Bawang Goreng Palu 250 g',
        'LPS-PALU',
        '2',
        'pcs',
        '55000',
        '110000',
        '0',
        '0',
        '0',
        '110000',
        '0',
        '110000',
        '110000',
        'Kartu 60.000; Tunai 50.000',
      ],
      [
        DAY,
        `${day} 13.00`,
        refund.refundNo,
        'Retur',
        'Sri',
        '1',
        'BWG-250',
        'Bawang Goreng Palu 250 g',
        'LPS-PALU',
        '-1',
        'pcs',
        '55000',
        '-55000',
        '0',
        '0',
        '0',
        '-55000',
        '0',
        '-55000',
        '-55000',
        'Tunai -55.000',
        `Retur struk ${third.receiptNo}: barang rusak`,
      ],
    ]);

    // Summed as a spreadsheet sums them: Masuk bersih plus Pembulatan nota is the net, and Masuk
    // bersih per unit is the report's per-unit net; every row adds up.
    const body = rows.slice(1);
    const sum = (list: string[][], col: number) => list.reduce((s, r) => s + Number(r[col] || 0), 0);
    expect(sum(body, 19) + sum(body, 17)).toBe(z.report.net);
    for (const unit of z.report.byProducer) {
      expect(
        sum(
          body.filter((r) => r[8] === unit.code),
          19,
        ),
        unit.code,
      ).toBe(unit.amount);
    }
    for (const r of body) {
      expect(Number(r[12]) + Number(r[13]) + Number(r[14]) + Number(r[15])).toBe(Number(r[16]));
    }

    // The X of the whole day has the sale made after the Z as well; the next X only that one.
    const db = new Database(t.engine.dbPath, { readonly: true });
    const dayJournal = salesJournal(db, { device: 'BTH1', from: DAY, to: DAY });
    db.close();
    expect(dayJournal.map((e) => e.no)).toEqual([
      first.receiptNo,
      second.receiptNo,
      third.receiptNo,
      refund.refundNo,
      fourth.receiptNo,
    ]);
    const xOpen = await t.ok('reports.file', { kind: 'x', format: 'xlsx', laptopZone: WITA });
    const openRows = readXlsxRows(new Uint8Array(Buffer.from(xOpen.base64, 'base64')), 'Penjualan');
    expect(openRows.map((r) => r.cells[2])).toEqual(['No. struk', fourth.receiptNo]);
    t.engine.close();
  });

  it('splits a refund of a discounted line with PPN on top into the same columns, reversed', async () => {
    const t = engineIn(tempDir());
    t.setNow('2026-12-05T00:30:00Z');
    await t.ok('paymentSettings.save', {
      taxMode: 'exclusive',
      taxRateBp: 1100,
      cashRounding: 100,
      discountLimitBp: 10_000,
    });
    const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
    const sri = await t.as('cashier', 'Sri');
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    t.setNow('2026-12-05T01:00:00Z');
    const sale = await sri.ok('sales.commit', {
      lines: [
        {
          productId: bawang?.id ?? 0,
          qty: 3,
          discount: { kind: 'percent', bp: 1000 },
          discountReason: 'promo',
        },
      ],
      payments: [{ method: 'cash', amount: 100_000 }],
    });
    t.setNow('2026-12-05T02:00:00Z');
    const { refund } = await sri.ok('sales.refund', {
      receiptNo: sale.receiptNo,
      lines: [{ lineNo: 1, qty: 1 }],
      reason: 'barang rusak',
      method: 'cash',
      approval: { userId: manager.user.id, pin: TEST_PIN },
    });
    const db = new Database(t.engine.dbPath, { readonly: true });
    const journal = salesJournal(db, { device: 'BTH1', from: DAY, to: DAY });
    db.close();
    t.engine.close();
    const [sold, back] = journal;
    const soldLine = sold?.lines[0];
    const backLine = back?.lines[0];
    expect(soldLine).toMatchObject({ gross: 75_000, lineDiscount: -7_500, ppnAdded: 7_425, total: 74_925 });
    // A third of the line came back: a third of each part, with the opposite sign.
    expect(backLine).toMatchObject({
      qtyMilli: -1_000,
      gross: -25_000,
      lineDiscount: 2_500,
      ppnAdded: -2_475,
    });
    expect(backLine?.total).toBe(-24_975);
    // The money back is the line's share of the rounded total; what rounding leaves is the refund's.
    expect(back?.total).toBe(-refund.amount);
    expect((backLine?.total ?? 0) + (back?.rounding ?? 0)).toBe(back?.total);
    for (const line of [soldLine, backLine]) {
      expect(
        (line?.gross ?? 0) +
          (line?.lineDiscount ?? 0) +
          (line?.orderDiscountShare ?? 0) +
          (line?.ppnAdded ?? 0),
      ).toBe(line?.total);
    }
  });

  it('puts the journal in the PDF after the summary, grouped by sale', async () => {
    const dir = tempDir();
    const { t, first, second, refund, z } = await dayOfSales(dir);
    const pdf = await t.ok('reports.file', { kind: 'z', zNo: z.close.zNo, format: 'pdf', laptopZone: WITA });
    const file = join(dir, 'z.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle));
    expect(at('Penjualan (per struk)')).toBeGreaterThan(at('Per produk'));
    const [share1 = 0, share2 = 0] = first.lines.map((l) => l.orderDiscountShare);
    const rp = (n: number) => n.toLocaleString('id-ID');
    expect(lines).toContain(`${first.receiptNo} 09.00 80.000`);
    expect(lines).toContain(
      `Bawang Goreng Palu 100 g LPS-PALU 2 pcs 25.000 -${rp(5_000 + share1)} ${rp(45_000 - share1)}`,
    );
    expect(lines).toContain(`Ikan Lele Segar RTN-PALU 1,25 kg 30.000 -${rp(share2)} ${rp(37_500 - share2)}`);
    expect(lines).toContain(`${second.receiptNo} 10.30 BATAL 35.000`);
    expect(lines).toContain('Sambal Roa 150 ml RTN-PALU 1 botol 35.000 35.000');
    // Notes wrap inside the first column: read them as one text. No code or name is cut.
    const all = lines.join(' ');
    expect(all).toContain('Kasir Sri · Diskon nota -2.450 · Pembulatan -50 · Bayar: Tunai 80.000');
    expect(all).toContain('Dibatalkan 05/12/2026 11.00 oleh Pak Andi: salah input');
    expect(all).not.toContain('…');
    expect(lines).toContain(`${refund.refundNo} 13.00 RETUR -55.000`);
    expect(lines).toContain('Kasir Sri · Dikembalikan: Tunai -55.000');
    t.engine.close();
  });

  it('exports the Penjualan of any range of days as XLSX and CSV, and refuses a bad range', async () => {
    const dir = tempDir();
    const { t, manager, first, refund, fourth } = await dayOfSales(dir);
    const z = await t.ok('reports.file', { kind: 'x', from: DAY, to: DAY, format: 'xlsx', laptopZone: WITA });
    const zRows = readXlsxRows(new Uint8Array(Buffer.from(z.base64, 'base64')), 'Penjualan').map(
      (r) => r.cells,
    );

    const xlsx = await manager.ok('reports.journal', {
      from: '2026-12-01',
      to: DAY,
      format: 'xlsx',
      laptopZone: WITA,
    });
    expect(xlsx.fileName).toBe('penjualan-2026-12-01_2026-12-05.xlsx');
    expect([xlsx.entries, xlsx.lines]).toEqual([5, 6]);
    const rows = readXlsxRows(new Uint8Array(Buffer.from(xlsx.base64, 'base64'))).map((r) => r.cells);
    // The same rows as the workbook of the X of the day, whatever writer made them.
    expect(rows).toEqual(zRows);
    expect(rows.map((r) => r[2])).toEqual([
      'No. struk',
      first.receiptNo,
      first.receiptNo,
      expect.any(String),
      expect.any(String),
      refund.refundNo,
      fourth.receiptNo,
    ]);

    // An independent reader sees numbers as numbers and text as text.
    const sheet = await readSheet(new Uint8Array(Buffer.from(xlsx.base64, 'base64')).buffer);
    expect(sheet[2]?.slice(5, 21)).toEqual([
      2,
      'LLE-KG',
      'Ikan Lele Segar',
      'RTN-PALU',
      1.25,
      'kg',
      30_000,
      37_500,
      0,
      -(first.lines[1]?.orderDiscountShare ?? 0),
      0,
      37_500 - (first.lines[1]?.orderDiscountShare ?? 0),
      null,
      null,
      37_500 - (first.lines[1]?.orderDiscountShare ?? 0),
      'Tunai 80.000',
    ]);

    const csv = await manager.ok('reports.journal', { from: DAY, to: DAY, format: 'csv', laptopZone: WITA });
    expect(csv.fileName).toBe('penjualan-2026-12-05.csv');
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffHari usaha,Waktu,No. struk,Jenis')).toBe(true);
    expect(text.split('\r\n')).toContain(
      `${DAY},05/12/2026 15.00,${fourth.receiptNo},Penjualan,Sri,1,ABN-100,Abon Ikan Tuna 100 g,LPS-TOLI,1,pcs,30000,30000,0,0,0,30000,0,30000,30000,Tunai 30.000,`,
    );

    const backwards = await manager.call('reports.journal', { from: DAY, to: '2026-12-01', format: 'xlsx' });
    expect(backwards.ok ? null : backwards.error.message).toBe(
      'Tanggal awal tidak boleh sesudah tanggal akhir.',
    );
    const tooLong = await manager.call('reports.journal', { from: '2025-12-01', to: DAY, format: 'csv' });
    expect(tooLong.ok ? null : tooLong.error.message).toBe(
      'Rentang paling panjang 366 hari; pilih tanggal yang lebih dekat.',
    );
    const format = await manager.call('reports.journal', { from: DAY, to: DAY, format: 'pdf' });
    expect(format.ok ? null : format.error.code).toBe('INVALID_INPUT');
    const cashier = await t.as('cashier', 'Sri');
    const refused = await cashier.call('reports.journal', { from: DAY, to: DAY, format: 'csv' });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    t.engine.close();
  });

  it('leaves a journal too long for the PDF out of it, with a note, and keeps it in the workbook', async () => {
    const t = engineIn(tempDir());
    t.setNow('2026-12-05T01:00:00Z');
    const sri = await t.as('cashier', 'Sri');
    const bawang = (await t.ok('products.list', { query: 'BWG-100' })).find((p) => p.sku === 'BWG-100');
    if (!bawang) throw new Error('no BWG-100 in the demo catalogue');
    // Seven sales of 500 lines: 3,500 lines, over the PDF's 3,000.
    for (let i = 0; i < 7; i++) {
      await sri.ok('sales.commitCash', {
        lines: Array.from({ length: 500 }, () => ({ productId: bawang.id, qty: 1 })),
        cashTendered: 500 * bawang.price,
      });
    }
    const which = { kind: 'x' as const, from: DAY, to: DAY, laptopZone: WITA };
    const pdf = await t.ok('reports.file', { ...which, format: 'pdf' });
    const file = join(tempDir(), 'x.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Penjualan (per struk) 3.500 baris penjualan: terlalu banyak untuk berkas ini. Unduh lewat Laporan, tab Penjualan (XLSX atau CSV).',
    );
    expect(text).not.toContain('Bawang Goreng Palu 100 g LPS-PALU');
    const xlsx = await t.ok('reports.file', { ...which, format: 'xlsx' });
    expect(readXlsxRows(new Uint8Array(Buffer.from(xlsx.base64, 'base64')), 'Penjualan')).toHaveLength(3_501);

    // The Penjualan export counts first and refuses a range over its cap (150.000 lines; 3.000 here),
    // reading nothing; at the cap it is made.
    const db = new Database(t.engine.dbPath, { readonly: true });
    // What journalExport reads of the engine's context: the database, the device and the clock.
    const ctx = {
      db,
      device: { device: 'BTH1', timeZone: WITA },
      now: () => new Date('2026-12-05T08:00:00Z'),
    } as unknown as EngineContext;
    const input = { from: DAY, to: DAY, format: 'csv' as const };
    expect(() => journalExport(ctx, input, 3_000)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', key: 'reports.journalTooManyLines' }),
    );
    expect(journalExport(ctx, input, 3_500).lines).toBe(3_500);
    db.close();
    t.engine.close();
  });

  it('reads with indexes: no full scan of sales, lines, payments or refunds', async () => {
    const dir = tempDir();
    const { t } = await dayOfSales(dir);
    t.engine.close();
    const db = new Database(join(dir, 'karya.db'));
    const params = {
      device: 'BTH1',
      from: DAY,
      to: DAY,
      salesAfter: 0,
      salesUpto: 1e15,
      refundsAfter: 0,
      refundsUpto: 1e15,
      shiftsAfter: 0,
      shiftsUpto: 1e15,
    };
    for (const [name, sql] of Object.entries(JOURNAL_SQL)) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map(
        (row) => row.detail,
      );
      const scans = plan.filter((detail) => /^SCAN /.test(detail));
      expect({ name, scans }).toEqual({ name, scans: [] });
      expect(plan.some((detail) => /^SEARCH (s|r) USING (COVERING )?INDEX/.test(detail))).toBe(true);
    }
    db.close();
  });

  it('names the zone in the time heading when the laptop keeps another', () => {
    const [header] = journalRows([], WITA, 'America/New_York', new Date('2026-12-05T02:30:00Z'));
    expect(header?.[1]).toBe('Waktu (WITA)');
  });
});
