// Levels at one location: every active product (and any inactive one still holding stock), its
// sum of moves, the low-stock flag and the next expiry among the batches still there.
import type { Database } from 'better-sqlite3';
import type { ParsedInput, StockLevel } from '../../../shared/contract';
import { calendarDay } from '../../../shared/time';
import type { EngineContext } from '../context';
import { EngineError } from '../errors';
import { stockParts } from './ledger';
import { findLocation, sellingLocation } from './locations';

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const FROM_WHERE = `
  FROM products p
  JOIN producers u ON u.code = p.producer_code
  LEFT JOIN (SELECT product_id, sum(qty_milli) AS qty FROM stock_moves WHERE location_id = @location
             GROUP BY product_id) lv ON lv.product_id = p.id
  LEFT JOIN stock_thresholds t ON t.product_id = p.id
  WHERE (p.active = 1 OR coalesce(lv.qty, 0) <> 0)
    AND (@query = '' OR p.name LIKE @pattern ESCAPE '\\' OR p.sku LIKE @pattern ESCAPE '\\'
         OR p.id IN (SELECT product_id FROM product_barcodes WHERE code = @query))
    AND (@lowOnly = 0 OR (t.low_milli IS NOT NULL AND coalesce(lv.qty, 0) <= t.low_milli))`;

interface LevelRow extends Omit<StockLevel, 'soldByWeight' | 'low' | 'nextExpiry' | 'expired'> {
  soldByWeight: number;
}

export function stockLevels(ctx: EngineContext, input: ParsedInput<'stock.levels'>) {
  const { db } = ctx;
  const location = input.locationId === undefined ? sellingLocation(db) : findLocation(db, input.locationId);
  if (!location)
    throw new EngineError('NOT_FOUND', 'stock.locationIdNotFound', { locationId: String(input.locationId) });
  const query = input.query ?? '';
  const params = {
    location: location.id,
    query,
    pattern: likePattern(query),
    lowOnly: input.lowOnly ? 1 : 0,
  };
  const { total } = db.prepare(`SELECT count(*) AS total ${FROM_WHERE}`).get(params) as { total: number };
  const rows = db
    .prepare(
      `SELECT p.id AS productId, p.sku, p.name, p.unit, p.sold_by_weight AS soldByWeight,
              p.producer_code AS producerCode, u.name AS producerName,
              coalesce(lv.qty, 0) AS qtyMilli, t.low_milli AS lowStockMilli
       ${FROM_WHERE}
       ORDER BY p.name, p.id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit ?? 200, offset: input.offset ?? 0 }) as LevelRow[];

  const today = calendarDay(ctx.now(), ctx.device.timeZone);
  const expiries = nextExpiries(
    db,
    location.id,
    rows.map((r) => r.productId),
  );
  return {
    location,
    total,
    rows: rows.map((row): StockLevel => {
      const nextExpiry = expiries.get(row.productId) ?? null;
      return {
        ...row,
        soldByWeight: row.soldByWeight === 1,
        low: row.lowStockMilli !== null && row.qtyMilli <= row.lowStockMilli,
        nextExpiry,
        expired: nextExpiry !== null && nextExpiry < today,
      };
    }),
  };
}

/** Earliest expiry of the goods really on hand (FEFO view), for the products that have batches here. */
function nextExpiries(db: Database, locationId: number, productIds: readonly number[]): Map<number, string> {
  const result = new Map<number, string>();
  if (productIds.length === 0) return result;
  const withBatches = db
    .prepare(
      `SELECT DISTINCT product_id AS productId FROM stock_moves
       WHERE location_id = ? AND batch_id IS NOT NULL AND product_id IN (SELECT value FROM json_each(?))`,
    )
    .all(locationId, JSON.stringify(productIds)) as { productId: number }[];
  for (const { productId } of withBatches) {
    const first = stockParts(db, productId, locationId).parts.find((part) => part.expiresOn !== null);
    if (first?.expiresOn) result.set(productId, first.expiresOn);
  }
  return result;
}
