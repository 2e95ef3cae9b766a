// What gets printed, before it is laid out for a paper width. A print job stores one of these
// models, so a queued job prints the same text tomorrow even if the header settings change today.

/** Receipt texts a manager sets once per booth (stored in the settings table). */
export interface ReceiptSettings {
  /** Unit or booth name first, then address lines; the first line prints bold. */
  header: string[];
  footer: string[];
  /** Printed before the producing unit's name under each item when a printer has origin lines on. */
  originPrefix: string;
  /** `verification` prints a QR holding the receipt number and total; `none` prints none. */
  qr: 'none' | 'verification';
}

export const DEFAULT_RECEIPT_SETTINGS: ReceiptSettings = {
  header: ['Karya WBP', 'Produk Warga Binaan Pemasyarakatan'],
  footer: ['Terima kasih', 'Hasil penjualan kembali ke UPT pembuatnya'],
  originPrefix: 'Karya WBP',
  qr: 'none',
};

export interface ReceiptItem {
  name: string;
  /** `2 x 25.000` or `1,255 kg x 30.000`. */
  qtyText: string;
  /** Line total, whole rupiah. */
  amount: number;
  /** Producing unit, e.g. `Lapas Kelas IIA Palu`; printed with the origin prefix when enabled. */
  origin: string;
  /** Line discount as a positive amount, when there is one. */
  discount?: number;
}

export interface ReceiptPaymentLine {
  /** `Tunai`, `QRIS`, `Transfer`, `Kartu`. */
  label: string;
  amount: number;
  /** The transfer, card or QRIS reference, printed under the payment. */
  reference?: string;
}

/** Marks across the top of the paper. */
export type ReceiptMark = 'SALINAN' | 'BATAL' | 'REFUND';

/** A void or a refund of the sale, printed under the totals so the paper says what came back. */
export interface ReceiptReversal {
  /** `BATAL` or `RETUR R-BTH1-20261128-0001`. */
  title: string;
  /** Already formatted in the device's time zone. */
  dateTime: string;
  items: { name: string; qtyText: string; amount: number }[];
  /** Rupiah paid back. */
  amount: number;
  /** How it went back: `Tunai`, `QRIS`, or `Sesuai pembayaran` for a void. */
  method: string;
  reason: string;
  approvedBy: string;
}

export interface ReceiptModel {
  type: 'receipt';
  header: string[];
  footer: string[];
  originPrefix: string;
  marks: ReceiptMark[];
  receiptNo: string;
  /**
   * Already formatted in the device's time zone: `28/11/2026 14.05`, or `28/11/2026 14.05 WITA` when
   * the laptop that made the job keeps another zone (shared/zoneLabel.ts).
   */
  dateTime: string;
  cashier: string | null;
  /** A named buyer or reseller; absent for walk-in buyers. */
  buyer?: string;
  items: ReceiptItem[];
  subtotal: number;
  discount: number;
  /** Present when PPN is charged: tax base (DPP), PPN and a label such as `PPN 11%`. */
  tax?: { label: string; base: number; amount: number };
  /** Cash rounding added to the total (negative when rounded down); 0 prints nothing. */
  rounding?: number;
  total: number;
  payments: ReceiptPaymentLine[];
  change: number;
  /** A verification QR, or (later) the QRIS payload to pay by. */
  qr?: { data: string; caption: string };
  /** Cash sales open the drawer on the first print only, never on a copy. */
  openDrawer: boolean;
  /** Its void or refunds, when there are any. */
  reversals?: ReceiptReversal[];
}

/** A shelf or pack label for goods without a maker's barcode. */
export interface LabelModel {
  type: 'label';
  name: string;
  /** `Rp 25.000` or `Rp 30.000/kg`, already formatted. */
  priceText: string;
  /** EAN-13, 13 digits, printed with the printer's own barcode command. */
  barcode: string;
  origin: string | null;
  pirtNo: string | null;
  halalNo: string | null;
  /** `Exp. 28/02/2027`, already formatted, or null. */
  expiry: string | null;
  copies: number;
}

/**
 * A generic two-column report (X/Z reports plug in here): a title, sections of label/value rows.
 * Values are already formatted, so the printing code needs no knowledge of what they mean.
 */
export interface ReportModel {
  type: 'report';
  header: string[];
  title: string;
  subtitle?: string;
  sections: {
    heading?: string;
    /** `indent` prints the row two columns in, under the row it belongs to (a unit's split). */
    rows: { label: string; value: string; bold?: boolean; indent?: boolean }[];
  }[];
  footer: string[];
}

/** The test page a manager prints from the printer settings. */
export interface TestPageModel {
  type: 'test';
  printerName: string;
  dateTime: string;
  transport: string;
}

export type PrintModel = ReceiptModel | LabelModel | ReportModel | TestPageModel;

/**
 * A model laid out for one paper width. Text blocks are final: exactly what each printed line says,
 * padded to align, never longer than `columns`.
 */
export type DocBlock =
  | { type: 'text'; text: string; bold?: boolean; tall?: boolean }
  | { type: 'logo' }
  | { type: 'qr'; data: string }
  | { type: 'barcode'; symbology: 'ean13'; data: string }
  | { type: 'cut' };

export interface PrintDoc {
  columns: number;
  blocks: DocBlock[];
  /** Kick the cash drawer after printing (only when the printer profile also allows it). */
  openDrawer: boolean;
}

/** The printed text lines of a document, in order: what both renderers must show. */
export function docTextLines(doc: PrintDoc): string[] {
  return doc.blocks.flatMap((block) => (block.type === 'text' ? [block.text] : []));
}
