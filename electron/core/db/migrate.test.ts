import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { EngineError } from '../errors';
import { KARYA_APPLICATION_ID, loadMigrations } from './migrate';
import { DEFAULT_MIGRATIONS_DIR, needsIntegrityCheck, openDatabase } from './open';

const tempDir = tempDirPerTest();

function expectRefusal(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe(code);
    expect((error as EngineError).message.length).toBeGreaterThan(10);
    return;
  }
  throw new Error(`expected refusal ${code}`);
}

describe('openDatabase', () => {
  it('sets the pragmas the sales path relies on', () => {
    const { db } = openDatabase(join(tempDir(), 'k.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(KARYA_APPLICATION_ID);
    db.close();
  });

  it('applies every migration once and records it', () => {
    const file = join(tempDir(), 'k.db');
    const first = openDatabase(file);
    const files = loadMigrations(DEFAULT_MIGRATIONS_DIR);
    const recorded = first.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(files.map(({ version, name }) => ({ version, name })));
    expect(first.schemaVersion).toBe(files.length);
    expect(first.db.pragma('user_version', { simple: true })).toBe(files.length);
    first.db.close();
    const second = openDatabase(file);
    expect(second.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({
      n: files.length,
    });
    second.db.close();
  });

  it('refuses a database made by a newer app', () => {
    const file = join(tempDir(), 'k.db');
    const { db } = openDatabase(file);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'from_the_future', '2030-01-01')").run();
    db.close();
    expectRefusal(() => openDatabase(file), 'DB_TOO_NEW');
  });

  it('refuses a database whose recorded history differs from the files', () => {
    const file = join(tempDir(), 'k.db');
    const { db } = openDatabase(file);
    db.prepare("UPDATE schema_migrations SET name = 'something_else' WHERE version = 1").run();
    db.close();
    expectRefusal(() => openDatabase(file), 'DB_MIGRATION_MISMATCH');
  });

  it('refuses a foreign SQLite database and a file that is not SQLite', () => {
    const dir = tempDir();
    const foreign = new Database(join(dir, 'other.db'));
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    foreign.close();
    expectRefusal(() => openDatabase(join(dir, 'other.db')), 'DB_FOREIGN');
    writeFileSync(join(dir, 'notes.db'), 'this is a shopping list, not a database '.repeat(200));
    expectRefusal(() => openDatabase(join(dir, 'notes.db')), 'DB_FOREIGN');
  });

  it('rolls back a failing migration completely, record included', () => {
    const dir = tempDir();
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    cpSync(DEFAULT_MIGRATIONS_DIR, migrations, { recursive: true });
    const next = String(loadMigrations(migrations).length + 1).padStart(3, '0');
    writeFileSync(
      join(migrations, `${next}_broken.sql`),
      'CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;',
    );
    expect(() => openDatabase(join(dir, 'k.db'), migrations)).toThrow(/no_such_table/);
    const db = new Database(join(dir, 'k.db'));
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({
      v: Number(next) - 1,
    });
    db.close();
  });

  it('requires migration files numbered without gaps', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '001_a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/out of sequence/);
  });

  it('checks integrity after an unclean shutdown, and always for small files', () => {
    const file = join(tempDir(), 'k.db');
    const { db } = openDatabase(file);
    db.close(); // a clean close removes the write-ahead log
    expect(needsIntegrityCheck(file)).toBe(true); // small: always checked
    expect(needsIntegrityCheck(file, 0)).toBe(false); // large and closed cleanly: left to the backups
    writeFileSync(`${file}-wal`, Buffer.alloc(4096, 1)); // what a crash leaves behind
    expect(needsIntegrityCheck(file, 0)).toBe(true);
  });
});
