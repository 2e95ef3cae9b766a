// Opens the office's database: PostgreSQL when given a URL, else the embedded PGlite in
// `<dataDir>/pg`. Both go through `pg` (PGlite by its node-postgres adapter), so the same SQL, the
// same `$1` parameters and the same type parsers serve both (docs/research/office-app.md, §1).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { EngineError } from '../../electron/core/errors';
import { lockDataDir } from './lock';
import type { Db, Queryable, QueryResult } from './types';

export interface OpenDbOptions {
  /** `postgres://…`: PostgreSQL. Absent: the embedded database in `<dataDir>/pg`. */
  url?: string;
  /** The office's data folder: the lock, the batch archive and (embedded) the database live here. */
  dataDir: string;
}

/**
 * Settings of the embedded database. `shared_buffers` at 32 MB kept a 40,000-sale ingest at 290 MB
 * resident (410 MB with PGlite's 128 MB), no slower; the server must stay under 500 MB.
 */
export const EMBEDDED_CONF = ['shared_buffers = 32MB'];

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** A whole number from the database, refused past 2^53 rather than rounded without a word. */
function exactNumber(text: string): number {
  const value = Number(text);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new RangeError(`${text} is past 2^53 and cannot be a JavaScript number exactly`);
  }
  return value;
}

/**
 * The pool's own parsers (never the global `pg.types`): int8 and numeric as numbers, refusing
 * what a number cannot hold exactly (sums of rupiah are `numeric` in PostgreSQL); a date as its
 * 'YYYY-MM-DD' text, since pg's default makes a local-midnight Date that shifts the business day
 * west of UTC.
 */
export const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (format !== 'binary') {
      if (oid === INT8 || oid === NUMERIC) return exactNumber;
      if (oid === DATE) return (text: string) => text;
    }
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

function asQueryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
      const result = await target.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
  };
}

/** The URL as it may be printed: its password taken out. */
export function safeLabel(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgresql';
  }
}

function wrap(
  pool: pg.Pool,
  kind: Db['kind'],
  label: string,
  dataDir: string,
  onClose: () => Promise<void>,
): Db {
  const door = asQueryable(pool);
  let closed = false;
  return {
    kind,
    label,
    dataDir,
    query: door.query,
    async tx(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        try {
          const result = await fn(asQueryable(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackError) {
            // A connection that cannot roll back is not given to the next caller.
            broken = rollbackError as Error;
          }
          throw error;
        }
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pool.end();
      } finally {
        await onClose();
      }
    },
  };
}

/** Creates `<dataDir>/pg` in a child process (see initEmbedded.mjs for why). */
export function createEmbedded(pgDir: string): Promise<void> {
  const script = fileURLToPath(new URL('./initEmbedded.mjs', import.meta.url));
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [script, pgDir, ...EMBEDDED_CONF],
      { timeout: 10 * 60_000, maxBuffer: 4 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return done();
        const message = (stderr.trim().split('\n').at(-1) ?? '') || error.message;
        fail(new EngineError('INTERNAL', 'officeDb.createFailed', { folder: pgDir, message }));
      },
    );
  });
}

/**
 * Opens the database and holds the data folder's lock until `close()`. The embedded one is
 * created on first use (in a child process); migrations are the caller's next step (migrate.ts).
 */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    if (options.url) {
      const pool = new pg.Pool({ connectionString: options.url, max: 4, types: TYPES });
      // An idle connection the server drops must not take the office down; the next query reconnects.
      pool.on('error', () => {});
      return wrap(pool, 'postgres', safeLabel(options.url), dataDir, async () => lock.release());
    }
    const pgDir = join(dataDir, 'pg');
    if (!existsSync(join(pgDir, 'PG_VERSION'))) await createEmbedded(pgDir);
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const lite = await PGlite.create(pgDir, { postgresqlconf: EMBEDDED_CONF });
    // One connection: PGlite is single-user. It is kept (no idle timeout), since the adapter's
    // connection object is the pool's only one.
    const pool = new pg.Pool({ ...createPgConfig(lite), max: 1, idleTimeoutMillis: 0, types: TYPES });
    return wrap(pool, 'embedded', pgDir, dataDir, async () => {
      try {
        await lite.close();
      } finally {
        lock.release();
      }
    });
  } catch (error) {
    lock.release();
    throw error;
  }
}
