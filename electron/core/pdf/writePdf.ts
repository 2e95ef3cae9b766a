// A PdfDocument (shared/pdfModel.ts: title, text, headings, tables) drawn on A4 with pdfkit and the
// bundled Noto fonts (electron/core/fonts). Why pdfkit: it is maintained (MIT), embeds each font as
// a subset (only the glyphs used, as a CID font with Identity-H encoding and a ToUnicode map, so
// text can be searched and copied) and shapes text through fontkit (Arabic joining forms,
// ligatures). Why not Chromium's print-to-PDF: the engine runs under plain Node (the command line,
// tests, the loopback door), where there is no Chromium page to print.
//
// Every line is split by textRuns into runs each font can draw (Latin, Arabic right to left,
// emoji), in visual order; measure.ts measures them with fontkit (plain Latin lines quickly, as word
// sums, and each text once) and this file places the runs itself, so wrapping, right-aligned
// amounts and column widths use the same widths pdfkit draws with.
// Columns that must not wrap (amounts, codes such as LPS-PARIGI) are never cut: they grow to fit
// their longest cell and the wrapping columns (names) give way.
//
// The same document gives the same bytes: the creation date is the document's own (`createdAt`)
// or none, pdfkit's file ID is a hash of the document info, and subset font names come from the
// fonts' order of use.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { columnWraps, PAGE, type PdfColumn, type PdfDocument, type PdfRow } from '../../../shared/pdfModel';
import { FONT_FILES, type FontRole, type FontSet } from '../fonts/fonts';
import { DEFAULT_FEATURES, isPlainRun, Measure } from './measure';

const SIZES = { title: 15, heading: 11.5, text: 10, table: 9, foot: 8 } as const;
/** Line height as a multiple of the font size (Noto's Arabic and emoji need more than Helvetica). */
const LINE = { text: 1.4, table: 1.45 } as const;
/** From a line's top to its baseline, as a multiple of the font size. */
const BASELINE = 1.08;
const CELL_PAD = 4;
/** Kept free above the bottom margin for the footer. */
const FOOT = 28;
/** A table too wide for the page is set smaller, down to this size, rather than cutting a code. */
const MIN_TABLE_SIZE = 5;
const USABLE = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - FOOT;

/**
 * What each column needs at least, in thousandths of the font size (so once for every size a table
 * is tried at): the widest word of its header, and for a column that must not wrap its longest cell.
 */
function leastAdvances(measure: Measure, columns: readonly PdfColumn[], rows: readonly PdfRow[]) {
  return columns.map((column, i) => {
    const header = measure.widestWordAdvance(column.header, true);
    let cells = 0;
    if (!columnWraps(column)) {
      for (const row of rows)
        cells = Math.max(cells, measure.lineAdvance(row.cells[i] ?? '', row.bold ?? false));
    }
    return { header, cells };
  });
}

/** What each column needs at least at font `size`: a column that must not wrap its longest cell, every column the widest word of its header. */
function leastWidths(
  columns: readonly PdfColumn[],
  least: readonly { header: number; cells: number }[],
  size: number,
): number[] {
  return columns.map((column, i) => {
    const { header = 0, cells = 0 } = least[i] ?? {};
    let need = (header * size) / 1000;
    if (columnWraps(column)) need = Math.max(need, size * 2.5);
    else need = Math.max(need, (cells * size) / 1000);
    return need + 2 * CELL_PAD;
  });
}

/**
 * The columns' widths at font `size`: the proportions asked for, each at least its least width;
 * what that adds is taken from the columns with room to spare. Undefined when the table cannot fit.
 */
function columnWidths(columns: readonly PdfColumn[], least: readonly number[]): number[] | undefined {
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const widths = columns.map((column, i) => Math.max((column.width / total) * USABLE, least[i] ?? 0));
  const excess = widths.reduce((sum, w) => sum + w, 0) - USABLE;
  if (excess <= 0.001) return widths;
  const slack = widths.map((w, i) => w - (least[i] ?? 0));
  const totalSlack = slack.reduce((sum, s) => sum + s, 0);
  if (totalSlack < excess) return undefined;
  return widths.map((w, i) => w - (excess * (slack[i] ?? 0)) / totalSlack);
}

const fileCache = new Map<string, Buffer>();

/**
 * A font file's bytes, read once. pdfkit parses them afresh for each document: fontkit keeps the
 * first text a glyph was laid out for as that glyph's text, and that goes into the PDF's ToUnicode
 * map, so a font shared between documents would make a file depend on the ones written before it.
 */
function fontBytes(path: string): Buffer {
  let bytes = fileCache.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fileCache.set(path, bytes);
  }
  return bytes;
}

/** The PDF file's bytes (compressed, fonts embedded as subsets). */
export function writePdf(doc: PdfDocument, fonts: FontSet): Uint8Array {
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    // No standard font: every glyph comes from an embedded Noto font.
    font: null as unknown as string,
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: doc.title,
      Producer: 'Karya POS',
      Creator: 'Karya POS',
      // pdfkit hashes the info, creation date included, into the file ID.
      CreationDate: new Date(doc.createdAt ?? 0),
    },
  });
  if (doc.createdAt === undefined) {
    // No date in the file. pdfkit still reads one when it finishes (for XMP metadata, which it
    // writes only for PDF 1.4 and later, not here): kept, but hidden from the info dictionary it writes.
    Object.defineProperty(pdf.info, 'CreationDate', { value: new Date(0), enumerable: false });
  }
  for (const role of Object.keys(FONT_FILES) as FontRole[])
    pdf.registerFont(role, fontBytes(fonts.path(role)));
  const measure = new Measure(fonts);

  let y = 0;
  const newPage = () => {
    pdf.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    y = PAGE.margin;
  };
  /** Makes room for `height` points, starting a new page when this one is full; true when it did. */
  const room = (height: number): boolean => {
    if (y + height <= BOTTOM || y === PAGE.margin) return false;
    newPage();
    return true;
  };
  /** One line of text with its left end at `x` and its baseline at `baseline`. */
  const drawLine = (text: string, x: number, baseline: number, size: number, bold: boolean) => {
    let at = x;
    for (const run of measure.runs(text, bold)) {
      const width = (run.advance * size) / 1000;
      pdf.font(run.role).fontSize(size);
      // textWidth and wordCount are pdfkit options its type definitions do not list.
      const options: PDFKit.Mixins.TextOptions & { textWidth: number; wordCount: number } = {
        lineBreak: false,
        baseline: 'alphabetic',
        // A left-to-right Noto Sans run is laid out by pdfkit word by word, each word once per
        // document (its cache): the same glyphs and positions as laid out whole, as the font has no
        // kerning across a space. Any other run (Arabic, emoji, right to left) is laid out whole.
        ...(isPlainRun(run) ? {} : { features: DEFAULT_FEATURES }),
        // pdfkit measures a run only for links and underlines; its width is known.
        textWidth: width,
        wordCount: 1,
      };
      pdf.text(run.text, at, baseline, options);
      at += width;
    }
  };
  const rule = (x1: number, x2: number, at: number, width: number) => {
    pdf.moveTo(x1, at).lineTo(x2, at).lineWidth(width).stroke();
  };
  const paragraph = (text: string, size: number, bold: boolean) => {
    const height = size * LINE.text;
    for (const line of measure.wrap(text, USABLE, size, bold)) {
      room(height);
      drawLine(line, PAGE.margin, y + size * BASELINE, size, bold);
      y += height;
    }
  };

  const table = (columns: readonly PdfColumn[], rows: readonly PdfRow[]) => {
    let size: number = SIZES.table;
    const advances = leastAdvances(measure, columns, rows);
    let least = leastWidths(columns, advances, size);
    let widths = columnWidths(columns, least);
    while (!widths && size > MIN_TABLE_SIZE) {
      size = Math.max(MIN_TABLE_SIZE, size - 0.5);
      least = leastWidths(columns, advances, size);
      widths = columnWidths(columns, least);
    }
    // Still too wide at the smallest size: every column at its least, running past the margin
    // rather than cutting anything.
    const at = widths ?? least;
    const lefts = at.map((_w, i) => PAGE.margin + at.slice(0, i).reduce((sum, w) => sum + w, 0));
    const right = PAGE.margin + at.reduce((sum, w) => sum + w, 0);
    const height = size * LINE.table;
    const cellLines = (cells: readonly string[], bold: boolean) =>
      columns.map((column, i) => {
        const text = cells[i] ?? '';
        return columnWraps(column) ? measure.wrap(text, (at[i] ?? 0) - 2 * CELL_PAD, size, bold) : [text];
      });
    const drawRow = (lines: string[][], bold: boolean) => {
      columns.forEach((column, i) => {
        const left = lefts[i] ?? PAGE.margin;
        (lines[i] ?? []).forEach((line, k) => {
          const baseline = y + k * height + size * BASELINE;
          const x =
            column.align === 'right'
              ? left + (at[i] ?? 0) - CELL_PAD - measure.width(line, size, bold)
              : left + CELL_PAD;
          drawLine(line, x, baseline, size, bold);
        });
      });
      y += Math.max(1, ...lines.map((l) => l.length)) * height;
    };
    const headerLines = cellLines(
      columns.map((c) => c.header),
      true,
    );
    const headerHeight = Math.max(1, ...headerLines.map((l) => l.length)) * height;
    const header = () => {
      drawRow(headerLines, true);
      rule(PAGE.margin, right, y - size * 0.2, 0.8);
    };
    const laid = rows.map((row) => cellLines(row.cells, row.bold ?? false));
    const rowHeight = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length)) * height;
    room(headerHeight + rowHeight(laid[0] ?? []));
    header();
    rows.forEach((row, r) => {
      const lines = laid[r] ?? [];
      const broke = room(rowHeight(lines));
      if (broke) header();
      const underHeader = broke || r === 0;
      // A total's rule above it, unless the header's rule is already there.
      if (row.bold && !underHeader) rule(PAGE.margin, right, y + size * 0.05, 0.5);
      drawRow(lines, row.bold ?? false);
    });
  };

  newPage();
  for (const block of doc.blocks) {
    if (block.type === 'title') paragraph(block.text, SIZES.title, true);
    else if (block.type === 'heading') {
      // A heading never sits alone at the foot of a page.
      y += 8;
      room(SIZES.heading * LINE.text + SIZES.table * LINE.table * 3);
      paragraph(block.text, SIZES.heading, true);
    } else if (block.type === 'text') paragraph(block.text, SIZES.text, block.bold ?? false);
    else if (block.type === 'space') y += SIZES.text;
    else table(block.columns, block.rows);
  }

  const { start, count } = pdf.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    pdf.switchToPage(start + i);
    const foot = `${doc.footer ? `${doc.footer}  ·  ` : ''}Halaman ${i + 1}/${count}`;
    drawLine(foot, PAGE.margin, PAGE.height - PAGE.margin, SIZES.foot, false);
  }
  return collect(pdf);
}

/**
 * pdfkit writes the whole file synchronously into its stream's buffer when `end()` is called (fonts
 * are subset and streams deflated synchronously), so the bytes can be read back at once.
 */
function collect(pdf: PDFKit.PDFDocument): Uint8Array {
  pdf.end();
  const chunks: Buffer[] = [];
  for (let chunk = pdf.read() as Buffer | null; chunk !== null; chunk = pdf.read() as Buffer | null) {
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  if (!bytes.subarray(-7).toString('latin1').includes('%%EOF')) {
    throw new Error('pdfkit did not finish the file synchronously');
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
