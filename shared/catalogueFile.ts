// The catalogue file format shared by import, export, the template and the demo catalogue: the
// columns, the header check, and writing CSV and XLSX. Reading a file is the engine's
// (electron/core/catalog/readCatalogueFile.ts), which also validates every row.
import { writeCsv } from './csv';
import { type MessageRef, ref } from './messages';
import { writeXlsx } from './xlsx';

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
  /** 0-based position of the header cell meant, or null for a missing column or the whole row. */
  index: number | null;
  message: MessageRef;
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
        index: null,
        message: ref('catalog.importNoHeader', { columns: REQUIRED_COLUMNS.join(', ') }),
      },
    ];
  }
  const issues: HeaderIssue[] = [];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name === '') {
      issues.push({
        column: `#${i + 1}`,
        index: i,
        message: ref('catalog.importColumnUnnamed', { number: i + 1 }),
      });
    } else if (!isKnownColumn(name)) {
      const column = (columns[i] ?? name).slice(0, 60);
      issues.push({
        column,
        index: i,
        message: ref('catalog.importColumnUnknown', { column, columns: CATALOGUE_COLUMNS.join(', ') }),
      });
    } else if (seen.has(name)) {
      issues.push({ column: name, index: i, message: ref('catalog.importColumnTwice', { column: name }) });
    }
    seen.add(name);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required)) {
      issues.push({
        column: required,
        index: null,
        message: ref('catalog.importColumnMissing', { column: required }),
      });
    }
  }
  return issues;
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
