// A small PDF writer for text and tables (the X/Z report as a file). Why our own: a PDF of text
// needs only the 14 standard fonts every reader has (Helvetica here), so no font file is embedded
// and the writer is ~250 lines; it runs the same in Electron and in a browser, offline, under the
// app's Content-Security-Policy, and gives the same bytes for the same input (no dates inside).
//
// Text is WinAnsi (Windows-1252): Indonesian needs nothing more. Other characters lose their
// accents (NFKD) or become `?`. Widths are Adobe's Helvetica metrics, so right-aligned amounts end
// exactly at the column's edge.

/** Helvetica and Helvetica-Bold advance widths (1/1000 em) for ASCII 32..126 (Adobe AFM). */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const HELVETICA_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Width used for WinAnsi characters above 126 (accented letters are about an `n` wide). */
const OTHER_WIDTH = 556;
const ELLIPSIS_WIDTH = 1000;

/** Windows-1252 codes 0x80..0x9F for the Unicode characters that live there. */
const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** The WinAnsi byte of each character of `text` (one per character; never a control byte). */
export function winAnsiCodes(text: string): number[] {
  const codes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code === 0xa0 || code === 0x09 || code === 0x0a || code === 0x0d) codes.push(0x20);
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff)) codes.push(code);
    else if (WIN_ANSI_EXTRA[ch] !== undefined) codes.push(WIN_ANSI_EXTRA[ch]);
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    else {
      // `ş` → `s`: the letter without its accent, when the base letter is plain ASCII.
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      const baseCode = base.length === 1 ? (base.codePointAt(0) ?? 0) : 0;
      codes.push(baseCode >= 0x20 && baseCode <= 0x7e ? baseCode : 0x3f);
    }
  }
  return codes;
}

function codeWidth(code: number, bold: boolean): number {
  if (code >= 32 && code <= 126) return (bold ? HELVETICA_BOLD : HELVETICA)[code - 32] ?? OTHER_WIDTH;
  return code === 0x85 ? ELLIPSIS_WIDTH : OTHER_WIDTH;
}

/** Width of `text` in points at font `size`. */
export function pdfTextWidth(text: string, size: number, bold = false): number {
  return winAnsiCodes(text).reduce((sum, code) => sum + codeWidth(code, bold), 0) * (size / 1000);
}

/** A PDF literal string: ASCII as is, `( ) \` escaped, other bytes as octal escapes. */
function pdfString(codes: readonly number[]): string {
  let out = '(';
  for (const code of codes) {
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code >= 0x20 && code <= 0x7e) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** `text` cut to fit `width` points, ending in an ellipsis when cut. */
function fitCodes(text: string, width: number, size: number, bold: boolean): number[] {
  const codes = winAnsiCodes(text);
  const scale = size / 1000;
  let total = codes.reduce((sum, code) => sum + codeWidth(code, bold), 0) * scale;
  if (total <= width) return codes;
  const room = width - ELLIPSIS_WIDTH * scale;
  while (codes.length > 0 && total > room) total -= codeWidth(codes.pop() ?? 0, bold) * scale;
  return [...codes, 0x85];
}

/** Word wrap to `width` points. */
function wrapText(text: string, width: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && pdfTextWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

export interface PdfColumn {
  header: string;
  /** Relative width; the columns share the page's width in these proportions. */
  width: number;
  align?: 'left' | 'right';
}

export interface PdfRow {
  cells: string[];
  /** A total: bold, with a rule above it. */
  bold?: boolean;
}

export type PdfBlock =
  | { type: 'title'; text: string }
  | { type: 'text'; text: string; bold?: boolean }
  | { type: 'heading'; text: string }
  | { type: 'table'; columns: PdfColumn[]; rows: PdfRow[] }
  | { type: 'space' };

export interface PdfDocument {
  /** The document's title in the reader's window. */
  title: string;
  blocks: PdfBlock[];
  /** Printed at the foot of every page, before `Halaman 1/3`. */
  footer?: string;
}

/** A4 portrait, in points. */
export const PAGE = { width: 595, height: 842, margin: 40 } as const;
const FOOT = 28;
const SIZES = { title: 15, heading: 11.5, text: 10, table: 9, foot: 8 } as const;
const CELL_PAD = 4;

class Pages {
  readonly streams: string[] = [];
  private ops: string[] = [];
  /** Where the next line's top goes, from the page's bottom edge. */
  y = PAGE.height - PAGE.margin;
  private flush(): void {
    if (this.ops.length > 0) this.streams.push(this.ops.join('\n'));
    this.ops = [];
  }
  finish(): string[] {
    this.flush();
    if (this.streams.length === 0) this.streams.push('');
    return this.streams;
  }
  /** Makes room for `height` points, starting a new page when the page is full. */
  room(height: number): boolean {
    if (this.y - height >= PAGE.margin + FOOT) return false;
    this.flush();
    this.y = PAGE.height - PAGE.margin;
    return true;
  }
  text(x: number, y: number, codes: readonly number[], size: number, bold: boolean): void {
    this.ops.push(
      `BT /${bold ? 'F2' : 'F1'} ${num(size)} Tf ${num(x)} ${num(y)} Td ${pdfString(codes)} Tj ET`,
    );
  }
  rule(x1: number, x2: number, y: number, width = 0.5): void {
    this.ops.push(`${num(width)} w ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S`);
  }
}

/** Numbers as PDF wants them: no exponent, at most 2 decimals. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function table(pages: Pages, columns: readonly PdfColumn[], rows: readonly PdfRow[]): void {
  const size = SIZES.table;
  const lineHeight = size * 1.45;
  const usable = PAGE.width - 2 * PAGE.margin;
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const lefts: number[] = [];
  const widths: number[] = [];
  let x = PAGE.margin;
  for (const column of columns) {
    const width = (column.width / total) * usable;
    lefts.push(x);
    widths.push(width);
    x += width;
  }
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const baseline = pages.y - size;
    columns.forEach((column, i) => {
      const room = (widths[i] ?? 0) - 2 * CELL_PAD;
      const codes = fitCodes(cells[i] ?? '', room, size, bold);
      const width = codes.reduce((sum, code) => sum + codeWidth(code, bold), 0) * (size / 1000);
      const left = lefts[i] ?? PAGE.margin;
      const at = column.align === 'right' ? left + (widths[i] ?? 0) - CELL_PAD - width : left + CELL_PAD;
      if (codes.length > 0) pages.text(at, baseline, codes, size, bold);
    });
    pages.y -= lineHeight;
  };
  const header = () => {
    drawRow(
      columns.map((c) => c.header),
      true,
    );
    pages.rule(PAGE.margin, PAGE.margin + usable, pages.y + size * 0.25, 0.8);
  };
  pages.room(lineHeight * 2);
  header();
  for (const row of rows) {
    if (pages.room(lineHeight)) header();
    if (row.bold) pages.rule(PAGE.margin, PAGE.margin + usable, pages.y, 0.5);
    drawRow(row.cells, row.bold ?? false);
  }
}

function layout(doc: PdfDocument): string[] {
  const pages = new Pages();
  const usable = PAGE.width - 2 * PAGE.margin;
  const paragraph = (text: string, size: number, bold: boolean, before: number) => {
    const lineHeight = size * 1.35;
    pages.y -= before;
    for (const line of wrapText(text, usable, size, bold)) {
      pages.room(lineHeight);
      pages.text(PAGE.margin, pages.y - size, winAnsiCodes(line), size, bold);
      pages.y -= lineHeight;
    }
  };
  for (const block of doc.blocks) {
    if (block.type === 'title') paragraph(block.text, SIZES.title, true, 0);
    else if (block.type === 'heading') {
      // A heading never sits alone at the foot of a page.
      pages.room(SIZES.heading * 1.35 + 8 + SIZES.table * 1.45 * 3);
      paragraph(block.text, SIZES.heading, true, 8);
    } else if (block.type === 'text') paragraph(block.text, SIZES.text, block.bold ?? false, 0);
    else if (block.type === 'space') pages.y -= SIZES.text;
    else table(pages, block.columns, block.rows);
  }
  return pages.finish();
}

/** The PDF file's bytes. */
export function writePdf(doc: PdfDocument): Uint8Array {
  const streams = layout(doc);
  const count = streams.length;
  const objects: string[] = [];
  const pageIds = streams.map((_s, i) => 6 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${count} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title ${pdfString(winAnsiCodes(doc.title))} /Producer (Karya POS) >>`;
  streams.forEach((ops, i) => {
    const foot = `${doc.footer ? `${doc.footer}  ·  ` : ''}Halaman ${i + 1}/${count}`;
    const footOps = `BT /F1 ${SIZES.foot} Tf ${PAGE.margin} ${PAGE.margin} Td ${pdfString(winAnsiCodes(foot))} Tj ET`;
    const content = ops === '' ? footOps : `${ops}\n${footOps}`;
    objects[6 + 2 * i] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`;
    // Every character of a content stream is ASCII here, so its length in characters is in bytes.
    objects[7 + 2 * i] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });

  // The second line marks the file as binary for tools that guess (the PDF spec's advice).
  let file = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = file.length;
    file += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = file.length;
  file += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) file += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  file += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is below 256: one byte each (Latin-1), so the offsets above are byte offsets.
  return Uint8Array.from(file, (ch) => ch.charCodeAt(0));
}
