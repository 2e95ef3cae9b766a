// Checks every row of a catalogue file against the rules and the current database, and works out
// what importing it would do. Nothing is written here: applyImport writes a plan with no issues.
import type { Database } from 'better-sqlite3';
import type { CatalogueColumn } from '../../../shared/catalogueFile';
import { BARCODE_SEPARATOR, normalizeColumn } from '../../../shared/catalogueFile';
import type { ImportIssue } from '../../../shared/contract';
import { MAX_IMPORT_ISSUES, PRODUCER_CODE } from '../../../shared/contract';
import { type LabelKey, type MessageRef, ref } from '../../../shared/messages';
import { parseRupiahText } from '../../../shared/money';
import { columnName } from '../../../shared/xlsx';
import { checkBarcodeList, weightUnitMessage } from './productRules';
import type { ProductValues } from './productWriter';

/** A cell the file reader could not turn into text honestly (a formula without a result, an error, a date). */
export interface CellProblem {
  /** 0-based column of the cell. */
  col: number;
  message: MessageRef;
}

export interface StagedRow {
  row: number;
  cells: readonly string[];
  /** Found while reading the file (XLSX cells); reported as this row's problems. */
  problems?: readonly CellProblem[];
}

/** Where a row's workshop comes from: an existing one, one the import creates, or none. */
export type WorkshopRef = { id: number } | { newKey: string } | null;

export interface PlannedRow {
  row: number;
  status: 'new' | 'updated' | 'unchanged';
  /** Set for updated and unchanged rows. */
  existing?: { id: number; price: number };
  values: Omit<ProductValues, 'workshopId'>;
  workshop: WorkshopRef;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: { new: number; updated: number; unchanged: number };
  priceChanges: number;
  newProducers: { code: string; name: string }[];
  newCategories: string[];
  newWorkshops: { key: string; producerCode: string; name: string }[];
  /** The first MAX_IMPORT_ISSUES problems, in row order. */
  issues: ImportIssue[];
  issueCount: number;
}

export interface ExistingProduct {
  id: number;
  sku: string;
  name: string;
  category: string;
  unit: string;
  price: number;
  cost: number | null;
  producerCode: string;
  workshopId: number | null;
  soldByWeight: number;
  active: number;
  pirtNo: string | null;
  halalNo: string | null;
  barcodes: string | null;
}

const YES = new Set(['1', 'ya', 'y', 'true', 'benar']);
const NO = new Set(['0', 'tidak', 't', 'n', 'false', 'salah', '']);

/**
 * Everything the checks look up, read once so 50,000 rows need no query each. The office builds
 * the same from its own tables (office/core/catalogue/importFile.ts), so a file gets the same
 * problems there as at a till.
 */
export interface CatalogueLookups {
  /** Units of sale by lower-case code. */
  units: Map<string, { code: string; decimals: number }>;
  /** Producing units' names by code. */
  producers: Map<string, string>;
  /** Categories' stored spelling by lower-case name. */
  categories: Map<string, string>;
  /** Workshops by workshopKey(unit code, name). */
  workshops: Map<string, { id: number; producerCode: string }>;
  /** Products by lower-case SKU. */
  products: Map<string, ExistingProduct>;
  /** Which product holds each barcode. */
  barcodeOwners: Map<string, { id: number; sku: string; name: string }>;
}

function loadLookups(db: Database): CatalogueLookups {
  const units = new Map<string, { code: string; decimals: number }>();
  for (const unit of db.prepare('SELECT code, decimals FROM sale_units').all() as {
    code: string;
    decimals: number;
  }[]) {
    units.set(unit.code.toLowerCase(), unit);
  }
  const producers = new Map<string, string>();
  for (const p of db.prepare('SELECT code, name FROM producers').all() as { code: string; name: string }[]) {
    producers.set(p.code, p.name);
  }
  const categories = new Map<string, string>();
  for (const c of db.prepare('SELECT name FROM categories').all() as { name: string }[]) {
    categories.set(c.name.toLowerCase(), c.name);
  }
  const workshops = new Map<string, { id: number; producerCode: string }>();
  for (const w of db.prepare('SELECT id, producer_code AS producerCode, name FROM workshops').all() as {
    id: number;
    producerCode: string;
    name: string;
  }[]) {
    workshops.set(workshopKey(w.producerCode, w.name), w);
  }
  const products = new Map<string, ExistingProduct>();
  for (const p of db
    .prepare(
      `SELECT p.id, p.sku, p.name, p.category, p.unit, p.price, p.cost, p.producer_code AS producerCode,
              p.workshop_id AS workshopId, p.sold_by_weight AS soldByWeight, p.active, p.pirt_no AS pirtNo,
              p.halal_no AS halalNo,
              (SELECT group_concat(b.code, '|' ORDER BY b.position, b.code) FROM product_barcodes b
                WHERE b.product_id = p.id) AS barcodes
       FROM products p`,
    )
    .all() as ExistingProduct[]) {
    products.set(p.sku.toLowerCase(), p);
  }
  const barcodeOwners = new Map<string, { id: number; sku: string; name: string }>();
  for (const b of db
    .prepare(
      'SELECT b.code, p.id, p.sku, p.name FROM product_barcodes b JOIN products p ON p.id = b.product_id',
    )
    .all() as { code: string; id: number; sku: string; name: string }[]) {
    barcodeOwners.set(b.code, b);
  }
  return { units, producers, categories, workshops, products, barcodeOwners };
}

export function workshopKey(producerCode: string, name: string): string {
  return `${producerCode}\u0000${name.toLowerCase()}`;
}

const MONEY_PROBLEM = {
  empty: 'catalog.importMoneyEmpty',
  negative: 'catalog.importMoneyNegative',
  fraction: 'catalog.importMoneyFraction',
  ambiguous: 'catalog.importMoneyAmbiguous',
  notNumber: 'catalog.importMoneyNotNumber',
  tooBig: 'catalog.importMoneyTooBig',
} as const;

/** A whole number of rupiah as typed in a file (`15000`, `15.000`, `Rp 15.000`), or why it is not one. */
function parseRupiah(raw: string, label: LabelKey): number | MessageRef {
  const parsed = parseRupiahText(raw);
  if ('value' in parsed) return parsed.value;
  return { key: MONEY_PROBLEM[parsed.problem], params: { label: ref(label), text: raw.trim().slice(0, 40) } };
}

function parseFlag(raw: string): boolean | undefined {
  const text = raw.trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

/**
 * Validates every staged row and plans the import. A row's problems are reported with its row
 * number and column; one problem anywhere means the plan must not be applied.
 */
export function planImport(
  db: Database,
  columns: readonly string[],
  staged: readonly StagedRow[],
): ImportPlan {
  return planImportWith(loadLookups(db), columns, staged);
}

/** planImport against lookups read from any catalogue (the till's, or the office's). */
export function planImportWith(
  look: CatalogueLookups,
  columns: readonly string[],
  staged: readonly StagedRow[],
): ImportPlan {
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    const key = normalizeColumn(name);
    if (!index.has(key)) index.set(key, i);
  });
  const has = (column: CatalogueColumn) => index.has(column);

  const issues: ImportIssue[] = [];
  let issueCount = 0;
  // A cell the reader refused is reported once: the checks of its column stay quiet for that row.
  let refused = new Set<string>();
  const report = (row: number, column: string | null, message: MessageRef, col = index.get(column ?? '')) => {
    if (column !== null && refused.has(column)) return;
    issueCount++;
    const cell = col === undefined ? null : `${columnName(col)}${row}`;
    if (issues.length < MAX_IMPORT_ISSUES) issues.push({ row, column, cell, message });
  };

  // First pass: which SKUs the file holds, so a barcode may move to another product in the file.
  const skuRows = new Map<string, number>();
  for (const { row, cells } of staged) {
    const sku = (cells[index.get('sku') ?? -1] ?? '').trim().toLowerCase();
    if (sku !== '' && !skuRows.has(sku)) skuRows.set(sku, row);
  }

  const plan: ImportPlan = {
    rows: [],
    counts: { new: 0, updated: 0, unchanged: 0 },
    priceChanges: 0,
    newProducers: [],
    newCategories: [],
    newWorkshops: [],
    issues,
    issueCount: 0,
  };
  const newProducers = new Map<string, { name: string; row: number }>();
  const newCategories = new Map<string, string>();
  const newWorkshops = new Map<string, { producerCode: string; name: string }>();
  const barcodeRows = new Map<string, number>();
  const unitList = [...look.units.values()].map((u) => u.code).join(', ');

  for (const { row, cells, problems } of staged) {
    const before = issueCount;
    refused = new Set();
    for (const problem of problems ?? []) {
      const name = columns[problem.col];
      const column = name === undefined ? null : normalizeColumn(name) || null;
      report(row, column, problem.message, problem.col);
      if (column !== null) refused.add(column);
    }
    const cell = (column: CatalogueColumn): string => {
      const i = index.get(column);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    if (cells.slice(columns.length).some((extra) => extra.trim() !== '')) {
      report(row, null, ref('catalog.importTooManyCells', { cells: cells.length, columns: columns.length }));
    }

    // SKU: required, unique within the file; it is how an existing product is found.
    const sku = cell('sku');
    if (sku === '') report(row, 'sku', ref('catalog.importSkuEmpty'));
    else if (sku.length > 64) report(row, 'sku', ref('catalog.importSkuTooLong'));
    else if (/\s/.test(sku)) report(row, 'sku', ref('catalog.importSkuSpace', { sku }));
    else if (skuRows.get(sku.toLowerCase()) !== row) {
      report(row, 'sku', ref('catalog.importSkuTwice', { sku, row: skuRows.get(sku.toLowerCase()) ?? 0 }));
    }
    const existing = sku === '' ? undefined : look.products.get(sku.toLowerCase());

    const name = cell('name');
    if (name === '') report(row, 'name', ref('catalog.importNameEmpty'));
    else if (name.length > 120) report(row, 'name', ref('catalog.importNameTooLong'));

    let category = cell('category');
    if (category === '') report(row, 'category', ref('catalog.importCategoryEmpty'));
    else if (category.length > 60) report(row, 'category', ref('catalog.importCategoryTooLong'));
    else {
      const known = look.categories.get(category.toLowerCase()) ?? newCategories.get(category.toLowerCase());
      if (known) category = known;
      else newCategories.set(category.toLowerCase(), category);
    }

    const unitText = cell('unit');
    const unit = look.units.get(unitText.toLowerCase());
    if (unitText === '') report(row, 'unit', ref('catalog.importUnitEmpty', { units: unitList }));
    else if (!unit) {
      report(row, 'unit', ref('catalog.importUnitUnknown', { unit: unitText.slice(0, 40), units: unitList }));
    }

    const price = parseRupiah(cell('price_idr'), 'field.price');
    if (typeof price !== 'number') report(row, 'price_idr', price);
    let cost: number | null = existing?.cost ?? null;
    if (has('cost')) {
      const parsed = cell('cost') === '' ? null : parseRupiah(cell('cost'), 'field.cost');
      if (parsed !== null && typeof parsed !== 'number') report(row, 'cost', parsed);
      else cost = parsed;
    }

    // Producing unit: an unknown code with a name creates the unit; without a name it is an error.
    const producerCode = cell('producer_code').toUpperCase();
    const producerName = cell('producer_name');
    if (producerCode === '') report(row, 'producer_code', ref('catalog.importProducerCodeEmpty'));
    else if (!PRODUCER_CODE.test(producerCode)) {
      report(
        row,
        'producer_code',
        ref('catalog.importProducerCodeShape', { code: producerCode.slice(0, 40) }),
      );
    } else if (!look.producers.has(producerCode)) {
      const planned = newProducers.get(producerCode);
      if (producerName === '') {
        report(row, 'producer_name', ref('catalog.importProducerNameNeeded', { code: producerCode }));
      } else if (producerName.length > 120) {
        report(row, 'producer_name', ref('catalog.importProducerNameTooLong'));
      } else if (planned && planned.name !== producerName) {
        report(
          row,
          'producer_name',
          ref('catalog.importProducerNameOther', {
            code: producerCode,
            name: planned.name,
            row: planned.row,
          }),
        );
      } else if (!planned) newProducers.set(producerCode, { name: producerName, row });
    }

    const weightFlag = parseFlag(cell('sold_by_weight'));
    if (weightFlag === undefined) {
      report(
        row,
        'sold_by_weight',
        ref('catalog.importWeightFlag', { value: cell('sold_by_weight').slice(0, 20) }),
      );
    } else if (weightFlag && unit && unit.decimals !== 3) {
      report(row, 'sold_by_weight', weightUnitMessage(unit.code));
    }

    let active = existing ? existing.active === 1 : true;
    if (has('active') && cell('active') !== '') {
      const flag = parseFlag(cell('active'));
      if (flag === undefined)
        report(row, 'active', ref('catalog.importActiveFlag', { value: cell('active').slice(0, 20) }));
      else active = flag;
    }

    // Barcodes: check digits, and each code belongs to one product only, in the file and the database.
    const checked = checkBarcodeList(cell('barcode').split(BARCODE_SEPARATOR));
    let barcodes: ProductValues['barcodes'] = [];
    if ('error' in checked) report(row, 'barcode', checked.error);
    else {
      barcodes = checked.barcodes;
      for (const { code } of barcodes) {
        const earlier = barcodeRows.get(code);
        const owner = look.barcodeOwners.get(code);
        if (earlier !== undefined)
          report(row, 'barcode', ref('catalog.importBarcodeTwice', { code, row: earlier }));
        else if (owner && owner.id !== existing?.id && !skuRows.has(owner.sku.toLowerCase())) {
          report(
            row,
            'barcode',
            ref('catalog.importBarcodeTaken', { code, name: owner.name, sku: owner.sku }),
          );
        }
        if (earlier === undefined) barcodeRows.set(code, row);
      }
    }

    const food = (column: 'pirt_no' | 'halal_no', current: string | null, label: LabelKey) => {
      if (!has(column)) return current;
      const value = cell(column);
      if (value.length > 64)
        report(row, column, ref('catalog.importTextTooLong', { label: ref(label), max: 64 }));
      return value === '' ? null : value;
    };
    const pirtNo = food('pirt_no', existing?.pirtNo ?? null, 'field.pirtNo');
    const halalNo = food('halal_no', existing?.halalNo ?? null, 'field.halalNo');

    let workshop: WorkshopRef = existing?.workshopId ? { id: existing.workshopId } : null;
    if (has('workshop')) {
      const workshopName = cell('workshop');
      if (workshopName === '') workshop = null;
      else if (workshopName.length > 80) {
        report(
          row,
          'workshop',
          ref('catalog.importTextTooLong', { label: ref('field.workshopId'), max: 80 }),
        );
      } else {
        const key = workshopKey(producerCode, workshopName);
        const known = look.workshops.get(key);
        if (known) workshop = { id: known.id };
        else {
          if (!newWorkshops.has(key)) newWorkshops.set(key, { producerCode, name: workshopName });
          workshop = { newKey: key };
        }
      }
    } else if (existing && existing.producerCode !== producerCode) {
      // The workshop belongs to the old unit; without a workshop column it cannot follow.
      workshop = null;
    }

    if (issueCount > before || typeof price !== 'number' || !unit || weightFlag === undefined) continue;
    const values: PlannedRow['values'] = {
      sku,
      name,
      category,
      unit: unit.code,
      price,
      cost,
      producerCode,
      barcodes,
      soldByWeight: weightFlag,
      active,
      pirtNo,
      halalNo,
    };
    const status = !existing ? 'new' : sameAsExisting(existing, values, workshop) ? 'unchanged' : 'updated';
    plan.counts[status]++;
    if (existing && existing.price !== price) plan.priceChanges++;
    plan.rows.push({
      row,
      status,
      existing: existing && { id: existing.id, price: existing.price },
      values,
      workshop,
    });
  }

  if (staged.length === 0) report(1, null, ref('catalog.importNoRows'));
  plan.issueCount = issueCount;
  plan.newProducers = [...newProducers].map(([code, { name }]) => ({ code, name }));
  plan.newCategories = [...newCategories.values()];
  plan.newWorkshops = [...newWorkshops].map(([key, w]) => ({ key, ...w }));
  return plan;
}

function sameAsExisting(
  existing: ExistingProduct,
  values: PlannedRow['values'],
  workshop: WorkshopRef,
): boolean {
  const workshopId = workshop && 'id' in workshop ? workshop.id : workshop === null ? null : -1;
  return (
    existing.sku === values.sku &&
    existing.name === values.name &&
    existing.category === values.category &&
    existing.unit === values.unit &&
    existing.price === values.price &&
    existing.cost === values.cost &&
    existing.producerCode === values.producerCode &&
    existing.workshopId === workshopId &&
    (existing.soldByWeight === 1) === values.soldByWeight &&
    (existing.active === 1) === values.active &&
    existing.pirtNo === values.pirtNo &&
    existing.halalNo === values.halalNo &&
    (existing.barcodes ?? '') === values.barcodes.map((b) => b.code).join('|')
  );
}
