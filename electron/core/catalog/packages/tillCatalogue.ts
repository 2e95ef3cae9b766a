// The till's catalogue as a package plan needs it: every producing unit, workshop, category, tier
// and product with the office version it holds (null: the booth's own), read once. A catalogue of
// tens of thousands of products is a few set-based queries.
import type { Database } from 'better-sqlite3';

export interface TillUnit {
  code: string;
  name: string;
  pnbpBp: number;
  premiBp: number;
  capitalBp: number;
  active: boolean;
  officeVersion: number | null;
}

export interface TillWorkshop {
  id: number;
  producerCode: string;
  name: string;
  active: boolean;
  officeVersion: number | null;
}

export interface TillCategory {
  name: string;
  sortOrder: number;
  officeVersion: number | null;
}

export interface TillTier {
  code: string;
  name: string;
  officeVersion: number | null;
}

export interface TillProduct {
  id: number;
  sku: string;
  name: string;
  category: string;
  unit: string;
  price: number;
  cost: number | null;
  producerCode: string;
  workshopId: number | null;
  workshopName: string | null;
  soldByWeight: boolean;
  active: boolean;
  pirtNo: string | null;
  halalNo: string | null;
  officeVersion: number | null;
  /** In their order. */
  barcodes: string[];
  /** By tier code. */
  tierPrices: Map<string, number>;
  /** Prices waiting for a later business day, by day. */
  scheduled: { from: string; price: number }[];
}

export interface TillCatalogue {
  units: Map<string, TillUnit>;
  /** By `producerCode \0 name`. */
  workshops: Map<string, TillWorkshop>;
  /** By lower-case name (names compare without case). */
  categories: Map<string, TillCategory>;
  tiers: Map<string, TillTier>;
  /** By lower-case SKU (SKUs compare without case). */
  products: Map<string, TillProduct>;
  productsById: Map<number, TillProduct>;
  /** Which product holds each barcode. */
  barcodeOwner: Map<string, TillProduct>;
  /** Units of sale by lower-case code: the stored spelling and decimals. */
  saleUnits: Map<string, { code: string; decimals: number }>;
}

export const workshopKey = (producerCode: string, name: string) => `${producerCode}\u0000${name}`;

const version = (value: number | null) => (value === null ? null : Number(value));

export function readTillCatalogue(db: Database): TillCatalogue {
  const units = new Map<string, TillUnit>();
  for (const row of db
    .prepare(
      `SELECT code, name, pnbp_bp AS pnbpBp, premi_bp AS premiBp, capital_bp AS capitalBp, active,
              office_version AS officeVersion FROM producers`,
    )
    .all() as (Omit<TillUnit, 'active'> & { active: number })[]) {
    units.set(row.code, { ...row, active: row.active === 1, officeVersion: version(row.officeVersion) });
  }
  const workshops = new Map<string, TillWorkshop>();
  const workshopNames = new Map<number, string>();
  for (const row of db
    .prepare(
      'SELECT id, producer_code AS producerCode, name, active, office_version AS officeVersion FROM workshops',
    )
    .all() as (Omit<TillWorkshop, 'active'> & { active: number })[]) {
    workshops.set(workshopKey(row.producerCode, row.name), { ...row, active: row.active === 1 });
    workshopNames.set(row.id, row.name);
  }
  const categories = new Map<string, TillCategory>();
  for (const row of db
    .prepare('SELECT name, sort_order AS sortOrder, office_version AS officeVersion FROM categories')
    .all() as TillCategory[]) {
    categories.set(row.name.toLowerCase(), row);
  }
  const tiers = new Map<string, TillTier>();
  for (const row of db
    .prepare('SELECT code, name, office_version AS officeVersion FROM price_tiers')
    .all() as TillTier[]) {
    tiers.set(row.code, row);
  }

  const products = new Map<string, TillProduct>();
  const productsById = new Map<number, TillProduct>();
  for (const row of db
    .prepare(
      `SELECT id, sku, name, category, unit, price, cost, producer_code AS producerCode, workshop_id AS workshopId,
              sold_by_weight AS soldByWeight, active, pirt_no AS pirtNo, halal_no AS halalNo,
              office_version AS officeVersion
       FROM products ORDER BY id`,
    )
    .all() as (Omit<
    TillProduct,
    'soldByWeight' | 'active' | 'barcodes' | 'tierPrices' | 'scheduled' | 'workshopName'
  > & {
    soldByWeight: number;
    active: number;
  })[]) {
    const product: TillProduct = {
      ...row,
      workshopName: row.workshopId === null ? null : (workshopNames.get(row.workshopId) ?? null),
      soldByWeight: row.soldByWeight === 1,
      active: row.active === 1,
      barcodes: [],
      tierPrices: new Map(),
      scheduled: [],
    };
    products.set(row.sku.toLowerCase(), product);
    productsById.set(row.id, product);
  }
  const barcodeOwner = new Map<string, TillProduct>();
  for (const row of db
    .prepare('SELECT code, product_id AS productId FROM product_barcodes ORDER BY product_id, position, code')
    .all() as { code: string; productId: number }[]) {
    const product = productsById.get(row.productId);
    if (!product) continue;
    product.barcodes.push(row.code);
    barcodeOwner.set(row.code, product);
  }
  for (const row of db.prepare('SELECT tier, product_id AS productId, price FROM tier_prices').all() as {
    tier: string;
    productId: number;
    price: number;
  }[]) {
    productsById.get(row.productId)?.tierPrices.set(row.tier, row.price);
  }
  for (const row of db
    .prepare(
      'SELECT product_id AS productId, from_day AS fromDay, price FROM scheduled_prices ORDER BY from_day',
    )
    .all() as { productId: number; fromDay: string; price: number }[]) {
    productsById.get(row.productId)?.scheduled.push({ from: row.fromDay, price: row.price });
  }
  const saleUnits = new Map<string, { code: string; decimals: number }>();
  for (const row of db.prepare('SELECT code, decimals FROM sale_units').all() as {
    code: string;
    decimals: number;
  }[]) {
    saleUnits.set(row.code.toLowerCase(), row);
  }
  return { units, workshops, categories, tiers, products, productsById, barcodeOwner, saleUnits };
}
