import { describe, expect, it } from 'vitest';
import vectors from '../../../shared/qris/qris-vectors.json';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

describe('QRIS reconciliation', () => {
  it("lists the day's QRIS payments with who confirmed them and matches the provider's statement", async () => {
    const t = engineIn(tempDir());
    await t.ok('paymentSettings.save', { qrisStatic: vectors.static_to_dynamic[0]?.static });
    const [bawang] = await t.ok('products.list', { query: 'BWG-100' });
    const sri = await t.as('cashier', 'Sri');
    const sell = async (at: string, qty: number, reference?: string) => {
      t.setNow(at);
      return sri.ok('sales.commit', {
        lines: [{ productId: bawang?.id ?? 0, qty }],
        payments: [{ method: 'qris', amount: 25_000 * qty, confirmed: true, reference }],
      });
    };
    await sell('2026-11-28T02:00:00Z', 2, 'DANA 1'); // 10.00 WITA, Rp 50.000
    await sell('2026-11-28T03:00:00Z', 1); // 11.00 WITA, Rp 25.000: never arrived
    const manager = await t.as('manager', 'Pak Andi');

    const payments = await manager.ok('qris.payments', {});
    expect(payments).toEqual([
      expect.objectContaining({ amount: 50_000, confirmedBy: 'Sri', reference: 'DANA 1', voided: false }),
      expect.objectContaining({ amount: 25_000, confirmedBy: 'Sri', reference: null }),
    ]);

    const statement = [
      'Waktu Transaksi,Nominal,RRN,Status',
      '2026-11-28 10:03:10,50000,RRN-9,SUKSES',
      '2026-11-28 12:40:00,15000,RRN-10,SUKSES',
      'besok,5000,RRN-11,SUKSES',
    ].join('\n');
    const result = await manager.ok('qris.reconcile', { statement });
    expect(result.matched.map((m) => [m.payment.amount, m.row.reference, m.minutesApart])).toEqual([
      [50_000, 'RRN-9', 3],
    ]);
    expect(result.unmatchedPayments.map((p) => p.amount)).toEqual([25_000]);
    expect(result.unmatchedRows.map((r) => r.amount)).toEqual([15_000]);
    expect(result.problems).toEqual([
      { line: 4, message: { key: 'payments.statementTime', params: { line: 4, text: 'besok' } } },
    ]);
    expect((await sri.call('qris.reconcile', { statement })).ok).toBe(false);
    t.engine.close();
  });
});
