// The one receipt model, built from a stored sale: the engine prints it and the preview shows it.
import type { Refund, SaleVoid } from '../contract/afterSale';
import type { Sale } from '../contract/sales';
import { formatNumber } from '../money';
import { formatQty } from '../quantity';
import { formatZonedDateTime, laptopTimeZone } from '../zoneLabel';
import type { ReceiptMark, ReceiptModel, ReceiptReversal, ReceiptSettings } from './model';

const PAYMENT_LABELS: Record<string, string> = {
  cash: 'Tunai',
  qris: 'QRIS',
  transfer: 'Transfer',
  card: 'Kartu',
};

export interface ReceiptOptions {
  /** The device's zone: every time on the receipt is in it. */
  timeZone: string;
  /**
   * The zone of the laptop printing it (the process's by default): when it differs from the
   * device's, times read `05/12/2026 10.30 WITA`.
   */
  laptopZone?: string;
  settings: ReceiptSettings;
  /** A reprint: `SALINAN` on the paper and no drawer kick. */
  copy: boolean;
  /** The sale's void and refunds: `BATAL` / `REFUND` marks and what came back. */
  after?: { void: SaleVoid | null; refunds: readonly Refund[] };
}

/** `KARYA1;<receipt no>;<sale id>;<total>`: enough for an office to find and check the sale. */
export function verificationPayload(sale: Pick<Sale, 'receiptNo' | 'id' | 'total'>): string {
  return `KARYA1;${sale.receiptNo};${sale.id};${sale.total}`;
}

function dateTimeOf(iso: string, options: ReceiptOptions): string {
  return formatZonedDateTime(new Date(iso), options.timeZone, options.laptopZone ?? laptopTimeZone());
}

function marksOf(sale: Sale, options: ReceiptOptions): ReceiptMark[] {
  const marks: ReceiptMark[] = [];
  if (options.copy) marks.push('SALINAN');
  // A sale's own status never changes; voids and refunds are records of their own (options.after).
  const status: string = sale.status;
  if (status === 'voided' || options.after?.void) marks.push('BATAL');
  if (status === 'refunded' || (options.after?.refunds.length ?? 0) > 0) marks.push('REFUND');
  return marks;
}

function qtyText(qtyMilli: number, soldByWeight: boolean, unit: string): string {
  return `${formatQty(qtyMilli, soldByWeight)}${soldByWeight ? ` ${unit}` : ''}`;
}

function reversalsOf(sale: Sale, options: ReceiptOptions): ReceiptReversal[] {
  const after = options.after;
  if (!after) return [];
  const at = (iso: string) => dateTimeOf(iso, options);
  const reversals: ReceiptReversal[] = [];
  if (after.void) {
    reversals.push({
      title: 'BATAL',
      dateTime: at(after.void.createdAt),
      items: [],
      amount: after.void.amount,
      method: 'Sesuai pembayaran',
      reason: after.void.reason,
      approvedBy: after.void.approvedBy,
    });
  }
  for (const refund of after.refunds) {
    reversals.push({
      title: `RETUR ${refund.refundNo}`,
      dateTime: at(refund.createdAt),
      items: refund.lines.map((line) => ({
        name: sale.lines.find((l) => l.lineNo === line.saleLineNo)?.name ?? line.name,
        qtyText: qtyText(line.qtyMilli, line.soldByWeight, line.unit),
        amount: line.amount,
      })),
      amount: refund.amount,
      method: PAYMENT_LABELS[refund.method] ?? refund.method.toUpperCase(),
      reason: refund.reason,
      approvedBy: refund.approvedBy,
    });
  }
  return reversals;
}

export function receiptFromSale(sale: Sale, options: ReceiptOptions): ReceiptModel {
  const items = sale.lines.map((line) => {
    const qty = formatQty(line.qtyMilli, line.soldByWeight);
    const unit = line.soldByWeight ? ` ${line.unit}` : '';
    return {
      name: line.name,
      qtyText: `${qty}${unit} x ${formatNumber(line.unitPrice)}`,
      amount: line.lineTotal,
      origin: line.producerName,
      ...(line.lineDiscount > 0 ? { discount: line.lineDiscount } : {}),
    };
  });
  const model: ReceiptModel = {
    type: 'receipt',
    header: options.settings.header,
    footer: options.settings.footer,
    originPrefix: options.settings.originPrefix,
    marks: marksOf(sale, options),
    receiptNo: sale.receiptNo,
    dateTime: dateTimeOf(sale.createdAt, options),
    cashier: sale.cashierName,
    items,
    subtotal: sale.subtotal,
    // Line discounts print under their lines too; this is every rupiah taken off the subtotal.
    discount: sale.discountTotal,
    total: sale.total,
    payments: sale.payments.map((p) => ({
      label: PAYMENT_LABELS[p.method] ?? p.method.toUpperCase(),
      amount: p.method === 'cash' ? p.tendered : p.amount,
      ...(p.reference ? { reference: p.reference } : {}),
    })),
    change: sale.change,
    openDrawer: !options.copy && sale.payments.some((p) => p.method === 'cash'),
  };
  if (sale.buyer) model.buyer = sale.buyer.name;
  if (sale.rounding !== 0) model.rounding = sale.rounding;
  if (sale.taxMode !== 'off' && sale.ppn > 0) {
    const rate = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(sale.taxRateBp / 100);
    model.tax = {
      label: sale.taxMode === 'inclusive' ? `PPN ${rate}% (termasuk)` : `PPN ${rate}%`,
      base: sale.dpp,
      amount: sale.ppn,
    };
  }
  if (options.settings.qr === 'verification') {
    model.qr = { data: verificationPayload(sale), caption: 'Pindai untuk cek keaslian struk' };
  }
  const reversals = reversalsOf(sale, options);
  if (reversals.length > 0) model.reversals = reversals;
  return model;
}
