import type { Database } from 'better-sqlite3';
import type { Payment, Sale, SaleLine } from '../../../shared/contract';
import { EngineError } from '../errors';

type SaleRow = Omit<Sale, 'lines' | 'payments'>;

export function getSaleById(db: Database, id: string): Sale | undefined {
  const sale = db
    .prepare(
      `SELECT id, receipt_no AS receiptNo, device, business_day AS businessDay, created_at AS createdAt,
              status, subtotal, total, paid, change, cashier_name AS cashierName
       FROM sales WHERE id = ?`,
    )
    .get(id) as SaleRow | undefined;
  if (!sale) return undefined;
  const lines = (
    db
      .prepare(
        `SELECT line_no AS lineNo, product_id AS productId, sku, name, unit, sold_by_weight AS soldByWeight,
                producer_code AS producerCode, producer_name AS producerName, qty_milli AS qtyMilli,
                unit_price AS unitPrice, line_total AS lineTotal
         FROM sale_lines WHERE sale_id = ? ORDER BY line_no`,
      )
      .all(id) as (Omit<SaleLine, 'soldByWeight'> & { soldByWeight: number })[]
  ).map((line) => ({ ...line, soldByWeight: line.soldByWeight === 1 }));
  const payments = db
    .prepare('SELECT method, amount, tendered, change FROM payments WHERE sale_id = ? ORDER BY seq')
    .all(id) as Payment[];
  return { ...sale, lines, payments };
}

export function getSaleByReceiptNo(db: Database, receiptNo: string): Sale {
  const row = db.prepare('SELECT id FROM sales WHERE receipt_no = ?').get(receiptNo) as
    | { id: string }
    | undefined;
  const sale = row && getSaleById(db, row.id);
  if (!sale) throw new EngineError('NOT_FOUND', `Transaksi ${receiptNo} tidak ditemukan.`);
  return sale;
}
