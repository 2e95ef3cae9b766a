import type { Database } from 'better-sqlite3';
import { monotonicFactory } from 'ulid';
import type { ParsedInput, Sale } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { cashChange, priceCart } from '../../../shared/pricing';
import { toQtyMilli } from '../../../shared/quantity';
import { calendarDay } from '../../../shared/time';
import type { ProductRow } from '../catalog/listProducts';
import { PRODUCT_COLUMNS } from '../catalog/listProducts';
import type { Actor } from '../context';
import { EngineError } from '../errors';
import type { DeviceSettings } from '../settings/settings';
import { recordSaleMoves } from '../stock/saleMoves';
import { getSaleById } from './getSale';
import { formatReceiptNo, nextReceiptSeq } from './receiptNumber';

const ulid = monotonicFactory();

export interface SaleContext {
  db: Database;
  device: DeviceSettings;
  now: () => Date;
}

/**
 * Sells the lines for cash. Prices and producing units come from the catalogue, never from the
 * caller; totals come from the shared pricing function. Sale, lines, payment and receipt number are
 * written in one IMMEDIATE transaction: either all of it is stored, or nothing is.
 */
export function commitCashSale(ctx: SaleContext, input: ParsedInput<'sales.commitCash'>, actor: Actor): Sale {
  const cashier = actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: null };
  const { db, device } = ctx;
  // The workshop is copied onto the line like the producing unit, so later edits keep history.
  const findProduct = db.prepare(
    `SELECT ${PRODUCT_COLUMNS}, p.workshop_id AS workshopId, w.name AS workshopName
     FROM products p JOIN producers u ON u.code = p.producer_code LEFT JOIN workshops w ON w.id = p.workshop_id
     WHERE p.id = ?`,
  );

  const id = db
    .transaction(() => {
      const lines = input.lines.map((line) => {
        const product = findProduct.get(line.productId) as
          | (ProductRow & { workshopId: number | null; workshopName: string | null })
          | undefined;
        if (!product)
          throw new EngineError('NOT_FOUND', `Produk dengan id ${line.productId} tidak ditemukan.`);
        if (product.active !== 1) {
          throw new EngineError('PRODUCT_INACTIVE', `Produk ${product.name} sudah tidak dijual.`);
        }
        const qtyMilli = toQtyMilli(line.qty) ?? 0;
        if (product.soldByWeight !== 1 && qtyMilli % 1000 !== 0) {
          throw new EngineError('INVALID_INPUT', `Jumlah ${product.name} harus bilangan bulat.`);
        }
        return { product, qtyMilli, unitPrice: product.price };
      });

      const priced = priceCart(lines);
      const change = cashChange(priced.total, input.cashTendered);
      if (change === null) {
        throw new EngineError(
          'NOT_ENOUGH_CASH',
          `Uang tunai kurang: total ${formatRupiah(priced.total)}, diterima ${formatRupiah(input.cashTendered)}.`,
        );
      }

      const now = ctx.now();
      const businessDay = calendarDay(now, device.timeZone);
      const seq = nextReceiptSeq(db, device.device, businessDay);
      const saleId = ulid(now.getTime());
      db.prepare(
        `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change,
                            cashier_id, cashier_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        saleId,
        formatReceiptNo(device.device, businessDay, seq),
        device.device,
        businessDay,
        seq,
        now.toISOString(),
        priced.subtotal,
        priced.total,
        input.cashTendered,
        change,
        cashier.id,
        cashier.name,
      );
      const insertLine = db.prepare(
        `INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by_weight, producer_code,
                                 producer_name, qty_milli, unit_price, line_total, workshop_id, workshop_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      lines.forEach(({ product, qtyMilli, unitPrice }, i) => {
        insertLine.run(
          saleId,
          i + 1,
          product.id,
          product.sku,
          product.name,
          product.unit,
          product.soldByWeight,
          product.producerCode,
          product.producerName,
          qtyMilli,
          unitPrice,
          priced.lines[i]?.lineTotal ?? 0,
          product.workshopId,
          product.workshopName,
        );
      });
      db.prepare(
        'INSERT INTO payments (sale_id, seq, method, amount, tendered, change) VALUES (?, 1, ?, ?, ?, ?)',
      ).run(saleId, 'cash', priced.total, input.cashTendered, change);
      // Stock leaves the selling location in this same transaction; short stock refuses the sale.
      recordSaleMoves(db, {
        saleId,
        userName: cashier.name,
        createdAt: now.toISOString(),
        lines: lines.map(({ product, qtyMilli }, i) => ({ lineNo: i + 1, productId: product.id, qtyMilli })),
      });
      return saleId;
    })
    .immediate();

  const sale = getSaleById(db, id);
  if (!sale) throw new EngineError('INTERNAL', 'Transaksi tersimpan tetapi tidak dapat dibaca kembali.');
  return sale;
}
