// Importing a catalogue file (CSV or XLSX) into the office's catalogue: the till's file format,
// reader and row checks (electron/core/catalog: readCatalogueFile, checkHeader, planImportWith)
// against lookups read from the office's tables, so the same file gets the same problems here as
// at a booth. Any problem and nothing is written; otherwise new units (with the till's default
// split), categories and workshops are added and every new or changed product is written with
// the product form's own checks, in one transaction, with one audit row.
import { headerIssues } from '../../../electron/core/catalog/catalogImport';
import {
  type CatalogueLookups,
  type ExistingProduct,
  planImportWith,
  workshopKey,
} from '../../../electron/core/catalog/planImport';
import { CatalogueFileError, readCatalogueFile } from '../../../electron/core/catalog/readCatalogueFile';
import { EngineError } from '../../../electron/core/errors';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract';
import type { CatalogueImport, OfficeParsedInput } from '../../../shared/office/contract';
import type { Db, Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';
import type { CatalogueActor } from './edits';
import { priceOn, writeProduct } from './products';
import { lockCatalogue, readProductRecords } from './records';

async function loadLookups(q: Queryable, today: string): Promise<CatalogueLookups> {
  const units = new Map<string, { code: string; decimals: number }>();
  for (const u of (
    await q.query<{ code: string; decimals: number }>('select code, decimals from catalogue_sale_units')
  ).rows) {
    units.set(u.code.toLowerCase(), { code: u.code, decimals: Number(u.decimals) });
  }
  const producers = new Map<string, string>();
  for (const p of (await q.query<{ code: string; name: string }>('select code, name from catalogue_units'))
    .rows) {
    producers.set(p.code, p.name);
  }
  const categories = new Map<string, string>();
  for (const c of (await q.query<{ name: string }>('select name from catalogue_categories')).rows) {
    categories.set(c.name.toLowerCase(), c.name);
  }
  const workshops = new Map<string, { id: number; producerCode: string }>();
  const workshopIds = new Map<string, number>();
  for (const w of (
    await q.query<{ id: number | string; unit_code: string; name: string }>(
      'select id, unit_code, name from catalogue_workshops',
    )
  ).rows) {
    workshops.set(workshopKey(w.unit_code, w.name), { id: Number(w.id), producerCode: w.unit_code });
    workshopIds.set(workshopKey(w.unit_code, w.name), Number(w.id));
  }
  const products = new Map<string, ExistingProduct>();
  const barcodeOwners = new Map<string, { id: number; sku: string; name: string }>();
  for (const p of await readProductRecords(q)) {
    const existing: ExistingProduct = {
      id: p.id,
      sku: p.sku,
      name: p.name,
      category: p.category,
      unit: p.unit,
      price: priceOn(p.prices, today).price,
      cost: p.cost,
      producerCode: p.producerCode,
      workshopId:
        p.workshop === null ? null : (workshopIds.get(workshopKey(p.producerCode, p.workshop)) ?? null),
      soldByWeight: p.soldByWeight ? 1 : 0,
      active: p.active ? 1 : 0,
      pirtNo: p.pirtNo,
      halalNo: p.halalNo,
      barcodes: p.barcodes.length > 0 ? p.barcodes.join('|') : null,
    };
    products.set(p.sku.toLowerCase(), existing);
    for (const code of p.barcodes) barcodeOwners.set(code, { id: p.id, sku: p.sku, name: p.name });
  }
  return { units, producers, categories, workshops, products, barcodeOwners };
}

function bytesOf(base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    throw new EngineError('INVALID_INPUT', 'catalog.importFileNotBase64');
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new EngineError('INVALID_INPUT', 'catalog.importFileTooBig', { max: MAX_IMPORT_FILE_BYTES / 1e6 });
  }
  return bytes;
}

export async function importCatalogueFile(
  db: Db,
  input: OfficeParsedInput<'catalogue.importFile'>,
  by: CatalogueActor,
  today: string,
): Promise<CatalogueImport> {
  let table: ReturnType<typeof readCatalogueFile>;
  try {
    table = readCatalogueFile(bytesOf(input.base64));
  } catch (error) {
    if (error instanceof CatalogueFileError) throw EngineError.from('INVALID_INPUT', error.reason);
    throw error;
  }
  const fileName = input.fileName || 'katalog';
  const empty = { new: 0, updated: 0, unchanged: 0 };
  const header = headerIssues(table.columns, table.headerRow);
  if (header.length > 0) {
    return {
      fileName,
      rows: table.rows.length,
      counts: empty,
      priceChanges: 0,
      newUnits: [],
      newCategories: [],
      newWorkshops: [],
      issues: header,
      issueCount: header.length,
      imported: false,
    };
  }
  return db.tx(async (c) => {
    await lockCatalogue(c);
    const plan = planImportWith(await loadLookups(c, today), table.columns, table.rows);
    const result: CatalogueImport = {
      fileName,
      rows: table.rows.length,
      counts: plan.counts,
      priceChanges: plan.priceChanges,
      newUnits: plan.newProducers,
      newCategories: plan.newCategories,
      newWorkshops: plan.newWorkshops.map((w) => ({ unitCode: w.producerCode, name: w.name })),
      issues: plan.issues,
      issueCount: plan.issueCount,
      imported: false,
    };
    if (!input.commit || plan.issueCount > 0) return result;

    for (const unit of plan.newProducers) {
      await c.query('insert into catalogue_units (code, name) values ($1, $2)', [unit.code, unit.name]);
    }
    for (const name of plan.newCategories) {
      await c.query('insert into catalogue_categories (name) values ($1)', [name]);
    }
    const newWorkshopNames = new Map<string, string>();
    for (const w of plan.newWorkshops) {
      await c.query('insert into catalogue_workshops (unit_code, name) values ($1, $2)', [
        w.producerCode,
        w.name,
      ]);
      newWorkshopNames.set(w.key, w.name);
    }
    const workshopNames = new Map<number, string>();
    for (const w of (
      await c.query<{ id: number | string; name: string }>('select id, name from catalogue_workshops')
    ).rows) {
      workshopNames.set(Number(w.id), w.name);
    }
    // Free every changed product's barcodes first, so a code can move between products of the file.
    const updated = plan.rows.filter((r) => r.status === 'updated' && r.existing).map((r) => r.existing?.id);
    await c.query('delete from catalogue_barcodes where product_id = any($1::bigint[])', [updated]);
    for (const row of plan.rows) {
      if (row.status === 'unchanged') continue;
      const v = row.values;
      const workshop =
        row.workshop === null
          ? null
          : 'id' in row.workshop
            ? (workshopNames.get(row.workshop.id) ?? null)
            : (newWorkshopNames.get(row.workshop.newKey) ?? null);
      await writeProduct(
        c,
        {
          mode: row.existing ? 'update' : 'create',
          sku: v.sku,
          name: v.name,
          category: v.category,
          unit: v.unit,
          price: v.price,
          cost: v.cost,
          producerCode: v.producerCode,
          workshop,
          barcodes: v.barcodes.map((b) => b.code),
          soldByWeight: v.soldByWeight,
          active: v.active,
          pirtNo: v.pirtNo,
          halalNo: v.halalNo,
        },
        by,
        today,
      );
    }
    await recordAudit(c, {
      at: by.at,
      userId: by.userId,
      action: 'catalogue.import',
      target: fileName,
      detail: {
        fileName,
        rows: table.rows.length,
        counts: plan.counts,
        priceChanges: plan.priceChanges,
        newUnits: plan.newProducers.length,
      },
    });
    return { ...result, imported: true };
  });
}
