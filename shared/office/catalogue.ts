// The office's master catalogue (producing units with their split, workshops, categories, price
// tiers, products with barcodes, price steps and tier prices) and the signed packages it publishes
// to the tills (shared/catalogPackage). Field rules are the till's own (shared/contract/catalog.ts):
// a product the office accepts is one a till's form would accept. Everyone reads; admins change
// and publish.
import { z } from 'zod';
import { TIER_CODE } from '../codes';
import { catalogCommands, categoryName, importIssueSchema, producerCode } from '../contract/catalog';
import { none, oneLine, rupiah } from '../contract/common';
import { msg } from '../messages';
import { ADMIN_ONLY, ANY_ROLE, defineOfficeCommands } from './common';

const changedIn = z.number().int().nullable();
const splitBp = z.object({ pnbp: z.number().int(), premi: z.number().int(), capital: z.number().int() });

export const catalogueUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  splitBp,
  active: z.boolean(),
  /** The version that last published it; null when changed since the last publish. */
  changedIn,
  productCount: z.number().int(),
});
export type CatalogueUnit = z.infer<typeof catalogueUnitSchema>;

export const catalogueWorkshopSchema = z.object({
  unitCode: z.string(),
  name: z.string(),
  active: z.boolean(),
  changedIn,
});
export type CatalogueWorkshop = z.infer<typeof catalogueWorkshopSchema>;

export const catalogueCategorySchema = z.object({ name: z.string(), sortOrder: z.number().int(), changedIn });
export type CatalogueCategory = z.infer<typeof catalogueCategorySchema>;

export const catalogueTierSchema = z.object({ code: z.string(), name: z.string(), changedIn });
export type CatalogueTier = z.infer<typeof catalogueTierSchema>;

/** Records changed since the last publish, per kind: what the next publish carries. */
export const catalogueCountsSchema = z.object({
  units: z.number().int(),
  workshops: z.number().int(),
  categories: z.number().int(),
  tiers: z.number().int(),
  products: z.number().int(),
});
export type CatalogueCounts = z.infer<typeof catalogueCountsSchema>;

export const catalogueOverviewSchema = z.object({
  /** The latest published version; 0 before the first publish. */
  version: z.number().int(),
  pending: catalogueCountsSchema,
  /** The office's public key as a till holds it (`ed25519:...`), and its short id. */
  publicKey: z.string(),
  keyId: z.string(),
  /** The office's business day: a price from this day on is in effect now. */
  today: z.string(),
  units: z.array(catalogueUnitSchema),
  workshops: z.array(catalogueWorkshopSchema),
  categories: z.array(catalogueCategorySchema),
  tiers: z.array(catalogueTierSchema),
  saleUnits: z.array(z.object({ code: z.string(), label: z.string(), decimals: z.number().int() })),
});
export type CatalogueOverview = z.infer<typeof catalogueOverviewSchema>;

export const priceStepSchema = z.object({ from: z.string(), price: z.number().int() });

export const catalogueProductItemSchema = z.object({
  sku: z.string(),
  name: z.string(),
  category: z.string(),
  unit: z.string(),
  producerCode: z.string(),
  /** The price in effect on the office's business day. */
  price: z.number().int(),
  /** The next announced price, if any. */
  next: priceStepSchema.nullable(),
  barcodes: z.array(z.string()),
  active: z.boolean(),
  changedIn,
});
export type CatalogueProductItem = z.infer<typeof catalogueProductItemSchema>;

export const catalogueProductSchema = catalogueProductItemSchema.extend({
  soldByWeight: z.boolean(),
  workshop: z.string().nullable(),
  cost: z.number().int().nullable(),
  pirtNo: z.string().nullable(),
  halalNo: z.string().nullable(),
  /** Every price step, ascending by day. */
  prices: z.array(priceStepSchema),
  tierPrices: z.array(z.object({ tier: z.string(), price: z.number().int() })),
});
export type CatalogueProduct = z.infer<typeof catalogueProductSchema>;

export const cataloguePackageInfoSchema = z.object({
  version: z.number().int(),
  basedOn: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  keyId: z.string(),
  manifestSha256: z.string(),
  /** Records this publish carried, per kind. */
  changes: catalogueCountsSchema,
  /** Size of its zip. */
  bytes: z.number().int(),
});
export type CataloguePackageInfo = z.infer<typeof cataloguePackageInfoSchema>;

export const catalogueImportSchema = z.object({
  fileName: z.string(),
  rows: z.number().int(),
  counts: z.object({ new: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  priceChanges: z.number().int(),
  newUnits: z.array(z.object({ code: z.string(), name: z.string() })),
  newCategories: z.array(z.string()),
  newWorkshops: z.array(z.object({ unitCode: z.string(), name: z.string() })),
  /** The first problems found; `issueCount` counts all of them. Any problem: nothing imported. */
  issues: z.array(importIssueSchema),
  issueCount: z.number().int(),
  imported: z.boolean(),
});
export type CatalogueImport = z.infer<typeof catalogueImportSchema>;

const businessDay = z
  .string({ error: msg('officeCatalogue.dayShape') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: msg('officeCatalogue.dayShape') })
  .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), {
    error: msg('officeCatalogue.dayShape'),
  });

export const tierCode = z
  .string({ error: msg('officeCatalogue.tierCode') })
  .trim()
  .toUpperCase()
  .regex(TIER_CODE, { error: msg('officeCatalogue.tierCode') });

const tierName = oneLine(
  z
    .string({ error: msg('officeCatalogue.tierName') })
    .trim()
    .min(1, { error: msg('officeCatalogue.tierName') })
    .max(60, { error: msg('officeCatalogue.tierName') }),
  'label.name',
);

const tillProductInput = catalogCommands['products.save'].input;
const tillWorkshopInput = catalogCommands['workshops.save'].input;

/** The till's product form, keyed by SKU (a package names products by it), with the office's extras. */
export const saveProductInput = tillProductInput
  .omit({ id: true, workshopId: true })
  .extend({
    /** `create` refuses a SKU that exists, `update` one that does not. */
    mode: z.enum(['create', 'update'], { error: msg('input.importMode') }),
    /** A workshop of the product's unit, by name; null or absent for none. */
    workshop: tillWorkshopInput.shape.name.nullable().optional(),
    /** The business day the price applies from: today when absent, a later day announces it. */
    priceFrom: businessDay.optional(),
    tierPrices: z
      .array(z.object({ tier: tierCode, price: rupiah }).strict())
      .max(20)
      .optional(),
  })
  .strict();

export const catalogueCommands = defineOfficeCommands({
  'catalogue.overview': {
    summary:
      'The catalogue’s units, workshops, categories, tiers and units of sale, the latest version, what changed since, and the office’s public key',
    roles: ANY_ROLE,
    input: none,
    output: catalogueOverviewSchema,
  },
  'catalogue.products': {
    summary: 'Products by SKU, name or barcode, inactive ones too, a page at a time',
    roles: ANY_ROLE,
    input: z
      .object({
        text: z
          .string()
          .trim()
          .max(100, { error: msg('input.searchTooLong') })
          .optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(catalogueProductItemSchema) }),
  },
  'catalogue.product': {
    summary: 'One product with its barcodes, every price step and its tier prices',
    roles: ANY_ROLE,
    input: z.object({ sku: z.string().trim().min(1).max(64) }).strict(),
    output: catalogueProductSchema,
  },
  'catalogue.saveUnit': {
    summary: 'Creates or edits a producing unit; its split (percent, 2 decimals) must make 100; audited',
    roles: ADMIN_ONLY,
    input: catalogCommands['producers.save'].input,
    output: catalogueUnitSchema,
  },
  'catalogue.saveWorkshop': {
    summary: 'Creates a workshop of a unit, or sets one active or not (named once per unit); audited',
    roles: ADMIN_ONLY,
    input: z
      .object({ producerCode, name: tillWorkshopInput.shape.name, active: z.boolean().optional() })
      .strict(),
    output: catalogueWorkshopSchema,
  },
  'catalogue.saveCategory': {
    summary: 'Creates a category or changes its place in the order; audited',
    roles: ADMIN_ONLY,
    input: z
      .object({ name: categoryName, sortOrder: z.number().int().min(-1_000_000).max(1_000_000).optional() })
      .strict(),
    output: catalogueCategorySchema,
  },
  'catalogue.saveTier': {
    summary: 'Creates a price tier or renames one; audited',
    roles: ADMIN_ONLY,
    input: z.object({ code: tierCode, name: tierName }).strict(),
    output: catalogueTierSchema,
  },
  'catalogue.saveProduct': {
    summary:
      'Creates or edits a product (by SKU) with its barcodes and tier prices; a new price applies from today or a later day; audited',
    roles: ADMIN_ONLY,
    input: saveProductInput,
    output: catalogueProductSchema,
  },
  'catalogue.publish': {
    summary:
      'Publishes every change since the last version as version N+1: stamps the records, stores the signed package; audited',
    roles: ADMIN_ONLY,
    input: z
      .object({
        /** The version the person saw would come next: refused when someone else published first. */
        version: z.number().int().min(1),
      })
      .strict(),
    output: cataloguePackageInfoSchema,
  },
  'catalogue.packages': {
    summary: 'The published packages, newest first',
    roles: ANY_ROLE,
    input: none,
    output: z.array(cataloguePackageInfoSchema),
  },
  'catalogue.packageFile': {
    summary:
      'A package as a zip for a USB stick: a published one by version, or (no version) the whole catalogue at the latest version, signed now',
    roles: ADMIN_ONLY,
    input: z.object({ version: z.number().int().min(1).optional() }).strict(),
    output: z.object({ fileName: z.string(), sha256: z.string(), base64: z.string() }),
  },
  'catalogue.importFile': {
    summary:
      'Checks a catalogue file (CSV/XLSX, the till’s format and rules); with `commit` imports it when it has no problem; audited',
    roles: ADMIN_ONLY,
    input: catalogCommands['catalog.importFile'].input.extend({ commit: z.boolean() }).strict(),
    output: catalogueImportSchema,
  },
});
