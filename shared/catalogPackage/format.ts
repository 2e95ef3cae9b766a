// The catalogue package, version 1: what the office sends the tills so that every booth sells the
// same products at the same prices with the same producing-unit split (docs/catalogue-packages.md).
// The office writes it (office/core/catalogue), a till checks and applies it
// (electron/core/catalog/packages). These schemas are the one definition of its documents.
//
// A package is a folder (or a zip of one) of three files:
//   manifest.json   what the package is: the office, its version, what it is based on, file hashes
//   manifest.sig    the office's Ed25519 signature over the exact bytes of manifest.json (base64)
//   catalogue.json  the records: units, workshops, categories, price tiers, products
//
// Every record carries `changedIn`: the package version in which the office last changed it. A till
// keeps, per record, the version it holds and takes a record only when the package's is newer, so
// applying packages in any order, or one twice, ends in the same catalogue (last writer wins per
// record; nothing is ever deleted: the office sends `active: false`). A package covers the versions
// `(basedOn, version]`: `basedOn` 0 is the whole catalogue, otherwise only the records changed after
// `basedOn`, plus every unit, workshop, category and tier its products name, so that a package is
// whole on its own.
import * as z from 'zod/mini';
import { PRODUCER_CODE, TIER_CODE } from '../codes';

export const CATALOGUE_PACKAGE_FORMAT = 'karya-pos-catalogue';
export const CATALOGUE_PACKAGE_FORMAT_VERSION = 1;

export const PACKAGE_FILES = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  catalogue: 'catalogue.json',
} as const;

/** `KATALOG-000012` (whole catalogue) or `KATALOG-000012-dari-000009` (changes after version 9). */
export function packageFolderName(version: number, basedOn: number): string {
  const pad = (n: number) => String(n).padStart(6, '0');
  return basedOn === 0 ? `KATALOG-${pad(version)}` : `KATALOG-${pad(version)}-dari-${pad(basedOn)}`;
}

const count = z.int().check(z.minimum(0));
const rupiah = z.int().check(z.minimum(0));
const basisPoints = z.int().check(z.minimum(0), z.maximum(10000));
const text = z.string().check(z.minLength(1), z.maxLength(200));
const optionalText = z.nullable(z.string().check(z.maxLength(200)));
const version = z.int().check(z.minimum(1));
const day = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
  .check(z.describe("Business day, YYYY-MM-DD, in the till's time zone"));
const instant = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/))
  .check(z.describe('Instant, ISO 8601 UTC'));
const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const unitCode = z.string().check(z.regex(PRODUCER_CODE));
const tierCode = z.string().check(z.regex(TIER_CODE));
const changedIn = version.check(z.describe('Package version in which the office last changed this record'));

export const unitRecordSchema = z.strictObject({
  code: unitCode,
  name: text,
  pnbpBp: basisPoints,
  premiBp: basisPoints,
  capitalBp: basisPoints,
  active: z.boolean(),
  changedIn,
});
export type UnitRecord = z.infer<typeof unitRecordSchema>;

export const workshopRecordSchema = z.strictObject({
  unitCode,
  name: text,
  active: z.boolean(),
  changedIn,
});
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;

export const categoryRecordSchema = z.strictObject({ name: text, sortOrder: z.int(), changedIn });
export type CategoryRecord = z.infer<typeof categoryRecordSchema>;

export const tierRecordSchema = z.strictObject({ code: tierCode, name: text, changedIn });
export type TierRecord = z.infer<typeof tierRecordSchema>;

export const priceStepSchema = z.strictObject({
  from: day.check(z.describe('The business day from which this price applies')),
  price: rupiah,
});
export type PriceStep = z.infer<typeof priceStepSchema>;

export const productRecordSchema = z.strictObject({
  sku: text,
  name: text,
  category: text,
  unit: text.check(z.describe("One of the till's units of sale (pcs, kg, ...)")),
  soldByWeight: z.boolean(),
  producerCode: unitCode,
  workshop: z.nullable(text).check(z.describe("A workshop of the product's producing unit, by name")),
  cost: z.nullable(rupiah),
  pirtNo: optionalText,
  halalNo: optionalText,
  active: z.boolean(),
  barcodes: z.array(z.string().check(z.regex(/^[A-Za-z0-9]{3,32}$/))).check(z.maxLength(20)),
  prices: z
    .array(priceStepSchema)
    .check(
      z.minLength(1),
      z.describe(
        'Ascending by day: the price in effect when the package was made, then any price that takes effect later',
      ),
    ),
  tierPrices: z.array(z.strictObject({ tier: tierCode, price: rupiah })),
  changedIn,
});
export type ProductRecord = z.infer<typeof productRecordSchema>;

export const catalogueDocSchema = z.strictObject({
  units: z.array(unitRecordSchema),
  workshops: z.array(workshopRecordSchema),
  categories: z.array(categoryRecordSchema),
  tiers: z.array(tierRecordSchema),
  products: z.array(productRecordSchema),
});
export type CatalogueDoc = z.infer<typeof catalogueDocSchema>;

export const packageFileSchema = z.strictObject({ name: text, bytes: count, sha256 });

export const packageManifestSchema = z
  .strictObject({
    format: z.literal(CATALOGUE_PACKAGE_FORMAT),
    formatVersion: z.literal(CATALOGUE_PACKAGE_FORMAT_VERSION),
    generator: text,
    office: z.strictObject({
      name: text,
      keyId: z
        .string()
        .check(z.regex(/^[0-9a-f]{16}$/), z.describe('officeKeyId of the public key that signs (sign.ts)')),
    }),
    version: version.check(z.describe('Numbered by the office: 1, 2, 3... one per publish')),
    basedOn: count.check(
      z.describe('0: the whole catalogue; N: only the records changed after version N (and what they name)'),
    ),
    createdAt: instant,
    /** The office's business day when it was made: prices `from` this day or earlier are in effect. */
    day,
    counts: z.strictObject({
      units: count,
      workshops: count,
      categories: count,
      tiers: count,
      products: count,
    }),
    files: z.array(packageFileSchema),
  })
  .check(z.describe('manifest.json of a Karya POS catalogue package'));
export type PackageManifest = z.infer<typeof packageManifestSchema>;
