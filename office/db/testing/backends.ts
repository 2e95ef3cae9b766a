// Each test its own fresh database, on both backends: the embedded PGlite (a copy of a template
// folder made once per run: creating one costs seconds, copying it a fraction of one) and a new
// database in the run's PostgreSQL cluster, copied from a template database. Used as
//   describeBackends('ingest', (kind) => { it('…', async () => { const { db } = await freshDb(kind, { migrated: true }); … }); });
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, inject, onTestFinished } from 'vitest';
import { type OpenDbOptions, openDb } from '../connect';
import { migrate } from '../migrate';
import type { Db, DbKind } from '../types';
import { clusterUrl, startCluster } from './cluster';

export const BACKENDS: readonly DbKind[] = ['embedded', 'postgres'];

const skipPostgres = process.env.KARYA_SKIP_PG === '1';

/**
 * describe.each over both backends; PostgreSQL's is skipped, saying so, only with KARYA_SKIP_PG=1.
 * `kinds` narrows it for tests whose subject is not the database (the till's upload tests run
 * against the office on the embedded one only).
 */
export function describeBackends(
  title: string,
  body: (kind: DbKind) => void,
  kinds: readonly DbKind[] = BACKENDS,
): void {
  for (const kind of kinds) {
    if (kind === 'postgres' && skipPostgres) {
      describe.skip(`${title} [postgres: skipped, KARYA_SKIP_PG=1]`, () => body(kind));
    } else {
      describe(`${title} [${kind}]`, () => {
        // The templates are made here, with time for an initdb on a loaded machine, not in the
        // first test's 20 seconds.
        beforeAll(async () => {
          await template(kind, true);
        }, 300_000);
        body(kind);
      });
    }
  }
}

/** This Vitest run's folder (removed at its end). */
export function runDir(): string {
  const run = inject('karyaDbRun');
  if (!run) throw new Error('office/db/testing/globalSetup.ts is not in the Vitest config');
  return run;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Does `make` once per run across Vitest's worker processes: the first to take `<name>.lock` (a
 * folder, created atomically) makes it and writes `<name>.done` (its result) or `<name>.failed`;
 * the others wait for either.
 */
export async function oncePerRun(name: string, make: () => Promise<string>): Promise<string> {
  const run = runDir();
  const done = join(run, `${name}.done`);
  const failed = join(run, `${name}.failed`);
  let mine = false;
  try {
    mkdirSync(join(run, `${name}.lock`));
    mine = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (mine) {
    try {
      const result = await make();
      writeFileSync(done, result);
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      writeFileSync(failed, message);
      throw error;
    }
  }
  for (let waited = 0; waited < 300_000; waited += 100) {
    if (existsSync(done)) return readFileSync(done, 'utf8');
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    await sleep(100);
  }
  throw new Error(`${name}: gave up waiting for another test process to make it`);
}

let clusterDir: Promise<string> | undefined;
const templates = new Map<string, Promise<string>>();

function cluster(): Promise<string> {
  clusterDir ??= oncePerRun('pg', async () => {
    const dir = join(runDir(), 'pg');
    startCluster(dir);
    return dir;
  });
  return clusterDir;
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: clusterUrl(await cluster(), 'postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * What a fresh database is copied from, made once per run: an embedded data folder (created by
 * openDb itself, so its first-open path runs in every run) or a PostgreSQL template database;
 * migrated or not.
 */
function template(kind: DbKind, migrated: boolean): Promise<string> {
  const name = `${kind}-${migrated ? 'migrated' : 'empty'}`;
  let made = templates.get(name);
  if (!made) {
    made = oncePerRun(name, async () => {
      if (kind === 'embedded') {
        const dataDir = join(runDir(), `template-${name}`);
        // Created once (seconds of initdb); the migrated one starts as a copy of the empty one.
        if (migrated) cpSync(await template(kind, false), join(dataDir, 'pg'), { recursive: true });
        const db = await openDb({ dataDir });
        try {
          if (migrated) await migrate(db);
        } finally {
          await db.close();
        }
        return join(dataDir, 'pg');
      }
      const database = `template_${migrated ? 'migrated' : 'empty'}`;
      await adminQuery(`create database ${database} template template0`);
      if (migrated) {
        const dataDir = join(runDir(), `template-${name}`);
        const db = await openDb({ url: clusterUrl(await cluster(), database), dataDir });
        try {
          await migrate(db);
        } finally {
          await db.close();
        }
      }
      return database;
    });
    templates.set(name, made);
  }
  return made;
}

export interface TestDb {
  db: Db;
  kind: DbKind;
  /** What opened it: open again with these for a second opener or after a close. */
  options: OpenDbOptions;
  dataDir: string;
}

/** A new database folder or database (empty, or migrated when asked), not opened. */
export async function freshOptions(kind: DbKind, { migrated = false } = {}): Promise<OpenDbOptions> {
  const dataDir = mkdtempSync(join(tmpdir(), 'karya-office-'));
  onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
  const from = await template(kind, migrated);
  if (kind === 'embedded') {
    cpSync(from, join(dataDir, 'pg'), { recursive: true });
    return { dataDir };
  }
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name} template ${from}`);
  return { url: clusterUrl(await cluster(), name), dataDir };
}

/** A fresh database, opened (and migrated when asked); closed and removed when the test ends. */
export async function freshDb(kind: DbKind, { migrated = false } = {}): Promise<TestDb> {
  const options = await freshOptions(kind, { migrated });
  const db = await openDb(options);
  onTestFinished(() => db.close());
  return { db, kind, options, dataDir: options.dataDir };
}
