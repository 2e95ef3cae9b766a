// The catalogue file format shared by import, export, the template and the demo catalogue: the
// columns, the header check, and reading/writing CSV and XLSX. The engine validates every row;
// this module only turns bytes into rows of text and back.
import { parseCsv, writeCsv } from './csv';
import { looksLikeXlsx, readXlsxRows, writeXlsx, XlsxError } from './xlsx';

/** The demo catalogue's columns; an import must have all of them (cells may be empty). */
export const REQUIRED_COLUMNS = [
  'sku',
  'barcode',
  'name',
  'category',
  'unit',
  'price_idr',
  'producer_code',
  'producer_name',
  'sold_by_weight',
] as const;
/** May be left out; when left out, an update keeps what the product had. */
export const OPTIONAL_COLUMNS = ['cost', 'pirt_no', 'halal_no', 'workshop', 'active'] as const;
export const CATALOGUE_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number];

/** Written as numbers (in XLSX and CSV) so a spreadsheet can sum and sort them. */
const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['price_idr', 'cost', 'sold_by_weight', 'active']);
const WIDTHS: Record<CatalogueColumn, number> = {
  sku: 14,
  barcode: 18,
  name: 36,
  category: 18,
  unit: 8,
  price_idr: 12,
  producer_code: 14,
  producer_name: 30,
  sold_by_weight: 14,
  cost: 12,
  pirt_no: 20,
  halal_no: 20,
  workshop: 20,
  active: 8,
};

/** Several barcodes share one cell, separated by `|` or spaces. */
export const BARCODE_SEPARATOR = /[|\s]+/;

export interface HeaderIssue {
  column: string | null;
  message: string;
}

function isKnownColumn(name: string): name is CatalogueColumn {
  return (CATALOGUE_COLUMNS as readonly string[]).includes(name);
}

/** Header names are compared trimmed and in lower case, so `SKU` and ` Price_IDR ` still match. */
export function normalizeColumn(name: string): string {
  return name.trim().toLowerCase();
}

/** Problems with the header row: unknown, repeated or missing columns, or no header at all. */
export function checkHeader(columns: readonly string[]): HeaderIssue[] {
  const names = columns.map(normalizeColumn);
  if (!names.some(isKnownColumn)) {
    return [
      {
        column: null,
        message: `Baris pertama harus berisi nama kolom: ${REQUIRED_COLUMNS.join(', ')}. Unduh templat untuk contoh.`,
      },
    ];
  }
  const issues: HeaderIssue[] = [];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name === '') {
      issues.push({ column: `#${i + 1}`, message: `Kolom ke-${i + 1} tidak bernama` });
    } else if (!isKnownColumn(name)) {
      issues.push({
        column: columns[i] ?? name,
        message: `Kolom tidak dikenal: ${columns[i] ?? name}. Kolom yang boleh: ${CATALOGUE_COLUMNS.join(', ')}`,
      });
    } else if (seen.has(name)) {
      issues.push({ column: name, message: `Kolom ${name} muncul lebih dari sekali` });
    }
    seen.add(name);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required)) issues.push({ column: required, message: `Kolom wajib tidak ada: ${required}` });
  }
  return issues;
}

export interface CatalogueTable {
  /** The header row as written in the file. */
  columns: string[];
  /** Data rows with their row number in the file (the header is row 1). Blank rows are left out. */
  rows: { row: number; cells: string[] }[];
}

export class CatalogueFileError extends Error {
  override name = 'CatalogueFileError';
}

function fromRecords(records: { row: number; cells: string[] }[]): CatalogueTable {
  const [header, ...rows] = records;
  if (!header) throw new CatalogueFileError('Berkas kosong: tidak ada baris judul kolom');
  // Trailing empty header cells are what spreadsheets leave after the last column.
  const columns = [...header.cells];
  while (columns.length > 0 && (columns[columns.length - 1] ?? '').trim() === '') columns.pop();
  return { columns, rows };
}

/** Reads a CSV (comma, semicolon or tab) or XLSX file; the format is told by its first bytes. */
export function readCatalogueFile(bytes: Uint8Array): CatalogueTable {
  if (looksLikeXlsx(bytes)) {
    try {
      return fromRecords(readXlsxRows(bytes));
    } catch (error) {
      if (error instanceof XlsxError) throw new CatalogueFileError(error.message);
      throw error;
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\u0000')) throw new CatalogueFileError('Berkas bukan CSV atau XLSX');
  const records = parseCsv(text)
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  return fromRecords(records);
}

export interface CatalogueExport {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** The rows with whole numbers in the numeric columns as numbers, the rest as text. */
function typedRows(table: CatalogueExport): (string | number)[][] {
  const numeric = table.columns.map((name) => NUMERIC_COLUMNS.has(name));
  return table.rows.map((cells) =>
    cells.map((cell, i) => (numeric[i] && /^-?\d{1,15}$/.test(cell) ? Number(cell) : cell)),
  );
}

/** Text that a spreadsheet would run as a formula (a name `=1+1`) is written `'=1+1` and reads back. */
export function writeCatalogueCsv(table: CatalogueExport): string {
  return writeCsv([table.columns, ...typedRows(table)]);
}

export function writeCatalogueXlsx(table: CatalogueExport): Uint8Array {
  return writeXlsx({
    name: 'Katalog',
    rows: [table.columns, ...typedRows(table)],
    widths: table.columns.map((name) => (isKnownColumn(name) ? WIDTHS[name] : 14)),
  });
}

/** What the downloadable template holds: every column, and two rows showing how to fill them. */
export const TEMPLATE: CatalogueExport = {
  columns: CATALOGUE_COLUMNS,
  rows: [
    [
      'CTH-001',
      '2990000009999',
      'Contoh Keripik Pisang 200 g',
      'Makanan',
      'pcs',
      '15000',
      'LPS-PALU',
      'Lapas Kelas IIA Palu',
      '0',
      '9000',
      'P-IRT 1234567890123',
      '',
      'Dapur',
      '1',
    ],
    [
      'CTH-002',
      'CTH002',
      'Contoh Ikan Nila Segar',
      'Hasil Perikanan',
      'kg',
      '38000',
      'LPS-TOLI',
      'Lapas Kelas IIB Toli-Toli',
      '1',
      '',
      '',
      '',
      '',
      '1',
    ],
  ],
};
