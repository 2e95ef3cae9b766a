// Tests read the workbooks the app writes (exports, reports, batches) back as rows of text, through
// the engine's reader (SheetJS): every cell as text, numbers with all their digits, booleans as 1/0,
// formulas as their stored result, dates as ISO days. Empty rows are left out; rows keep their number.
import { numberText, readXlsxCells } from '../../electron/core/catalog/xlsxCells';

export interface XlsxRow {
  row: number;
  cells: string[];
}

export function readXlsxRows(bytes: Uint8Array, sheetName?: string): XlsxRow[] {
  return readXlsxCells(bytes, sheetName).rows.flatMap(({ row, cells: read }) => {
    const cells: string[] = [];
    for (const cell of read) {
      while (cells.length < cell.col) cells.push('');
      const v = cell.value;
      cells[cell.col] =
        v === null
          ? ''
          : typeof v === 'number'
            ? numberText(v)
            : typeof v === 'boolean'
              ? v
                ? '1'
                : '0'
              : v instanceof Date
                ? v.toISOString().slice(0, 10)
                : v;
    }
    return cells.some((c) => c.trim() !== '') ? [{ row, cells }] : [];
  });
}
