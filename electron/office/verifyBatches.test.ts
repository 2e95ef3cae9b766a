// The office side on real batch folders exported by a real engine: the round trip (export, verify,
// merge; the merged totals are the device's own report), and tampering of every kind the office
// must catch, each with the exact message a clerk would read.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, canonicalPrettyJson } from '../../shared/batch/canonicalJson';
import type { BatchManifest, SaleDoc } from '../../shared/batch/format';
import type { BatchRecord, DayReport } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { readXlsxRows } from '../../tests/support/xlsxRows';
import { runCli } from '../cli/karya';
import { mergeBatches } from './mergeBatches';
import { verifyBatches } from './verifyBatches';

let root = '';
const batches: BatchRecord[] = [];
let report: DayReport;
let work = '';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'karya-office-'));
  const t = engineIn(root);
  const { days } = await sellAndCloseDays(t, { days: 3, salesPerDay: 6, taxAndRounding: true });
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const usb = join(root, 'usb');
  mkdirSync(usb);
  // #1 day 1, #2 day 2, #3 day 3, #4 days 1-2 again (a re-export).
  for (const day of days) batches.push((await manager.ok('batches.export', { dir: usb, days: [day] })).batch);
  batches.push(
    (await manager.ok('batches.export', { dir: usb, days: days.slice(0, 2), reexport: true })).batch,
  );
  report = await manager.ok('reports.x', { from: days[0], to: days.at(-1) });
  t.engine.close();
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh copy of every batch folder for one test to damage. */
function copies(): string[] {
  work = mkdtempSync(join(root, 'copy-'));
  return batches.map((b) => {
    const to = join(work, b.name);
    cpSync(b.folder, to, { recursive: true });
    return to;
  });
}

function jsonlEdit(folder: string, file: string, edit: (docs: SaleDoc[]) => SaleDoc[]) {
  const path = join(folder, file);
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SaleDoc);
  writeFileSync(
    path,
    edit(docs)
      .map((d) => `${canonicalJson(d)}\n`)
      .join(''),
  );
}

/** What a careful forger does after editing a file: fix the manifest's hashes and its checksum. */
function rehash(folder: string, change: (m: BatchManifest) => void = () => {}) {
  const path = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BatchManifest;
  for (const file of manifest.files) {
    const bytes = readFileSync(join(folder, file.name));
    file.bytes = bytes.length;
    file.sha256 = sha256(bytes);
  }
  change(manifest);
  const text = canonicalPrettyJson(manifest);
  writeFileSync(path, text);
  writeFileSync(join(folder, 'manifest.sha256'), `${sha256(text)}  manifest.json\n`);
}

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const allProblems = (folders: string[]) => {
  const r = verifyBatches(folders);
  return [...r.batches.flatMap((b) => b.problems), ...r.problems];
};

describe('karya batch verify and merge', () => {
  it("verifies a device's batches and merges them into the totals of the device's own report", async () => {
    const folders = copies();
    const verified = await cli(['batch', 'verify', ...folders]);
    expect(verified.out).toContain('Hasil: 4 batch, tidak ada masalah: SEMUA SAH.');
    expect(verified.out).toContain(`SHA-256 manifest: ${batches[0]?.manifestSha256}`);
    expect(verified.code).toBe(0);
    // The folder holding them stands for all of them.
    expect((await cli(['batch', 'verify', work])).code).toBe(0);

    const out = join(work, 'gabungan.xlsx');
    const merged = await cli(['batch', 'merge', work, '--out', out]);
    expect(merged.code, merged.out).toBe(0);
    expect(merged.out).toContain(`bersih ${formatRupiah(report.net)}`);
    expect(existsSync(out)).toBe(true);

    const { totals, duplicates } = mergeBatches(folders, null);
    // Days 1 and 2 came twice; their sales and the refund of day 2 count once.
    expect(duplicates).toEqual({ sales: 12, refunds: 1 });
    expect({
      salesCount: totals.salesCount,
      salesTotal: totals.salesTotal,
      voids: totals.voids,
      refunds: totals.refunds,
      net: totals.net,
      roundingKept: totals.roundingKept,
    }).toEqual({
      salesCount: report.salesCount,
      salesTotal: report.salesTotal,
      voids: report.voids,
      refunds: report.refunds,
      net: report.net,
      roundingKept: report.roundingKept,
    });
    expect(totals.byMethod).toEqual([...report.byMethod].sort((a, b) => a.method.localeCompare(b.method)));
    expect(totals.byUnit.map((u) => [u.code, u.amount, u.pnbp, u.premi, u.capital])).toEqual(
      [...report.byProducer]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((u) => [u.code, u.amount, u.pnbp + 0, u.premi + 0, u.capital + 0]),
    );
    expect(
      new Map(
        totals.byProduct
          .filter((p) => p.qtyMilli !== 0 || p.amount !== 0)
          .map((p) => [p.sku, [p.qtyMilli, p.amount]]),
      ),
    ).toEqual(
      new Map(
        report.byProduct
          .filter((p) => p.qtyMilli !== 0 || p.amount !== 0)
          .map((p) => [p.sku, [p.qtyMilli, p.amount]]),
      ),
    );
    expect(totals.byDay.map((d) => [d.day, d.zNos[0], d.salesCount])).toEqual([
      ['2026-11-28', 1, 6],
      ['2026-11-29', 2, 6],
      ['2026-11-30', 3, 6],
    ]);
    expect(totals.byDevice).toMatchObject([
      { device: 'BTH1', batches: [1, 2, 3, 4], days: 3, net: report.net },
    ]);

    // The workbook opens on the units, their split and the total.
    const sheet = readXlsxRows(readFileSync(out));
    expect(sheet[0]?.cells).toEqual([
      'Kode unit',
      'Unit produksi',
      'Penjualan bersih',
      'PNBP',
      'Premi',
      'Modal kerja',
      'PNBP (%)',
      'Premi (%)',
      'Modal kerja (%)',
    ]);
    expect(sheet.at(-1)?.cells).toEqual(['', 'TOTAL BERSIH', String(report.net)]);
  });

  it('names a file whose bytes changed', () => {
    const folders = copies();
    const [first = ''] = folders;
    jsonlEdit(first, 'sales.jsonl', (docs) =>
      docs.map((d, i) => (i === 2 ? { ...d, total: d.total + 1000 } : d)),
    );
    expect(allProblems(folders)).toEqual([
      expect.stringMatching(
        /^sales\.jsonl: transaksi BTH1-20261128-0003: total tertulis \d+, tetapi dari rinciannya \d+$/,
      ),
      expect.stringMatching(
        /^sales\.jsonl: transaksi BTH1-20261128-0003: jumlah pembayaran tertulis \d+, tetapi dari rinciannya \d+$/,
      ),
      expect.stringMatching(
        /^sales\.jsonl: transaksi BTH1-20261128-0003: kembalian \d+ bukan uang diterima \d+ dikurangi total \d+$/,
      ),
      expect.stringMatching(
        /^berkas sales\.jsonl berubah: SHA-256 tidak cocok dengan manifest \(\d+ byte, manifest menyebut \d+ byte\)$/,
      ),
      expect.stringMatching(
        /^laporan Z 1 \(2026-11-28\): total penjualan \(salesTotal\): laporan Z Rp [\d.]+, dihitung dari berkas Rp [\d.]+$/,
      ),
      expect.stringMatching(/^laporan Z 1 \(2026-11-28\): total bersih \(net\)/),
      expect.stringMatching(
        /^total penjualan \(totals\.salesTotal\): manifest Rp [\d.]+, dihitung dari berkas Rp [\d.]+$/,
      ),
      expect.stringMatching(/^total bersih \(totals\.net\): manifest/),
      // The re-export carries the same sale unchanged: the two copies now differ.
      expect.stringMatching(
        /^transaksi BTH1-20261128-0003 \([0-9A-Z]{26}\) berbeda antara batch BTH1 #1 dan BTH1 #4$/,
      ),
    ]);
  });

  it('catches a changed amount even when the forger fixed the hashes: totals and the chain give it away', () => {
    const folders = copies();
    const [first = ''] = folders;
    let before = 0;
    jsonlEdit(first, 'sales.jsonl', (docs) =>
      docs.map((d, i) => {
        if (i !== 1) return d;
        before = d.lines[0]?.netTotal ?? 0;
        return { ...d, lines: d.lines.map((l, k) => (k === 0 ? { ...l, netTotal: l.netTotal - 5000 } : l)) };
      }),
    );
    rehash(first);
    const problems = allProblems(folders);
    expect(problems).toContain(
      `sales.jsonl: transaksi BTH1-20261128-0002: total tertulis ${batchSale(first, 1).total}, tetapi dari rinciannya ${batchSale(first, 1).total - 5000}`,
    );
    expect(problems.some((p) => p.startsWith('totals.byUnit['))).toBe(true);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^rantai putus: batch BTH1 #2 menyebut hash [0-9a-f]{12}… untuk batch #1, tetapi manifest #1 ber-SHA-256 [0-9a-f]{12}…/,
      ),
    );
    expect(before).toBeGreaterThan(5000);
  });

  it('catches a sale removed from sales.jsonl by its missing receipt number', () => {
    const folders = copies();
    const [first = ''] = folders;
    jsonlEdit(first, 'sales.jsonl', (docs) => docs.filter((_d, i) => i !== 3));
    rehash(first);
    const problems = allProblems(folders);
    expect(problems).toContain('struk BTH1-20261128-0004 tidak ada di sales.jsonl');
    expect(problems).toContain('jumlah transaksi (counts.sales): manifest 6, dihitung dari berkas 5');
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^laporan Z 1 \(2026-11-28\): jumlah transaksi \(salesCount\): laporan Z 6, dihitung dari berkas 5$/,
      ),
    );
  });

  it('catches a removed line of a sale', () => {
    const folders = copies();
    const [first = ''] = folders;
    jsonlEdit(first, 'sales.jsonl', (docs) =>
      docs.map((d, i) => (i === 2 ? { ...d, lines: d.lines.slice(0, -1) } : d)),
    );
    rehash(first);
    const problems = allProblems(folders);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^sales\.jsonl: transaksi BTH1-20261128-0003: subtotal tertulis \d+, tetapi dari rinciannya \d+$/,
      ),
    );
    expect(problems).toContain('jumlah baris (counts.lines): manifest 12, dihitung dari berkas 11');
  });

  it('catches a missing batch in the sequence, and the day it carried', () => {
    const [one = '', , three = '', four = ''] = copies();
    // The re-export (#4) still carries day 2, so only the number is missing there.
    expect(allProblems([one, three, four])).toEqual([
      'batch BTH1 #2 tidak ada (urutan lompat dari #1 ke #3)',
    ]);
    expect(allProblems([one, three])).toEqual([
      'batch BTH1 #2 tidak ada (urutan lompat dari #1 ke #3)',
      'laporan Z BTH1 nomor 2 tidak ada di batch mana pun (antara hari 2026-11-28 dan 2026-11-30): ada hari tutup yang belum dikirim',
    ]);
  });

  it('catches a batch given twice and two different batches with one number', () => {
    const folders = copies();
    const [one = ''] = folders;
    const twin = join(work, 'salinan', batches[0]?.name ?? '');
    cpSync(one, twin, { recursive: true });
    expect(allProblems([...folders, twin])).toEqual([`batch BTH1 #1 diberikan dua kali: ${one} dan ${twin}`]);
  });

  it('catches a broken chain when a manifest is changed and its own checksum fixed', async () => {
    const folders = copies();
    const [one = ''] = folders;
    rehash(one, (m) => {
      m.generator = 'Karya POS (diubah)';
    });
    const problems = allProblems(folders);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^rantai putus: batch BTH1 #2 menyebut hash/);
    const result = await cli(['batch', 'verify', ...folders]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Hasil: 4 batch, 1 masalah: TIDAK SAH.');
    // And merging refuses, writing nothing.
    const out = join(work, 'gabungan.xlsx');
    const merge = await cli(['batch', 'merge', ...folders, '--out', out]);
    expect(merge.code).toBe(1);
    expect(merge.out).toContain('Penggabungan dibatalkan');
    expect(existsSync(out)).toBe(false);
  });

  it('catches a checksum file that does not match its manifest, and an unfinished export', () => {
    const folders = copies();
    const [one = ''] = folders;
    const path = join(one, 'manifest.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"generator": "Karya POS"', '"generator": "Karya POS "'),
    );
    expect(allProblems([one])[0]).toMatch(
      /^manifest\.json berubah: SHA-256-nya [0-9a-f]{64}, manifest\.sha256 menyebut [0-9a-f]{64}$/,
    );
    const partial = join(work, '.01KAAAAAAAAAAAAAAAAAAAAAAA.partial');
    mkdirSync(partial);
    expect(allProblems([partial])).toEqual([
      'folder ini adalah ekspor yang belum selesai (.partial): jangan dipakai; ekspor lagi dari perangkat',
    ]);
  });

  it('answers usage errors with exit code 2', async () => {
    expect((await cli(['batch'])).code).toBe(2);
    expect((await cli(['batch', 'verify'])).code).toBe(2);
    expect((await cli(['batch', 'merge', 'x'])).code).toBe(2);
    expect((await cli(['batch', 'merge', 'x', '--out', 'y.csv'])).code).toBe(2);
  });
});

function batchSale(folder: string, index: number): SaleDoc {
  const line = readFileSync(join(folder, 'sales.jsonl'), 'utf8').split('\n')[index] ?? '';
  return JSON.parse(line) as SaleDoc;
}
