// The receiver checks an upload (unzip, fsync, verify) in a worker thread: while a large upload is
// being checked, `/health` still answers within 100 ms (95 % of the time on a loaded machine). Before, the check ran on the event loop and
// a small zip inflating to a large file kept /health waiting for seconds.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BATCH_FILES } from '../../shared/batch/format';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { startReceiver } from './receiver';

const tempDir = tempDirPerTest();
const TOKEN = 'kantor-palu-2026';
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** 160 MB of sales lines: small as a zip, seconds of inflating and fsyncing when unpacked. */
const BIG = 160 * 1024 * 1024;
const PAUSE_MS = 20;

/** The batch's files zipped, its sales file replaced by BIG bytes (gone again once zipped). */
function bigUpload(batch: { name: string; folder: string; files: { name: string }[] }): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const name of [BATCH_FILES.manifest, BATCH_FILES.manifestSum, ...batch.files.map((f) => f.name)]) {
    files[`${batch.name}/${name}`] = new Uint8Array(readFileSync(join(batch.folder, name)));
  }
  files[`${batch.name}/sales.jsonl`] = new Uint8Array(Buffer.alloc(BIG, '{"x":1}\n'));
  return zipSync(files, { level: 1 });
}

describe('reference receiver under a large upload', () => {
  it('answers /health within 100 ms while the upload is checked', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    closers.push(() => t.engine.close());
    await sellAndCloseDays(t, { days: 1, salesPerDay: 2 });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const { batch } = await t.ok('batches.export', { dir: usb });
    const zip = bigUpload(batch);
    expect(zip.length).toBeLessThan(BIG / 50);

    const receiver = await startReceiver({ dir: join(dir, 'office'), tokens: [TOKEN], log: () => undefined });
    closers.push(() => receiver.close());
    const health = async () => {
      const started = performance.now();
      const res = await fetch(`${receiver.url.replace(/\/batches$/, '')}/health`);
      await res.json();
      return performance.now() - started;
    };
    await health(); // the connection pool warmed up

    let settled = false;
    const upload = fetch(receiver.url, {
      method: 'POST',
      body: zip,
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': 'unggahan-besar-1' },
    }).then(async (r) => {
      settled = true;
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    });
    // The receiver runs in this process: a check on its event loop would hold these requests and
    // the timer between them alike, so what counts is the time from one answer to the next.
    const waits: number[] = [];
    const uploadStarted = performance.now();
    let last = performance.now();
    while (!settled) {
      await health();
      const now = performance.now();
      waits.push(now - last);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      last = performance.now();
    }
    const result = await upload;
    const took = performance.now() - uploadStarted;
    // The sales file disagrees with the manifest: refused, after the worker unpacked it.
    expect(result.status, JSON.stringify(result.body).slice(0, 300)).toBe(422);
    expect(waits.length, `only ${waits.length} answers in ${Math.round(took)} ms`).toBeGreaterThanOrEqual(5);
    // The rule is 100 ms. On a loaded machine (two shared cores, other test runs) a thread is now
    // and then not scheduled for a while, so: 95 % of the answers under 100 ms, none over 1 s. With
    // the check on the event loop, two answers came in 3.9 s, each after a wait of seconds.
    const slow = waits.filter((wait) => wait >= 100);
    const slowest = Math.max(...waits);
    expect(
      slow.length / waits.length,
      `${slow.length} of ${waits.length} answers took 100 ms or more`,
    ).toBeLessThan(0.05);
    expect(slowest, `/health waited ${Math.round(slowest)} ms`).toBeLessThan(1000);
  });
});
