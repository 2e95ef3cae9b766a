import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { EngineError } from '../errors';

/** Marks a SQLite file as ours (`PRAGMA application_id`), so a foreign database is refused. */
export const KARYA_APPLICATION_ID = 0x4b525941; // "KRYA"

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Reads `NNN_name.sql` files in order; numbering must start at 1 and have no gaps. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry) => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match?.[1]),
      name: match?.[2] ?? file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration files out of sequence at ${migration.version}_${migration.name}`);
    }
  });
  return migrations;
}

/**
 * Brings the database up to the newest migration, each one in its own transaction together with
 * its record. Refuses a database that is newer than this app, one whose recorded history differs
 * from the files, and a foreign SQLite file.
 */
export function migrate(db: Database, migrations: readonly Migration[]): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const userTables = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  if (appId !== KARYA_APPLICATION_ID && (appId !== 0 || userTables.n > 0)) {
    throw new EngineError('DB_FOREIGN', 'db.notKaryaDatabase');
  }

  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  db.pragma(`application_id = ${KARYA_APPLICATION_ID}`);

  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  const newestKnown = migrations.at(-1)?.version ?? 0;
  const newestApplied = applied.at(-1)?.version ?? 0;
  if (newestApplied > newestKnown) {
    throw new EngineError('DB_TOO_NEW', 'db.databaseTooNew', { newestApplied, newestKnown });
  }
  for (const record of applied) {
    const file = migrations[record.version - 1];
    if (!file || file.name !== record.name) {
      throw new EngineError('DB_MIGRATION_MISMATCH', 'db.schemaMismatch', {
        version: record.version,
        name: record.name,
      });
    }
  }

  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations.slice(newestApplied)) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return newestKnown;
}
