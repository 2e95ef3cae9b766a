// A void cancels a whole sale on its own business day, before the day is closed. It is a new row
// pointing at the sale (the sale never changes), needs a reason and a manager's approval, and puts
// every line's goods back in stock in the same transaction.
import type { ParsedInput, Sale, SaleDetail } from '../../../shared/contract';
import { audit } from '../audit/audit';
import { requireApproval } from '../auth/approval';
import { nextId } from '../clock/ids';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { getSaleByReceiptNo } from '../sales/getSale';
import { currentShiftFor } from '../shifts/businessDay';
import { recordRefundMoves } from '../stock/saleMoves';
import { saleDetail, saleLineShares } from './saleState';

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

/**
 * Whose drawer the voided sale's money leaves: the sale's own shift while it is open (the usual case,
 * minutes after the sale), otherwise the shift of whoever voids it. A sale that took cash cannot be
 * voided by a person with no shift open once its own shift is closed: the cash would leave a drawer
 * no open shift accounts for. The command line books no shift.
 */
function voidShift(ctx: Ctx, sale: Sale, actor: Actor): number | null {
  const { db } = ctx;
  const own = db
    .prepare(
      'SELECT s.shift_id AS id FROM sales s JOIN shifts sh ON sh.id = s.shift_id WHERE s.id = ? AND sh.closed_at IS NULL',
    )
    .get(sale.id) as { id: number } | undefined;
  if (own) return own.id;
  if (actor.kind !== 'user') return null;
  const mine = currentShiftFor(ctx, actor.userId);
  if (!mine && sale.payments.some((p) => p.method === 'cash' && p.amount > 0)) {
    throw new EngineError('SHIFT_CLOSED', 'afterSale.saleShiftClosed', {
      value: sale.cashierName ?? { key: 'common.cashier' },
    });
  }
  return mine?.id ?? null;
}

export function voidSale(ctx: EngineContext, input: ParsedInput<'sales.void'>, actor: Actor): SaleDetail {
  const { db } = ctx;
  const sale = getSaleByReceiptNo(db, input.receiptNo);
  // The rules first: a PIN cannot make yesterday's sale voidable, so do not ask for one.
  const blocked = saleDetail(ctx, sale).voidBlocked;
  if (blocked) throw EngineError.from('CONFLICT', blocked);
  voidShift(ctx, sale, actor);
  // Outside the transaction: a wrong PIN must still count towards the manager's lockout.
  const approver = requireApproval(ctx, actor, input.approval);
  const user = actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: null };

  db.transaction(() => {
    // Again inside the write lock: another till window may have voided or refunded meanwhile.
    const stillBlocked = saleDetail(ctx, sale).voidBlocked;
    if (stillBlocked) throw EngineError.from('CONFLICT', stillBlocked);
    const shiftId = voidShift(ctx, sale, actor);
    const now = ctx.now();
    const voidId = nextId(db, 'sale_voids', now);
    db.prepare(
      `INSERT INTO sale_voids (id, sale_id, device, business_day, created_at, reason, amount, user_id, user_name,
                               approved_by_id, approved_by_name, shift_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      voidId,
      sale.id,
      ctx.device.device,
      // Voids are booked on the sale's own day (a void is only allowed on that day, before its Z).
      sale.businessDay,
      now.toISOString(),
      input.reason,
      sale.total,
      user.id,
      user.name,
      approver.userId,
      approver.name,
      shiftId,
    );
    audit(db, ctx.device.device, now, {
      action: 'sale.void',
      actor,
      approvedBy: approver.name,
      subject: sale.receiptNo,
      detail: { amount: sale.total, reason: input.reason },
    });
    const shares = saleLineShares(sale);
    const insertLine = db.prepare(
      `INSERT INTO sale_void_lines (void_id, sale_id, sale_line_no, product_id, producer_code, workshop_id,
                                    qty_milli, amount)
       SELECT ?, sale_id, line_no, product_id, producer_code, workshop_id, qty_milli, ?
       FROM sale_lines WHERE sale_id = ? AND line_no = ?`,
    );
    sale.lines.forEach((line, i) => {
      insertLine.run(voidId, shares[i] ?? 0, sale.id, line.lineNo);
    });
    recordRefundMoves(db, {
      saleId: sale.id,
      lines: sale.lines.map((line) => ({ lineNo: line.lineNo, qtyMilli: line.qtyMilli })),
      reference: `BATAL ${sale.receiptNo}`,
      userName: user.name,
      createdAt: now.toISOString(),
    });
  }).immediate();

  return saleDetail(ctx, sale);
}
