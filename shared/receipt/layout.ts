// Lays a print model out for a paper width: one list of final text lines (plus logo, QR and
// barcode blocks) that the ESC/POS and HTML renderers both print as they are.
import { formatNumber, formatRupiah } from '../money';
import type {
  DocBlock,
  LabelModel,
  PrintDoc,
  PrintModel,
  ReceiptModel,
  ReportModel,
  TestPageModel,
} from './model';
import { center, leftRight, printable, rule, wrap } from './text';

/** Column presets: 58 mm Font A, Epson 180 dpi models, 80 mm Font A. */
export const PAPER_COLUMNS = [32, 42, 48] as const;
export type PaperColumns = (typeof PAPER_COLUMNS)[number];

export interface LayoutOptions {
  columns: PaperColumns;
  /** Print `Karya WBP <unit>` under each item. */
  originLines: boolean;
  /** Print the logo image at the top (when one is configured). */
  logo: boolean;
}

class Lines {
  readonly blocks: DocBlock[] = [];
  constructor(readonly width: number) {}

  text(text: string, style: { bold?: boolean; tall?: boolean } = {}): void {
    const block: DocBlock = { type: 'text', text: printable(text) };
    if (style.bold) block.bold = true;
    if (style.tall) block.tall = true;
    this.blocks.push(block);
  }
  centered(text: string, style: { bold?: boolean; tall?: boolean } = {}): void {
    for (const line of wrap(text, this.width)) this.text(center(line, this.width), style);
  }
  left(text: string, indent = 0, style: { bold?: boolean } = {}): void {
    for (const line of wrap(text, this.width - indent)) this.text(' '.repeat(indent) + line, style);
  }
  pair(label: string, value: string, style: { bold?: boolean; tall?: boolean } = {}, indent = 0): void {
    for (const line of leftRight(label, value, this.width, indent)) this.text(line, style);
  }
  rule(char = '-'): void {
    this.text(rule(this.width, char));
  }
  blank(): void {
    this.text('');
  }
  push(block: DocBlock): void {
    this.blocks.push(block);
  }
}

function header(out: Lines, lines: readonly string[], logo: boolean): void {
  if (logo) out.push({ type: 'logo' });
  lines.forEach((line, i) => {
    if (printable(line) !== '') out.centered(line, { bold: i === 0 });
  });
}

function receipt(model: ReceiptModel, options: LayoutOptions): Lines {
  const out = new Lines(options.columns);
  header(out, model.header, options.logo);
  out.rule();
  for (const mark of model.marks) out.centered(`*** ${mark} ***`, { bold: true, tall: true });
  out.pair('No. Transaksi', model.receiptNo);
  out.pair('Tanggal', model.dateTime);
  if (model.cashier) out.pair('Kasir', model.cashier);
  if (model.buyer) out.pair('Pembeli', model.buyer);
  out.rule();
  for (const item of model.items) {
    out.left(item.name);
    out.pair(item.qtyText, formatNumber(item.amount), {}, 2);
    if (item.discount) out.pair('Diskon', `-${formatNumber(item.discount)}`, {}, 2);
    if (options.originLines && item.origin !== '') {
      out.left(`${model.originPrefix} ${item.origin}`.trim(), 2);
    }
  }
  out.rule();
  out.pair('Subtotal', formatNumber(model.subtotal));
  if (model.discount > 0) out.pair('Diskon', `-${formatNumber(model.discount)}`);
  if (model.tax) {
    out.pair('DPP', formatNumber(model.tax.base));
    out.pair(model.tax.label, formatNumber(model.tax.amount));
  }
  if (model.rounding) out.pair('Pembulatan', formatNumber(model.rounding));
  out.pair('TOTAL', formatRupiah(model.total), { bold: true, tall: true });
  for (const payment of model.payments) {
    out.pair(payment.label, formatRupiah(payment.amount));
    if (payment.reference) out.left(`Ref: ${payment.reference}`, 2);
  }
  out.pair('Kembalian', formatRupiah(model.change));
  out.rule();
  for (const reversal of model.reversals ?? []) {
    out.centered(reversal.title, { bold: true });
    out.pair('Tanggal', reversal.dateTime);
    for (const item of reversal.items) {
      out.left(item.name);
      out.pair(item.qtyText, `-${formatNumber(item.amount)}`, {}, 2);
    }
    out.pair('Dikembalikan', `-${formatRupiah(reversal.amount)}`, { bold: true });
    out.pair('Cara', reversal.method);
    out.left(`Alasan: ${reversal.reason}`);
    out.left(`Disetujui: ${reversal.approvedBy}`);
    out.rule();
  }
  if (model.qr) {
    out.push({ type: 'qr', data: model.qr.data });
    out.centered(model.qr.caption);
  }
  for (const line of model.footer) if (printable(line) !== '') out.centered(line);
  for (const mark of model.marks) out.centered(`*** ${mark} ***`, { bold: true });
  return out;
}

function label(model: LabelModel, options: LayoutOptions): Lines {
  const out = new Lines(options.columns);
  for (let copy = 0; copy < model.copies; copy++) {
    if (copy > 0) out.push({ type: 'cut' });
    out.centered(model.name, { bold: true });
    out.centered(model.priceText, { bold: true, tall: true });
    out.push({ type: 'barcode', symbology: 'ean13', data: model.barcode });
    if (model.origin) out.centered(model.origin);
    if (model.pirtNo) out.centered(`P-IRT ${model.pirtNo}`);
    if (model.halalNo) out.centered(`Halal ${model.halalNo}`);
    if (model.expiry) out.centered(model.expiry);
  }
  return out;
}

function report(model: ReportModel, options: LayoutOptions): Lines {
  const out = new Lines(options.columns);
  header(out, model.header, options.logo);
  out.rule('=');
  out.centered(model.title, { bold: true, tall: true });
  if (model.subtitle) out.centered(model.subtitle);
  out.rule('=');
  for (const section of model.sections) {
    if (section.heading) out.left(section.heading, 0, { bold: true });
    for (const row of section.rows) {
      out.pair(row.label, row.value, { bold: row.bold ?? false }, row.indent ? 2 : 0);
    }
    out.rule();
  }
  for (const line of model.footer) if (printable(line) !== '') out.centered(line);
  return out;
}

function testPage(model: TestPageModel, options: LayoutOptions): Lines {
  const out = new Lines(options.columns);
  header(out, [], options.logo);
  out.centered('UJI CETAK', { bold: true, tall: true });
  out.centered(model.printerName);
  out.rule();
  out.pair('Waktu', model.dateTime);
  out.pair('Sambungan', model.transport);
  out.pair('Kolom', String(options.columns));
  out.rule();
  // A ruler shows at a glance whether the column setting matches the paper.
  const digits = Array.from({ length: options.columns }, (_, i) => String((i + 1) % 10)).join('');
  out.text(digits);
  out.pair('Kiri', 'Kanan');
  out.pair('Rupiah', formatRupiah(1_234_500));
  out.text('ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789'.slice(0, options.columns));
  out.rule();
  out.centered('Printer siap dipakai');
  return out;
}

export function layoutDoc(model: PrintModel, options: LayoutOptions): PrintDoc {
  const lines =
    model.type === 'receipt'
      ? receipt(model, options)
      : model.type === 'label'
        ? label(model, options)
        : model.type === 'report'
          ? report(model, options)
          : testPage(model, options);
  return {
    columns: options.columns,
    blocks: lines.blocks,
    openDrawer: model.type === 'receipt' && model.openDrawer,
  };
}
