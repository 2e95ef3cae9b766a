// One generated till, a business day at a time: what its cashiers sold (priced and paid with the
// till's own pricing and settlement code), what was voided, what came back as refunds (some days
// after the sale, so often in a later batch), its two shifts with their drawers, and the Z report.
// Everything comes from the seeded generator in day order, so the same seed gives the same days.
// Only a few days of state are kept: refunds waiting for their day, never the sales of the year.

import { receiptNoOf, refundNoOf } from '../../../shared/batch/checkDocs';
import type {
  PaymentDoc,
  RefundDoc,
  SaleDoc,
  SaleLineDoc,
  ShiftDoc,
  UnitSplit,
  VoidDoc,
  ZReportDoc,
} from '../../../shared/batch/format';
import { type Discount, type PricingLine, priceCart, quickCashAmounts } from '../../../shared/pricing';
import { lineShares, refundLineAmount } from '../../../shared/refundAmount';
import { cashDue, type PaymentMethod, settle, type Tender } from '../../../shared/settlement';
import type { Random } from '../random';
import type { DemoProduct } from './catalogue';
import { zReportFor } from './zReport';

export const TIME_ZONE = 'Asia/Makassar';
/** WITA, UTC+8, all year. */
const OFFSET_MINUTES = 8 * 60;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export interface TillProfile {
  device: string;
  installId: string;
  taxMode: SaleDoc['taxMode'];
  taxRateBp: number;
  /** Cash rounding unit: 0 (off), 100 or 500. */
  roundingUnit: number;
  /** Sales on an average day; each day varies around it. */
  salesPerDay: number;
  /** Morning and afternoon cashier. */
  cashiers: [string, string];
  manager: string;
}

export interface GeneratedDay {
  index: number;
  day: string;
  zNo: number;
  closedAt: string;
  sales: SaleDoc[];
  refunds: RefundDoc[];
  shifts: ShiftDoc[];
  z: ZReportDoc;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The calendar day `index` days after `start` (both YYYY-MM-DD). */
export function dayAfter(start: string, index: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
}

/** Midnight of `day` in the device's zone, as a UTC instant in ms. */
const localMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`) - OFFSET_MINUTES * MINUTE;

const BUYERS = ['Ibu Ratna', 'Pak Hasan', 'Koperasi Pegawai', 'Ibu Nur', 'Toko Sinar'];
const REFUND_REASONS = ['barang rusak', 'salah ukuran', 'kemasan bocor', 'tidak sesuai pesanan'];
const VOID_REASONS = ['salah input', 'pembeli batal', 'salah produk'];

interface PendingRefund {
  sale: SaleDoc;
  /** Ms after the day's local midnight; refunds of the same day come after their sale. */
  notBefore: number;
}

export class DeviceTill {
  private dayIndex = 0;
  private shiftId = 0;
  private movementId = 0;
  private readonly pending = new Map<number, PendingRefund[]>();
  private readonly cheap: DemoProduct[];
  private readonly dear: DemoProduct[];
  private readonly productById: Map<number, DemoProduct>;

  constructor(
    readonly profile: TillProfile,
    products: readonly DemoProduct[],
    private readonly units: ReadonlyMap<string, UnitSplit>,
    private readonly rng: Random,
    readonly firstDay: string,
    /**
     * The first day's first sale comes back this many days later and its second is voided, so even
     * a few days of data hold a void and a refund in a later batch (0: leave it to chance).
     */
    private readonly firstReturnAfter = 0,
  ) {
    this.cheap = products.filter((p) => p.price <= 100_000);
    this.dear = products.filter((p) => p.price > 100_000);
    this.productById = new Map(products.map((p) => [p.id, p]));
  }

  private ulid(timeMs: number): string {
    let time = '';
    let t = timeMs;
    for (let i = 0; i < 10; i++) {
      time = (CROCKFORD[t % 32] ?? '0') + time;
      t = Math.floor(t / 32);
    }
    let random = '';
    for (let i = 0; i < 16; i++) random += CROCKFORD[Math.floor(this.rng.next() * 32)];
    return time + random;
  }

  private product(): DemoProduct {
    return this.rng.chance(0.93) || this.dear.length === 0
      ? this.rng.pick(this.cheap)
      : this.rng.pick(this.dear);
  }

  private lineCount(): number {
    const r = this.rng.next();
    return r < 0.25 ? 1 : r < 0.55 ? 2 : r < 0.8 ? 3 : r < 0.92 ? 4 : 5;
  }

  private qtyMilli(p: DemoProduct): number {
    if (p.soldByWeight) return this.rng.int(5, 50) * 50;
    const r = this.rng.next();
    return (r < 0.7 ? 1 : r < 0.9 ? 2 : this.rng.int(3, 5)) * 1000;
  }

  private tenders(total: number): Tender[] {
    const r = this.rng.next();
    const nonCash: Tender[] =
      r < 0.62
        ? []
        : r < 0.87
          ? [{ method: 'qris', amount: total }]
          : r < 0.92
            ? [{ method: 'transfer', amount: total, reference: `TRF${this.rng.int(100000, 999999)}` }]
            : r < 0.98
              ? [{ method: 'card', amount: total, reference: `EDC${this.rng.int(100000, 999999)}` }]
              : total >= 2_000
                ? [{ method: 'qris', amount: Math.floor(total / 2_000) * 1_000 }]
                : [];
    const { left, due } = cashDue(total, nonCash, this.profile.roundingUnit);
    if (left === 0) return nonCash;
    return [...nonCash, { method: 'cash', amount: this.rng.pick(quickCashAmounts(due)) }];
  }

  private sale(day: string, seq: number, createdMs: number, shift: ShiftDoc, forceVoid: boolean): SaleDoc {
    const { profile, rng } = this;
    const chosen = new Map<number, DemoProduct>();
    const count = this.lineCount();
    for (let tries = 0; chosen.size < count && tries < 20; tries++) {
      const p = this.product();
      chosen.set(p.id, p);
    }
    const picked = [...chosen.values()];
    let approvedBy: string | null = null;
    const wants = picked.map((product) => {
      const qtyMilli = this.qtyMilli(product);
      let unitPrice = product.price;
      let priceSource: SaleLineDoc['priceSource'] = 'catalogue';
      let priceReason: string | null = null;
      if (rng.chance(0.005)) {
        unitPrice = Math.floor((product.price * 0.9) / 500) * 500;
        priceSource = 'manual';
        priceReason = 'harga khusus pameran';
        approvedBy = profile.manager;
      }
      let discount: Discount | undefined;
      let discountReason: string | null = null;
      const r = rng.next();
      if (r < 0.04) {
        discount = { kind: 'percent', bp: 1000 };
        discountReason = 'promo';
      } else if (r < 0.05 && unitPrice * (qtyMilli / 1000) >= 2_000) {
        discount = { kind: 'amount', value: 2_000 };
        discountReason = 'pelanggan tetap';
      }
      return { product, qtyMilli, unitPrice, priceSource, priceReason, discount, discountReason };
    });
    const orderDiscount: Discount | undefined = rng.chance(0.015) ? { kind: 'percent', bp: 500 } : undefined;
    if (orderDiscount) approvedBy = profile.manager;
    const pricingLines: PricingLine[] = wants.map((w) => ({
      unitPrice: w.unitPrice,
      qtyMilli: w.qtyMilli,
      ...(w.discount ? { discount: w.discount } : {}),
    }));
    const priced = priceCart(pricingLines, {
      ...(orderDiscount ? { orderDiscount } : {}),
      tax: { mode: profile.taxMode, rateBp: profile.taxRateBp },
    });
    const settlement = settle(priced.total, this.tenders(priced.total), profile.roundingUnit);
    const createdAt = new Date(createdMs).toISOString();
    const cashier = shift.userName;
    const discountValue = (d: Discount | undefined) => (d ? (d.kind === 'amount' ? d.value : d.bp) : null);
    // Keys in alphabetical order at every level: the till writes sales.jsonl with JSON.stringify.
    const lines: SaleLineDoc[] = wants.map((w, i) => {
      const p = priced.lines[i];
      if (!p) throw new Error('priced line missing');
      return {
        discountKind: w.discount?.kind ?? null,
        discountReason: w.discountReason,
        discountValue: discountValue(w.discount),
        dpp: p.dpp,
        lineDiscount: p.lineDiscount,
        lineNo: i + 1,
        lineTotal: p.gross,
        listPrice: w.product.price,
        name: w.product.name,
        netTotal: p.lineTotal,
        orderDiscountShare: p.orderDiscountShare,
        ppn: p.ppn,
        priceReason: w.priceReason,
        priceSource: w.priceSource,
        producerCode: w.product.producerCode,
        producerName: w.product.producerName,
        productId: w.product.id,
        qtyMilli: w.qtyMilli,
        sku: w.product.sku,
        soldByWeight: w.product.soldByWeight,
        unit: w.product.unit,
        unitPrice: w.unitPrice,
        workshopId: null,
        workshopName: null,
      };
    });
    const payments: PaymentDoc[] = settlement.payments.map((p, i) => ({
      amount: p.amount,
      change: p.change,
      confirmedAt: p.method === 'qris' ? createdAt : null,
      confirmedBy: p.method === 'qris' ? cashier : null,
      method: p.method,
      reference: p.reference,
      seq: i + 1,
      tendered: p.tendered,
    }));
    const buyerId = rng.chance(0.02) ? rng.int(1, BUYERS.length) : 0;
    const total = settlement.total;
    const sale: SaleDoc = {
      approvedBy,
      businessDay: day,
      buyer: buyerId
        ? { id: buyerId, kind: 'named', name: BUYERS[buyerId - 1] ?? 'Pembeli', tier: null }
        : null,
      cashierName: cashier,
      change: settlement.change,
      createdAt,
      device: profile.device,
      dpp: priced.dpp,
      id: this.ulid(createdMs),
      lineDiscounts: priced.lineDiscounts,
      lines,
      orderDiscount: priced.orderDiscount,
      orderDiscountKind: orderDiscount?.kind ?? null,
      orderDiscountReason: orderDiscount ? 'pembelian banyak' : null,
      orderDiscountValue: discountValue(orderDiscount),
      paid: settlement.paid,
      payments,
      ppn: priced.ppn,
      receiptNo: receiptNoOf(profile.device, day, seq),
      rounding: settlement.rounding,
      roundingUnit: settlement.rounding === 0 ? 0 : profile.roundingUnit,
      seq,
      shiftId: shift.id,
      subtotal: priced.subtotal,
      taxMode: profile.taxMode,
      taxRateBp: profile.taxMode === 'off' ? 0 : profile.taxRateBp,
      total,
      void: null,
    };
    if (rng.chance(0.005) || forceVoid) {
      // Voided a couple of minutes later, on its own day, by the same drawer.
      const voidMs = createdMs + 2 * MINUTE;
      const shares = lineShares(
        total,
        lines.map((l) => l.netTotal),
      );
      const voided: VoidDoc = {
        amount: total,
        approvedBy: profile.manager,
        businessDay: day,
        createdAt: new Date(voidMs).toISOString(),
        id: this.ulid(voidMs),
        lines: lines.map((l, i) => ({
          amount: shares[i] ?? 0,
          producerCode: l.producerCode,
          productId: l.productId,
          qtyMilli: l.qtyMilli,
          saleLineNo: l.lineNo,
          workshopId: null,
        })),
        reason: rng.pick(VOID_REASONS),
        shiftId: shift.id,
        userName: cashier,
      };
      sale.void = voided;
    }
    return sale;
  }

  private shift(day: string, userName: string, openMs: number, closeMs: number): ShiftDoc {
    return {
      approvedBy: null,
      closeNote: null,
      closedAt: new Date(closeMs).toISOString(),
      closedBy: userName,
      countDetail: null,
      countedCash: null,
      device: this.profile.device,
      businessDay: day,
      expectedCash: null,
      id: ++this.shiftId,
      movements: [],
      openedAt: new Date(openMs).toISOString(),
      openingFloat: 200_000,
      userName,
      variance: null,
    };
  }

  private refund(day: string, seq: number, atMs: number, sale: SaleDoc, shift: ShiftDoc): RefundDoc {
    const { rng } = this;
    const shares = lineShares(
      sale.total,
      sale.lines.map((l) => l.netTotal),
    );
    // One line back, all of it or part; sometimes the whole sale.
    const whole = rng.chance(0.2);
    const chosen = whole ? sale.lines : [rng.pick(sale.lines)];
    const lines = chosen.map((l) => {
      const qtyMilli = whole
        ? l.qtyMilli
        : l.soldByWeight
          ? Math.max(50, Math.floor(l.qtyMilli / 100) * 50)
          : l.qtyMilli > 1000 && rng.chance(0.5)
            ? 1000
            : l.qtyMilli;
      return {
        amount: refundLineAmount(shares[l.lineNo - 1] ?? 0, l.qtyMilli, 0, qtyMilli),
        name: l.name,
        producerCode: l.producerCode,
        productId: l.productId,
        qtyMilli,
        saleLineNo: l.lineNo,
        sku: l.sku,
        unit: l.unit,
        workshopId: l.workshopId,
      };
    });
    const method = (sale.payments[0]?.method ?? 'cash') as PaymentMethod;
    return {
      amount: lines.reduce((sum, l) => sum + l.amount, 0),
      approvedBy: this.profile.manager,
      businessDay: day,
      createdAt: new Date(atMs).toISOString(),
      device: this.profile.device,
      id: this.ulid(atMs),
      lines,
      method,
      reason: rng.pick(REFUND_REASONS),
      reference: method === 'cash' ? null : `RTR${rng.int(100000, 999999)}`,
      refundNo: refundNoOf(this.profile.device, day, seq),
      saleBusinessDay: sale.businessDay,
      saleId: sale.id,
      saleReceiptNo: sale.receiptNo,
      seq,
      shiftId: shift.id,
      userName: shift.userName,
    };
  }

  /** The next business day: sold, refunded, counted and closed with its Z. */
  nextDay(): GeneratedDay {
    const { profile, rng } = this;
    const index = this.dayIndex++;
    const day = dayAfter(this.firstDay, index);
    const midnight = localMidnight(day);
    const open = midnight + 8 * HOUR;
    const handover = midnight + 14 * HOUR;
    const morning = this.shift(
      day,
      profile.cashiers[0],
      midnight + 7 * HOUR + 45 * MINUTE,
      handover + 5 * MINUTE,
    );
    const afternoon = this.shift(day, profile.cashiers[1], handover, midnight + 20 * HOUR + 15 * MINUTE);
    const shiftAt = (ms: number) => (ms < handover ? morning : afternoon);

    const count = Math.max(1, Math.round(profile.salesPerDay * (0.7 + 0.6 * rng.next())));
    const slot = (12 * HOUR) / count;
    const sales: SaleDoc[] = [];
    for (let seq = 1; seq <= count; seq++) {
      const at = Math.floor(open + (seq - 1) * slot + rng.next() * slot * 0.9);
      const first = index === 0 && this.firstReturnAfter > 0;
      const sale = this.sale(day, seq, at, shiftAt(at), first && seq === 2);
      sales.push(sale);
      const returned = first && seq === 1;
      if (!sale.void && (rng.chance(0.006) || returned)) {
        // Most come back days later (a later batch, often); some the same afternoon.
        const after = returned ? this.firstReturnAfter : rng.chance(0.2) ? 0 : rng.int(1, 12);
        const list = this.pending.get(index + after) ?? [];
        list.push({ sale, notBefore: after === 0 ? at - midnight + 10 * MINUTE : 8 * HOUR });
        this.pending.set(index + after, list);
      }
    }

    const due = this.pending.get(index) ?? [];
    this.pending.delete(index);
    const timed = due
      .map((p) => ({
        sale: p.sale,
        at: midnight + p.notBefore + Math.floor(rng.next() * Math.max(MINUTE, 20 * HOUR - p.notBefore)),
      }))
      .map((p) => ({ ...p, at: Math.min(p.at, midnight + 20 * HOUR) }))
      .sort((a, b) => a.at - b.at || (a.sale.id < b.sale.id ? -1 : 1));
    const refunds = timed.map((p, i) => this.refund(day, i + 1, p.at, p.sale, shiftAt(p.at)));

    // Cash in and out of the drawers now and then, then each drawer counted at its close.
    if (rng.chance(0.08)) {
      morning.movements.push({
        amount: 100_000,
        createdAt: new Date(midnight + 9 * HOUR).toISOString(),
        id: ++this.movementId,
        kind: 'in',
        reason: 'Tambah uang kecil',
        userName: morning.userName,
      });
    }
    if (rng.chance(0.1)) {
      afternoon.movements.push({
        amount: rng.int(4, 10) * 5_000,
        createdAt: new Date(midnight + 16 * HOUR).toISOString(),
        id: ++this.movementId,
        kind: 'out',
        reason: 'Beli kantong plastik',
        userName: afternoon.userName,
      });
    }
    const closedAt = new Date(midnight + 20 * HOUR + 30 * MINUTE).toISOString();
    const shifts = [morning, afternoon];
    for (const shift of shifts) {
      const expected = this.expectedCash(shift, sales, refunds);
      const variance = rng.chance(0.03) ? rng.pick([-1_000, -500, 500, 2_000]) : 0;
      shift.expectedCash = expected;
      shift.countedCash = expected + variance;
      shift.variance = variance;
      if (variance !== 0) {
        shift.closeNote = 'Selisih uang kembalian';
        shift.approvedBy = profile.manager;
      }
    }
    // The Z is taken after the drawers are counted: its shift list and cash count include them.
    const z = zReportFor({
      device: profile.device,
      day,
      zNo: index + 1,
      closedAt,
      closedBy: profile.manager,
      offsetMinutes: OFFSET_MINUTES,
      sales,
      refunds,
      shifts,
      products: this.productById,
      units: this.units,
    });
    return { index, day, zNo: index + 1, closedAt, sales, refunds, shifts, z };
  }

  /** What a drawer should hold at its close, as the till's shift close works it out. */
  private expectedCash(shift: ShiftDoc, sales: readonly SaleDoc[], refunds: readonly RefundDoc[]): number {
    let cash = shift.openingFloat;
    for (const sale of sales) {
      for (const p of sale.payments) {
        if (p.method !== 'cash') continue;
        if (sale.shiftId === shift.id) cash += p.amount;
        if (sale.void?.shiftId === shift.id) cash -= p.amount;
      }
    }
    for (const r of refunds) if (r.method === 'cash' && r.shiftId === shift.id) cash -= r.amount;
    for (const m of shift.movements) cash += m.kind === 'in' ? m.amount : -m.amount;
    return cash;
  }
}
