// The stock ledger's primitives: write a move, read a level, take goods out oldest-expiry-first
// (FEFO) and put them in again. Every other stock module goes through these; callers own the
// transaction.
import type { Database, Statement } from 'better-sqlite3';
import type { MoveKind } from '../../../shared/contract';
import { formatQty } from '../../../shared/quantity';
import { nextId } from '../clock/ids';
import type { Actor } from '../context';
import { EngineError } from '../errors';

/**
 * One id shared by every move of one operation (both legs of a transfer, the lines of a receipt),
 * above every op id stored before whatever the clock says.
 */
export function newOpId(db: Database, now: Date): string {
  return nextId(db, 'stock_moves', now);
}

/** The name stored on each move: the signed-in user, or null for the command line. */
export function userNameOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.name : null;
}

export interface MoveBase {
  opId: string;
  kind: MoveKind;
  reason?: string | null;
  reference?: string | null;
  producerCode?: string | null;
  saleId?: string | null;
  saleLineNo?: number | null;
  userName: string | null;
  createdAt: string;
}

export interface NewMove extends MoveBase {
  productId: number;
  locationId: number;
  qtyMilli: number;
  batchId: number | null;
}

/** What is on hand of one product at one location, split by batch in the order it will be sold. */
export interface StockPart {
  batchId: number | null;
  batchCode: string | null;
  expiresOn: string | null;
  qtyMilli: number;
}

interface Statements {
  insert: Statement;
  level: Statement;
  batchLevels: Statement;
  productLabel: Statement;
  locationName: Statement;
}

// Prepared once per connection: the sale path runs these for every line.
const cache = new WeakMap<Database, Statements>();

function statements(db: Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      insert: db.prepare(
        `INSERT INTO stock_moves (op_id, product_id, location_id, qty_milli, kind, reason, reference, producer_code,
                                  batch_id, sale_id, sale_line_no, user_name, created_at)
         VALUES (@opId, @productId, @locationId, @qtyMilli, @kind, @reason, @reference, @producerCode,
                 @batchId, @saleId, @saleLineNo, @userName, @createdAt)`,
      ),
      level: db.prepare(
        'SELECT coalesce(sum(qty_milli), 0) AS qty FROM stock_moves WHERE product_id = ? AND location_id = ?',
      ),
      // Oldest expiry first; batches without a date after dated ones, then by arrival.
      batchLevels: db.prepare(
        `SELECT b.id AS batchId, b.code AS batchCode, b.expires_on AS expiresOn, sum(m.qty_milli) AS qtyMilli
         FROM stock_moves m JOIN stock_batches b ON b.id = m.batch_id
         WHERE m.product_id = ? AND m.location_id = ? AND m.batch_id IS NOT NULL
         GROUP BY b.id
         HAVING sum(m.qty_milli) > 0
         ORDER BY b.expires_on IS NULL, b.expires_on, b.received_at, b.id`,
      ),
      productLabel: db.prepare(
        'SELECT name, unit, sold_by_weight AS soldByWeight FROM products WHERE id = ?',
      ),
      locationName: db.prepare('SELECT name FROM locations WHERE id = ?'),
    };
    cache.set(db, s);
  }
  return s;
}

export function insertMove(db: Database, move: NewMove): void {
  statements(db).insert.run({
    reason: null,
    reference: null,
    producerCode: null,
    saleId: null,
    saleLineNo: null,
    ...move,
  });
}

/** The level: the sum of every move of this product at this location. */
export function levelOf(db: Database, productId: number, locationId: number): number {
  return (statements(db).level.get(productId, locationId) as { qty: number }).qty;
}

/**
 * The level split into batches, in FEFO order, with unbatched stock last. Goods sold before they
 * were received (negative stock) leave batch totals above the level; since the oldest goods leave
 * first, what is really here is the level taken from the newest batches, so batches are filled
 * newest-first up to the level.
 */
export function stockParts(
  db: Database,
  productId: number,
  locationId: number,
): { level: number; parts: StockPart[] } {
  const s = statements(db);
  const level = levelOf(db, productId, locationId);
  const batches = s.batchLevels.all(productId, locationId) as StockPart[];
  const batched = batches.reduce((sum, b) => sum + b.qtyMilli, 0);
  let left = Math.max(level, 0);
  const unbatched = Math.min(left, Math.max(level - batched, 0));
  left -= unbatched;
  const parts: StockPart[] = [];
  for (const batch of [...batches].reverse()) {
    const qtyMilli = Math.min(left, batch.qtyMilli);
    left -= qtyMilli;
    if (qtyMilli > 0) parts.unshift({ ...batch, qtyMilli });
  }
  if (unbatched > 0) parts.push({ batchId: null, batchCode: null, expiresOn: null, qtyMilli: unbatched });
  return { level, parts };
}

export interface TakeOut extends MoveBase {
  productId: number;
  locationId: number;
  /** Positive: how much leaves. */
  qtyMilli: number;
  /** When false, taking more than is on hand is refused with INSUFFICIENT_STOCK. */
  allowNegative: boolean;
}

export interface Taken {
  batchId: number | null;
  qtyMilli: number;
}

/**
 * Writes the outgoing moves for `qtyMilli` of a product, oldest expiry first, one move per batch
 * touched. What no batch covers leaves as unbatched stock, which may take the level below zero
 * only when `allowNegative` is set.
 */
export function takeOut(db: Database, request: TakeOut): Taken[] {
  const { productId, locationId, qtyMilli, allowNegative, ...base } = request;
  const { level, parts } = stockParts(db, productId, locationId);
  if (!allowNegative && qtyMilli > level) throw insufficient(db, productId, locationId, level, qtyMilli);
  const taken: Taken[] = [];
  let left = qtyMilli;
  for (const part of parts) {
    if (left === 0) break;
    const qty = Math.min(left, part.qtyMilli);
    taken.push({ batchId: part.batchId, qtyMilli: qty });
    left -= qty;
  }
  if (left > 0) {
    const loose = taken.find((t) => t.batchId === null);
    if (loose) loose.qtyMilli += left;
    else taken.push({ batchId: null, qtyMilli: left });
  }
  for (const t of taken) {
    insertMove(db, { ...base, productId, locationId, qtyMilli: -t.qtyMilli, batchId: t.batchId });
  }
  return taken;
}

/** Writes incoming moves, keeping the batches the goods came with. */
export function putIn(
  db: Database,
  productId: number,
  locationId: number,
  parts: readonly Taken[],
  base: MoveBase,
): void {
  for (const part of parts) {
    if (part.qtyMilli > 0)
      insertMove(db, { ...base, productId, locationId, qtyMilli: part.qtyMilli, batchId: part.batchId });
  }
}

function insufficient(
  db: Database,
  productId: number,
  locationId: number,
  level: number,
  wanted: number,
): EngineError {
  const s = statements(db);
  const product = s.productLabel.get(productId) as
    | { name: string; unit: string; soldByWeight: number }
    | undefined;
  const location = s.locationName.get(locationId) as { name: string } | undefined;
  const byWeight = product?.soldByWeight === 1;
  const unit = product?.unit ?? '';
  return new EngineError('INSUFFICIENT_STOCK', 'stock.notEnough', {
    product: product?.name ?? { key: 'stock.productNo', params: { id: productId } },
    location: location?.name ?? { key: 'stock.thisLocation' },
    available: formatQty(Math.max(level, 0), byWeight),
    unit,
    wanted: formatQty(wanted, byWeight),
  });
}
