// Sales and refunds move stock. Both run inside the caller's transaction (the sale's own), so a
// refused sale leaves no move and a stored sale always has its moves.
import type { Database } from 'better-sqlite3';
import { formatQty } from '../../../shared/quantity';
import { EngineError } from '../errors';
import { newOpId, putIn, type Taken, takeOut } from './ledger';
import { locationOrSelling, sellingLocation } from './locations';
import { requireProduct } from './stockProduct';
import { allowNegativeStock } from './stockSettings';

export interface SoldLine {
  lineNo: number;
  productId: number;
  qtyMilli: number;
}

export interface SaleMoves {
  saleId: string;
  lines: readonly SoldLine[];
  userName: string | null;
  /** ISO instant of the sale. */
  createdAt: string;
}

/**
 * One `sale` move per line (more when a line takes from several batches, oldest expiry first) at
 * the till's selling location. With negative stock blocked, a line that would go below zero throws
 * INSUFFICIENT_STOCK, naming the product and what is available, and the whole sale rolls back.
 */
export function recordSaleMoves(db: Database, sale: SaleMoves): void {
  const location = sellingLocation(db);
  const allowNegative = allowNegativeStock(db);
  const opId = newOpId(db, new Date(sale.createdAt));
  for (const line of sale.lines) {
    takeOut(db, {
      opId,
      kind: 'sale',
      productId: line.productId,
      locationId: location.id,
      qtyMilli: line.qtyMilli,
      allowNegative,
      saleId: sale.saleId,
      saleLineNo: line.lineNo,
      userName: sale.userName,
      createdAt: sale.createdAt,
    });
  }
}

export interface RefundMoves {
  /** The original sale. */
  saleId: string;
  /** Lines of the original sale and how much of each comes back. */
  lines: readonly { lineNo: number; qtyMilli: number }[];
  /** Where the goods come back to; the selling location by default. */
  locationId?: number;
  /** The refund's own number, kept as the moves' reference. */
  reference?: string | null;
  userName: string | null;
  createdAt: string;
}

/**
 * Stock back in for a refund (the refund issue calls this inside its own transaction). Goods go
 * back into the batches the sale took them from; a line cannot bring back more than it sold less
 * what earlier refunds brought back.
 */
export function recordRefundMoves(db: Database, refund: RefundMoves): void {
  const location = locationOrSelling(db, refund.locationId);
  const opId = newOpId(db, new Date(refund.createdAt));
  const movesOf = db.prepare(
    `SELECT product_id AS productId, kind, batch_id AS batchId, qty_milli AS qtyMilli
     FROM stock_moves WHERE sale_id = ? AND sale_line_no = ? AND kind IN ('sale', 'refund') ORDER BY id`,
  );
  for (const line of refund.lines) {
    const moves = movesOf.all(refund.saleId, line.lineNo) as {
      productId: number;
      kind: 'sale' | 'refund';
      batchId: number | null;
      qtyMilli: number;
    }[];
    const productId = moves[0]?.productId;
    if (productId === undefined) {
      throw new EngineError('NOT_FOUND', 'stock.lineNoStock', { lineNo: line.lineNo });
    }
    // What each batch of this line still owes back: sold (negative moves) less refunded.
    const open = new Map<number | null, number>();
    for (const move of moves) open.set(move.batchId, (open.get(move.batchId) ?? 0) - move.qtyMilli);
    const returnable = [...open.values()].reduce((sum, qty) => sum + qty, 0);
    if (line.qtyMilli <= 0 || line.qtyMilli > returnable) {
      const product = requireProduct(db, productId);
      throw new EngineError('CONFLICT', 'stock.returnExceedsSold', {
        name: product.name,
        value: formatQty(Math.max(returnable, 0), product.soldByWeight),
        unit: product.unit,
      });
    }
    // The last batch taken is the freshest; put goods back there first.
    const back: Taken[] = [];
    let left = line.qtyMilli;
    for (const [batchId, qty] of [...open.entries()].reverse()) {
      const take = Math.min(left, Math.max(qty, 0));
      if (take > 0) back.push({ batchId, qtyMilli: take });
      left -= take;
    }
    putIn(db, productId, location.id, back, {
      opId,
      kind: 'refund',
      reference: refund.reference ?? null,
      saleId: refund.saleId,
      saleLineNo: line.lineNo,
      userName: refund.userName,
      createdAt: refund.createdAt,
    });
  }
}
