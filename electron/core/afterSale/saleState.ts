// What a sale is now: its void, its refunds, what each line may still give back, and whether a
// void or a refund is allowed at this moment. Read from the new rows; the sale itself never changes.
import type { Database } from 'better-sqlite3';
import type {
  Refund,
  RefundLine,
  RefundMethod,
  Sale,
  SaleDetail,
  SaleLineState,
  SaleState,
  SaleVoid,
} from '../../../shared/contract';
import { type MessageRef, ref } from '../../../shared/messages';
import { lineShares } from '../../../shared/refundAmount';
import type { EngineContext } from '../context';
import { isSaleClosed, todayBusinessDay } from './businessDay';

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

/** What a line added to the total. Sales stored before discounts existed only have lineTotal. */
function lineNet(line: Sale['lines'][number]): number {
  return typeof line.netTotal === 'number' ? line.netTotal : line.lineTotal;
}

/** Each line's share of the sale total, cash rounding included: what a full refund pays back. */
export function saleLineShares(sale: Sale): number[] {
  return lineShares(sale.total, sale.lines.map(lineNet));
}

export function findVoid(db: Database, saleId: string): SaleVoid | null {
  const row = db
    .prepare(
      `SELECT v.id, v.sale_id AS saleId, s.receipt_no AS receiptNo, v.business_day AS businessDay,
              v.created_at AS createdAt, v.reason, v.amount, v.user_name AS userName,
              v.approved_by_name AS approvedBy
       FROM sale_voids v JOIN sales s ON s.id = v.sale_id WHERE v.sale_id = ?`,
    )
    .get(saleId) as SaleVoid | undefined;
  return row ?? null;
}

type RefundRow = Omit<Refund, 'lines' | 'method'> & { method: RefundMethod };
type RefundLineRow = Omit<RefundLine, 'soldByWeight'> & { refundId: string; soldByWeight: number };

export function findRefunds(db: Database, saleId: string): Refund[] {
  const refunds = db
    .prepare(
      `SELECT r.id, r.refund_no AS refundNo, r.sale_id AS saleId, s.receipt_no AS receiptNo,
              r.business_day AS businessDay, r.created_at AS createdAt, r.reason, r.method, r.reference,
              r.amount, r.user_name AS userName, r.approved_by_name AS approvedBy
       FROM refunds r JOIN sales s ON s.id = r.sale_id WHERE r.sale_id = ? ORDER BY r.created_at, r.refund_no`,
    )
    .all(saleId) as RefundRow[];
  const lines = db
    .prepare(
      `SELECT rl.refund_id AS refundId, rl.sale_line_no AS saleLineNo, rl.product_id AS productId, l.name,
              l.unit, l.sold_by_weight AS soldByWeight, rl.producer_code AS producerCode,
              rl.qty_milli AS qtyMilli, rl.amount
       FROM refund_lines rl JOIN sale_lines l ON l.sale_id = rl.sale_id AND l.line_no = rl.sale_line_no
       WHERE rl.sale_id = ? ORDER BY rl.sale_line_no`,
    )
    .all(saleId) as RefundLineRow[];
  return refunds.map((refund) => ({
    ...refund,
    lines: lines
      .filter((line) => line.refundId === refund.id)
      .map(({ refundId: _, soldByWeight, ...line }) => ({ ...line, soldByWeight: soldByWeight === 1 })),
  }));
}

export function saleStatus(db: Database, saleId: string): { status: SaleState; refundedAmount: number } {
  const row = db
    .prepare('SELECT status, refunded_amount AS refundedAmount FROM sale_after_status WHERE sale_id = ?')
    .get(saleId) as { status: SaleState; refundedAmount: number } | undefined;
  return row ?? { status: 'completed', refundedAmount: 0 };
}

/** Why the sale may not be voided now, or null when it may. */
function whyNoVoid(ctx: Ctx, sale: Sale, voided: boolean, refunded: boolean): MessageRef | null {
  if (voided) return ref('afterSale.voidAlreadyVoided');
  if (refunded) return ref('afterSale.voidAfterRefund');
  const today = todayBusinessDay(ctx);
  if (sale.businessDay !== today) return ref('afterSale.voidOtherDay', { day: sale.businessDay });
  if (isSaleClosed(ctx.db, sale.id)) return ref('afterSale.voidAfterZ', { day: sale.businessDay });
  return null;
}

function whyNoRefund(voided: boolean, lines: readonly SaleLineState[]): MessageRef | null {
  if (voided) return ref('afterSale.refundVoided');
  if (lines.every((line) => line.refundableMilli === 0)) return ref('afterSale.refundAllBack');
  // A refund after today's Z is allowed: it goes into the next Z of the same day.
  return null;
}

export function saleDetail(ctx: Ctx, sale: Sale): SaleDetail {
  const theVoid = findVoid(ctx.db, sale.id);
  const refunds = findRefunds(ctx.db, sale.id);
  const shares = saleLineShares(sale);
  const lines = sale.lines.map((line, i): SaleLineState => {
    let refundedMilli = 0;
    let refundedAmount = 0;
    for (const refund of refunds) {
      for (const back of refund.lines) {
        if (back.saleLineNo !== line.lineNo) continue;
        refundedMilli += back.qtyMilli;
        refundedAmount += back.amount;
      }
    }
    return {
      lineNo: line.lineNo,
      soldMilli: line.qtyMilli,
      refundedMilli,
      refundableMilli: theVoid ? 0 : Math.max(0, line.qtyMilli - refundedMilli),
      netAmount: shares[i] ?? 0,
      refundedAmount,
    };
  });
  const { status, refundedAmount } = saleStatus(ctx.db, sale.id);
  return {
    sale,
    status,
    refundedAmount,
    lines,
    void: theVoid,
    refunds,
    voidBlocked: whyNoVoid(ctx, sale, theVoid !== null, refunds.length > 0),
    refundBlocked: whyNoRefund(theVoid !== null, lines),
  };
}
