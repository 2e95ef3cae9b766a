import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { loadMigrations } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../db/open';

const tempDir = tempDirPerTest();

describe('migration 004_stock', () => {
  it('upgrades a database holding products and settings: a selling booth, negative stock allowed, no moves', () => {
    const dir = tempDir();
    const before = join(dir, 'migrations-003');
    mkdirSync(before);
    for (const m of loadMigrations(DEFAULT_MIGRATIONS_DIR).filter((m) => m.version <= 3)) {
      const file = `${String(m.version).padStart(3, '0')}_${m.name}.sql`;
      copyFileSync(join(DEFAULT_MIGRATIONS_DIR, file), join(before, file));
    }
    const file = join(dir, 'k.db');
    const old = openDatabase(file, before);
    old.db.prepare("INSERT INTO producers (code, name) VALUES ('LPS-PALU', 'Lapas Palu')").run();
    old.db
      .prepare(
        "INSERT INTO products (sku, name, category, unit, price, producer_code) VALUES ('BWG-100', 'Bawang', 'Makanan', 'pcs', 25000, 'LPS-PALU')",
      )
      .run();
    old.db.prepare("INSERT INTO settings (key, value) VALUES ('device_code', 'BTH9')").run();
    old.db.close();

    const { db } = openDatabase(file);
    expect(db.prepare('SELECT code, kind, is_default AS isDefault, active FROM locations').all()).toEqual([
      { code: 'BOOTH', kind: 'booth', isDefault: 1, active: 1 },
    ]);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'allow_negative_stock'").get()).toEqual({
      value: '1',
    });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'device_code'").get()).toEqual({
      value: 'BTH9',
    });
    expect(db.prepare('SELECT count(*) AS n FROM stock_moves').get()).toEqual({ n: 0 });
    // A second selling location is refused by the schema itself.
    expect(() =>
      db
        .prepare(
          "INSERT INTO locations (code, name, kind, is_default, created_at) VALUES ('OUT', 'Outlet', 'outlet', 1, 'x')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO locations (code, name, kind, created_at) VALUES ('EVT', 'Bazar tanpa tanggal', 'event', 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
