// Is this file a Karya POS database this app can open? Asked before a backup replaces the live
// database, so a wrong, damaged or too-new file is refused while the working database is untouched.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Migration } from '../db/migrate';
import { KARYA_APPLICATION_ID } from '../db/migrate';
import { EngineError } from '../errors';
import { storageProblem } from '../storageErrors';

export interface DatabaseFileInfo {
  schemaVersion: number;
  /** The receipt prefix stored in it, when it has one. */
  device: string | null;
  sales: number;
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function check(db: Database.Database, migrations: readonly Migration[]): DatabaseFileInfo {
  if (db.pragma('application_id', { simple: true }) !== KARYA_APPLICATION_ID) {
    throw new EngineError('DB_FOREIGN', 'backup.notKaryaDatabase');
  }
  const integrity = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
    throw new EngineError('DB_CORRUPT', 'backup.backupCorrupt');
  }
  if (!tableExists(db, 'schema_migrations')) {
    throw new EngineError('DB_FOREIGN', 'backup.noSchemaHistory');
  }
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  const newestKnown = migrations.at(-1)?.version ?? 0;
  const newestApplied = applied.at(-1)?.version ?? 0;
  if (newestApplied > newestKnown) {
    throw new EngineError('DB_TOO_NEW', 'backup.backupTooNew', { newestApplied, newestKnown });
  }
  for (const record of applied) {
    if (migrations[record.version - 1]?.name !== record.name) {
      throw new EngineError('DB_MIGRATION_MISMATCH', 'backup.schemaMismatch', {
        version: record.version,
        name: record.name,
      });
    }
  }
  const device = tableExists(db, 'settings')
    ? ((
        db.prepare("SELECT value FROM settings WHERE key = 'device_code'").get() as
          | { value: string }
          | undefined
      )?.value ?? null)
    : null;
  const sales = tableExists(db, 'sales')
    ? (db.prepare('SELECT count(*) AS n FROM sales').get() as { n: number }).n
    : 0;
  return { schemaVersion: newestApplied, device, sales };
}

/**
 * Opens `file` read-only and checks it; throws EngineError with an Indonesian reason. Callers pass a
 * private copy: a WAL-mode file gets side files beside it.
 */
export function inspectDatabaseFile(file: string, migrations: readonly Migration[]): DatabaseFileInfo {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return check(db, migrations);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const problem = storageProblem(error);
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new EngineError('DB_FOREIGN', 'backup.notSqlite');
    }
    if (problem === 'DB_CORRUPT') {
      throw new EngineError('DB_CORRUPT', 'backup.backupDamaged');
    }
    if (problem === 'DISK_FULL' || problem === 'IO_ERROR') {
      throw new EngineError('IO_ERROR', 'backup.backupUnreadable');
    }
    throw error;
  } finally {
    db?.close();
  }
}

/** Removes the empty -wal/-shm files a read-only look at a WAL-mode private copy leaves behind. */
export function removeSideFiles(file: string): void {
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}
