import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { EngineError } from '../errors';
import { storageError } from '../storageErrors';
import { loadMigrations, migrate } from './migrate';

// Beside this module in the source tree, and beside the bundle in a build (copied there at build time).
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Files up to this size are checked at every start; the check reads every page (about 7 ms/MB here). */
export const ALWAYS_CHECK_BYTES = 32 * 1024 * 1024;

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Whether to run the full integrity check at this start. Always after an unclean shutdown (a crash or
 * power cut leaves the write-ahead log behind; a clean close removes it), and always for files small
 * enough to check quickly. A large file closed cleanly is checked by every backup instead, so a
 * season of sales still opens in a blink.
 */
export function needsIntegrityCheck(file: string, alwaysCheckBytes = ALWAYS_CHECK_BYTES): boolean {
  return sizeOf(`${file}-wal`) > 0 || sizeOf(file) <= alwaysCheckBytes;
}

export interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
}

/**
 * Opens the one SQLite file with the pragmas the sales path needs: WAL for concurrent readers,
 * synchronous=FULL because power cuts happen at bazaars, and foreign keys on.
 */
export function openDatabase(file: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): OpenedDatabase {
  mkdirSync(dirname(file), { recursive: true });
  const check = needsIntegrityCheck(file);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 5000 });
  } catch (error) {
    throw new EngineError('DB_FOREIGN', 'db.cannotOpen', { message: (error as Error).message });
  }
  try {
    // A corrupt or non-SQLite file fails on its first read; turn that into a clear refusal.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A damaged file is refused before anything writes to it; the doors then offer the backups.
    const integrity = check ? db.pragma('integrity_check(1)', { simple: true }) : 'ok';
    if (integrity !== 'ok') {
      throw new EngineError('DB_CORRUPT', 'db.corrupt');
    }
    const schemaVersion = migrate(db, loadMigrations(migrationsDir));
    return { db, schemaVersion };
  } catch (error) {
    db.close();
    if (error instanceof EngineError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new EngineError('DB_FOREIGN', 'db.notSqlite');
    }
    throw (
      storageError(error, {
        DB_CORRUPT: 'db.corruptNotOpened',
        DISK_FULL: 'db.fullCannotPrepare',
      }) ?? error
    );
  }
}
