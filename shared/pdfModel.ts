// What a PDF file holds, as blocks (title, text, headings, tables), without how it is drawn: the
// engine's writer (electron/core/pdf/writePdf.ts) lays it out on A4 with the bundled fonts.

export interface PdfColumn {
  header: string;
  /** Relative width; the columns share the page's width in these proportions. */
  width: number;
  /** Amounts are right-aligned, so they end at one edge. */
  align?: 'left' | 'right';
  /**
   * Whether a long cell may go onto more lines. Left-aligned columns wrap by default (names);
   * right-aligned ones (amounts) and codes (`wrap: false`, e.g. unit codes `LPS-PARIGI`) never do,
   * and are never cut either: such a column grows to fit its longest cell and the others give way.
   */
  wrap?: boolean;
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
  /**
   * When the content was made (ms since the epoch, e.g. the report's own time): the file's
   * creation date. Never the clock at writing time, so the same document gives the same bytes.
   */
  createdAt?: number;
}

/** A4 portrait, in points. */
export const PAGE = { width: 595.28, height: 841.89, margin: 40 } as const;

/** Whether cells of `column` may wrap onto more lines. */
export function columnWraps(column: PdfColumn): boolean {
  return column.wrap ?? column.align !== 'right';
}
