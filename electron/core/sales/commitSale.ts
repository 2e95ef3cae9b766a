// The one sale write path (`sales.commit`; `sales.commitCash` is a thin wrapper). The till sends
// products, quantities, the cashier's price edits and discounts, and what the buyer handed over by
// each method; the engine recomputes every amount with the shared pricing and settlement functions
// and writes sale, lines, payments, stock moves and the receipt number in one IMMEDIATE
// transaction: either all of it is stored, or nothing is.
import type { Database } from 'better-sqlite3';
import type { ParsedInput, PaymentSettings, Sale } from '../../../shared/contract';
import { type Settlement, SettlementError, settle } from '../../../shared/settlement';
import { businessDayAt } from '../../../shared/time';
import { audit } from '../audit/audit';
import { type Approver, requireApproval } from '../auth/approval';
import { nextId } from '../clock/ids';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { getPaymentSettings } from '../payments/paymentSettings';
import type { DeviceSettings } from '../settings/settings';
import { shiftForWrite } from '../shifts/businessDay';
import { recordSaleMoves } from '../stock/saleMoves';
import { getSaleById } from './getSale';
import { needsManager, type PriceWindow, planSale, type SalePlan } from './planSale';
import { formatReceiptNo, nextReceiptSeq } from './receiptNumber';

export interface SaleContext {
  db: Database;
  device: DeviceSettings;
  now: () => Date;
}

export type SaleInput = ParsedInput<'sales.commit'>;

function settlePayments(plan: SalePlan, input: SaleInput, settings: PaymentSettings): Settlement {
  for (const tender of input.payments) {
    if (tender.method !== 'qris') continue;
    if (!settings.qrisStatic) {
      throw new EngineError('INVALID_INPUT', 'sales.qrisNotSet');
    }
    if (tender.confirmed !== true) {
      throw new EngineError('INVALID_INPUT', 'sales.qrisNotConfirmed');
    }
  }
  try {
    return settle(plan.priced.total, input.payments, settings.cashRounding);
  } catch (error) {
    if (error instanceof SettlementError) {
      throw EngineError.from(error.reason === 'short' ? 'NOT_ENOUGH_CASH' : 'INVALID_INPUT', error.ref);
    }
    throw error;
  }
}

/**
 * From the cart's start to now, when the cart started earlier today (business day, device zone):
 * the window in which the prices the cart showed are honoured. A start in the future counts as now;
 * a cart from another business day has its prices taken from the catalogue as it is now.
 */
export function priceWindow(ctx: SaleContext, startedAt: string | undefined): PriceWindow | null {
  if (startedAt === undefined) return null;
  const now = ctx.now();
  const start = new Date(Math.min(Date.parse(startedAt), now.getTime()));
  if (Number.isNaN(start.getTime())) return null;
  const dayOf = (instant: Date) => businessDayAt(instant, ctx.device.timeZone, ctx.device.dayCutoffHour);
  if (dayOf(start) !== dayOf(now)) return null;
  return { from: start.toISOString(), to: now.toISOString() };
}

/**
 * The manager who approves what the sale takes off list prices, or null when nothing is taken
 * off. Runs BEFORE the sale's transaction: a wrong PIN must count towards lockout even though the
 * sale is refused. A cashier within the limit needs nobody.
 */
export function approverFor(ctx: EngineContext, input: SaleInput, actor: Actor): Approver | null {
  // Nothing typed over the list prices and no discount: nothing to approve, no need to price twice.
  const untouched =
    !input.orderDiscount && input.lines.every((line) => line.unitPrice === undefined && !line.discount);
  if (untouched && !input.approval) return null;
  const settings = getPaymentSettings(ctx.db);
  const plan = planSale(ctx.db, input, settings, priceWindow(ctx, input.startedAt));
  if (plan.reduction <= 0) return null;
  if (actor.kind === 'user' && actor.role === 'cashier' && !needsManager(plan, settings, actor)) return null;
  return requireApproval(ctx, actor, input.approval);
}

/** Writes the sale. `approver` comes from approverFor, called before this. */
export function commitSale(
  ctx: SaleContext,
  input: SaleInput,
  actor: Actor,
  approver: Approver | null,
): Sale {
  const cashier = actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: null };
  const { db, device } = ctx;

  const id = db
    .transaction(() => {
      // Again inside the transaction: prices or settings may have changed since approverFor looked.
      const settings = getPaymentSettings(db);
      const plan = planSale(db, input, settings, priceWindow(ctx, input.startedAt));
      if (needsManager(plan, settings, actor) && !approver) {
        throw new EngineError('APPROVAL_REQUIRED', 'sales.discountOverLimit');
      }
      const settlement = settlePayments(plan, input, settings);
      const { priced } = plan;

      const now = ctx.now();
      // The cashier's open shift decides the day (a night bazaar past midnight stays one day).
      const { shiftId, businessDay } = shiftForWrite(ctx, actor);
      const seq = nextReceiptSeq(db, device.device, businessDay);
      const saleId = nextId(db, 'sales', now);
      db.prepare(
        `INSERT INTO sales (id, receipt_no, device, business_day, seq, created_at, subtotal, total, paid, change,
                            cashier_id, cashier_name, line_discounts, order_discount, order_discount_kind,
                            order_discount_value, order_discount_reason, approved_by_id, approved_by_name,
                            tax_mode, tax_rate_bp, dpp, ppn, rounding, rounding_unit,
                            buyer_id, buyer_kind, buyer_name, buyer_tier, shift_id)
         VALUES (@id, @receiptNo, @device, @businessDay, @seq, @createdAt, @subtotal, @total, @paid, @change,
                 @cashierId, @cashierName, @lineDiscounts, @orderDiscount, @orderDiscountKind,
                 @orderDiscountValue, @orderDiscountReason, @approvedById, @approvedByName,
                 @taxMode, @taxRateBp, @dpp, @ppn, @rounding, @roundingUnit,
                 @buyerId, @buyerKind, @buyerName, @buyerTier, @shiftId)`,
      ).run({
        id: saleId,
        receiptNo: formatReceiptNo(device.device, businessDay, seq),
        device: device.device,
        businessDay,
        seq,
        createdAt: now.toISOString(),
        subtotal: priced.subtotal,
        total: settlement.total,
        paid: settlement.paid,
        change: settlement.change,
        cashierId: cashier.id,
        cashierName: cashier.name,
        lineDiscounts: priced.lineDiscounts,
        orderDiscount: priced.orderDiscount,
        orderDiscountKind: plan.orderDiscount?.kind ?? null,
        orderDiscountValue: discountValue(plan.orderDiscount),
        orderDiscountReason: plan.orderDiscountReason,
        approvedById: approver?.userId ?? null,
        approvedByName: approver?.name ?? null,
        taxMode: settings.taxMode,
        taxRateBp: settings.taxMode === 'off' ? 0 : settings.taxRateBp,
        dpp: priced.dpp,
        ppn: priced.ppn,
        rounding: settlement.rounding,
        roundingUnit: settlement.rounding === 0 ? 0 : settings.cashRounding,
        buyerId: plan.buyer?.id ?? null,
        buyerKind: plan.buyer?.kind ?? null,
        buyerName: plan.buyer?.name ?? null,
        buyerTier: plan.buyer?.tier ?? null,
        shiftId,
      });

      const insertLine = db.prepare(
        `INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, sold_by_weight, producer_code,
                                 producer_name, qty_milli, unit_price, line_total, workshop_id, workshop_name,
                                 list_price, price_source, price_reason, discount_kind, discount_value,
                                 discount_reason, line_discount, order_discount_share, dpp, ppn, net_total)
         VALUES (@saleId, @lineNo, @productId, @sku, @name, @unit, @soldByWeight, @producerCode,
                 @producerName, @qtyMilli, @unitPrice, @lineTotal, @workshopId, @workshopName,
                 @listPrice, @priceSource, @priceReason, @discountKind, @discountValue,
                 @discountReason, @lineDiscount, @orderDiscountShare, @dpp, @ppn, @netTotal)`,
      );
      plan.lines.forEach((line, i) => {
        const p = priced.lines[i];
        if (!p) throw new EngineError('INTERNAL', 'sales.priceLineIncomplete');
        const { product } = line;
        insertLine.run({
          saleId,
          lineNo: i + 1,
          productId: product.id,
          sku: product.sku,
          name: product.name,
          unit: product.unit,
          soldByWeight: product.soldByWeight,
          producerCode: product.producerCode,
          producerName: product.producerName,
          qtyMilli: line.qtyMilli,
          unitPrice: line.unitPrice,
          lineTotal: p.gross,
          workshopId: product.workshopId,
          workshopName: product.workshopName,
          listPrice: line.listPrice,
          priceSource: line.priceSource,
          priceReason: line.priceReason,
          discountKind: line.discount?.kind ?? null,
          discountValue: discountValue(line.discount),
          discountReason: line.discountReason,
          lineDiscount: p.lineDiscount,
          orderDiscountShare: p.orderDiscountShare,
          dpp: p.dpp,
          ppn: p.ppn,
          netTotal: p.lineTotal,
        });
      });

      const insertPayment = db.prepare(
        `INSERT INTO payments (sale_id, seq, method, amount, tendered, change, reference,
                               confirmed_by_id, confirmed_by_name, confirmed_at)
         VALUES (@saleId, @seq, @method, @amount, @tendered, @change, @reference,
                 @confirmedById, @confirmedByName, @confirmedAt)`,
      );
      settlement.payments.forEach((payment, i) => {
        // QRIS has no callback: the person committing the sale is the one who confirmed it arrived.
        const qris = payment.method === 'qris';
        insertPayment.run({
          saleId,
          seq: i + 1,
          ...payment,
          confirmedById: qris ? cashier.id : null,
          confirmedByName: qris ? (cashier.name ?? 'Sistem') : null,
          confirmedAt: qris ? now.toISOString() : null,
        });
      });

      // What a manager let through, and every price typed over the list price, go to the audit log.
      const receiptNo = formatReceiptNo(device.device, businessDay, seq);
      if (approver && plan.reduction > 0) {
        audit(db, device.device, now, {
          action: 'sale.approved',
          actor,
          approvedBy: approver.name,
          subject: receiptNo,
          detail: { reduction: plan.reduction, base: plan.base },
        });
      }
      for (const line of plan.lines) {
        if (line.priceSource !== 'manual') continue;
        audit(db, device.device, now, {
          action: 'sale.priceEdit',
          actor,
          approvedBy: approver?.name ?? null,
          subject: receiptNo,
          detail: {
            sku: line.product.sku,
            listPrice: line.listPrice,
            unitPrice: line.unitPrice,
            reason: line.priceReason,
          },
        });
      }

      // Stock leaves the selling location in this same transaction; short stock refuses the sale.
      recordSaleMoves(db, {
        saleId,
        userName: cashier.name,
        createdAt: now.toISOString(),
        lines: plan.lines.map(({ product, qtyMilli }, i) => ({
          lineNo: i + 1,
          productId: product.id,
          qtyMilli,
        })),
      });
      return saleId;
    })
    .immediate();

  const sale = getSaleById(db, id);
  if (!sale) throw new EngineError('INTERNAL', 'sales.saleUnreadable');
  return sale;
}

function discountValue(discount: SalePlan['orderDiscount']): number | null {
  if (!discount) return null;
  return discount.kind === 'amount' ? discount.value : discount.bp;
}
