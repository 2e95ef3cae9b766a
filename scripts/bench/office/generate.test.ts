// The bench's batch generator, small: 3 tills x 4 days, one batch a day. What it writes must pass
// the office's own check (`karya batch verify`) except for what it planted, which must be found
// exactly; the merge must give the per-unit totals it says it wrote; and one seed, one set of bytes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeBatches } from '../../../electron/office/mergeBatches';
import { verifyBatches } from '../../../electron/office/verifyBatches';
import { canonicalJson } from '../../../shared/batch/canonicalJson';
import type { BatchManifest, RefundDoc, SaleDoc } from '../../../shared/batch/format';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { type GeneratedSummary, generateBatches } from './generate';

const SMALL = { seed: 7, devices: 3, days: 4, salesPerDay: 40, batchDays: 1, firstDay: '2026-03-01' };

const folders = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));

/** Every file under `dir` with the SHA-256 of its bytes, by relative path. */
function tree(dir: string, at = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, at), { withFileTypes: true })) {
    const rel = join(at, entry.name);
    if (entry.isDirectory()) Object.assign(out, tree(dir, rel));
    else
      out[rel] = createHash('sha256')
        .update(readFileSync(join(dir, rel)))
        .digest('hex');
  }
  return out;
}

const jsonLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);

describe('office bench generator', () => {
  const temp = tempDirPerTest();
  let out = '';
  let summary: GeneratedSummary;
  let delivered: string[] = [];

  // One generation for the read-only checks, kept for the whole file.
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'karya-office-gen-'));
    summary = await generateBatches({ out, ...SMALL });
    delivered = folders(join(out, 'batches'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('plants one gap and two re-exports and says where', () => {
    const { gap, differingReexport, identicalReexport } = summary.planted;
    expect(gap).toMatchObject({ device: 'DGL1', seq: 2, zNos: [2, 2] });
    expect(differingReexport).toMatchObject({ device: 'POSO1', seq: 3, ofSeq: 2 });
    expect(identicalReexport).toMatchObject({ device: 'PALU1', seq: 3, ofSeq: 2 });
    expect(readdirSync(join(out, 'withheld'))).toEqual([gap?.folder.replace('withheld/', '')]);
    // 3 tills x 4 days, less the one held back, plus the two re-exports.
    expect(delivered).toHaveLength(3 * 4 - 1 + 2);
    expect(summary.withheld.batches).toBe(1);
  });

  it('passes karya batch verify except for exactly what was planted', () => {
    const report = verifyBatches(delivered);
    for (const batch of report.batches) expect(batch.problems, batch.label).toEqual([]);
    const { gap, differingReexport } = summary.planted;
    expect(report.problems).toEqual([
      `transaksi ${differingReexport?.receiptNo} (${differingReexport?.saleId}) berbeda antara batch POSO1 #2 dan POSO1 #3`,
      'batch DGL1 #2 tidak ada (urutan lompat dari #1 ke #3)',
      `laporan Z DGL1 nomor 2 tidak ada di batch mana pun (antara hari 2026-03-01 dan 2026-03-03): ada hari tutup yang belum dikirim`,
    ]);
    expect(report.notes).toEqual([]);
    expect(gap?.from).toBe('2026-03-02');

    // The held-back batch delivered late closes the gap and its chain; only the changed sale is left.
    const late = verifyBatches([...delivered, ...folders(join(out, 'withheld'))]);
    expect(late.problemCount).toBe(1);
    expect(late.problems[0]).toContain('berbeda antara batch POSO1 #2 dan POSO1 #3');
  });

  it('writes format 3 manifests with install ids, the units’ splits and a chain of hashes', () => {
    const manifests = delivered.map(
      (folder) => JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as BatchManifest,
    );
    for (const m of manifests) {
      expect(m.formatVersion).toBe(3);
      expect(m.installId).toMatch(/^[0-9a-f]{32}$/);
      expect(m.units.map((u) => u.pnbpBp + u.premiBp + u.capitalBp)).toEqual(m.units.map(() => 10_000));
    }
    expect(manifests.find((m) => m.units.some((u) => u.code === 'LPS-PALU'))).toBeDefined();
    expect(new Set(manifests.map((m) => `${m.device}:${m.installId}`)).size).toBe(3);
    const lpka = manifests.flatMap((m) => m.units).find((u) => u.code === 'LPKA-PALU');
    expect(lpka).toMatchObject({ pnbpBp: 1000, premiBp: 6000, capitalBp: 3000 });
  });

  it('holds voids, split payments and refunds in a later batch than their sale', () => {
    const sales = delivered.flatMap((f) => jsonLines<SaleDoc>(join(f, 'sales.jsonl')));
    expect(sales.filter((s) => s.void !== null).length).toBeGreaterThanOrEqual(3);
    expect(summary.delivered.voids).toBeGreaterThanOrEqual(3);
    const late = delivered.flatMap((folder) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as BatchManifest;
      return jsonLines<RefundDoc>(join(folder, 'refunds.jsonl')).filter(
        (r) => r.saleBusinessDay < manifest.period.from,
      );
    });
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sales.flatMap((s) => s.payments.map((p) => p.method)))).toEqual(
      new Set(['cash', 'qris', 'transfer', 'card']),
    );
    expect(new Set(sales.map((s) => s.taxMode))).toEqual(new Set(['off', 'inclusive']));
    expect(new Set(sales.map((s) => s.roundingUnit))).toEqual(new Set([0, 100, 500]));
  });

  it('writes sales.jsonl canonically, as the till does', () => {
    for (const folder of delivered.slice(0, 3)) {
      for (const line of readFileSync(join(folder, 'sales.jsonl'), 'utf8').split('\n').filter(Boolean)) {
        expect(canonicalJson(JSON.parse(line))).toBe(line);
      }
    }
  });

  it('says per unit what karya batch merge adds up', () => {
    const merged = mergeBatches(delivered, null);
    expect(merged.written).toBe(false); // The planted problems stop the workbook.
    expect(merged.totals.byUnit).toEqual(
      summary.delivered.byUnit.map(
        ({ code, name, pnbpBp, premiBp, capitalBp, amount, pnbp, premi, capital }) => ({
          code,
          name,
          pnbpBp,
          premiBp,
          capitalBp,
          amount,
          pnbp,
          premi,
          capital,
        }),
      ),
    );
    expect(merged.totals.net).toBe(summary.delivered.net);
    expect(merged.totals.salesCount).toBe(summary.delivered.sales);
    expect(merged.totals.refunds.count).toBe(summary.delivered.refunds);
    expect(merged.duplicates.sales).toBe(summary.reexportedSales);
    const units = summary.delivered.byUnit.reduce((sum, u) => sum + u.amount, 0);
    expect(units + summary.delivered.roundingKept).toBe(summary.delivered.net);
  });

  it('gives the same bytes for the same seed, and others for another', async () => {
    const again = temp();
    await generateBatches({ out: again, ...SMALL });
    expect(tree(again)).toEqual(tree(out));
    const other = temp();
    await generateBatches({ out: other, ...SMALL, seed: 8 });
    const first = 'batches/PALU1-batch-000001-20260301-20260301/manifest.json';
    expect(tree(other)[first]).toBeDefined();
    expect(tree(other)[first]).not.toBe(tree(out)[first]);
  });

  it('refuses a folder that already holds something, and writes nothing there', async () => {
    const dir = temp();
    await generateBatches({ out: dir, ...SMALL, devices: 1, days: 1, plant: false });
    const before = tree(dir);
    await expect(generateBatches({ out: dir, ...SMALL })).rejects.toThrow(/sudah berisi/);
    expect(tree(dir)).toEqual(before);
  });
});
