import { join } from 'node:path';
import Database from 'better-sqlite3';
import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { nextId } from './ids';

const tempDir = tempDirPerTest();

function tableIn(dir: string): Database.Database {
  const db = new Database(join(dir, 'ids.db'));
  db.exec('CREATE TABLE IF NOT EXISTS sales (id TEXT PRIMARY KEY)');
  return db;
}

describe('nextId', () => {
  it('never goes below the newest id, stored or issued, whatever the clock reads', () => {
    const dir = tempDir();
    let db = tableIn(dir);
    const at = (iso: string) => new Date(iso);
    const issued: string[] = [];
    const take = (iso: string) => {
      const id = nextId(db, 'sales', at(iso));
      db.prepare('INSERT INTO sales (id) VALUES (?)').run(id);
      issued.push(id);
      return id;
    };
    const first = take('2026-11-28T02:00:00Z');
    expect(decodeTime(first)).toBe(Date.parse('2026-11-28T02:00:00Z'));
    take('2026-11-28T02:00:00Z'); // the same millisecond
    const back = take('2021-11-28T02:00:00Z'); // five years back: keeps the newest time, counts on
    expect(decodeTime(back)).toBe(Date.parse('2026-11-28T02:00:00Z'));
    db.close();

    // Another connection (a restart) knows nothing in memory and reads the newest stored id.
    db = tableIn(dir);
    take('2026-11-27T02:00:00Z');
    take('2026-11-28T03:00:00Z'); // past the newest again: the clock's time
    expect(decodeTime(issued.at(-1) as string)).toBe(Date.parse('2026-11-28T03:00:00Z'));
    expect([...issued].sort()).toEqual(issued);
    expect(new Set(issued).size).toBe(issued.length);
    db.close();
  });

  it('reads the table again when the clock is behind: another process may have written since', () => {
    const dir = tempDir();
    const mine = tableIn(dir);
    const other = tableIn(dir);
    const a = nextId(mine, 'sales', new Date('2026-11-28T02:00:00Z'));
    mine.prepare('INSERT INTO sales (id) VALUES (?)').run(a);
    // The command line, on the same file, writes a later id.
    const b = nextId(other, 'sales', new Date('2026-11-28T02:05:00Z'));
    other.prepare('INSERT INTO sales (id) VALUES (?)').run(b);
    const c = nextId(mine, 'sales', new Date('2026-11-28T02:01:00Z'));
    expect(c > b).toBe(true);
    mine.close();
    other.close();
  });
});
