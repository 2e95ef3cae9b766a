// Crash and power-cut safety, proven by killing: the engine runs in a child process and gets
// SIGKILLed at seeded random moments, many times; after each kill the database must pass SQLite's
// checks, hold every sale the engine acknowledged (whole), hold no half-written sale, and keep
// receipt numbers without gaps. The same for a kill in the middle of a large migration.
//
// `npm test` runs a short version (about 20 s). KARYA_SOAK=1 runs hundreds of kills; KARYA_CRASH_SEED
// picks another seed. A kill during a batch export is batchCrash.test.ts (workload `batch` in
// crashChild.ts; see docs/operations.md).
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { listBackups } from '../backup/backupFiles';
import { inspectDatabaseFile } from '../backup/inspectDatabase';
import { loadMigrations } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR } from '../db/open';
import { openEngine } from '../engine';
import type { Acknowledged } from './invariants';
import { databaseProblems, missingAcknowledged, salesProblems } from './invariants';
import { crashSeed, runChild, seededRandom, soakMode } from './killLoop';

const tempDir = tempDirPerTest();
const SOAK = soakMode();
const SALES_KILLS = SOAK ? 300 : 14;
const MIGRATION_KILLS = SOAK ? 60 : 5;
const PROBE_ROWS = 60_000;
const timeout = SOAK ? 60 * 60_000 : 90_000;

function acknowledged(lines: readonly string[]): Acknowledged[] {
  return lines
    .filter((line) => line.startsWith('ACK '))
    .map((line) => {
      const [, receiptNo = '', id = ''] = line.split(' ');
      return { receiptNo, id };
    });
}

function unexpectedErrors(lines: readonly string[]): string[] {
  return lines.filter((line) => line.startsWith('ERR '));
}

describe('a power cut while selling', () => {
  it(
    `keeps every acknowledged sale whole and receipt numbers gap-free across ${SALES_KILLS} kills`,
    async () => {
      const random = seededRandom(crashSeed());
      const dir = tempDir();
      const dbPath = join(dir, 'karya.db');
      const acks: Acknowledged[] = [];
      let readyAfterMs = 1500;
      let killedWhileSelling = 0;
      for (let cycle = 0; cycle < SALES_KILLS; cycle++) {
        // Most kills land in the sale loop; some while the app starts, opens and signs in.
        const early = cycle > 0 && random() < 0.2;
        const run = await runChild(
          early
            ? { args: ['sales', dbPath], marker: null, delayMs: Math.floor(random() * readyAfterMs * 1.1) }
            : { args: ['sales', dbPath], marker: 'READY', delayMs: Math.floor(random() * 150) },
        );
        expect(run.exitSignal, `cycle ${cycle} ended by itself:\n${run.stderr}`).toBe('SIGKILL');
        if (run.markerAfterSpawnMs > 0) readyAfterMs = run.markerAfterSpawnMs;
        if (run.lines.includes('READY')) killedWhileSelling++;
        expect(unexpectedErrors(run.lines), `cycle ${cycle}`).toEqual([]);
        acks.push(...acknowledged(run.lines));

        const db = new Database(dbPath); // opening runs SQLite's recovery, as the next start would
        try {
          const problems = [...databaseProblems(db), ...salesProblems(db), ...missingAcknowledged(db, acks)];
          expect(problems, `after kill ${cycle} (seed ${crashSeed()})`).toEqual([]);
        } finally {
          db.close();
        }
        // A backup cut off halfway is never listed; every listed one is whole.
        for (const backup of listBackups(join(dir, 'backups', 'BTH1'))) {
          const copy = join(dir, 'check.db');
          copyFileSync(join(dir, 'backups', 'BTH1', backup.file), copy);
          expect(
            () => inspectDatabaseFile(copy, loadMigrations(DEFAULT_MIGRATIONS_DIR)),
            backup.file,
          ).not.toThrow();
        }
      }
      expect(killedWhileSelling).toBeGreaterThan(SALES_KILLS / 2);
      expect(acks.length).toBeGreaterThan(SALES_KILLS);
      // Sales stored but never acknowledged show kills that landed between commit and answer.
      const db = new Database(dbPath, { readonly: true });
      const stored = (db.prepare('SELECT count(*) AS n FROM sales').get() as { n: number }).n;
      db.close();
      expect(stored).toBeGreaterThanOrEqual(acks.length);
      if (SOAK || process.env.KARYA_CRASH_VERBOSE)
        console.info(`sales: ${SALES_KILLS} kills, ${acks.length} acknowledged, ${stored} stored`);
    },
    timeout,
  );
});

describe('a power cut during a migration', () => {
  it(
    `leaves the migration fully applied or not at all, and the app opens, across ${MIGRATION_KILLS} kills`,
    async () => {
      const random = seededRandom(crashSeed() + 1);
      const dir = tempDir();
      // The app's migrations plus a large, slow one at the end.
      const migrationsDir = join(dir, 'migrations');
      cpSync(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
      const version = loadMigrations(DEFAULT_MIGRATIONS_DIR).length + 1;
      writeFileSync(
        join(migrationsDir, `${String(version).padStart(3, '0')}_crash_probe.sql`),
        `CREATE TABLE crash_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${PROBE_ROWS})
         INSERT INTO crash_probe (payload) SELECT printf('%0200d', i) FROM n;
         CREATE INDEX crash_probe_payload ON crash_probe (payload);`,
      );
      // A database as the previous release left it.
      const base = join(dir, 'base.db');
      openEngine({ dbPath: base, backupCheckMs: 0 }).close();

      // One undisturbed run tells how long the migration takes on this machine.
      const calibrate = join(dir, 'calibrate.db');
      copyFileSync(base, calibrate);
      const first = await runChild({
        args: ['migration', calibrate, migrationsDir],
        marker: 'MIGRATING',
        delayMs: null,
        untilLine: 'READY',
      });
      const migratingMs = Math.max(first.killedAfterMarkerMs, 50);

      let interrupted = 0;
      for (let cycle = 0; cycle < MIGRATION_KILLS; cycle++) {
        const dbPath = join(dir, `cycle-${cycle}.db`);
        copyFileSync(base, dbPath);
        const run = await runChild({
          args: ['migration', dbPath, migrationsDir],
          marker: 'MIGRATING',
          delayMs: Math.floor(random() * migratingMs * 1.6),
        });
        expect(run.exitSignal, run.stderr).toBe('SIGKILL');
        if (!run.lines.includes('READY')) interrupted++;

        const db = new Database(dbPath);
        try {
          expect(databaseProblems(db), `after kill ${cycle}`).toEqual([]);
          const recorded =
            db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version) !== undefined;
          const table =
            db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'crash_probe'").get() !== undefined;
          const index =
            db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'crash_probe_payload'").get() !== undefined;
          const rows = table
            ? (db.prepare('SELECT count(*) AS n FROM crash_probe').get() as { n: number }).n
            : 0;
          const userVersion = db.pragma('user_version', { simple: true });
          // All of it or none of it.
          expect({ recorded, table, index, rows, userVersion }).toEqual(
            recorded
              ? { recorded, table: true, index: true, rows: PROBE_ROWS, userVersion: version }
              : { recorded, table: false, index: false, rows: 0, userVersion: version - 1 },
          );
        } finally {
          db.close();
        }
        // And the app opens it, finishing the migration if it had not happened.
        const engine = openEngine({ dbPath, migrationsDir, backupCheckMs: 0 });
        expect(await engine.call('app.info', {})).toMatchObject({
          ok: true,
          data: { schemaVersion: version },
        });
        engine.close();
      }
      if (SOAK || process.env.KARYA_CRASH_VERBOSE)
        console.info(`migration: ${interrupted}/${MIGRATION_KILLS} interrupted, ${migratingMs} ms`);
      expect(interrupted).toBeGreaterThan(0);
    },
    timeout,
  );
});
