// Catalogue packages for tests: an office key, a small office catalogue, packages written as the
// office writes them (shared/catalogPackage/writePackage.ts), and the till's catalogue read back in
// a form two tills can be compared by (no ids, no times).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { CatalogueDoc, ProductRecord } from '../../shared/catalogPackage/format';
import { generateOfficeKey, type OfficeKeyPair } from '../../shared/catalogPackage/sign';
import {
  type BuiltPackage,
  buildPackage,
  deltaOf,
  packageZip,
  writePackageFolder,
} from '../../shared/catalogPackage/writePackage';

export const OFFICE_NAME = 'Kanwil Ditjenpas Sulawesi Tengah';

/** One key per test file is plenty (generating one takes a millisecond). */
export const office: OfficeKeyPair = generateOfficeKey();

/** The test engine's business day (engineIn starts at 28 November 2026, 10.00 WITA). */
export const TODAY = '2026-11-28';
export const TOMORROW = '2026-11-29';

export function product(sku: string, changes: Partial<ProductRecord> = {}): ProductRecord {
  return {
    sku,
    name: `Produk ${sku}`,
    category: 'Tenun',
    unit: 'pcs',
    soldByWeight: false,
    producerCode: 'LPS-DONGGALA',
    workshop: 'Ruang Tenun',
    cost: null,
    pirtNo: null,
    halalNo: null,
    active: true,
    barcodes: [],
    prices: [{ from: '2026-11-01', price: 100_000 }],
    tierPrices: [],
    changedIn: 1,
    ...changes,
  };
}

/**
 * Version 1 of an office catalogue that meets the demo catalogue (engineIn loads it, every product
 * local): LPS-PALU and Makanan exist on the till already; BWG-100 is the demo's SKU (the office
 * takes it over); KAIN-02 carries the barcode of the demo's BWG-250.
 */
export function officeCatalogue(): CatalogueDoc {
  return {
    units: [
      {
        code: 'LPS-PALU',
        name: 'Lapas Kelas IIA Palu',
        pnbpBp: 2000,
        premiBp: 5000,
        capitalBp: 3000,
        active: true,
        changedIn: 1,
      },
      {
        code: 'LPS-DONGGALA',
        name: 'Lapas Kelas IIB Donggala',
        pnbpBp: 1500,
        premiBp: 5000,
        capitalBp: 3500,
        active: true,
        changedIn: 1,
      },
    ],
    workshops: [
      { unitCode: 'LPS-DONGGALA', name: 'Ruang Tenun', active: true, changedIn: 1 },
      { unitCode: 'LPS-PALU', name: 'Dapur', active: true, changedIn: 1 },
    ],
    categories: [
      { name: 'Tenun', sortOrder: 5, changedIn: 1 },
      { name: 'Makanan', sortOrder: 1, changedIn: 1 },
    ],
    tiers: [{ code: 'GROSIR', name: 'Grosir', changedIn: 1 }],
    products: [
      product('KAIN-01', { name: 'Kain Tenun Donggala Motif Bomba', barcodes: ['2990000001016'] }),
      product('KAIN-02', {
        name: 'Kain Tenun Donggala Motif Subi',
        barcodes: ['2990000000026'],
        prices: [{ from: '2026-11-01', price: 150_000 }],
        tierPrices: [{ tier: 'GROSIR', price: 130_000 }],
      }),
      product('BWG-100', {
        name: 'Bawang Goreng Palu 100 g (kantor)',
        category: 'Makanan',
        producerCode: 'LPS-PALU',
        workshop: 'Dapur',
        barcodes: ['2990000000019'],
        prices: [{ from: '2026-11-01', price: 27_000 }],
      }),
    ],
  };
}

export interface Made {
  built: BuiltPackage;
  /** The package folder. */
  folder: string;
  /** The same package as one zip, beside it. */
  zip: string;
}

/** Writes the package (folder and zip) into `dir`. */
export function makePackage(
  dir: string,
  doc: CatalogueDoc,
  version: number,
  basedOn = 0,
  key: OfficeKeyPair = office,
): Made {
  const built = buildPackage(
    basedOn === 0 ? doc : deltaOf(doc, basedOn),
    { officeName: OFFICE_NAME, version, basedOn, createdAt: '2026-11-27T08:00:00.000Z', day: '2026-11-27' },
    key.privateKeyPem,
  );
  const parent = join(dir, `paket-${version}-${basedOn}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(parent, { recursive: true });
  const folder = writePackageFolder(parent, built);
  const zip = join(parent, `${built.folderName}.zip`);
  writeFileSync(zip, packageZip(built));
  return { built, folder, zip };
}

/** The till's catalogue, compared between tills: every record by its key, no ids or times. */
export function tillSnapshot(db: Database) {
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    units: rows(
      `SELECT code, name, pnbp_bp, premi_bp, capital_bp, active, office_version FROM producers ORDER BY code`,
    ),
    workshops: rows(
      'SELECT producer_code, name, active, office_version FROM workshops ORDER BY producer_code, name',
    ),
    categories: rows('SELECT name, sort_order, office_version FROM categories ORDER BY name'),
    tiers: rows('SELECT code, name, office_version FROM price_tiers ORDER BY code'),
    products: rows(
      `SELECT p.sku, p.name, p.category, p.unit, p.price, p.cost, p.producer_code, w.name AS workshop,
              p.sold_by_weight, p.active, p.pirt_no, p.halal_no, p.office_version,
              (SELECT group_concat(code, ',') FROM (SELECT code FROM product_barcodes b WHERE b.product_id = p.id
                 ORDER BY position)) AS barcodes,
              (SELECT group_concat(tier || '=' || price, ',') FROM (SELECT tier, price FROM tier_prices t
                 WHERE t.product_id = p.id ORDER BY tier)) AS tier_prices,
              (SELECT group_concat(from_day || '=' || price, ',') FROM (SELECT from_day, price FROM scheduled_prices s
                 WHERE s.product_id = p.id ORDER BY from_day)) AS scheduled
       FROM products p LEFT JOIN workshops w ON w.id = p.workshop_id ORDER BY p.sku`,
    ),
  };
}
