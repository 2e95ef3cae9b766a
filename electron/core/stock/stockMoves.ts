// The ledger as people read it: newest first, a page at a time, for a product and/or a location.
import type { Database } from 'better-sqlite3';
import type { ParsedInput, StockMove } from '../../../shared/contract';

const FROM_WHERE = `
  FROM stock_moves m
  JOIN products p ON p.id = m.product_id
  JOIN locations l ON l.id = m.location_id
  LEFT JOIN stock_batches b ON b.id = m.batch_id
  LEFT JOIN sales s ON s.id = m.sale_id
  WHERE (@product IS NULL OR m.product_id = @product) AND (@location IS NULL OR m.location_id = @location)`;

export function stockMoves(db: Database, input: ParsedInput<'stock.moves'>) {
  const params = { product: input.productId ?? null, location: input.locationId ?? null };
  const { total } = db.prepare(`SELECT count(*) AS total ${FROM_WHERE}`).get(params) as { total: number };
  const rows = db
    .prepare(
      `SELECT m.id, m.op_id AS opId, m.product_id AS productId, p.sku, p.name AS productName, p.unit,
              p.sold_by_weight AS soldByWeight, m.location_id AS locationId, l.code AS locationCode,
              m.qty_milli AS qtyMilli, m.kind, m.reason, m.reference, m.producer_code AS producerCode,
              b.code AS batchCode, b.expires_on AS expiresOn, s.receipt_no AS receiptNo,
              m.user_name AS userName, m.created_at AS createdAt
       ${FROM_WHERE}
       ORDER BY m.id DESC
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit ?? 50, offset: input.offset ?? 0 }) as (Omit<
    StockMove,
    'soldByWeight'
  > & {
    soldByWeight: number;
  })[];
  return { total, rows: rows.map((row): StockMove => ({ ...row, soldByWeight: row.soldByWeight === 1 })) };
}
