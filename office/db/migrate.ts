// The office's migrations, as the till does them (electron/core/db/migrate.ts): numbered SQL files
// `migrations/NNN_name.sql`, each applied in its own transaction together with its record. Run on
// every start, before the server listens. Refused: a database newer than this app, one whose
// recorded history (names or checksums) differs from the files, and a foreign database.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineError } from '../../electron/core/errors';
import type { Db, Queryable } from './types';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  sha256: string;
}

/** Taken by every migration's transaction, so two servers started at once do not both migrate. */
export const MIGRATION_LOCK = 0x4b525941; // "KRYA"

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** The checksum of a file's text; line endings count as `\n` (a checkout on Windows is the same file). */
export function sqlSha256(sql: string): string {
  return createHash('sha256').update(sql.replaceAll('\r\n', '\n'), 'utf8').digest('hex');
}

/** Reads `NNN_name.sql` files in order; numbering must start at 1 and have no gaps. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry) => entry.match !== null)
    .map(({ file, match }) => {
      const sql = readFileSync(join(dir, file), 'utf8');
      return { version: Number(match?.[1]), name: match?.[2] ?? file, sql, sha256: sqlSha256(sql) };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration files out of sequence at ${migration.version}_${migration.name}`);
    }
  });
  return migrations;
}

/** Tables outside PostgreSQL's own schemas. */
async function userTables(client: Queryable): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select table_schema || '.' || table_name as name from information_schema.tables
     where table_schema not in ('pg_catalog', 'information_schema') and table_schema not like 'pg\\_%'
     order by 1`,
  );
  return rows.map((row) => row.name);
}

/** Ours when it holds the marker saying 'karya-office'; empty (nothing at all) is ours to fill. */
async function refuseForeign(db: Db, client: Queryable): Promise<void> {
  const tables = await userTables(client);
  if (tables.length === 0) return;
  const marked =
    tables.includes('public.karya_office') &&
    (
      await client.query<{ n: number }>(
        `select count(*)::int as n from information_schema.columns
         where table_schema = 'public' and table_name = 'karya_office' and column_name = 'format'`,
      )
    ).rows[0]?.n === 1 &&
    (
      await client.query<{ format: string }>('select format::text as format from public.karya_office')
    ).rows.some((row) => row.format === 'karya-office');
  if (!marked) throw new EngineError('DB_FOREIGN', 'officeDb.notOfficeDatabase', { label: db.label });
}

interface Applied {
  version: number;
  name: string;
  sha256: string;
}

/**
 * Brings the database up to the newest migration and returns its version. Each step takes the
 * advisory lock first and reads the history again under it: a server that waited on another's
 * migration sees it applied and goes on.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = loadMigrations()): Promise<number> {
  const newestKnown = migrations.at(-1)?.version ?? 0;
  for (;;) {
    const done = await db.tx(async (client) => {
      await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await refuseForeign(db, client);
      await client.query(`create table if not exists schema_migrations (
        version int primary key,
        name text not null,
        sha256 text not null,
        applied_at timestamptz not null default now()
      )`);
      const applied = (
        await client.query<Applied>('select version, name, sha256 from schema_migrations order by version')
      ).rows;
      const newestApplied = applied.at(-1)?.version ?? 0;
      if (newestApplied > newestKnown) {
        throw new EngineError('DB_TOO_NEW', 'db.databaseTooNew', { newestApplied, newestKnown });
      }
      for (const record of applied) {
        const file = migrations[record.version - 1];
        if (!file || file.name !== record.name || file.sha256 !== record.sha256) {
          throw new EngineError('DB_MIGRATION_MISMATCH', 'db.schemaMismatch', {
            version: record.version,
            name: record.name,
          });
        }
      }
      const next = migrations[newestApplied];
      if (!next) return true;
      await client.query(next.sql);
      await client.query('insert into schema_migrations (version, name, sha256) values ($1, $2, $3)', [
        next.version,
        next.name,
        next.sha256,
      ]);
      return false;
    });
    if (done) return newestKnown;
  }
}
