// The HTML renderer: the on-screen preview and the operating system's print dialog both show
// this markup, built from the same laid-out lines the thermal printer receives.
import { ean13Modules } from './ean13';
import type { DocBlock, PrintDoc } from './model';
import { qrSvgPath } from './qr';

export interface HtmlOptions {
  /** `data:image/png;base64,...` of the receipt logo; without it the logo block is left out. */
  logoDataUrl?: string | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function qrSvg(data: string): string {
  const { path, box } = qrSvgPath(data, 2);
  return `<svg class="receipt-qr" viewBox="0 0 ${box} ${box}" role="img" aria-label="QR" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

function barcodeSvg(code: string): string {
  const modules = ean13Modules(code);
  let path = '';
  for (let x = 0; x < modules.length; x++) if (modules[x] === '1') path += `M${x + 9} 0h1v40h-1z`;
  return `<svg class="receipt-barcode" viewBox="0 0 113 40" role="img" aria-label="EAN-13 ${code}" shape-rendering="crispEdges"><rect width="113" height="40" fill="#fff"/><path d="${path}" fill="#000"/></svg><div class="receipt-hri">${code}</div>`;
}

function block(b: DocBlock, options: HtmlOptions): string {
  switch (b.type) {
    case 'text': {
      const classes = ['receipt-line'];
      if (b.bold) classes.push('receipt-bold');
      if (b.tall) classes.push('receipt-tall');
      // An empty line still takes its height on paper; a lone space keeps it in HTML too.
      return `<div class="${classes.join(' ')}">${b.text === '' ? ' ' : escapeHtml(b.text)}</div>`;
    }
    case 'logo':
      return options.logoDataUrl
        ? `<div class="receipt-logo"><img src="${escapeHtml(options.logoDataUrl)}" alt=""></div>`
        : '';
    case 'qr':
      return `<div class="receipt-figure">${qrSvg(b.data)}</div>`;
    case 'barcode':
      return `<div class="receipt-figure">${barcodeSvg(b.data)}</div>`;
    case 'cut':
      return '<hr class="receipt-cut">';
  }
}

/** The receipt as an HTML fragment; style it with the `receipt-*` classes. */
export function renderDocHtml(doc: PrintDoc, options: HtmlOptions = {}): string {
  const body = doc.blocks.map((b) => block(b, options)).join('');
  return `<div class="receipt-paper receipt-cols-${doc.columns}">${body}</div>`;
}

/** Printable width of the paper in millimetres for a column preset. */
export function paperWidthMm(columns: number): number {
  return columns >= 48 ? 72 : columns >= 42 ? 68 : 48;
}

/** A whole page for the system print dialog, with its own style sheet and no scripts. */
export function renderDocHtmlPage(doc: PrintDoc, options: HtmlOptions = {}): string {
  const width = paperWidthMm(doc.columns);
  // Monospace glyphs are about 0.6 em wide: this font size fits `columns` characters on the paper.
  const fontSize = (width / doc.columns / 0.6).toFixed(2);
  const css = [
    `@page { size: ${width + 10}mm auto; margin: 0 5mm; }`,
    'html, body { margin: 0; padding: 0; background: #fff; color: #000; }',
    `.receipt-paper { width: ${width}mm; font: ${fontSize}mm/1.25 "DejaVu Sans Mono", Consolas, "Courier New", monospace; }`,
    '.receipt-line { white-space: pre; overflow: hidden; }',
    '.receipt-bold { font-weight: bold; }',
    '.receipt-tall { font-size: 1.35em; line-height: 1.3; }',
    '.receipt-figure, .receipt-logo { text-align: center; margin: 1mm 0; }',
    '.receipt-qr { width: 30mm; height: 30mm; }',
    '.receipt-barcode { width: 40mm; height: 14mm; }',
    '.receipt-hri { text-align: center; letter-spacing: 0.5mm; }',
    '.receipt-logo img { max-width: 60%; }',
    '.receipt-cut { border: 0; border-top: 1px dashed #000; margin: 3mm 0; page-break-after: always; }',
  ].join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Struk</title><style>${css}</style></head><body>${renderDocHtml(doc, options)}</body></html>`;
}
