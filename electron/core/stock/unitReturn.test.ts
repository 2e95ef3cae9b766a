// Goods sent back to the producing unit (UPT): the `unit_return` move, refused beyond what the
// location holds (whatever the negative-stock setting) with nothing written, and migration 020
// keeping every move of an older ledger with its id and its immutability.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/messages';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { loadMigrations } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../db/open';
import { boothId, levelOf, productIdOf, stockCounts } from './stockTestHelpers';

const tempDir = tempDirPerTest();

describe('return to the producing unit', () => {
  it('takes the goods out oldest expiry first as unit_return moves naming the unit', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager', 'Bu Rina');
    const sambal = await productIdOf(t, 'SBR-150');
    await manager.ok('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-RTN-1',
      lines: [
        { productId: sambal, qty: 3, batchCode: 'LATE', expiresOn: '2027-03-31' },
        { productId: sambal, qty: 2, batchCode: 'EARLY', expiresOn: '2027-01-31' },
      ],
    });
    const result = await manager.ok('stock.returnToUnit', {
      productId: sambal,
      qty: 4,
      reference: 'BA-RTN-07',
      reason: 'Tidak laku',
    });
    expect(result.moves).toBe(2);
    expect(await levelOf(t, 'SBR-150')).toBe(1_000);
    const { rows } = await t.ok('stock.moves', { productId: sambal });
    const back = rows.filter((r) => r.kind === 'unit_return');
    expect(back.map((r) => [r.batchCode, r.qtyMilli])).toEqual([
      ['LATE', -2_000],
      ['EARLY', -2_000],
    ]);
    for (const r of back) {
      expect(r).toMatchObject({
        opId: result.opId,
        producerCode: 'RTN-PALU',
        reference: 'BA-RTN-07',
        reason: 'Tidak laku',
        userName: 'Bu Rina',
        locationCode: 'BOOTH',
      });
    }
    t.engine.close();
  });

  it('refuses more than the location holds even when selling below zero is allowed, writing nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager');
    const bawang = await productIdOf(t, 'BWG-100');
    const booth = await boothId(t);
    expect((await t.ok('stock.getSettings', {})).allowNegativeStock).toBe(true);
    await manager.ok('stock.receive', {
      producerCode: 'LPS-PALU',
      reference: 'SJ-1',
      lines: [{ productId: bawang, qty: 3 }],
    });
    const before = stockCounts(`${dir}/karya.db`);
    const tooMany = await manager.call('stock.returnToUnit', {
      locationId: booth,
      productId: bawang,
      qty: 5,
      reference: 'BA-1',
    });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) {
      expect(tooMany.error.code).toBe('INSUFFICIENT_STOCK');
      expect(tooMany.error.message).toMatch(
        /^Tidak dapat mengembalikan 5 .*Bawang.* ke Lapas .*: stok di Booth utama hanya 3 /,
      );
    }
    const refusals = [
      [{ productId: bawang, qty: 1, reference: '  ' }, 'INVALID_INPUT', /berita acara/],
      [{ productId: bawang, qty: 0, reference: 'BA-1' }, 'INVALID_INPUT', /./],
      [{ productId: bawang, qty: 1.5, reference: 'BA-1' }, 'INVALID_INPUT', /./],
      [{ productId: bawang, qty: 1, reference: 'BA-1', locationId: 999 }, 'NOT_FOUND', /./],
    ] as const;
    for (const [input, code, words] of refusals) {
      const answer = await manager.call('stock.returnToUnit', input);
      expect(answer.ok, JSON.stringify(input)).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code, JSON.stringify(input)).toBe(code);
        expect(answer.error.message).toMatch(words);
        expect(answer.error.message).not.toMatch(/expected|received|invalid input/i);
      }
    }
    const cashier = await t.as('cashier', 'Sri');
    const asCashier = await cashier.call('stock.returnToUnit', {
      productId: bawang,
      qty: 1,
      reference: 'BA-1',
    });
    expect(asCashier.ok).toBe(false);
    // All three on hand can go back; then nothing is left to return.
    await manager.ok('stock.returnToUnit', { productId: bawang, qty: 3, reference: 'BA-2' });
    expect(await levelOf(t, 'BWG-100')).toBe(0);
    const none = await manager.call('stock.returnToUnit', { productId: bawang, qty: 1, reference: 'BA-3' });
    expect(none.ok).toBe(false);
    t.engine.close();
    expect(stockCounts(`${dir}/karya.db`)).toEqual({ ...before, moves: before.moves + 1 });
  });

  it('says the refusal in English too', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager');
    const bawang = await productIdOf(t, 'BWG-100');
    const answer = await manager.call('stock.returnToUnit', { productId: bawang, qty: 2, reference: 'BA-1' });
    expect(answer.ok).toBe(false);
    if (!answer.ok)
      expect(formatMessage('en', answer.error.key ?? '', answer.error.params)).toMatch(
        /^Cannot return 2 .* only 0 .* at Booth utama\.$/,
      );
    t.engine.close();
  });
});

describe('migration 020_unit_returns', () => {
  it('keeps every move of an older ledger with its id, and the ledger stays immutable', () => {
    const dir = tempDir();
    const before = join(dir, 'migrations-019');
    mkdirSync(before);
    for (const m of loadMigrations(DEFAULT_MIGRATIONS_DIR).filter((m) => m.version <= 19)) {
      const file = `${String(m.version).padStart(3, '0')}_${m.name}.sql`;
      copyFileSync(join(DEFAULT_MIGRATIONS_DIR, file), join(before, file));
    }
    const file = join(dir, 'k.db');
    const old = openDatabase(file, before);
    old.db.prepare("INSERT INTO producers (code, name) VALUES ('LPS-PALU', 'Lapas Palu')").run();
    const productId = Number(
      old.db
        .prepare(
          "INSERT INTO products (sku, name, category, unit, price, producer_code) VALUES ('BWG-100', 'Bawang', 'Makanan', 'pcs', 25000, 'LPS-PALU')",
        )
        .run().lastInsertRowid,
    );
    const insert = old.db.prepare(
      `INSERT INTO stock_moves (id, op_id, product_id, location_id, qty_milli, kind, reason, created_at)
       VALUES (?, ?, ?, (SELECT id FROM locations WHERE is_default = 1), ?, ?, ?, '2026-11-28T01:00:00.000Z')`,
    );
    insert.run(7, 'OP7', productId, 5_000, 'adjust', 'Ditemukan');
    insert.run(9, 'OP9', productId, -1_000, 'adjust', 'Pecah');
    const oldMoves = old.db.prepare('SELECT * FROM stock_moves ORDER BY id').all();
    old.db.close();

    const { db } = openDatabase(file);
    expect(db.prepare('SELECT * FROM stock_moves ORDER BY id').all()).toEqual(oldMoves);
    expect(() => db.prepare('UPDATE stock_moves SET qty_milli = 1 WHERE id = 7').run()).toThrow(/IMMUTABLE/);
    expect(() => db.prepare('DELETE FROM stock_moves WHERE id = 9').run()).toThrow(/IMMUTABLE/);
    const move = (kind: string, qty: number, producer: string | null, reference: string | null) =>
      db
        .prepare(
          `INSERT INTO stock_moves (op_id, product_id, location_id, qty_milli, kind, producer_code, reference, created_at)
           VALUES ('OPX', ?, (SELECT id FROM locations WHERE is_default = 1), ?, ?, ?, ?, '2026-11-28T02:00:00.000Z')`,
        )
        .run(productId, qty, kind, producer, reference);
    const producer = 'LPS-PALU';
    // A return leaves (negative), names the unit and carries its note.
    expect(() => move('unit_return', 1_000, producer, 'BA-1')).toThrow(/CHECK/);
    expect(() => move('unit_return', -1_000, null, 'BA-1')).toThrow(/CHECK/);
    expect(() => move('unit_return', -1_000, producer, ' ')).toThrow(/CHECK/);
    expect(() => move('lost', -1_000, producer, 'BA-1')).toThrow(/CHECK/);
    const { lastInsertRowid } = move('unit_return', -1_000, producer, 'BA-1');
    expect(Number(lastInsertRowid)).toBe(10);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      (
        db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE tbl_name = 'stock_moves'").get() as {
          n: number;
        }
      ).n,
    ).toBe(1 + 5 + 3);
    db.close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });
});
