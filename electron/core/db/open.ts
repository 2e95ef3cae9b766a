import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { EngineError } from '../errors';
import { loadMigrations, migrate } from './migrate';

// Beside this module in the source tree, and beside the bundle in a build (copied there at build time).
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

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
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 5000 });
  } catch (error) {
    throw new EngineError('DB_FOREIGN', `Database tidak dapat dibuka: ${(error as Error).message}`);
  }
  try {
    // A corrupt or non-SQLite file fails on its first read; turn that into a clear refusal.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const schemaVersion = migrate(db, loadMigrations(migrationsDir));
    return { db, schemaVersion };
  } catch (error) {
    db.close();
    if (error instanceof EngineError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new EngineError('DB_FOREIGN', 'Berkas ini bukan database SQLite yang sah dan tidak akan dibuka.');
    }
    throw error;
  }
}
