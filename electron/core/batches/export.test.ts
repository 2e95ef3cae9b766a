// Exporting closed days as a batch folder, on real SQLite and real files: what the folder holds,
// that its totals are the device's own report for those days, numbering and chaining, re-exports,
// refusals that write nothing, leftovers of interrupted exports, and byte-identical output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/batch/canonicalJson';
import {
  BATCH_FILES,
  BATCH_FORMAT_VERSION,
  listedFilesOf,
  manifestSchema,
  refundDocSchema,
  saleDocSchema,
  shiftDocSchema,
  zReportDocSchema,
} from '../../../shared/batch/format';
import type { DayReport } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { sellAndCloseDays } from '../../../tests/support/closedDays';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { readXlsxRows } from '../../../tests/support/xlsxRows';
import { EXPORT_FULL_MESSAGE } from './exportBatch';

const tempDir = tempDirPerTest();
const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) spawnSync('umount', ['-l', dir]);
});

/** A small tmpfs at `dir` (a USB stick that fills up); false where mounting is not allowed. */
function mountTinyStick(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status !== 0) return false;
  mounts.push(dir);
  return true;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
const zero = (n: number) => n + 0; // -0 and 0 are the same rupiah

/** The report's figures that a batch carries, keyed for comparison. */
function reportFigures(report: DayReport) {
  return {
    salesCount: report.salesCount,
    gross: report.gross,
    discounts: report.discounts,
    ppnAdded: report.ppnAdded,
    rounding: report.rounding,
    salesTotal: report.salesTotal,
    voids: report.voids,
    refunds: report.refunds,
    net: report.net,
    tax: report.tax,
    roundingKept: report.roundingKept,
    byMethod: Object.fromEntries(report.byMethod.map((m) => [m.method, m])),
    byUnit: Object.fromEntries(
      report.byProducer.map((u) => [
        u.code,
        { amount: u.amount, pnbp: zero(u.pnbp), premi: zero(u.premi), capital: zero(u.capital) },
      ]),
    ),
  };
}

async function closedEngine(days = 3, salesPerDay = 6, taxAndRounding = true) {
  const dir = tempDir();
  const t = engineIn(dir);
  const data = await sellAndCloseDays(t, { days, salesPerDay, taxAndRounding });
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const out = join(dir, 'usb');
  mkdirSync(out);
  return { dir, t, manager, out, ...data };
}

describe('batches.export', () => {
  it('writes a folder whose manifest, files and totals are the days as the device reported them', async () => {
    const { t, manager, out, days, sales } = await closedEngine();
    const preview = await manager.ok('batches.preview', {});
    expect(preview.batch?.days).toEqual(days);
    expect(preview.closedDays.map((d) => d.batches)).toEqual([[], [], []]);

    const { batch, removed } = await manager.ok('batches.export', { dir: out });
    expect(removed).toEqual([]);
    expect(batch).toMatchObject({ seq: 1, device: 'BTH1', reexport: false, days, prevHash: null });
    expect(batch.name).toBe('BTH1-batch-000001-20261128-20261130');
    expect(readdirSync(out)).toEqual([batch.name]); // no temp folder left
    const folder = join(out, batch.name);
    expect(readdirSync(folder).sort()).toEqual(
      [...listedFilesOf(BATCH_FORMAT_VERSION), BATCH_FILES.manifest, BATCH_FILES.manifestSum].sort(),
    );

    const manifestBytes = readFileSync(join(folder, BATCH_FILES.manifest));
    const manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')));
    expect(batch.manifestSha256).toBe(sha256(manifestBytes));
    expect(readFileSync(join(folder, BATCH_FILES.manifestSum), 'utf8')).toBe(
      `${batch.manifestSha256}  manifest.json\n`,
    );
    for (const file of manifest.files) {
      const bytes = readFileSync(join(folder, file.name));
      expect({ name: file.name, bytes: bytes.length, sha256: sha256(bytes) }).toEqual(file);
    }
    // The preview showed what went out.
    expect(preview.batch?.totals).toEqual(manifest.totals);
    expect(preview.batch?.counts).toEqual(manifest.counts);

    // Every sale of those days, once, whole and in receipt order; refunds and shifts of those days.
    const saleDocs = jsonl(join(folder, BATCH_FILES.sales)).map((d) => saleDocSchema.parse(d));
    // Every JSON line is canonical: sorted keys at every level, nothing else.
    for (const file of [BATCH_FILES.sales, BATCH_FILES.refunds, BATCH_FILES.cash, BATCH_FILES.zReports]) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean)) {
        expect(line).toBe(canonicalJson(JSON.parse(line)));
      }
    }
    expect(saleDocs.map((s) => s.id)).toEqual(sales.map((s) => s.id));
    expect(saleDocs.filter((s) => s.void).length).toBe(days.length);
    expect(saleDocs[0]?.lines.length).toBe(sales[0]?.lines.length);
    const refunds = jsonl(join(folder, BATCH_FILES.refunds)).map((d) => refundDocSchema.parse(d));
    expect(refunds.map((r) => r.businessDay)).toEqual(days.slice(1));
    expect(refunds[0]?.saleBusinessDay).toBe(days[0]);
    const shifts = jsonl(join(folder, BATCH_FILES.cash)).map((d) => shiftDocSchema.parse(d));
    expect(shifts.map((s) => s.movements.length)).toEqual([1, 1, 1]);
    const zs = jsonl(join(folder, BATCH_FILES.zReports)).map((d) => zReportDocSchema.parse(d));
    expect(zs.map((z) => z.zNo)).toEqual([1, 2, 3]);
    expect(manifest.days.map((d) => [d.day, d.zNo, d.sales])).toEqual(days.map((d, i) => [d, i + 1, 6]));
    expect(manifest.receipts).toEqual({ first: 'BTH1-20261128-0001', last: 'BTH1-20261130-0006' });
    expect(manifest.counts).toMatchObject({
      sales: 18,
      voids: 3,
      refunds: 2,
      shifts: 3,
      cashMovements: 3,
      zReports: 3,
    });

    // The totals are the device's own report over the same days.
    const x = await manager.ok('reports.x', { from: days[0], to: days.at(-1) });
    const { byMethod, byUnit, cash: _cash, ...flat } = manifest.totals;
    expect({
      ...flat,
      byMethod: Object.fromEntries(byMethod.map((m) => [m.method, m])),
      byUnit: Object.fromEntries(
        byUnit.map((u) => [u.code, { amount: u.amount, pnbp: u.pnbp, premi: u.premi, capital: u.capital }]),
      ),
    }).toEqual(reportFigures(x));
    expect(manifest.totals.cash).toMatchObject({
      openingFloat: 300_000,
      cashOut: 30_000,
      counted: x.cash.counted,
    });
    expect(manifest.totals.net).not.toBe(manifest.totals.salesTotal);

    // A person can open the CSV and the workbook.
    const salesCsv = readFileSync(join(folder, BATCH_FILES.salesCsv), 'utf8');
    expect(salesCsv.startsWith('\ufeffNo struk,Hari usaha,Waktu')).toBe(true);
    expect(salesCsv.trimEnd().split('\r\n')).toHaveLength(19);
    expect(salesCsv).toContain('BTH1-20261128-0001,2026-11-28,2026-11-28 09:01:00,Sri');
    const unitSheet = readXlsxRows(readFileSync(join(folder, BATCH_FILES.xlsx)));
    expect(unitSheet[0]?.cells.slice(0, 3)).toEqual(['Kode unit', 'Unit produksi', 'Penjualan bersih']);
    expect(unitSheet.at(-1)?.cells).toEqual(['', 'TOTAL BERSIH', String(manifest.totals.net)]);

    // Marked exported: nothing waits any more, and the list shows it.
    const after = await manager.ok('batches.preview', {});
    expect(after.batch).toBeNull();
    expect(formatMessage('id', after.reason?.key ?? '', after.reason?.params)).toMatch(/Tidak ada hari/);
    expect(formatMessage('en', after.reason?.key ?? '', after.reason?.params)).toBe(
      'There is no closed day that has not been exported.',
    );
    expect(after.closedDays.map((d) => d.batches)).toEqual([
      [{ seq: 1, reexport: false }],
      [{ seq: 1, reexport: false }],
      [{ seq: 1, reexport: false }],
    ]);
    expect(await manager.ok('batches.list', {})).toEqual([batch]);
    t.engine.close();
  });

  it('numbers batches without gaps and chains each to the manifest before it', async () => {
    const { t, manager, out, days } = await closedEngine(3, 3, false);
    const first = (await manager.ok('batches.export', { dir: out, days: [days[0] ?? ''] })).batch;
    const second = (await manager.ok('batches.export', { dir: out })).batch;
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(second.days).toEqual(days.slice(1));
    expect(second.prevHash).toBe(first.manifestSha256);
    const manifest = JSON.parse(readFileSync(join(out, second.name, BATCH_FILES.manifest), 'utf8'));
    expect(manifest.prevHash).toBe(sha256(readFileSync(join(out, first.name, BATCH_FILES.manifest))));
    t.engine.close();
  });

  it('re-exports days as a new batch whose data files are byte-identical to the first', async () => {
    const { t, manager, out, days } = await closedEngine(2, 4);
    const original = (await manager.ok('batches.export', { dir: out })).batch;
    const again = (await manager.ok('batches.export', { dir: out, days, reexport: true })).batch;
    expect(again).toMatchObject({ seq: 2, reexport: true, days, prevHash: original.manifestSha256 });
    expect(again.name).toBe('BTH1-batch-000002-20261128-20261129-ulang');
    expect(again.files).toEqual(original.files);
    for (const file of listedFilesOf(BATCH_FORMAT_VERSION)) {
      expect(
        readFileSync(join(out, again.name, file)).equals(readFileSync(join(out, original.name, file))),
        file,
      ).toBe(true);
    }
    const a = JSON.parse(readFileSync(join(out, original.name, BATCH_FILES.manifest), 'utf8'));
    const b = JSON.parse(readFileSync(join(out, again.name, BATCH_FILES.manifest), 'utf8'));
    expect({ ...b, batchId: '', seq: 0, reexport: false, prevHash: null }).toEqual({
      ...a,
      batchId: '',
      seq: 0,
      prevHash: null,
    });
    expect(b.batchId).not.toBe(a.batchId);
    const preview = await manager.ok('batches.preview', {});
    expect(preview.closedDays[0]?.batches).toEqual([
      { seq: 1, reexport: false },
      { seq: 2, reexport: true },
    ]);
    t.engine.close();
  });

  it('gives byte-identical folders from two engines holding the same data', async () => {
    const { dir, t, out } = await closedEngine(2, 5);
    t.engine.close();
    const twinDir = tempDir();
    copyFileSync(join(dir, 'karya.db'), join(twinDir, 'karya.db'));
    const outputs: string[] = [];
    for (const base of [dir, twinDir]) {
      const engine = engineIn(base);
      const manager = await engine.as('manager', 'Pak Andi', { shift: false });
      const target = join(base, 'export');
      mkdirSync(target);
      engine.setNow('2027-01-05T10:00:00Z'); // a different moment: no export time goes into the files
      outputs.push(join(target, (await manager.ok('batches.export', { dir: target })).batch.name));
      engine.engine.close();
    }
    const [a = '', b = ''] = outputs;
    expect(readdirSync(a).sort()).toEqual(readdirSync(b).sort());
    for (const file of readdirSync(a)) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    }
    expect(out).toBeTruthy();
  });

  it('refuses what it cannot do and writes nothing', async () => {
    const { t, manager, out, days } = await closedEngine(3, 2, false);
    const refused = async (input: unknown) => {
      const result = await manager.call('batches.export', input);
      if (result.ok) throw new Error('exported');
      return result.error;
    };
    expect(await refused({ dir: out, days: [days[1]] })).toEqual(
      expect.objectContaining({
        code: 'CONFLICT',
        message: `Ekspor hari yang lebih lama dulu: hari ${days[0]} belum diekspor.`,
      }),
    );
    expect((await refused({ dir: out, days: ['2026-12-24'] })).message).toMatch(/belum ditutup/);
    expect((await refused({ dir: out, days, reexport: true })).message).toMatch(/belum pernah diekspor/);
    expect((await refused({ dir: join(out, 'tidak-ada') })).code).toBe('IO_ERROR');
    expect((await refused({ dir: 'usb' })).code).toBe('INVALID_INPUT');
    expect((await refused({ dir: out, extra: 1 })).code).toBe('INVALID_INPUT');
    const cashier = await t.as('cashier', 'Sri', { shift: false });
    expect((await cashier.call('batches.export', { dir: out })).ok).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    expect(await manager.ok('batches.list', {})).toEqual([]);

    await manager.ok('batches.export', { dir: out });
    expect((await refused({ dir: out, days: [days[0]] })).message).toMatch(/sudah diekspor di batch #1/);
    expect((await refused({ dir: out })).message).toBe(
      'Tidak ada hari yang sudah ditutup dan belum diekspor.',
    );
    t.engine.close();
  });

  it('replaces a whole folder left unrecorded (a kill between rename and commit) with the same batch', async () => {
    const { dir, t, out } = await closedEngine(2, 3);
    t.engine.close();
    // The twin records the batch; the original never heard of it: as if killed before its commit.
    const twinDir = tempDir();
    copyFileSync(join(dir, 'karya.db'), join(twinDir, 'karya.db'));
    const twin = engineIn(twinDir);
    const left = (
      await (await twin.as('manager', 'Pak Andi', { shift: false })).ok('batches.export', { dir: out })
    ).batch;
    twin.engine.close();
    const before = readFileSync(join(out, left.name, BATCH_FILES.manifest));

    const again = engineIn(dir);
    const manager = await again.as('manager', 'Pak Andi', { shift: false });
    const { batch, removed } = await manager.ok('batches.export', { dir: out });
    expect(removed).toEqual([left.name]);
    expect(batch.name).toBe(left.name);
    expect(readdirSync(out)).toEqual([left.name]);
    expect(readFileSync(join(out, batch.name, BATCH_FILES.manifest)).equals(before)).toBe(true);
    again.engine.close();
  });

  it('a stick that fills up mid-export: DISK_FULL, nothing recorded, no folder left; fine once there is room', async (ctx) => {
    const { t, manager, out: _out, dir } = await closedEngine(3, 6);
    const stick = join(dir, 'stick');
    // Room for the first files, not for all of them (the batch is about 90 KB).
    if (!mountTinyStick(stick, '48k')) {
      ctx.skip();
      return;
    }
    const result = await manager.call('batches.export', { dir: stick });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'DISK_FULL', message: EXPORT_FULL_MESSAGE }),
    });
    expect(readdirSync(stick)).toEqual([]);
    expect(await manager.ok('batches.list', {})).toEqual([]);
    expect((await manager.ok('batches.preview', {})).batch?.days).toHaveLength(3);
    expect(spawnSync('mount', ['-o', 'remount,size=4m', stick]).status).toBe(0);
    const { batch } = await manager.ok('batches.export', { dir: stick });
    expect(readdirSync(stick)).toEqual([batch.name]);
    t.engine.close();
  });

  it('clears leftovers of an interrupted export: a temp folder and an unrecorded batch of this device', async () => {
    const { t, manager, out, days } = await closedEngine(2, 2, false);
    const partial = join(out, '.01KAAAAAAAAAAAAAAAAAAAAAAA.partial');
    mkdirSync(partial);
    writeFileSync(join(partial, 'sales.jsonl'), '{"half":');
    const stray = join(out, 'BTH1-batch-000001-20261128-20261128');
    mkdirSync(stray);
    writeFileSync(join(stray, 'manifest.json'), JSON.stringify({ device: 'BTH1', seq: 1 }));
    const foreign = join(out, 'BTH2-batch-000001-20261128-20261128');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'manifest.json'), JSON.stringify({ device: 'BTH2', seq: 1 }));
    const { batch, removed } = await manager.ok('batches.export', { dir: out });
    expect(removed.sort()).toEqual([
      '.01KAAAAAAAAAAAAAAAAAAAAAAA.partial',
      'BTH1-batch-000001-20261128-20261128',
    ]);
    expect(readdirSync(out).sort()).toEqual([foreign.split('/').at(-1), batch.name].sort());
    expect(existsSync(stray)).toBe(false);
    expect(batch.days).toEqual(days);
    t.engine.close();
  });
});
