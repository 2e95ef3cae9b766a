// The catalogue's products: the list and one product for the pages, and saving one with the
// till's rules (electron/core/catalog/saveProduct.ts: SKU once, barcodes with check digits and
// each on one product only, a known category, unit of sale and producing unit, a weighed product
// in a unit with decimals) plus the office's own: a workshop of the product's unit, known tiers,
// and a price that applies from today or a later day. A refusal writes nothing.
import { checkBarcodeList, weightUnitMessage } from '../../../electron/core/catalog/productRules';
import { EngineError } from '../../../electron/core/errors';
import { canonicalJson } from '../../../shared/batch/canonicalJson';
import type { PriceStep } from '../../../shared/catalogPackage/format';
import type {
  CatalogueProduct,
  CatalogueProductItem,
  OfficeParsedInput,
} from '../../../shared/office/contract';
import type { Db, Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';
import type { CatalogueActor } from './edits';
import { lockCatalogue, readProductRecords } from './records';

/** The step in effect on `day` (the first one when all start later) and the next one after it. */
export function priceOn(steps: readonly PriceStep[], day: string): { price: number; next: PriceStep | null } {
  let current = steps[0];
  let next: PriceStep | null = null;
  for (const step of steps) {
    if (step.from <= day) current = step;
    else if (next === null) next = step;
  }
  return { price: current?.price ?? 0, next };
}

export async function listCatalogueProducts(
  q: Queryable,
  input: OfficeParsedInput<'catalogue.products'>,
  today: string,
): Promise<{ total: number; items: CatalogueProductItem[] }> {
  const text = input.text ? `%${input.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = `($1::text is null or lower(p.sku) like $1 or lower(p.name) like $1
      or exists (select 1 from catalogue_barcodes b where b.product_id = p.id and lower(b.code) like $1))`;
  const total = await q.query<{ n: number | string }>(
    `select count(*) as n from catalogue_products p where ${where}`,
    [text],
  );
  const { rows } = await q.query<{ id: number | string }>(
    `select p.id from catalogue_products p where ${where} order by p.active desc, lower(p.name), p.sku
      offset $2 limit $3`,
    [text, input.offset ?? 0, input.limit ?? 50],
  );
  const ids = rows.map((r) => Number(r.id));
  const records = new Map((await readProductRecords(q, ids)).map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const r = records.get(id);
    if (!r) return [];
    const { price, next } = priceOn(r.prices, today);
    return [
      {
        sku: r.sku,
        name: r.name,
        category: r.category,
        unit: r.unit,
        producerCode: r.producerCode,
        price,
        next,
        barcodes: r.barcodes,
        active: r.active,
        changedIn: r.changedIn === 0 ? null : r.changedIn,
      },
    ];
  });
  return { total: Number(total.rows[0]?.n ?? 0), items };
}

async function productIdOf(q: Queryable, sku: string): Promise<{ id: number; name: string } | undefined> {
  const { rows } = await q.query<{ id: number | string; name: string }>(
    'select id, name from catalogue_products where lower(sku) = lower($1)',
    [sku],
  );
  return rows[0] && { id: Number(rows[0].id), name: rows[0].name };
}

export async function getCatalogueProduct(
  q: Queryable,
  sku: string,
  today: string,
): Promise<CatalogueProduct> {
  const found = await productIdOf(q, sku);
  const [record] = found ? await readProductRecords(q, [found.id]) : [];
  if (!record) throw new EngineError('NOT_FOUND', 'officeCatalogue.skuNotFound', { sku });
  const { price, next } = priceOn(record.prices, today);
  return {
    sku: record.sku,
    name: record.name,
    category: record.category,
    unit: record.unit,
    producerCode: record.producerCode,
    price,
    next,
    barcodes: record.barcodes,
    active: record.active,
    changedIn: record.changedIn === 0 ? null : record.changedIn,
    soldByWeight: record.soldByWeight,
    workshop: record.workshop,
    cost: record.cost,
    pirtNo: record.pirtNo,
    halalNo: record.halalNo,
    prices: record.prices,
    tierPrices: record.tierPrices,
  };
}

/** The product as a package carries it, without its stamp: equal before and after means unchanged. */
async function recordText(q: Queryable, id: number): Promise<string> {
  const [record] = await readProductRecords(q, [id]);
  if (!record) return '';
  const { changedIn: _changedIn, ...rest } = record;
  return canonicalJson(rest);
}

type SaveInput = OfficeParsedInput<'catalogue.saveProduct'>;

/** Creates or edits a product after checking every rule; returns its id. Runs inside `c`'s transaction. */
export async function writeProduct(
  c: Queryable,
  input: SaveInput,
  by: CatalogueActor,
  today: string,
): Promise<{ id: number; changed: boolean; priceChanged: boolean }> {
  const existing = await productIdOf(c, input.sku);
  if (input.mode === 'create' && existing) {
    throw new EngineError('CONFLICT', 'catalog.skuTaken', { sku: input.sku, name: existing.name });
  }
  if (input.mode === 'update' && !existing) {
    throw new EngineError('NOT_FOUND', 'officeCatalogue.skuNotFound', { sku: input.sku });
  }
  const checked = checkBarcodeList(input.barcodes);
  if ('error' in checked) throw EngineError.from('INVALID_INPUT', checked.error);
  const codes = checked.barcodes.map((b) => b.code);
  const owners = await c.query<{ code: string; sku: string; name: string }>(
    `select b.code, p.sku, p.name from catalogue_barcodes b join catalogue_products p on p.id = b.product_id
      where b.code = any($1::text[]) and b.product_id <> $2 order by b.code`,
    [codes, existing?.id ?? -1],
  );
  const taken = owners.rows[0];
  if (taken) throw new EngineError('CONFLICT', 'catalog.barcodeTaken', taken);

  const category = (
    await c.query<{ name: string }>('select name from catalogue_categories where lower(name) = lower($1)', [
      input.category,
    ])
  ).rows[0];
  if (!category)
    throw new EngineError('INVALID_INPUT', 'catalog.categoryMissing', { category: input.category });
  const unit = (
    await c.query<{ code: string; decimals: number }>(
      'select code, decimals from catalogue_sale_units where lower(code) = lower($1)',
      [input.unit],
    )
  ).rows[0];
  if (!unit) throw new EngineError('INVALID_INPUT', 'catalog.unknownUnit', { unit: input.unit });
  if (input.soldByWeight && unit.decimals !== 3)
    throw EngineError.from('INVALID_INPUT', weightUnitMessage(unit.code));
  const producer = await c.query('select 1 from catalogue_units where code = $1', [input.producerCode]);
  if (producer.rows.length === 0) {
    throw new EngineError('INVALID_INPUT', 'catalog.producerCodeNotFound', {
      producerCode: input.producerCode,
    });
  }
  let workshopId: number | null = null;
  if (input.workshop) {
    const { rows } = await c.query<{ id: number | string }>(
      'select id from catalogue_workshops where unit_code = $1 and lower(name) = lower($2)',
      [input.producerCode, input.workshop],
    );
    if (!rows[0]) {
      throw new EngineError('INVALID_INPUT', 'officeCatalogue.workshopUnknown', {
        code: input.producerCode,
        name: input.workshop,
      });
    }
    workshopId = Number(rows[0].id);
  }
  const tierPrices = input.tierPrices;
  if (tierPrices) {
    const seen = new Set<string>();
    for (const { tier } of tierPrices) {
      if (seen.has(tier)) throw new EngineError('INVALID_INPUT', 'officeCatalogue.tierTwice', { code: tier });
      seen.add(tier);
    }
    const known = await c.query<{ code: string }>(
      'select code from catalogue_tiers where code = any($1::text[])',
      [[...seen]],
    );
    const missing = [...seen].find((code) => !known.rows.some((r) => r.code === code));
    if (missing) throw new EngineError('INVALID_INPUT', 'officeCatalogue.tierUnknown', { code: missing });
  }
  const day = input.priceFrom ?? today;
  if (day < today) throw new EngineError('INVALID_INPUT', 'officeCatalogue.dayPast', { day, today });

  const before = existing ? await recordText(c, existing.id) : '';
  const values = [
    input.sku,
    input.name,
    category.name,
    unit.code,
    input.soldByWeight,
    input.producerCode,
    workshopId,
    input.cost ?? null,
    input.pirtNo,
    input.halalNo,
    input.active,
    by.at.toISOString(),
    by.userId,
  ];
  let id: number;
  if (existing) {
    id = existing.id;
    await c.query(
      `update catalogue_products set sku = $1, name = $2, category = $3, unit = $4, sold_by_weight = $5,
         unit_code = $6, workshop_id = $7, cost = $8, pirt_no = $9, halal_no = $10, active = $11,
         updated_at = $12::timestamptz, updated_by = $13
       where id = $14`,
      [...values, id],
    );
    await c.query('delete from catalogue_barcodes where product_id = $1', [id]);
  } else {
    const { rows } = await c.query<{ id: number | string }>(
      `insert into catalogue_products (sku, name, category, unit, sold_by_weight, unit_code, workshop_id, cost,
         pirt_no, halal_no, active, updated_at, updated_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::timestamptz, $13) returning id`,
      values,
    );
    id = Number(rows[0]?.id);
  }
  for (const [position, code] of codes.entries()) {
    await c.query('insert into catalogue_barcodes (code, product_id, position) values ($1, $2, $3)', [
      code,
      id,
      position,
    ]);
  }
  // A price step only when the price on that day is not already this one.
  const steps = (await readProductRecords(c, [id]))[0]?.prices ?? [];
  const onDay = steps.filter((s) => s.from <= day).at(-1);
  const priceChanged = onDay?.price !== input.price;
  if (priceChanged) {
    await c.query(
      `insert into catalogue_prices (product_id, from_day, price, set_at, set_by)
       values ($1, $2::date, $3, $4::timestamptz, $5)
       on conflict (product_id, from_day) do update set price = excluded.price, set_at = excluded.set_at,
         set_by = excluded.set_by`,
      [id, day, input.price, by.at.toISOString(), by.userId],
    );
  }
  if (tierPrices) {
    await c.query('delete from catalogue_tier_prices where product_id = $1', [id]);
    for (const { tier, price } of tierPrices) {
      await c.query('insert into catalogue_tier_prices (product_id, tier_code, price) values ($1, $2, $3)', [
        id,
        tier,
        price,
      ]);
    }
  }
  const changed = before !== (await recordText(c, id));
  if (changed) await c.query('update catalogue_products set changed_in = null where id = $1', [id]);
  return { id, changed, priceChanged };
}

export async function saveCatalogueProduct(
  db: Db,
  input: SaveInput,
  by: CatalogueActor,
  today: string,
): Promise<CatalogueProduct> {
  return db.tx(async (c) => {
    await lockCatalogue(c);
    const { changed, priceChanged } = await writeProduct(c, input, by, today);
    if (changed) {
      await recordAudit(c, {
        at: by.at,
        userId: by.userId,
        action: 'catalogue.product',
        target: input.sku,
        detail: {
          mode: input.mode,
          name: input.name,
          active: input.active,
          ...(priceChanged ? { price: input.price, priceFrom: input.priceFrom ?? today } : {}),
        },
      });
    }
    return getCatalogueProduct(c, input.sku, today);
  });
}
