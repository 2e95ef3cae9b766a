// A day sold on after its Z has two Zs. Batches carry Zs: the two may go out in one batch or the
// first the evening it was made and the second later; either way every sale goes out once, the
// office's verify accepts it, and its merge counts the day once with both Z numbers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_FILES, manifestSchema } from '../../../shared/batch/format';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { mergeBatches } from '../../office/mergeBatches';
import { verifyBatches } from '../../office/verifyBatches';

const tempDir = tempDirPerTest();

/** Saturday: a sale, Z 1 at 11.25, two more sales and a refund of the first, Z 2 at 21.00. */
async function saturdayWithTwoZs(t: TestEngine) {
  const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
  const sale = {
    lines: [{ productId: bawang?.id ?? 0, qty: 1 }],
    payments: [{ method: 'cash' as const, amount: 25_000 }],
  };
  t.setNow('2026-12-05T01:00:00Z'); // 09.00 WITA
  const sri = await t.as('cashier', 'Sri');
  const morning = await sri.ok('sales.commit', sale);
  await sri.ok('shifts.close', { count: { '20000': 1, '5000': 1 } });
  const manager = await t.as('manager', 'Bu Rina', { shift: false });
  t.setNow('2026-12-05T03:25:00Z');
  const z1 = await manager.ok('reports.z', {});
  t.setNow('2026-12-05T06:00:00Z'); // 14.00
  await sri.ok('shifts.open', { openingFloat: 0 });
  await sri.ok('sales.commit', sale);
  await sri.ok('sales.commit', sale);
  const mgrShift = await t.as('manager', 'Bu Rina');
  await mgrShift.ok('sales.refund', {
    receiptNo: morning.receiptNo,
    lines: [{ lineNo: 1, qty: 1 }],
    method: 'transfer',
    reference: 'BNI 1',
    reason: 'rusak kemasan',
    approval: { userId: mgrShift.user.id, pin: '2468' },
  });
  await mgrShift.ok('shifts.close', { count: {} });
  await sri.ok('shifts.close', { count: { '50000': 1 } });
  t.setNow('2026-12-05T13:00:00Z');
  const z2 = await manager.ok('reports.z', {});
  return { manager, z1, z2 };
}

describe('a day with two Z reports in batches', () => {
  it('goes out in one batch as two Zs, verifies, and merges once', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const { manager, z1, z2 } = await saturdayWithTwoZs(t);
    expect([z1.close.zNo, z2.close.zNo]).toEqual([1, 2]);
    const out = join(dir, 'stick');
    mkdirSync(out);
    const { batch } = await manager.ok('batches.export', { dir: out });
    expect(batch.days).toEqual(['2026-12-05']);
    const folder = join(out, batch.name);
    const manifest = manifestSchema.parse(
      JSON.parse(readFileSync(join(folder, BATCH_FILES.manifest), 'utf8')),
    );
    expect(manifest.formatVersion).toBe(4);
    expect(manifest.days.map((d) => [d.day, d.zNo, d.salesAfter ?? 0, d.sales, d.refunds])).toEqual([
      ['2026-12-05', 1, 0, 1, 0],
      ['2026-12-05', 2, 1, 2, 1],
    ]);
    expect(manifest.totals.net).toBe(z1.report.net + z2.report.net);
    const report = verifyBatches([folder]);
    expect([...report.problems, ...(report.batches[0]?.problems ?? [])]).toEqual([]);
    const merged = mergeBatches([folder], null);
    expect(merged.totals.byDay.map((d) => [d.day, d.zNos, d.salesCount, d.net])).toEqual([
      ['2026-12-05', [1, 2], 3, z1.report.net + z2.report.net],
    ]);
    t.engine.close();
  });

  it('goes out as the first Z the evening it was made and the second Z in the next batch', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
    const sale = { lines: [{ productId: bawang?.id ?? 0, qty: 1 }], cashTendered: 25_000 };
    t.setNow('2026-12-05T01:00:00Z');
    await t.ok('sales.commitCash', sale);
    const manager = await t.as('manager', 'Bu Rina', { shift: false });
    await manager.ok('reports.z', {});
    const out = join(dir, 'stick');
    mkdirSync(out);
    const first = (await manager.ok('batches.export', { dir: out })).batch;
    t.setNow('2026-12-05T06:00:00Z');
    await t.ok('sales.commitCash', sale);
    await t.ok('sales.commitCash', sale);
    // Nothing new is closed yet: no batch to make.
    expect((await manager.call('batches.export', { dir: out })).ok).toBe(false);
    await manager.ok('reports.z', {});
    const second = (await manager.ok('batches.export', { dir: out })).batch;
    expect([first.days, second.days]).toEqual([['2026-12-05'], ['2026-12-05']]);
    expect([first.counts.sales, second.counts.sales]).toEqual([1, 2]);
    const folders = [join(out, first.name), join(out, second.name)];
    const report = verifyBatches(folders);
    expect([...report.problems, ...report.batches.flatMap((b) => b.problems)]).toEqual([]);
    expect(mergeBatches(folders, null).totals.byDay.map((d) => [d.zNos, d.salesCount])).toEqual([
      [[1, 2], 3],
    ]);
    // A re-export of the day sends both Zs again, marked as such.
    const again = (await manager.ok('batches.export', { dir: out, days: ['2026-12-05'], reexport: true }))
      .batch;
    expect(again.counts.sales).toBe(3);

    // A second Z that claims to start elsewhere than where the first stopped is refused by verify.
    const path = join(out, second.name, BATCH_FILES.manifest);
    const tampered = JSON.parse(readFileSync(path, 'utf8'));
    tampered.days[0].salesAfter = 0;
    writeFileSync(path, JSON.stringify(tampered, null, 2));
    const broken = verifyBatches(folders);
    expect(broken.ok).toBe(false);
    expect(broken.batches[1]?.problems.join('\n')).toMatch(/termasuk laporan Z sebelumnya|manifest/);
    t.engine.close();
  });
});
