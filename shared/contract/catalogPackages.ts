// Catalogue packages from the office (docs/catalogue-packages.md): the office's public key this till
// trusts, opening a package from a USB stick or pulling one from the office, the preview of what it
// changes, and applying it. Managers only; applying is one transaction and writes nothing on any
// refusal. The package format itself is shared/catalogPackage/format.ts.
import { z } from 'zod';
import { msg } from '../messages';
import { defineCommands, messageRefSchema } from './common';

/** The largest package the screen may send (a zip, or a folder's files together), in bytes. */
export const MAX_PACKAGE_UPLOAD_BYTES = 16_000_000;
const MAX_PACKAGE_BASE64 = Math.ceil(MAX_PACKAGE_UPLOAD_BYTES / 3) * 4;
/** Each group of the preview lists at most this many records; its count says how many there are. */
export const PACKAGE_PREVIEW_LIST_MAX = 300;

/** A package folder or zip on this machine (a USB stick): a full path. */
const packagePath = z
  .string({ error: msg('input.packagePathRequired') })
  .trim()
  .min(1, { error: msg('input.packagePathRequired') })
  .max(500, { error: msg('input.folderTooLong') })
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), { error: msg('input.packagePathFull') })
  .refine((path) => !path.split(/[\\/]/).includes('..'), { error: msg('input.folderDotDot') });

const base64 = z.string({ error: msg('input.packageData') }).max(MAX_PACKAGE_BASE64, {
  error: msg('input.packageTooBig', { max: MAX_PACKAGE_UPLOAD_BYTES / 1e6 }),
});

const packageId = z
  .string({ error: msg('input.packageIdInvalid') })
  .regex(/^[0-9a-f]{64}$/, { error: msg('input.packageIdInvalid') });

export const packageIdentitySchema = z.object({
  /** SHA-256 of manifest.json: what `catalog.packageApply` names. */
  id: z.string(),
  version: z.number().int(),
  /** 0: the whole catalogue; N: the changes after version N. */
  basedOn: z.number().int(),
  officeName: z.string(),
  keyId: z.string(),
  createdAt: z.string(),
  /** The office's business day when it was made. */
  day: z.string(),
  folderName: z.string(),
  source: z.enum(['usb', 'office']),
  counts: z.object({
    units: z.number().int(),
    workshops: z.number().int(),
    categories: z.number().int(),
    tiers: z.number().int(),
    products: z.number().int(),
  }),
});
export type PackageIdentity = z.infer<typeof packageIdentitySchema>;

/**
 * One field that changes: `before` and `after` as text (money in rupiah digits, yes/no as `true` /
 * `false`, lists joined with `, `, a split as `15/50/35`); null where there is nothing.
 */
export const fieldChangeSchema = z.object({
  field: z.enum([
    'name',
    'category',
    'unit',
    'soldByWeight',
    'producer',
    'workshop',
    'cost',
    'pirtNo',
    'halalNo',
    'active',
    'barcodes',
    'tierPrices',
    'sortOrder',
    'split',
  ]),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const priceStepViewSchema = z.object({ from: z.string(), price: z.number().int() });

export const productChangeSchema = z.object({
  sku: z.string(),
  name: z.string(),
  /** The till's product was the booth's own (same SKU): it becomes the office's product. */
  wasLocal: z.boolean(),
  fields: z.array(fieldChangeSchema),
  /** The price from now on, when it changes (or the first price of a new product). */
  price: z
    .object({
      before: z.number().int().nullable(),
      after: z.number().int(),
      /** The business day the office set it from. */
      from: z.string(),
    })
    .nullable(),
  /** Prices that take effect on a later business day. */
  scheduled: z.array(priceStepViewSchema),
});
export type ProductChange = z.infer<typeof productChangeSchema>;

const group = <T extends z.ZodType>(item: T) => z.object({ count: z.number().int(), items: z.array(item) });

export const splitViewSchema = z.object({
  pnbpBp: z.number().int(),
  premiBp: z.number().int(),
  capitalBp: z.number().int(),
});

export const unitChangeSchema = z.object({
  code: z.string(),
  name: z.string(),
  wasLocal: z.boolean(),
  /** The split before (null for a new unit) and after, in basis points. */
  splitBefore: splitViewSchema.nullable(),
  split: splitViewSchema,
  fields: z.array(fieldChangeSchema),
});

export const recordChangeSchema = z.object({
  /** The record's name: a workshop as `name` with its unit in `unitCode`, a tier by its code. */
  name: z.string(),
  unitCode: z.string().nullable(),
  code: z.string().nullable(),
  wasLocal: z.boolean(),
  fields: z.array(fieldChangeSchema),
});

export const packageConflictSchema = z.object({
  kind: z.enum(['sku', 'barcode']),
  /** The booth's own product that is in the way. */
  localSku: z.string(),
  localName: z.string(),
  /** The office's product that wins. */
  officeSku: z.string(),
  /** The barcode both use (kind `barcode`). */
  code: z.string().nullable(),
  /** What happens to the booth's product, worded by the screen. */
  outcome: messageRefSchema,
});
export type PackageConflict = z.infer<typeof packageConflictSchema>;

export const packagePreviewSchema = z.object({
  package: packageIdentitySchema,
  /** The catalogue version this till holds now: the highest V with every version up to V applied. */
  heldVersion: z.number().int(),
  /** The version the till will hold once this is applied. */
  heldAfter: z.number().int(),
  /** Versions between the held one and this delta's base the till has not received (it still applies). */
  missing: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  products: z.object({
    new: group(productChangeSchema),
    changed: group(productChangeSchema),
    deactivated: group(productChangeSchema),
    /** Records the till takes with nothing to change (a newer version of the same content). */
    unchanged: z.number().int(),
    /** Records the till already holds in the same or a newer version: left as they are. */
    skipped: z.number().int(),
    /** Products whose price changes from now on (new products not counted). */
    priceChanges: z.number().int(),
    /** Prices that take effect on a later business day. */
    scheduled: z.number().int(),
  }),
  units: z.object({ new: group(unitChangeSchema), changed: group(unitChangeSchema) }),
  workshops: z.object({ new: group(recordChangeSchema), changed: group(recordChangeSchema) }),
  categories: z.object({ new: group(recordChangeSchema), changed: group(recordChangeSchema) }),
  tiers: z.object({ new: group(recordChangeSchema), changed: group(recordChangeSchema) }),
  conflicts: group(packageConflictSchema),
  /** The till's own products the package does not touch: kept, marked local. */
  localKept: z.number().int(),
});
export type PackagePreview = z.infer<typeof packagePreviewSchema>;

export const packageChangesSchema = z.object({
  productsNew: z.number().int(),
  productsChanged: z.number().int(),
  productsDeactivated: z.number().int(),
  priceChanges: z.number().int(),
  scheduled: z.number().int(),
  units: z.number().int(),
  workshops: z.number().int(),
  categories: z.number().int(),
  tiers: z.number().int(),
  conflicts: z.number().int(),
});
export type PackageChanges = z.infer<typeof packageChangesSchema>;

export const appliedPackageSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  basedOn: z.number().int(),
  officeName: z.string(),
  source: z.enum(['usb', 'office']),
  appliedAt: z.string(),
  appliedBy: z.string(),
  changes: packageChangesSchema,
});
export type AppliedPackage = z.infer<typeof appliedPackageSchema>;

export const packageStatusSchema = z.object({
  /** The office's public key this till trusts (`ed25519:...`), and its short id; null when none is set. */
  publicKey: z.string().nullable(),
  keyId: z.string().nullable(),
  heldVersion: z.number().int(),
  /** Whether the office's address and token are set (the upload settings), so a package can be pulled. */
  pullAvailable: z.boolean(),
  /** The package opened and not yet applied, if any (its preview comes from catalog.packagePreview). */
  open: packageIdentitySchema.nullable(),
  /** Applied here, newest first (the last 20). */
  applied: z.array(appliedPackageSchema),
  /** Prices waiting for a later business day. */
  scheduledPrices: z.number().int(),
});
export type PackageStatus = z.infer<typeof packageStatusSchema>;

export const catalogPackageCommands = defineCommands({
  'catalog.packageStatus': {
    summary: 'The office key this till trusts, the catalogue version it holds, the packages it applied',
    access: 'manager',
    input: z.object({}).strict(),
    output: packageStatusSchema,
  },
  'catalog.setOfficeKey': {
    summary: "Sets (or clears, with null) the office's public key that signs catalogue packages; audited",
    access: 'manager',
    input: z
      .object({
        publicKey: z
          .string({ error: msg('input.officeKeyText') })
          .trim()
          .max(200, { error: msg('input.officeKeyText') })
          .nullable(),
      })
      .strict(),
    output: packageStatusSchema,
  },
  'catalog.packageOpen': {
    summary:
      'Opens a catalogue package (a folder or zip by its path, a zip, or a folder of files), checks it and shows what it would change; writes nothing',
    access: 'manager',
    input: z
      .object({
        path: packagePath.optional(),
        zipBase64: base64.optional(),
        files: z
          .array(
            z
              .object({
                name: z
                  .string()
                  .trim()
                  .min(1, { error: msg('input.packageFileName') })
                  .max(255, { error: msg('input.packageFileName') }),
                data: base64,
              })
              .strict(),
            { error: msg('input.packageFiles') },
          )
          .max(16, { error: msg('input.packageFiles') })
          .optional(),
      })
      .strict()
      .refine(
        (input) =>
          [input.path, input.zipBase64, input.files].filter((given) => given !== undefined).length === 1,
        { error: msg('input.packageOneSource') },
      ),
    output: packagePreviewSchema,
  },
  'catalog.packagePull': {
    summary:
      'Asks the office (the upload address and token) for the package after the version this till holds, checks it and shows what it would change; null when there is nothing newer',
    access: 'manager',
    input: z.object({}).strict(),
    output: z.object({ preview: packagePreviewSchema.nullable() }),
  },
  'catalog.packagePreview': {
    summary: 'What the open package would change now (the catalogue may have changed since it was opened)',
    access: 'manager',
    input: z.object({ packageId }).strict(),
    output: packagePreviewSchema,
  },
  'catalog.packageApply': {
    summary:
      'Applies the open package named by its id in one transaction (checked again first), records it and audits it',
    access: 'manager',
    input: z.object({ packageId }).strict(),
    output: z.object({
      package: packageIdentitySchema,
      heldVersion: z.number().int(),
      changes: packageChangesSchema,
    }),
  },
});
