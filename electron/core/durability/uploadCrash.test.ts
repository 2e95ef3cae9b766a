// A power cut during a batch upload: the upload worker runs in a child process (crashChild.ts,
// workload `upload`) and is SIGKILLed at seeded random moments while it packs the zip, sends it or
// records the answer. After each kill the app starts again and its worker carries on. Every time:
// the database passes SQLite's checks, the office ends up with the batch exactly once, whole and
// verified, the till records it as acknowledged with the office's receipt, and neither the till's
// outbox folder nor the receiver's incoming folder keeps anything behind.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sellAndCloseDays } from '../../../tests/support/closedDays';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { startReceiver } from '../../office/receiver';
import { verifyBatches } from '../../office/verifyBatches';
import { SYSTEM } from '../auth/access';
import { outboxDir } from '../batches/upload/packageBatch';
import { openEngine } from '../engine';
import { databaseProblems } from './invariants';
import { crashSeed, runChild, seededRandom, soakMode } from './killLoop';

const tempDir = tempDirPerTest();
const SOAK = soakMode();
const KILLS = SOAK ? 60 : 8;
const timeout = SOAK ? 30 * 60_000 : 180_000;
const TOKEN = 'kantor-uji-listrik';

/** Sets the office's address on a copy of the till's database and queues batch #1. */
async function queueFor(dbPath: string, url: string): Promise<string> {
  const engine = openEngine({ dbPath, backupCheckMs: 0 });
  try {
    const set = await engine.call('batches.setUploadSettings', { url, token: TOKEN }, SYSTEM);
    expect(set.ok, JSON.stringify(set)).toBe(true);
    const list = await engine.call('batches.list', {}, SYSTEM);
    const id = list.ok ? (list.data as { id: string }[])[0]?.id : undefined;
    if (!id) throw new Error('no batch to upload');
    const queued = await engine.call('batches.upload', { batchId: id }, SYSTEM);
    expect(queued.ok, JSON.stringify(queued)).toBe(true);
    return id;
  } finally {
    engine.close();
  }
}

function uploadRow(dbPath: string) {
  const db = new Database(dbPath);
  try {
    expect(databaseProblems(db)).toEqual([]);
    return db.prepare('SELECT state, receipt, attempts FROM batch_uploads').get() as
      | { state: string; receipt: string | null; attempts: number }
      | undefined;
  } finally {
    db.close();
  }
}

describe('a power cut during a batch upload', () => {
  it(
    `leaves the batch to be sent again and the office with it exactly once, across ${KILLS} kills`,
    async () => {
      const random = seededRandom(crashSeed() + 3);
      const dir = tempDir();
      const base = join(dir, 'base');
      mkdirSync(join(base, 'usb'), { recursive: true });
      const t = engineIn(base);
      await sellAndCloseDays(t, { days: 2, salesPerDay: 300, taxAndRounding: true });
      const { batch } = await t.ok('batches.export', { dir: join(base, 'usb') });
      t.engine.close();

      // One undisturbed upload: how long the worker takes from its start to the acknowledgement.
      const calibrate = join(dir, 'calibrate');
      mkdirSync(calibrate);
      copyFileSync(join(base, 'karya.db'), join(calibrate, 'karya.db'));
      const office0 = await startReceiver({ dir: join(calibrate, 'office'), tokens: [TOKEN], log: () => {} });
      await queueFor(join(calibrate, 'karya.db'), office0.url);
      const first = await runChild({
        args: ['upload', join(calibrate, 'karya.db')],
        marker: 'READY',
        delayMs: null,
        untilLine: `ACK BTH1-1-${batch.manifestSha256.slice(0, 12)}`,
      });
      await office0.close();
      const uploadMs = Math.max(first.killedAfterMarkerMs, 20);

      let beforeAck = 0;
      for (let cycle = 0; cycle < KILLS; cycle++) {
        const run = join(dir, `cycle-${cycle}`);
        mkdirSync(run);
        const dbPath = join(run, 'karya.db');
        copyFileSync(join(base, 'karya.db'), dbPath);
        const office = join(run, 'office');
        const receiver = await startReceiver({ dir: office, tokens: [TOKEN], log: () => {} });
        try {
          await queueFor(dbPath, receiver.url);
          const child = await runChild({
            args: ['upload', dbPath],
            marker: 'READY',
            delayMs: Math.floor(random() * uploadMs * 0.7),
          });
          expect(child.exitSignal, `cycle ${cycle}:\n${child.stderr}`).toBe('SIGKILL');
          const acked = child.lines.some((l) => l.startsWith('ACK '));
          if (process.env.KARYA_CRASH_VERBOSE)
            console.info(
              `cycle ${cycle}: killed ${child.killedAfterMarkerMs} ms after READY, acked ${acked}`,
            );
          if (!acked) beforeAck++;
          // Whatever the moment, the office holds the batch at most once.
          expect(receiver.received().length, `cycle ${cycle}`).toBeLessThanOrEqual(1);
          if (acked) expect(uploadRow(dbPath)?.state).toBe('acknowledged');

          // The app starts again; its worker carries on with the same key.
          const engine = openEngine({ dbPath, backupCheckMs: 0 });
          try {
            await engine.uploads.runOnce();
          } finally {
            engine.close();
          }
          const row = uploadRow(dbPath);
          expect(row, `cycle ${cycle}`).toMatchObject({
            state: 'acknowledged',
            receipt: `BTH1-1-${batch.manifestSha256.slice(0, 12)}`,
          });
          expect(receiver.received(), `cycle ${cycle}`).toHaveLength(1);
          const stored = join(office, 'BTH1', batch.name);
          const manifest = readFileSync(join(stored, 'manifest.json'));
          expect(createHash('sha256').update(manifest).digest('hex')).toBe(batch.manifestSha256);
          expect(verifyBatches([stored]).ok).toBe(true);
          const outbox = outboxDir(dbPath);
          expect(existsSync(outbox) ? readdirSync(outbox) : [], `cycle ${cycle}: outbox`).toEqual([]);
          expect(readdirSync(join(office, '.incoming')), `cycle ${cycle}: incoming`).toEqual([]);
        } finally {
          await receiver.close();
        }
      }
      if (SOAK || process.env.KARYA_CRASH_VERBOSE) {
        console.info(
          `batch upload: ${KILLS} kills, ${beforeAck} before the acknowledgement, upload ~${uploadMs} ms`,
        );
      }
      // Most kills landed before the acknowledgement was recorded.
      expect(beforeAck).toBeGreaterThanOrEqual(2);
    },
    timeout,
  );
});
