// One sheet of an .xlsx workbook as typed cells with their address, read by SheetJS Community
// Edition (`@e965/xlsx`, pinned exactly; why this library: docs/catalogue.md). The engine runs it
// under plain Node, so neither the renderer's CSP nor its worker limits apply.
//
// What comes out is what the file holds, never a guess: a formula without a stored result, an
// error and a date are their own kinds, so the importer can refuse them with the cell's address
// instead of reading 0, `#VALUE!` or a serial number. Numbers are the raw doubles.
import * as XLSX from '@e965/xlsx';
import type { MessageRef } from '../../../shared/messages';
import { formatMessage, ref } from '../../../shared/messages';
import { looksLikeXlsx } from '../../../shared/xlsx';

export type XlsxCellKind = 'string' | 'number' | 'boolean' | 'date' | 'error' | 'formula-without-value';

export interface XlsxCellRead {
  /** A1-style address, e.g. `B7`. */
  address: string;
  /** 1-based sheet row. */
  row: number;
  /** 0-based column (A = 0). */
  col: number;
  kind: XlsxCellKind;
  /** number: the raw double; error: its text (`#VALUE!`); date: a UTC Date; formula without value: null. */
  value: string | number | boolean | Date | null;
  /** Set on every formula cell (value is then its stored result). */
  formula?: string;
}

export interface XlsxSheetRead {
  sheet: string;
  sheets: string[];
  /** Rows in sheet order; a row holds its cells by column. Rows without any cell are left out. */
  rows: { row: number; cells: XlsxCellRead[] }[];
}

/** A file that cannot be read as a workbook; `reason` is a message ref for people. */
export class XlsxReadError extends Error {
  override name = 'XlsxReadError';
  constructor(readonly reason: MessageRef) {
    super(formatMessage('id', reason.key, reason.params) ?? reason.key);
  }
}

/** Error codes SheetJS keeps in `v` when `w` is missing. */
const ERROR_TEXT: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

/**
 * Reads the first worksheet, or the one named `sheetName`. Refuses anything that is not an
 * OOXML spreadsheet (CSV, HTML, .xls, .ods) instead of letting SheetJS guess the format.
 * The caller caps the size first: SheetJS inflates the whole file in memory.
 */
export function readXlsxCells(bytes: Uint8Array, sheetName?: string): XlsxSheetRead {
  if (!looksLikeXlsx(bytes)) throw new XlsxReadError(ref('catalog.fileNotXlsx'));
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true, // ws['!data'][r][c]: rows in order, r and c absolute
      cellFormula: true, // keep f, so formula cells are known
      sheetStubs: true, // without it a formula with no stored result silently disappears
      cellDates: true, // date-formatted numbers and t="d" cells come back as t:'d'
      cellNF: false,
      cellText: true, // w: the only source of '#SPILL!' and '#CALC!'
      cellHTML: false,
      sheets: sheetName ?? 0,
    });
  } catch {
    throw new XlsxReadError(ref('catalog.fileXlsxBroken'));
  }
  // An .ods is a zip too and comes back with bookType 'ods'.
  if (wb.bookType !== 'xlsx') throw new XlsxReadError(ref('catalog.fileNotXlsx'));
  const name = sheetName ?? wb.SheetNames[0];
  if (name === undefined || !wb.SheetNames.includes(name)) {
    throw new XlsxReadError(ref('catalog.fileSheetMissing', { sheet: name ?? '' }));
  }
  const data = (wb.Sheets[name]?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const letters: string[] = [];
  const rows: XlsxSheetRead['rows'] = [];
  for (let r = 0; r < data.length; r++) {
    const line = data[r];
    if (!line) continue;
    const cells: XlsxCellRead[] = [];
    for (let col = 0; col < line.length; col++) {
      const c = line[col];
      if (!c) continue;
      let kind: XlsxCellKind;
      let value: XlsxCellRead['value'];
      if (c.t === 'z') {
        if (c.f === undefined) continue; // a styled empty cell
        kind = 'formula-without-value';
        value = null; // never read v of a stub: it may be 0
      } else if (c.t === 'e') {
        kind = 'error';
        value = c.w ?? ERROR_TEXT[c.v as number] ?? '#ERROR';
      } else if (c.t === 'd') {
        kind = 'date';
        value = c.v as Date;
      } else if (c.t === 'n') {
        kind = 'number';
        value = c.v as number;
      } else if (c.t === 'b') {
        kind = 'boolean';
        value = c.v as boolean;
      } else if (c.f !== undefined && (c.v === '' || c.v === undefined)) {
        // A typed string formula without a stored result reads as ''.
        kind = 'formula-without-value';
        value = null;
      } else {
        kind = 'string';
        value = String(c.v ?? '');
      }
      letters[col] ??= XLSX.utils.encode_col(col);
      const cell: XlsxCellRead = { address: `${letters[col]}${r + 1}`, row: r + 1, col, kind, value };
      if (c.f !== undefined) cell.formula = c.f;
      cells.push(cell);
    }
    if (cells.length > 0) rows.push({ row: r + 1, cells });
  }
  return { sheet: name, sheets: wb.SheetNames, rows };
}

/**
 * A number as a person would type it: whole numbers with all their digits (a barcode
 * 8991234567890, never 8.99123E+12), others rounded to 15 significant digits as spreadsheets show
 * them (14374.999999999998 → 14375, 0.30000000000000004 → 0.3).
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  const rounded = Number(value.toPrecision(15));
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e21) return rounded.toFixed(0);
  return String(rounded);
}

/** A1-style column letters for a 0-based column. */
export function columnLetters(col: number): string {
  return XLSX.utils.encode_col(col);
}
