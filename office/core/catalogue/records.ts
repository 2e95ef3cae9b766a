// The master catalogue as the package format has it (shared/catalogPackage/format.ts), read from
// the office's tables, and the lock every change to it takes.
import type {
  CatalogueDoc,
  CategoryRecord,
  ProductRecord,
  TierRecord,
  UnitRecord,
  WorkshopRecord,
} from '../../../shared/catalogPackage/format';
import type { CatalogueCounts } from '../../../shared/office/contract';
import type { Queryable } from '../../db/types';

/**
 * Taken by every change to the catalogue and by publish, in their transaction: a publish stamps
 * and reads the whole catalogue while no edit is half-way, on PGlite and on PostgreSQL alike.
 */
export const CATALOGUE_LOCK = 0x4b41544c; // "KATL"

export async function lockCatalogue(q: Queryable): Promise<void> {
  await q.query('select pg_advisory_xact_lock($1)', [CATALOGUE_LOCK]);
}

export const RECORD_TABLES = {
  units: 'catalogue_units',
  workshops: 'catalogue_workshops',
  categories: 'catalogue_categories',
  tiers: 'catalogue_tiers',
  products: 'catalogue_products',
} as const satisfies Record<keyof CatalogueCounts, string>;

/** The latest published version, 0 before the first publish. */
export async function latestVersion(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ v: number | null }>('select max(version) as v from catalogue_packages');
  return Number(rows[0]?.v ?? 0);
}

/** Records changed since the last publish, per kind. */
export async function pendingCounts(q: Queryable): Promise<CatalogueCounts> {
  const parts = Object.entries(RECORD_TABLES).map(
    ([kind, table]) => `(select count(*) from ${table} where changed_in is null) as ${kind}`,
  );
  const { rows } = await q.query<Record<keyof CatalogueCounts, number | string>>(
    `select ${parts.join(', ')}`,
  );
  const row = rows[0];
  return {
    units: Number(row?.units ?? 0),
    workshops: Number(row?.workshops ?? 0),
    categories: Number(row?.categories ?? 0),
    tiers: Number(row?.tiers ?? 0),
    products: Number(row?.products ?? 0),
  };
}

export function totalOf(counts: CatalogueCounts): number {
  return counts.units + counts.workshops + counts.categories + counts.tiers + counts.products;
}

interface ProductRow {
  id: number | string;
  sku: string;
  name: string;
  category: string;
  unit: string;
  sold_by_weight: boolean;
  unit_code: string;
  workshop: string | null;
  cost: number | string | null;
  pirt_no: string | null;
  halal_no: string | null;
  active: boolean;
  changed_in: number | null;
}

/** A record's changedIn; 0 while it has changed since the last publish (publish reads after stamping). */
const stamp = (value: number | null) => value ?? 0;

/**
 * Products as package records, with every price step (ascending); `ids` narrows it to some.
 * changedIn is 0 for a product changed since the last publish.
 */
export async function readProductRecords(
  q: Queryable,
  ids?: readonly number[],
): Promise<(ProductRecord & { id: number })[]> {
  const only = ids ? 'where p.id = any($1::bigint[])' : '';
  const onlyOf = ids ? 'where product_id = any($1::bigint[])' : '';
  const params = ids ? [ids] : [];
  const { rows } = await q.query<ProductRow>(
    `select p.id, p.sku, p.name, p.category, p.unit, p.sold_by_weight, p.unit_code, w.name as workshop,
            p.cost, p.pirt_no, p.halal_no, p.active, p.changed_in
       from catalogue_products p left join catalogue_workshops w on w.id = p.workshop_id
       ${only} order by p.sku`,
    params,
  );
  const barcodes = await q.query<{ product_id: number | string; code: string }>(
    `select product_id, code from catalogue_barcodes ${onlyOf} order by product_id, position`,
    params,
  );
  const prices = await q.query<{ product_id: number | string; from_day: string; price: number | string }>(
    `select product_id, to_char(from_day, 'YYYY-MM-DD') as from_day, price
       from catalogue_prices ${onlyOf} order by product_id, from_day`,
    params,
  );
  const tiers = await q.query<{ product_id: number | string; tier_code: string; price: number | string }>(
    `select product_id, tier_code, price from catalogue_tier_prices ${onlyOf} order by product_id, tier_code`,
    params,
  );
  const byProduct = <T extends { product_id: number | string }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of list) {
      const id = Number(row.product_id);
      const at = map.get(id);
      if (at) at.push(row);
      else map.set(id, [row]);
    }
    return map;
  };
  const barcodesOf = byProduct(barcodes.rows);
  const pricesOf = byProduct(prices.rows);
  const tiersOf = byProduct(tiers.rows);
  return rows.map((row) => {
    const id = Number(row.id);
    return {
      id,
      sku: row.sku,
      name: row.name,
      category: row.category,
      unit: row.unit,
      soldByWeight: row.sold_by_weight,
      producerCode: row.unit_code,
      workshop: row.workshop,
      cost: row.cost === null ? null : Number(row.cost),
      pirtNo: row.pirt_no,
      halalNo: row.halal_no,
      active: row.active,
      barcodes: (barcodesOf.get(id) ?? []).map((b) => b.code),
      prices: (pricesOf.get(id) ?? []).map((p) => ({ from: p.from_day, price: Number(p.price) })),
      tierPrices: (tiersOf.get(id) ?? []).map((t) => ({ tier: t.tier_code, price: Number(t.price) })),
      changedIn: stamp(row.changed_in),
    };
  });
}

export async function readUnitRecords(q: Queryable): Promise<UnitRecord[]> {
  const { rows } = await q.query<{
    code: string;
    name: string;
    pnbp_bp: number;
    premi_bp: number;
    capital_bp: number;
    active: boolean;
    changed_in: number | null;
  }>(
    'select code, name, pnbp_bp, premi_bp, capital_bp, active, changed_in from catalogue_units order by code',
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    pnbpBp: r.pnbp_bp,
    premiBp: r.premi_bp,
    capitalBp: r.capital_bp,
    active: r.active,
    changedIn: stamp(r.changed_in),
  }));
}

export async function readWorkshopRecords(q: Queryable): Promise<WorkshopRecord[]> {
  const { rows } = await q.query<{
    unit_code: string;
    name: string;
    active: boolean;
    changed_in: number | null;
  }>('select unit_code, name, active, changed_in from catalogue_workshops order by unit_code, lower(name)');
  return rows.map((r) => ({
    unitCode: r.unit_code,
    name: r.name,
    active: r.active,
    changedIn: stamp(r.changed_in),
  }));
}

export async function readCategoryRecords(q: Queryable): Promise<CategoryRecord[]> {
  const { rows } = await q.query<{ name: string; sort_order: number; changed_in: number | null }>(
    'select name, sort_order, changed_in from catalogue_categories order by sort_order, name',
  );
  return rows.map((r) => ({ name: r.name, sortOrder: r.sort_order, changedIn: stamp(r.changed_in) }));
}

export async function readTierRecords(q: Queryable): Promise<TierRecord[]> {
  const { rows } = await q.query<{ code: string; name: string; changed_in: number | null }>(
    'select code, name, changed_in from catalogue_tiers order by code',
  );
  return rows.map((r) => ({ code: r.code, name: r.name, changedIn: stamp(r.changed_in) }));
}

/** The whole catalogue, every price step included. */
export async function readCatalogueDoc(q: Queryable): Promise<CatalogueDoc> {
  return {
    units: await readUnitRecords(q),
    workshops: await readWorkshopRecords(q),
    categories: await readCategoryRecords(q),
    tiers: await readTierRecords(q),
    products: (await readProductRecords(q)).map(({ id: _id, ...record }) => record),
  };
}
