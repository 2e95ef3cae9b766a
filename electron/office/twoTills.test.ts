// Tills kept apart at the office, with batches exported by real engines: PLU1 and PLU2 are merged
// side by side (each its own figures, equal to its own report), while two different tills that both
// call themselves PLU1 (two install ids) are refused by verify, merge and the receiver, naming PLU1.
// A till that took over PLU1 from its backup is PLU1 (same install id) and goes on with its chain.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalPrettyJson } from '../../shared/batch/canonicalJson';
import { BATCH_FILES, type BatchManifest } from '../../shared/batch/format';
import type { BatchRecord, DayReport } from '../../shared/contract';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { runCli } from '../cli/karya';
import { mergeBatches } from './mergeBatches';
import { startReceiver } from './receiver';
import { verifyBatches } from './verifyBatches';

const tempDir = tempDirPerTest();
const TOKEN = 'kantor-palu-2026';
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A real till with its own database: sells and closes `days` days, exports them in one batch. */
async function tillWithBatch(device: string, days: number, salesPerDay: number, firstDay = '2026-11-28') {
  const dir = tempDir();
  const t = engineIn(dir, { deviceCode: device });
  closers.push(() => t.engine.close());
  const closed = await sellAndCloseDays(t, { days, salesPerDay, firstDay, taxAndRounding: true });
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  const { batch } = await manager.ok('batches.export', { dir: usb });
  const report: DayReport = await manager.ok('reports.x', { from: closed.days[0], to: closed.days.at(-1) });
  return { dir, t, manager, usb, batch, report };
}

const manifestOf = (batch: BatchRecord) =>
  JSON.parse(readFileSync(join(batch.folder, BATCH_FILES.manifest), 'utf8')) as BatchManifest;

function entriesOf(batch: BatchRecord) {
  return Object.fromEntries(
    [BATCH_FILES.manifest, BATCH_FILES.manifestSum, ...batch.files.map((f) => f.name)].map((name) => [
      `${batch.name}/${name}`,
      new Uint8Array(readFileSync(join(batch.folder, name))),
    ]),
  );
}

describe('two tills at the office', () => {
  it('PLU1 and PLU2 are merged side by side: both appear, each with its own figures', async () => {
    const plu1 = await tillWithBatch('PLU1', 2, 4);
    const plu2 = await tillWithBatch('PLU2', 2, 3);
    const m1 = manifestOf(plu1.batch);
    const m2 = manifestOf(plu2.batch);
    expect(m1).toMatchObject({ formatVersion: 4, device: 'PLU1', seq: 1 });
    expect(m1.installId).toMatch(/^[0-9a-f]{32}$/);
    expect(m2.installId).toMatch(/^[0-9a-f]{32}$/);
    expect(m2.installId).not.toBe(m1.installId);

    expect(verifyBatches([plu1.batch.folder, plu2.batch.folder]).ok).toBe(true);
    const out = join(plu1.dir, 'rekap.xlsx');
    const merged = mergeBatches([plu1.batch.folder, plu2.batch.folder], out);
    expect(merged.written).toBe(true);
    expect(existsSync(out)).toBe(true);
    const byDevice = Object.fromEntries(merged.totals.byDevice.map((d) => [d.device, d]));
    expect(Object.keys(byDevice).sort()).toEqual(['PLU1', 'PLU2']);
    for (const [device, till] of [
      ['PLU1', plu1],
      ['PLU2', plu2],
    ] as const) {
      expect(byDevice[device], device).toMatchObject({
        salesCount: till.report.salesCount,
        salesTotal: till.report.salesTotal,
        net: till.report.net,
        batches: [1],
      });
    }
    // Both tills closed the same days: one row per till and day, never one row for both.
    expect(merged.totals.byDay.map((d) => `${d.device} ${d.day}`)).toEqual([
      'PLU1 2026-11-28',
      'PLU1 2026-11-29',
      'PLU2 2026-11-28',
      'PLU2 2026-11-29',
    ]);
    expect(merged.totals.net).toBe(plu1.report.net + plu2.report.net);
    expect(merged.totals.salesCount).toBe(plu1.report.salesCount + plu2.report.salesCount);
  });

  it('two different tills both called PLU1 are refused by verify, merge and the command line, naming PLU1', async () => {
    const first = await tillWithBatch('PLU1', 2, 3);
    // Another laptop, set up on its own, also as PLU1; it sold on other days.
    const second = await tillWithBatch('PLU1', 1, 2, '2026-12-01');
    const a = manifestOf(first.batch);
    const b = manifestOf(second.batch);
    expect(a.device).toBe(b.device);
    expect(a.installId).not.toBe(b.installId);

    const report = verifyBatches([first.batch.folder, second.batch.folder]);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain('kode perangkat PLU1 dipakai oleh 2 kasir berbeda');
    expect(report.problems[0]).toContain(
      `pemasangan ${a.installId?.slice(0, 8)}…: batch #1 (${first.batch.folder})`,
    );
    expect(report.problems[0]).toContain(
      `pemasangan ${b.installId?.slice(0, 8)}…: batch #1 (${second.batch.folder})`,
    );
    // Each on its own is a good batch: the refusal is about the two together.
    expect(verifyBatches([first.batch.folder]).ok).toBe(true);
    expect(verifyBatches([second.batch.folder]).ok).toBe(true);

    const out = join(first.dir, 'rekap.xlsx');
    const merged = mergeBatches([first.batch.folder, second.batch.folder], out);
    expect(merged.written).toBe(false);
    expect(existsSync(out)).toBe(false);

    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    expect(await runCli(['batch', 'merge', first.batch.folder, second.batch.folder, '--out', out], io)).toBe(
      1,
    );
    expect(lines.join('\n')).toContain('kode perangkat PLU1 dipakai oleh 2 kasir berbeda');
    expect(existsSync(out)).toBe(false);
  });

  it('the receiver refuses a second till under a device code it already has, naming the code', async () => {
    const first = await tillWithBatch('PLU1', 2, 3);
    const second = await tillWithBatch('PLU1', 1, 2, '2026-12-01');
    const office = join(first.dir, 'office');
    const receiver = await startReceiver({ dir: office, tokens: [TOKEN], log: () => undefined });
    closers.push(() => receiver.close());
    const post = (batch: BatchRecord) =>
      fetch(receiver.url, {
        method: 'POST',
        body: zipSync(entriesOf(batch)),
        headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': batch.id },
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

    expect(await post(first.batch)).toMatchObject({
      status: 201,
      body: { status: 'acknowledged', device: 'PLU1' },
    });
    const refused = await post(second.batch);
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toContain('kode perangkat PLU1 sudah dipakai kasir lain');
    expect(receiver.received()).toHaveLength(1);
    expect(receiver.received()[0]?.installId).toBe(manifestOf(first.batch).installId);
  });

  it('a laptop that took PLU1 over from its backup is PLU1: same install id, its next batch accepted', async () => {
    const plu1 = await tillWithBatch('PLU1', 1, 3);
    const admin = await plu1.t.as('admin', 'Bu Admin', { shift: false });
    const backup = await admin.ok('backup.run', {});
    plu1.t.engine.close();

    // The new laptop (PLU2 until now) takes PLU1 over, sells a day, closes and exports it.
    const dir = tempDir();
    const fresh = engineIn(dir, { deviceCode: 'PLU2', backupCheckMs: 0 });
    closers.push(() => fresh.engine.close());
    const freshAdmin = await fresh.as('admin', 'Bu Admin', { shift: false });
    mkdirSync(join(dir, 'backups', 'PLU1'), { recursive: true });
    copyFileSync(join(plu1.dir, 'backups', 'PLU1', backup.file), join(dir, 'backups', 'PLU1', backup.file));
    await freshAdmin.ok('backup.restore', { file: backup.file, takeover: { fromDevice: 'PLU1' } });
    await sellAndCloseDays(fresh, { days: 1, salesPerDay: 2, firstDay: '2026-11-29' });
    const manager = await fresh.as('manager', 'Pak Andi', { shift: false });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const { batch } = await manager.ok('batches.export', { dir: usb });
    expect(batch.name).toMatch(/^PLU1-batch-000002-/);
    expect(manifestOf(batch).installId).toBe(manifestOf(plu1.batch).installId);

    expect(verifyBatches([plu1.batch.folder, batch.folder]).ok).toBe(true);
    const office = join(dir, 'office');
    const receiver = await startReceiver({ dir: office, tokens: [TOKEN], log: () => undefined });
    closers.push(() => receiver.close());
    for (const b of [plu1.batch, batch]) {
      const answer = await fetch(receiver.url, {
        method: 'POST',
        body: zipSync(entriesOf(b)),
        headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': b.id },
      });
      expect(answer.status, b.name).toBe(201);
    }
  });
});

describe('batches exported before format versions 3 and 4', () => {
  it('are still read, and an install id in a version 2 manifest is refused', async () => {
    const till = await tillWithBatch('PLU1', 1, 2);
    // What this till exported before version 4: no stock file, counts or ranges.
    const v4 = manifestOf(till.batch);
    const { stockMoves: _moves, ...counts } = v4.counts;
    const manifest = {
      ...v4,
      counts,
      days: v4.days.map(({ stockAfter: _a, stockUpto: _u, ...day }) => day),
      files: v4.files.filter((f) => f.name !== BATCH_FILES.stock),
    };
    rmSync(join(till.batch.folder, BATCH_FILES.stock));
    // And before version 3: no install id.
    const { installId: _, ...v2 } = manifest;
    const write = (m: unknown) => {
      const text = canonicalPrettyJson(m);
      writeFileSync(join(till.batch.folder, BATCH_FILES.manifest), text);
      writeFileSync(
        join(till.batch.folder, BATCH_FILES.manifestSum),
        `${createHash('sha256').update(text).digest('hex')}  manifest.json\n`,
      );
    };
    write({ ...v2, formatVersion: 2 });
    expect(verifyBatches([till.batch.folder]).ok).toBe(true);
    write({ ...manifest, formatVersion: 2 });
    expect(verifyBatches([till.batch.folder]).batches[0]?.problems).toEqual([
      'manifest.json: installId baru ada sejak versi 3, manifest ini versi 2',
    ]);
    write({ ...v2, formatVersion: 3 });
    expect(verifyBatches([till.batch.folder]).batches[0]?.problems).toEqual([
      'manifest.json: versi 3 wajib menyebut installId (identitas pemasangan kasir)',
    ]);
    write({ ...manifest, formatVersion: 3 });
    expect(verifyBatches([till.batch.folder]).ok).toBe(true);
    // A version 3 manifest with the stock fields of version 4 is refused.
    write({ ...v4, formatVersion: 3 });
    expect(verifyBatches([till.batch.folder]).batches[0]?.problems).toContain(
      'manifest.json: data stok baru ada sejak versi 4, manifest ini versi 3',
    );
  });
});
