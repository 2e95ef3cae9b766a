// The watched folder on both databases, with batch folders exported by a real till engine.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it, onTestFinished } from 'vitest';
import { describeBackends, freshDb } from '../../db/testing/backends';
import { sharedTillBatches, type TillBatches } from './testing/batches';
import { watchFolder } from './watch';

let tills: TillBatches;
beforeAll(async () => {
  tills = await sharedTillBatches();
}, 300_000);

function watchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'karya-watch-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describeBackends('watched folder', (kind) => {
  it('takes a folder once its manifest is there and it has settled; once; a refused one until it changes', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const dir = watchDir();
    const watch = watchFolder(db, { dir, intervalMs: 60_000 });
    onTestFinished(() => watch.stop());
    const first = tills.plu1[0];
    if (!first) throw new Error('no batch');
    // Being copied: everything but the manifest (tills and people copy it last or not yet).
    const target = join(dir, first.name);
    cpSync(first.folder, target, { recursive: true, filter: (src) => !src.endsWith('manifest.json') });
    expect(await watch.scanNow()).toEqual([]);
    expect(await watch.scanNow()).toEqual([]);
    cpSync(join(first.folder, 'manifest.json'), join(target, 'manifest.json'));
    // Seen once with its manifest: not yet taken, it may still be changing.
    expect(await watch.scanNow()).toEqual([]);
    const taken = await watch.scanNow();
    expect(taken.map((t) => [t.folder, t.answer.status])).toEqual([[target, 201]]);
    expect(await watch.scanNow()).toEqual([]);
    expect((await db.query('select seq, source from batches')).rows).toEqual([{ seq: 1, source: 'watch' }]);

    // One level down, as in an office's <DEVICE>/<batch> layout; a refused folder is not retried.
    const twin = join(dir, 'lain', tills.twin.name);
    mkdirSync(join(dir, 'lain'));
    cpSync(tills.twin.folder, twin, { recursive: true });
    await watch.scanNow();
    const refused = await watch.scanNow();
    expect(refused.map((t) => [t.folder, t.answer.status])).toEqual([[twin, 409]]);
    expect(await watch.scanNow()).toEqual([]);
  });

  it('looks by itself every interval', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const dir = watchDir();
    const results: [string, number][] = [];
    const watch = watchFolder(db, {
      dir,
      intervalMs: 50,
      onResult: (folder, outcome) => results.push([folder, 'answer' in outcome ? outcome.answer.status : -1]),
    });
    onTestFinished(() => watch.stop());
    for (const batch of tills.plu1.slice(0, 2))
      cpSync(batch.folder, join(dir, batch.name), { recursive: true });
    for (let waited = 0; results.length < 2 && waited < 15_000; waited += 50) {
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(results).toEqual(tills.plu1.slice(0, 2).map((b) => [join(dir, b.name), 201]));
  });
});
