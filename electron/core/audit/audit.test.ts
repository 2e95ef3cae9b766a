import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

describe('audit log', () => {
  it('records sensitive actions with who approved them, for managers only, and never changes', async () => {
    const t = engineIn(tempDir());
    const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
    const sri = await t.as('cashier', 'Sri');
    const manager = await t.as('manager', 'Pak Andi');
    const approval = { userId: manager.user.id, pin: TEST_PIN };

    // A wrong PIN, a big discount and a typed price, a void, a refund, a settings change.
    expect((await t.engine.call('auth.login', { userId: manager.user.id, pin: '0000' })).ok).toBe(false);
    const sale = await sri.ok('sales.commit', {
      lines: [{ productId: bawang?.id ?? 0, qty: 2, unitPrice: 20_000, priceReason: 'kemasan lama' }],
      payments: [{ method: 'cash', amount: 40_000 }],
      approval,
    });
    await sri.ok('sales.refund', {
      receiptNo: sale.receiptNo,
      lines: [{ lineNo: 1, qty: 1 }],
      reason: 'rusak',
      approval,
    });
    const other = await sri.ok('sales.commit', {
      lines: [{ productId: bawang?.id ?? 0, qty: 1 }],
      payments: [{ method: 'cash', amount: 25_000 }],
    });
    await sri.ok('sales.void', { receiptNo: other.receiptNo, reason: 'salah input', approval });
    await manager.ok('paymentSettings.save', { cashRounding: 500 });
    await sri.ok('shifts.cashMove', { kind: 'out', amount: 10_000, reason: 'beli plastik' });

    const entries = await manager.ok('audit.list', {});
    const actions = entries.map((e) => e.action).reverse();
    expect(actions).toEqual([
      'user.create',
      'shift.open',
      'user.create',
      'shift.open',
      'pin.failed',
      'sale.approved',
      'sale.priceEdit',
      'sale.refund',
      'sale.void',
      'settings.change',
      'cash.out',
    ]);
    expect(entries.find((e) => e.action === 'sale.void')).toMatchObject({
      userName: 'Sri',
      approvedBy: 'Pak Andi',
      subject: other.receiptNo,
      detail: { amount: 25_000, reason: 'salah input' },
    });
    expect(entries.find((e) => e.action === 'pin.failed')).toMatchObject({ subject: 'Pak Andi' });
    expect(entries.find((e) => e.action === 'sale.priceEdit')?.detail).toMatchObject({
      listPrice: 25_000,
      unitPrice: 20_000,
      reason: 'kemasan lama',
    });
    expect((await manager.ok('audit.list', { action: 'sale.void' })).length).toBe(1);
    expect((await sri.call('audit.list', {})).ok).toBe(false);

    const db = new Database(t.engine.dbPath);
    expect(() => db.prepare("UPDATE audit_log SET user_name = 'x'").run()).toThrow(/IMMUTABLE/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/IMMUTABLE/);
    db.close();
    t.engine.close();
  });
});
