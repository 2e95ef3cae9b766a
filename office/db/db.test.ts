import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { EngineError } from '../../electron/core/errors';
import { openDb } from './connect';
import { LOCK_FILE } from './lock';
import { loadMigrations, migrate } from './migrate';
import { describeBackends, freshDb, freshOptions } from './testing/backends';
import type { Queryable } from './types';

const tablesOf = async (db: Queryable) =>
  (
    await db.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
    )
  ).rows.map((r) => r.name);

/** A pid that surely runs no process: one that has just ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid ?? 999_999;
}

async function refusal(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

describeBackends('office database', (kind) => {
  it('migrates an empty database, and again is a no-op', async () => {
    const { db } = await freshDb(kind);
    expect(db.kind).toBe(kind);
    const newest = loadMigrations().at(-1)?.version;
    expect(await migrate(db)).toBe(newest);
    const tables = await tablesOf(db);
    for (const table of [
      'karya_office',
      'schema_migrations',
      'batches',
      'sales',
      'sale_lines',
      'day_unit_totals',
    ]) {
      expect(tables).toContain(table);
    }
    const history = (await db.query('select version, name, sha256 from schema_migrations order by version'))
      .rows;
    expect(history).toEqual(
      loadMigrations().map((m) => ({ version: m.version, name: m.name, sha256: m.sha256 })),
    );
    expect(await migrate(db)).toBe(newest);
    expect(
      (await db.query('select version, name, sha256 from schema_migrations order by version')).rows,
    ).toEqual(history);
  });

  it('refuses a database newer than the app, and one whose history differs', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    await db.query("insert into schema_migrations (version, name, sha256) values (99, 'future', 'x')");
    const tooNew = await refusal(migrate(db));
    expect(tooNew.code).toBe('DB_TOO_NEW');
    expect(tooNew.message).toContain('99');
    await db.query('delete from schema_migrations where version = 99');

    await db.query("update schema_migrations set sha256 = 'edited' where version = 1");
    const edited = await refusal(migrate(db));
    expect(edited.code).toBe('DB_MIGRATION_MISMATCH');
    expect(edited.message).toContain('1_init');
    await db.query("update schema_migrations set sha256 = $1, name = 'renamed' where version = 1", [
      loadMigrations()[0]?.sha256,
    ]);
    expect((await refusal(migrate(db))).code).toBe('DB_MIGRATION_MISMATCH');
  });

  it('refuses a foreign database and changes nothing in it', async () => {
    const { db } = await freshDb(kind);
    await db.query('create table orders (id int primary key)');
    const foreign = await refusal(migrate(db));
    expect(foreign.code).toBe('DB_FOREIGN');
    expect(foreign.message).toMatch(/bukan database kantor Karya POS/);
    expect(await tablesOf(db)).toEqual(['orders']);

    // A table of that name that does not say 'karya-office' does not make it ours.
    await db.query('drop table orders');
    await db.query('create table karya_office (format text)');
    await db.query("insert into karya_office values ('something-else')");
    expect((await refusal(migrate(db))).code).toBe('DB_FOREIGN');
  });

  it('refuses a second opener of the data folder, naming it and the holder', async () => {
    const { options } = await freshDb(kind);
    const second = await refusal(openDb(options));
    expect(second.code).toBe('LOCKED');
    expect(second.message).toContain(options.dataDir);
    expect(second.message).toContain(`proses ${process.pid}`);
    expect(second.message).toMatch(/sedang dipakai server kantor lain/);
  });

  it('takes over a stale lock (its process is gone, or the file was cut short) and releases its own', async () => {
    const options = await freshOptions(kind);
    const lock = join(options.dataDir, LOCK_FILE);
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: (await import('node:os')).hostname() }));
    const db = await openDb(options);
    await db.close();
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, '{"pid": 12');
    const again = await openDb(options);
    expect((await again.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await again.close();
  });

  it('gives int8 and sums as numbers (refusing past 2^53), and dates as their text', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const { rows } = await db.query<{ big: number; total: number; day: string; count: number }>(
      `select 3000000000::bigint * 2 as big, sum(v) as total, '2026-11-28'::date as day, count(*) as count
       from (values (160000000000::bigint), (45000::bigint)) t(v)`,
    );
    expect(rows).toEqual([{ big: 6_000_000_000, total: 160_000_045_000, day: '2026-11-28', count: 2 }]);
    await expect(db.query('select 9007199254740993::bigint as n')).rejects.toThrow(/2\^53/);
    await expect(
      db.query('select sum(v) from (values (9007199254740991::bigint), (2)) t(v)'),
    ).rejects.toThrow(/2\^53/);
  });

  it('rolls a transaction back whole when it throws, and commits it when it does not', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    await expect(
      db.tx(async (client) => {
        await client.query("insert into devices (code) values ('PLU1')");
        await client.query("insert into devices (code) values ('PLU2')");
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect((await db.query('select code from devices')).rows).toEqual([]);
    // A failing statement inside rolls back the earlier ones too.
    await expect(
      db.tx(async (client) => {
        await client.query("insert into devices (code) values ('PLU1')");
        await client.query("insert into devices (code) values ('bad code')");
      }),
    ).rejects.toThrow();
    expect((await db.query('select code from devices')).rows).toEqual([]);
    const answer = await db.tx(async (client) => {
      await client.query("insert into devices (code) values ('PLU1')");
      return 'done';
    });
    expect(answer).toBe('done');
    expect((await db.query('select code from devices')).rows).toEqual([{ code: 'PLU1' }]);
  });
});

describeBackends('opening', (kind) => {
  it.runIf(kind === 'embedded')(
    'opens its data folder with the lower shared_buffers, created by openDb',
    async () => {
      const { db, dataDir } = await freshDb(kind);
      // The folder was copied from one openDb created (in a child process) for this run.
      expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(dataDir, 'pg.creating'))).toBe(false);
      expect((await db.query<{ shared_buffers: string }>('show shared_buffers')).rows).toEqual([
        { shared_buffers: '32MB' },
      ]);
    },
  );

  it.runIf(kind === 'postgres')(
    'lets two servers migrate one database at once: it is migrated once',
    async () => {
      const options = await freshOptions(kind);
      const dirs = [
        mkdtempSync(join(tmpdir(), 'karya-office-a-')),
        mkdtempSync(join(tmpdir(), 'karya-office-b-')),
      ];
      onTestFinished(() => {
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      });
      const servers = await Promise.all(dirs.map((dataDir) => openDb({ ...options, dataDir })));
      onTestFinished(() => Promise.all(servers.map((db) => db.close())).then(() => undefined));
      await Promise.all(servers.map((db) => migrate(db)));
      expect((await servers[0]?.query('select version from schema_migrations'))?.rows).toHaveLength(
        loadMigrations().length,
      );
    },
  );
});
