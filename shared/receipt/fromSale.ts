// The one receipt model, built from a stored sale: the engine prints it and the preview shows it.
import type { Sale } from '../contract/sales';
import { formatNumber } from '../money';
import { formatQty } from '../quantity';
import { formatDateTime } from '../time';
import type { ReceiptMark, ReceiptModel, ReceiptSettings } from './model';

const PAYMENT_LABELS: Record<string, string> = { cash: 'Tunai', qris: 'QRIS', transfer: 'Transfer' };

export interface ReceiptOptions {
  timeZone: string;
  settings: ReceiptSettings;
  /** A reprint: `SALINAN` on the paper and no drawer kick. */
  copy: boolean;
}

/** `KARYA1;<receipt no>;<sale id>;<total>`: enough for an office to find and check the sale. */
export function verificationPayload(sale: Pick<Sale, 'receiptNo' | 'id' | 'total'>): string {
  return `KARYA1;${sale.receiptNo};${sale.id};${sale.total}`;
}

function marksOf(sale: Sale, copy: boolean): ReceiptMark[] {
  const marks: ReceiptMark[] = [];
  if (copy) marks.push('SALINAN');
  // Voids and refunds arrive with a later issue; the status names are the ones planned for them.
  const status: string = sale.status;
  if (status === 'voided') marks.push('BATAL');
  if (status === 'refunded') marks.push('REFUND');
  return marks;
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
    };
  });
  const discount = Math.max(0, sale.subtotal - sale.total);
  const model: ReceiptModel = {
    type: 'receipt',
    header: options.settings.header,
    footer: options.settings.footer,
    originPrefix: options.settings.originPrefix,
    marks: marksOf(sale, options.copy),
    receiptNo: sale.receiptNo,
    dateTime: formatDateTime(new Date(sale.createdAt), options.timeZone),
    cashier: sale.cashierName,
    items,
    subtotal: sale.subtotal,
    discount,
    total: sale.total,
    payments: sale.payments.map((p) => ({
      label: PAYMENT_LABELS[p.method] ?? p.method.toUpperCase(),
      amount: p.method === 'cash' ? p.tendered : p.amount,
    })),
    change: sale.change,
    openDrawer: !options.copy && sale.payments.some((p) => p.method === 'cash'),
  };
  if (options.settings.qr === 'verification') {
    model.qr = { data: verificationPayload(sale), caption: 'Pindai untuk cek keaslian struk' };
  }
  return model;
}
