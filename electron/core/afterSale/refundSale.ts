// A refund gives money and goods back for some or all of a sale's lines, on any later day. It is a
// new record with its own lines, each pointing at the original line and carrying the producing
// unit and the rupiah paid back, so the day and unit reports need nothing else. Never more than
// was sold less what earlier refunds brought back; stock returns in the same transaction.
import type { Database } from 'better-sqlite3';
import type { ParsedInput, Refund, RefundMethod, Sale, SaleDetail } from '../../../shared/contract';
import { formatQty, toQtyMilli } from '../../../shared/quantity';
import { refundLineAmount } from '../../../shared/refundAmount';
import { audit } from '../audit/audit';
import { requireApproval } from '../auth/approval';
import { nextId } from '../clock/ids';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { getSaleByReceiptNo } from '../sales/getSale';
import { currentShiftFor } from '../shifts/businessDay';
import { recordRefundMoves } from '../stock/saleMoves';
import { todayBusinessDay } from './businessDay';
import { saleDetail } from './saleState';

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

interface PlannedLine {
  lineNo: number;
  qtyMilli: number;
  amount: number;
}

/** Checks every requested line against what may still come back and prices it; throws on any problem. */
function planRefund(ctx: Ctx, sale: Sale, requested: ParsedInput<'sales.refund'>['lines']): PlannedLine[] {
  const detail = saleDetail(ctx, sale);
  if (detail.refundBlocked) throw EngineError.from('CONFLICT', detail.refundBlocked);
  const seen = new Set<number>();
  return requested.map((want) => {
    const line = sale.lines.find((l) => l.lineNo === want.lineNo);
    const state = detail.lines.find((l) => l.lineNo === want.lineNo);
    if (!line || !state) {
      throw new EngineError('NOT_FOUND', 'afterSale.saleHasNoLine', {
        receiptNo: sale.receiptNo,
        lineNo: want.lineNo,
      });
    }
    if (seen.has(want.lineNo)) {
      throw new EngineError('INVALID_INPUT', 'afterSale.lineTwice', { lineNo: want.lineNo, name: line.name });
    }
    seen.add(want.lineNo);
    const qtyMilli = toQtyMilli(want.qty) ?? 0;
    if (!line.soldByWeight && qtyMilli % 1000 !== 0) {
      throw new EngineError('INVALID_INPUT', 'afterSale.refundQtyWhole', { name: line.name });
    }
    if (qtyMilli > state.refundableMilli) {
      const sold = formatQty(state.soldMilli, line.soldByWeight);
      const left = formatQty(state.refundableMilli, line.soldByWeight);
      throw new EngineError('CONFLICT', 'afterSale.refundExceedsSold', {
        name: line.name,
        sold,
        unit: line.unit,
        left,
      });
    }
    return {
      lineNo: line.lineNo,
      qtyMilli,
      amount: refundLineAmount(state.netAmount, state.soldMilli, state.refundedMilli, qtyMilli),
    };
  });
}

function nextRefundSeq(db: Database, device: string, businessDay: string): number {
  const row = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM refunds WHERE device = ? AND business_day = ?')
    .get(device, businessDay) as { seq: number };
  return row.seq;
}

/** `R-BTH1-20261128-0001`: refunds are numbered per device and day, like receipts. */
export function formatRefundNo(device: string, businessDay: string, seq: number): string {
  return `R-${device}-${businessDay.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

/**
 * The shift a refund belongs to: the refunding person's open one. Cash comes out of a drawer, so a
 * person with no shift open may not hand it back (her refund would be in no shift's expected cash);
 * money sent back by QRIS, transfer or card touches no drawer. The command line books no shift.
 */
function refundShift(ctx: Ctx, actor: Actor, method: RefundMethod): number | null {
  if (actor.kind !== 'user') return null;
  const shift = currentShiftFor(ctx, actor.userId);
  if (!shift && method === 'cash') {
    throw new EngineError('SHIFT_CLOSED', 'afterSale.cashRefundNeedsShift');
  }
  return shift?.id ?? null;
}

export function refundSale(
  ctx: EngineContext,
  input: ParsedInput<'sales.refund'>,
  actor: Actor,
): { refund: Refund; detail: SaleDetail } {
  const { db } = ctx;
  const sale = getSaleByReceiptNo(db, input.receiptNo);
  // The rules first: no PIN can make an over-refund right, so do not ask for one.
  planRefund(ctx, sale, input.lines);
  refundShift(ctx, actor, input.method);
  // Outside the transaction: a wrong PIN must still count towards the manager's lockout.
  const approver = requireApproval(ctx, actor, input.approval);
  const user = actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: null };

  const refundId = db
    .transaction(() => {
      // Planned again inside the write lock, against whatever was refunded meanwhile.
      const lines = planRefund(ctx, sale, input.lines);
      const shiftId = refundShift(ctx, actor, input.method);
      const now = ctx.now();
      const businessDay = todayBusinessDay(ctx);
      const seq = nextRefundSeq(db, ctx.device.device, businessDay);
      const id = nextId(db, 'refunds', now);
      const refundNo = formatRefundNo(ctx.device.device, businessDay, seq);
      db.prepare(
        `INSERT INTO refunds (id, refund_no, sale_id, device, business_day, seq, created_at, reason, method,
                              reference, amount, user_id, user_name, approved_by_id, approved_by_name, shift_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        refundNo,
        sale.id,
        ctx.device.device,
        businessDay,
        seq,
        now.toISOString(),
        input.reason,
        input.method,
        input.reference ?? null,
        lines.reduce((sum, line) => sum + line.amount, 0),
        user.id,
        user.name,
        approver.userId,
        approver.name,
        shiftId,
      );
      audit(db, ctx.device.device, now, {
        action: 'sale.refund',
        actor,
        approvedBy: approver.name,
        subject: `${refundNo} (${sale.receiptNo})`,
        detail: {
          amount: lines.reduce((sum, line) => sum + line.amount, 0),
          method: input.method,
          reason: input.reason,
        },
      });
      const insertLine = db.prepare(
        `INSERT INTO refund_lines (refund_id, sale_id, sale_line_no, product_id, producer_code, workshop_id,
                                   qty_milli, amount)
         SELECT ?, sale_id, line_no, product_id, producer_code, workshop_id, ?, ?
         FROM sale_lines WHERE sale_id = ? AND line_no = ?`,
      );
      for (const line of lines) insertLine.run(id, line.qtyMilli, line.amount, sale.id, line.lineNo);
      recordRefundMoves(db, {
        saleId: sale.id,
        lines: lines.map(({ lineNo, qtyMilli }) => ({ lineNo, qtyMilli })),
        reference: refundNo,
        userName: user.name,
        createdAt: now.toISOString(),
      });
      return id;
    })
    .immediate();

  const detail = saleDetail(ctx, sale);
  const refund = detail.refunds.find((r) => r.id === refundId);
  if (!refund) throw new EngineError('INTERNAL', 'afterSale.refundUnreadable');
  return { refund, detail };
}
