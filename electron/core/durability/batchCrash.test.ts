// A power cut during a batch export: the export runs in a child process (crashChild.ts, workload
// `batch`) and is SIGKILLed at seeded random moments while it writes the folder. After each kill:
// the database passes SQLite's checks; no batch is recorded unless the child could have been told
// so; nothing in the folder looks like a finished batch unless it is recorded (or is the identical
// batch left by a kill in the instant between rename and commit); and an export run again writes
// exactly the batch an undisturbed export writes, byte for byte, and it verifies.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sellAndCloseDays } from '../../../tests/support/closedDays';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { verifyBatches } from '../../office/verifyBatches';
import { SYSTEM } from '../auth/access';
import { openEngine } from '../engine';
import { databaseProblems } from './invariants';
import { crashSeed, runChild, seededRandom, soakMode } from './killLoop';

const tempDir = tempDirPerTest();
const SOAK = soakMode();
const KILLS = SOAK ? 80 : 10;
const timeout = SOAK ? 30 * 60_000 : 120_000;

function recorded(dbPath: string): { seq: number; name: string; folder: string }[] {
  const db = new Database(dbPath);
  try {
    expect(databaseProblems(db)).toEqual([]);
    return db.prepare('SELECT seq, name, folder FROM batches ORDER BY seq').all() as {
      seq: number;
      name: string;
      folder: string;
    }[];
  } finally {
    db.close();
  }
}

const manifestOf = (folder: string) => readFileSync(join(folder, 'manifest.json'));

describe('a power cut during a batch export', () => {
  it(
    `leaves no batch recorded and no finished-looking folder unless it is whole, across ${KILLS} kills; a rerun writes the same batch`,
    async () => {
      const random = seededRandom(crashSeed() + 2);
      const dir = tempDir();
      // Three closed days of sales, as the till left them.
      const base = join(dir, 'base');
      mkdirSync(base);
      const t = engineIn(base);
      const { days } = await sellAndCloseDays(t, { days: 3, salesPerDay: 300, taxAndRounding: true });
      t.engine.close();
      const expectedName = `BTH1-batch-000001-${days[0]?.replaceAll('-', '')}-${days[2]?.replaceAll('-', '')}`;

      // One undisturbed export: how long writing takes here, and the batch every rerun must equal.
      const calibrate = join(dir, 'calibrate');
      mkdirSync(join(calibrate, 'usb'), { recursive: true });
      copyFileSync(join(base, 'karya.db'), join(calibrate, 'karya.db'));
      const first = await runChild({
        args: ['batch', join(calibrate, 'karya.db'), join(calibrate, 'usb')],
        marker: 'PARTIAL',
        delayMs: null,
        untilLine: `ACK 1 ${expectedName}`,
      });
      const writingMs = Math.max(first.killedAfterMarkerMs, 20);
      const reference = manifestOf(join(calibrate, 'usb', expectedName));
      expect(verifyBatches([join(calibrate, 'usb', expectedName)]).ok).toBe(true);

      let midWrite = 0;
      let committed = 0;
      let betweenRenameAndCommit = 0;
      for (let cycle = 0; cycle < KILLS; cycle++) {
        const run = join(dir, `cycle-${cycle}`);
        const usb = join(run, 'usb');
        mkdirSync(usb, { recursive: true });
        const dbPath = join(run, 'karya.db');
        copyFileSync(join(base, 'karya.db'), dbPath);
        const early = random() < 0.15;
        const child = await runChild(
          early
            ? { args: ['batch', dbPath, usb], marker: 'READY', delayMs: Math.floor(random() * 30) }
            : {
                args: ['batch', dbPath, usb],
                marker: 'PARTIAL',
                delayMs: Math.floor(random() * writingMs * 0.9),
              },
        );
        expect(child.exitSignal, `cycle ${cycle}:\n${child.stderr}`).toBe('SIGKILL');
        expect(
          child.lines.filter((l) => l.startsWith('ERR')),
          `cycle ${cycle}`,
        ).toEqual([]);
        const acknowledged = child.lines.includes(`ACK 1 ${expectedName}`);

        const batches = recorded(dbPath);
        const entries = readdirSync(usb);
        const visible = entries.filter((e) => !e.startsWith('.'));
        if (entries.some((e) => e.endsWith('.partial'))) midWrite++;
        if (acknowledged) expect(batches, `cycle ${cycle}`).toHaveLength(1);
        if (batches.length === 1) {
          committed++;
          // Recorded: the folder is there, whole, and the batch every export of these days gives.
          expect(visible, `cycle ${cycle}`).toEqual([expectedName]);
          expect(manifestOf(join(usb, expectedName)).equals(reference)).toBe(true);
          expect(verifyBatches([join(usb, expectedName)]).ok).toBe(true);
        } else {
          expect(batches).toEqual([]);
          // Not recorded: nothing finished-looking, except after a kill between rename and commit,
          // where the folder is whole and identical to what the rerun writes.
          if (visible.length > 0) {
            betweenRenameAndCommit++;
            expect(visible).toEqual([expectedName]);
            expect(manifestOf(join(usb, expectedName)).equals(reference)).toBe(true);
          }
          // The rerun: the same batch, and no leftovers.
          const engine = openEngine({ dbPath, backupCheckMs: 0 });
          const again = await engine.call('batches.export', { dir: usb }, SYSTEM);
          engine.close();
          expect(again.ok, JSON.stringify(again)).toBe(true);
          expect(readdirSync(usb)).toEqual([expectedName]);
          expect(manifestOf(join(usb, expectedName)).equals(reference)).toBe(true);
          expect(verifyBatches([join(usb, expectedName)]).ok).toBe(true);
          expect(recorded(dbPath)).toMatchObject([{ seq: 1, name: expectedName }]);
        }
      }
      if (SOAK || process.env.KARYA_CRASH_VERBOSE) {
        console.info(
          `batch export: ${KILLS} kills, ${midWrite} mid-write, ${committed} after the commit, ` +
            `${betweenRenameAndCommit} between rename and commit, writing takes ~${writingMs} ms`,
        );
      }
      // Most kills landed while the folder was being written.
      expect(midWrite).toBeGreaterThanOrEqual(2);
    },
    timeout,
  );
});
