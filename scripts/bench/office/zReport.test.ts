// The generator's Z report is the one the till would store: a few generated days are written as
// rows into a real till database (made by the engine, with the demo catalogue), and the till's own
// report code (dayReport) over those rows must give exactly the generated report.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../../electron/core/engine';
import { dayReport } from '../../../electron/core/reports/dayReport';
import type { RefundDoc, SaleDoc, ShiftDoc } from '../../../shared/batch/format';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { seededRandom } from '../random';
import { demoCatalogue } from './catalogue';
import { DeviceTill, type GeneratedDay, TIME_ZONE, type TillProfile } from './deviceTill';

const PROFILE: TillProfile = {
  device: 'DGL1',
  installId: '0123456789abcdef0123456789abcdef',
  taxMode: 'inclusive',
  taxRateBp: 1100,
  roundingUnit: 500,
  salesPerDay: 60,
  cashiers: ['Sari', 'Dewi'],
  manager: 'Pak Yusuf',
};

/** The documents as the till's tables hold them (foreign keys to people and buyers left out). */
function store(db: Database.Database, days: readonly GeneratedDay[]): void {
  const sale = db.prepare(
    `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change,
                        cashier_name, line_discounts, order_discount, order_discount_kind, order_discount_value,
                        order_discount_reason, approved_by_name, tax_mode, tax_rate_bp, dpp, ppn, rounding,
                        rounding_unit, buyer_id, buyer_kind, buyer_name, buyer_tier, shift_id)
     VALUES (@id, @receiptNo, @device, @businessDay, @seq, @createdAt, @subtotal, @total, @paid, @change,
             @cashierName, @lineDiscounts, @orderDiscount, @orderDiscountKind, @orderDiscountValue,
             @orderDiscountReason, @approvedBy, @taxMode, @taxRateBp, @dpp, @ppn, @rounding,
             @roundingUnit, @buyerId, @buyerKind, @buyerName, @buyerTier, @shiftId)`,
  );
  const line = db.prepare(
    `INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by_weight, producer_code,
                             producer_name, qty_milli, unit_price, line_total, workshop_id, workshop_name,
                             list_price, price_source, price_reason, discount_kind, discount_value,
                             discount_reason, line_discount, order_discount_share, dpp, ppn, net_total)
     VALUES (@saleId, @lineNo, @productId, @sku, @name, @unit, @soldByWeight, @producerCode,
             @producerName, @qtyMilli, @unitPrice, @lineTotal, @workshopId, @workshopName,
             @listPrice, @priceSource, @priceReason, @discountKind, @discountValue,
             @discountReason, @lineDiscount, @orderDiscountShare, @dpp, @ppn, @netTotal)`,
  );
  const payment = db.prepare(
    `INSERT INTO payments (sale_id, seq, method, amount, tendered, change, reference, confirmed_by_name, confirmed_at)
     VALUES (@saleId, @seq, @method, @amount, @tendered, @change, @reference, @confirmedBy, @confirmedAt)`,
  );
  const voided = db.prepare(
    `INSERT INTO sale_voids (id, sale_id, device, business_day, created_at, reason, amount, user_name,
                             approved_by_name, shift_id)
     VALUES (@id, @saleId, @device, @businessDay, @createdAt, @reason, @amount, @userName, @approvedBy, @shiftId)`,
  );
  const voidLine = db.prepare(
    `INSERT INTO sale_void_lines (void_id, sale_id, sale_line_no, product_id, producer_code, workshop_id,
                                  qty_milli, amount)
     VALUES (@voidId, @saleId, @saleLineNo, @productId, @producerCode, @workshopId, @qtyMilli, @amount)`,
  );
  const refund = db.prepare(
    `INSERT INTO refunds (id, refund_no, sale_id, device, business_day, seq, created_at, reason, method,
                          reference, amount, user_name, approved_by_name, shift_id)
     VALUES (@id, @refundNo, @saleId, @device, @businessDay, @seq, @createdAt, @reason, @method,
             @reference, @amount, @userName, @approvedBy, @shiftId)`,
  );
  const refundLine = db.prepare(
    `INSERT INTO refund_lines (refund_id, sale_id, sale_line_no, product_id, producer_code, workshop_id,
                               qty_milli, amount)
     VALUES (@refundId, @saleId, @saleLineNo, @productId, @producerCode, @workshopId, @qtyMilli, @amount)`,
  );
  const shift = db.prepare(
    `INSERT INTO shifts (id, device, business_day, user_id, user_name, opened_at, opening_float, closed_at,
                         closed_by_name, expected_cash, counted_cash, count_detail, variance, close_note,
                         approved_by_name)
     VALUES (@id, @device, @businessDay, 1, @userName, @openedAt, @openingFloat, @closedAt, @closedBy,
             @expectedCash, @countedCash, NULL, @variance, @closeNote, @approvedBy)`,
  );
  const move = db.prepare(
    `INSERT INTO cash_movements (id, shift_id, kind, amount, reason, created_at, user_name)
     VALUES (@id, @shiftId, @kind, @amount, @reason, @createdAt, @userName)`,
  );
  const saleRow = (s: SaleDoc) => ({
    ...s,
    buyerId: s.buyer?.id ?? null,
    buyerKind: s.buyer?.kind ?? null,
    buyerName: s.buyer?.name ?? null,
    buyerTier: s.buyer?.tier ?? null,
  });
  const refundRow = (r: RefundDoc) => r;
  const shiftRow = ({ movements: _m, countDetail: _c, ...s }: ShiftDoc) => s;
  db.transaction(() => {
    for (const day of days) {
      for (const s of day.shifts) {
        shift.run(shiftRow(s));
        for (const m of s.movements) move.run({ ...m, shiftId: s.id });
      }
      for (const s of day.sales) {
        const { lines, payments, void: v, buyer: _b, ...rest } = saleRow(s);
        sale.run(rest);
        for (const l of lines) line.run({ ...l, saleId: s.id, soldByWeight: l.soldByWeight ? 1 : 0 });
        for (const p of payments) payment.run({ ...p, saleId: s.id });
        if (v) {
          const { lines: vLines, ...head } = v;
          voided.run({ ...head, saleId: s.id, device: s.device });
          for (const l of vLines) voidLine.run({ ...l, voidId: v.id, saleId: s.id });
        }
      }
      for (const r of day.refunds) {
        const { lines, saleReceiptNo: _n, saleBusinessDay: _d, ...head } = refundRow(r);
        refund.run(head);
        for (const l of lines) {
          refundLine.run({
            refundId: r.id,
            saleId: r.saleId,
            saleLineNo: l.saleLineNo,
            productId: l.productId,
            producerCode: l.producerCode,
            workshopId: l.workshopId,
            qtyMilli: l.qtyMilli,
            amount: l.amount,
          });
        }
      }
    }
  })();
}

describe('generated Z reports', () => {
  const temp = tempDirPerTest();

  it('are what the till’s report code gives for the same rows', () => {
    const dbPath = join(temp(), 'till.db');
    openEngine({ dbPath, backupCheckMs: 0, deviceCode: PROFILE.device }).close();
    const db = new Database(dbPath);
    // The rows name people and buyers the generator never made; the report does not read them.
    db.pragma('foreign_keys = OFF');
    try {
      const { products, units } = demoCatalogue();
      // The generator numbers the demo products as a fresh till's import does.
      expect(db.prepare('SELECT id, sku FROM products ORDER BY id').all()).toEqual(
        products.map((p) => ({ id: p.id, sku: p.sku })),
      );
      const split = db.prepare(
        'UPDATE producers SET pnbp_bp = ?, premi_bp = ?, capital_bp = ? WHERE code = ?',
      );
      for (const u of units.values()) split.run(u.pnbpBp, u.premiBp, u.capitalBp, u.code);

      const till = new DeviceTill(PROFILE, products, units, seededRandom(3), '2026-05-04', 1);
      const days = Array.from({ length: 4 }, () => till.nextDay());
      store(db, days);
      // What the report must cover to be a fair check: a void, a refund of an earlier day, cash in
      // and out of a drawer, rounding and inclusive PPN.
      const all = days.flatMap((d) => d.sales);
      expect(all.some((s) => s.void)).toBe(true);
      expect(days.flatMap((d) => d.refunds).some((r) => r.saleBusinessDay < r.businessDay)).toBe(true);
      expect(all.some((s) => s.rounding !== 0 && s.ppn > 0)).toBe(true);

      for (const day of days) {
        const report = dayReport(
          db,
          { device: PROFILE.device, from: day.day, to: day.day, timeZone: TIME_ZONE },
          new Date(day.closedAt),
          day.zNo,
        );
        expect(day.z.report, day.day).toEqual(report);
      }
    } finally {
      db.close();
    }
  });
});
