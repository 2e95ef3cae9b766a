// Starting the office server: an archived batch folder without its row is stored before the server
// answers (after a crash, or a new database beside an old archive), and a watched folder's batches
// are taken up by themselves.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it, onTestFinished, vi } from 'vitest';
import { sharedTillBatches, type TillBatches } from '../core/ingest/testing/batches';
import { describeBackends, freshOptions } from '../db/testing/backends';
import { parseOfficeArgs } from './args';
import { startOffice } from './run';

vi.setConfig({ testTimeout: 120_000 });
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let tills: TillBatches;
beforeAll(async () => {
  tills = await sharedTillBatches();
}, 300_000);

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'karya-office-run-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describeBackends('office start', (kind) => {
  it('stores archived folders that have no row, then takes up a watched folder’s batches', async () => {
    const options = await freshOptions(kind);
    const [first, second] = tills.plu1;
    if (!first || !second) throw new Error('no batches');
    // Accepted and archived, then the process died before its row was committed.
    const archived = join(options.dataDir, 'batches', 'PLU1', first.name);
    mkdirSync(join(options.dataDir, 'batches', 'PLU1'), { recursive: true });
    cpSync(first.folder, archived, { recursive: true });
    const web = scratch();
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Karya Kantor</title>');
    const watched = scratch();
    const args = parseOfficeArgs(
      [
        '--data',
        options.dataDir,
        '--port',
        '0',
        '--no-open',
        '--watch',
        watched,
        ...(options.url ? ['--database', options.url] : []),
      ],
      {},
    );
    const office = await startOffice(args, {
      webDir: web,
      migrationsDir: join(ROOT, 'office/db/migrations'),
      resourcesDir: join(ROOT, 'resources'),
    });
    onTestFinished(() => office.close());
    expect(office.takenUp).toBe(1);
    const seqs = async () =>
      (await office.db.query<{ seq: number }>('select seq from batches order by seq')).rows.map((r) => r.seq);
    expect(await seqs()).toEqual([1]);

    cpSync(second.folder, join(watched, second.name), { recursive: true });
    await vi.waitFor(async () => expect(await seqs()).toEqual([1, 2]), { timeout: 60_000, interval: 500 });
  });
});
