// A catalogue file (CSV or XLSX) as a header and rows of text, ready to stage. XLSX cells come
// typed from the reader; this is where they become text, and where a cell that has no honest
// text (a formula without a stored result, an error, a date, a barcode that lost its leading
// zeros) becomes a problem of its row, with the cell's address. Nothing here is a silent value.
import { gs1CheckDigit } from '../../../shared/barcode';
import { normalizeColumn } from '../../../shared/catalogueFile';
import { parseCsv } from '../../../shared/csv';
import { formatMessage, type MessageRef, ref } from '../../../shared/messages';
import { looksLikeXlsx } from '../../../shared/xlsx';
import type { CellProblem, StagedRow } from './planImport';
import { numberText, readXlsxCells, type XlsxCellRead, XlsxReadError } from './xlsxCells';

export interface CatalogueRead {
  /** The header row as written in the file (trailing empty cells left out). */
  columns: string[];
  /** The header's row number in the sheet (1 unless the sheet starts lower). */
  headerRow: number;
  /** Data rows with their row number in the file. Blank rows are left out. */
  rows: StagedRow[];
}

/** A file that cannot be read at all; `reason` is a message ref. */
export class CatalogueFileError extends Error {
  override name = 'CatalogueFileError';
  constructor(readonly reason: MessageRef) {
    super(formatMessage('id', reason.key, reason.params) ?? reason.key);
  }
}

/** Reads a CSV (comma, semicolon or tab) or XLSX file; the format is told by its first bytes. */
export function readCatalogueFile(bytes: Uint8Array): CatalogueRead {
  if (looksLikeXlsx(bytes)) return readXlsxCatalogue(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\u0000')) throw new CatalogueFileError(ref('catalog.fileNotCsv'));
  const records = parseCsv(text)
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [header, ...rows] = records;
  if (!header) throw new CatalogueFileError(ref('catalog.fileEmpty'));
  return { columns: trimHeader(header.cells), headerRow: header.row, rows };
}

/** Trailing empty header cells are what spreadsheets leave after the last column. */
function trimHeader(cells: readonly string[]): string[] {
  const columns = [...cells];
  while (columns.length > 0 && (columns[columns.length - 1] ?? '').trim() === '') columns.pop();
  return columns;
}

/** The date part of a cell's date (time too when it has one), as ISO text for messages. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/**
 * The code a number-typed barcode probably was before a spreadsheet dropped its leading zeros:
 * zero-padded to EAN-8 (under 8 digits) or EAN-13 (under 12), when that padded code has a valid
 * check digit. A 12-digit number with a valid check digit is a UPC-A code as it is (an EAN-13
 * starting with 0 is the same symbol), and an 8-digit one an EAN-8: neither lost anything.
 */
export function lostLeadingZeros(digits: string): string | null {
  if (!/^\d+$/.test(digits) || digits.length >= 13) return null;
  const valid = (code: string) => gs1CheckDigit(code.slice(0, -1)) === Number(code.slice(-1));
  if (digits.length < 8 && valid(digits.padStart(8, '0'))) return digits.padStart(8, '0');
  if (digits.length < 12 && digits.length !== 8 && valid(digits.padStart(13, '0'))) {
    return digits.padStart(13, '0');
  }
  return null;
}

/** One cell as text, and the problem that keeps it from being used, if any. */
function cellText(cell: XlsxCellRead, isBarcode: boolean): { text: string; problem?: MessageRef } {
  switch (cell.kind) {
    case 'string':
      return { text: cell.value as string };
    case 'boolean':
      return { text: cell.value ? '1' : '0' };
    case 'number': {
      const text = numberText(cell.value as number);
      const probably = isBarcode ? lostLeadingZeros(text) : null;
      return probably
        ? { text, problem: ref('catalog.importBarcodeLostZeros', { code: text, probably }) }
        : { text };
    }
    case 'date': {
      const text = dateText(cell.value as Date);
      return { text, problem: ref('catalog.importCellDate', { date: text }) };
    }
    case 'error':
      return { text: '', problem: ref('catalog.importCellError', { error: String(cell.value) }) };
    case 'formula-without-value':
      return {
        text: '',
        problem: ref('catalog.importCellFormula', { formula: (cell.formula ?? '').slice(0, 60) }),
      };
  }
}

function readXlsxCatalogue(bytes: Uint8Array): CatalogueRead {
  let sheet: ReturnType<typeof readXlsxCells>;
  try {
    sheet = readXlsxCells(bytes);
  } catch (error) {
    if (error instanceof XlsxReadError) throw new CatalogueFileError(error.reason);
    throw error;
  }
  let header: { row: number; columns: string[]; barcodeCol: number } | null = null;
  const rows: StagedRow[] = [];
  for (const line of sheet.rows) {
    const cells: string[] = [];
    const problems: CellProblem[] = [];
    for (const cell of line.cells) {
      const { text, problem } = cellText(cell, header !== null && cell.col === header.barcodeCol);
      while (cells.length < cell.col) cells.push('');
      cells[cell.col] = text;
      if (problem) problems.push({ col: cell.col, message: problem });
    }
    if (problems.length === 0 && !cells.some((text) => text.trim() !== '')) continue;
    if (header === null) {
      // The header itself: its cells are names, whatever their type.
      const columns = trimHeader(cells);
      header = {
        row: line.row,
        columns,
        barcodeCol: columns.findIndex((c) => normalizeColumn(c) === 'barcode'),
      };
      continue;
    }
    rows.push(problems.length > 0 ? { row: line.row, cells, problems } : { row: line.row, cells });
  }
  if (header === null) throw new CatalogueFileError(ref('catalog.fileEmpty'));
  return { columns: header.columns, headerRow: header.row, rows };
}
