// The day's QRIS payments and their reconciliation with the provider's statement.
import type { ParsedInput, QrisPayment, Reconciliation } from '../../../shared/contract';
import { matchStatement, readStatement } from '../../../shared/qrisStatement';
import type { EngineContext } from '../context';
import { offsetMinutes } from '../reports/dayReport';
import { deviceBusinessDay } from '../shifts/businessDay';

export function qrisPayments(ctx: EngineContext, day: string): QrisPayment[] {
  const rows = ctx.db
    .prepare(
      `SELECT s.receipt_no AS receiptNo, p.amount, p.confirmed_at AS confirmedAt, p.confirmed_by_name AS confirmedBy,
              p.reference, EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id) AS voided
       FROM payments p JOIN sales s ON s.id = p.sale_id
       WHERE s.device = ? AND s.business_day = ? AND p.method = 'qris'
       ORDER BY p.confirmed_at`,
    )
    .all(ctx.device.device, day) as (Omit<QrisPayment, 'voided'> & { voided: number })[];
  return rows.map((row) => ({ ...row, voided: row.voided === 1 }));
}

export function reconcileQris(ctx: EngineContext, input: ParsedInput<'qris.reconcile'>): Reconciliation {
  const day = input.day ?? deviceBusinessDay(ctx);
  const payments = qrisPayments(ctx, day);
  const { rows, problems } = readStatement(input.statement, offsetMinutes(ctx.device.timeZone, ctx.now()));
  const result = matchStatement(payments, rows, input.windowMinutes ?? 15);
  return {
    day,
    payments,
    matched: result.matched,
    unmatchedPayments: result.payments,
    unmatchedRows: result.rows,
    problems,
  };
}
