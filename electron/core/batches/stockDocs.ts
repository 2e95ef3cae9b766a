// The stock ledger's moves a batch carries (format version 4). Moves are cut into Zs in the order
// they were written: a Z carries the moves written before the first move made after its close
// that no earlier Z carried. In move numbers (the ledger's ids, which only grow: moves are never
// updated or deleted) that is one range per Z, after..upto, where upto is one below the lowest
// move number stamped after the Z's close (the newest move when there is none yet), and never
// below the Z before it. The ranges of a till's Zs follow each other without a gap or an overlap,
// so every move goes out once, with the first Z closed after it; a move made after its day's last
// Z (goods received in the evening) goes with the next Z, on that Z's day. What a closed Z covers
// does not change once a move was made after it, so a re-export carries the same moves with the
// same ids. The boundary follows the write order, not the clock: a move stamped a few minutes
// before the close (a clock set back) but written after a later move still goes with the next Z.
import type { Database } from 'better-sqlite3';
import type { StockMoveDoc, StockMoveKind } from '../../../shared/batch/format';

export interface StockRange {
  stockAfter: number;
  stockUpto: number;
}

/** Every Z of the till (by number) with the move numbers it carries. */
export function stockRanges(db: Database, device: string): Map<number, StockRange> {
  const zs = db
    .prepare('SELECT z_no AS zNo, closed_at AS closedAt FROM day_closes WHERE device = ? ORDER BY z_no')
    .all(device) as { zNo: number; closedAt: string }[];
  const ranges = new Map<number, StockRange>();
  if (zs.length === 0) return ranges;
  // The ledger in time order, with the lowest move number from each position on.
  const moves = db
    .prepare('SELECT created_at, id FROM stock_moves ORDER BY created_at, id')
    .raw(true)
    .all() as [string, number][];
  const newest = moves.reduce((max, [, id]) => Math.max(max, id), 0);
  const lowestFrom = new Array<number>(moves.length + 1);
  lowestFrom[moves.length] = newest + 1;
  for (let i = moves.length - 1; i >= 0; i--) {
    lowestFrom[i] = Math.min(moves[i]?.[1] ?? newest + 1, lowestFrom[i + 1] ?? newest + 1);
  }
  /** The lowest move number stamped after `closedAt` (newest + 1 when none). */
  const firstAfter = (closedAt: string): number => {
    let lo = 0;
    let hi = moves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((moves[mid]?.[0] ?? '') <= closedAt) lo = mid + 1;
      else hi = mid;
    }
    return lowestFrom[lo] ?? newest + 1;
  };
  let upto = 0;
  for (const z of zs) {
    const after = upto;
    upto = Math.max(upto, firstAfter(z.closedAt) - 1);
    ranges.set(z.zNo, { stockAfter: after, stockUpto: upto });
  }
  return ranges;
}

interface MoveRow {
  moveNo: number;
  opId: string;
  kind: StockMoveKind;
  createdAt: string;
  userName: string | null;
  locationId: number;
  locationCode: string;
  locationName: string;
  locationKind: StockMoveDoc['location']['kind'];
  qtyMilli: number;
  productId: number;
  sku: string;
  name: string;
  unit: string;
  soldByWeight: number;
  producerCode: string;
  producerName: string;
  workshopId: number | null;
  workshopName: string | null;
  unitCost: number | null;
  unitPrice: number | null;
  reference: string | null;
  reason: string | null;
  receivedFrom: string | null;
  batchCode: string | null;
  expiresOn: string | null;
  saleId: string | null;
  saleLineNo: number | null;
}

// A sale or refund move names the product as the sale line does (as it was when sold, like
// sales.jsonl); other moves as the catalogue does. The price is the sale line's, else the
// catalogue price in force at the move (price history; the first price known when the history
// starts later); the cost is the catalogue's (the till keeps no history of costs).
const MOVES = `
  SELECT m.id AS moveNo, m.op_id AS opId, m.kind, m.created_at AS createdAt, m.user_name AS userName,
         l.id AS locationId, l.code AS locationCode, l.name AS locationName, l.kind AS locationKind,
         m.qty_milli AS qtyMilli, m.product_id AS productId,
         coalesce(sl.sku, p.sku) AS sku, coalesce(sl.name, p.name) AS name, coalesce(sl.unit, p.unit) AS unit,
         coalesce(sl.sold_by_weight, p.sold_by_weight) AS soldByWeight,
         coalesce(sl.producer_code, p.producer_code) AS producerCode,
         coalesce(sl.producer_name, pr.name) AS producerName,
         CASE WHEN sl.sale_id IS NULL THEN p.workshop_id ELSE sl.workshop_id END AS workshopId,
         CASE WHEN sl.sale_id IS NULL THEN w.name ELSE sl.workshop_name END AS workshopName,
         p.cost AS unitCost,
         coalesce(sl.unit_price,
                  (SELECT h.price FROM price_history h
                   WHERE h.product_id = m.product_id AND h.effective_from <= m.created_at
                   ORDER BY h.effective_from DESC, h.id DESC LIMIT 1),
                  (SELECT h.price FROM price_history h WHERE h.product_id = m.product_id
                   ORDER BY h.effective_from, h.id LIMIT 1),
                  p.price) AS unitPrice,
         m.reference, m.reason, m.producer_code AS receivedFrom,
         b.code AS batchCode, b.expires_on AS expiresOn, m.sale_id AS saleId, m.sale_line_no AS saleLineNo
  FROM stock_moves m
  JOIN locations l ON l.id = m.location_id
  JOIN products p ON p.id = m.product_id
  JOIN producers pr ON pr.code = p.producer_code
  LEFT JOIN workshops w ON w.id = p.workshop_id
  LEFT JOIN sale_lines sl ON sl.sale_id = m.sale_id AND sl.line_no = m.sale_line_no
  LEFT JOIN stock_batches b ON b.id = m.batch_id
  WHERE m.id > ? AND m.id <= ?
  ORDER BY m.id`;

/** The moves one Z carries, in the ledger's order, as documents of stock.jsonl. */
export function stockMoveDocs(
  db: Database,
  device: string,
  z: { day: string; zNo: number } & StockRange,
): StockMoveDoc[] {
  if (z.stockUpto <= z.stockAfter) return [];
  const rows = db.prepare(MOVES).all(z.stockAfter, z.stockUpto) as MoveRow[];
  // Keys in alphabetical order at every level, as canonical JSON writes them.
  return rows.map((r) => ({
    batch: r.batchCode === null ? null : { code: r.batchCode, expiresOn: r.expiresOn },
    businessDay: z.day,
    createdAt: r.createdAt,
    device,
    id: `${device}-S${r.moveNo}`,
    kind: r.kind,
    location: { code: r.locationCode, id: r.locationId, kind: r.locationKind, name: r.locationName },
    moveNo: r.moveNo,
    opId: r.opId,
    product: {
      name: r.name,
      producerCode: r.producerCode,
      producerName: r.producerName,
      productId: r.productId,
      sku: r.sku,
      soldByWeight: r.soldByWeight === 1,
      unit: r.unit,
      workshopId: r.workshopId,
      workshopName: r.workshopName,
    },
    qtyMilli: r.qtyMilli,
    reason: r.reason,
    receivedFrom: r.receivedFrom,
    reference: r.reference,
    saleId: r.saleId,
    saleLineNo: r.saleLineNo,
    unitCost: r.unitCost,
    unitPrice: r.unitPrice,
    userName: r.userName,
    zNo: z.zNo,
  }));
}
