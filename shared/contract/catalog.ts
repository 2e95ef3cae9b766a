// Catalogue commands: products for the till and the manager, producing units (UPT) with their
// proceeds split, workshops, categories, units of sale, images, import and export.
// Reading is open to cashiers; every change needs a manager.
import { z } from 'zod';
import { BARCODE_KINDS } from '../barcode';
import { PRODUCER_CODE } from '../codes';
import { type LabelKey, msg, ref } from '../messages';
import { defineCommands, id, messageRefSchema, none, oneLine, rupiah } from './common';

export const productSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  /** The first of the product's barcodes (see products.get for all of them). */
  barcode: z.string().nullable(),
  name: z.string(),
  category: z.string(),
  unit: z.string(),
  price: z.number().int(),
  producerCode: z.string(),
  producerName: z.string(),
  soldByWeight: z.boolean(),
  active: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;

// ---------- field rules shared by the commands ----------

const text = (label: LabelKey, max: number) =>
  oneLine(
    z
      .string({ error: msg('input.fieldRequired', { field: ref(label) }) })
      .trim()
      .min(1, { error: msg('input.fieldRequired', { field: ref(label) }) })
      .max(max, { error: msg('input.fieldMaxChars', { field: ref(label), max }) }),
    label,
  );

const optionalText = (label: LabelKey, max: number) =>
  oneLine(
    z
      .string()
      .trim()
      .max(max, { error: msg('input.fieldMaxChars', { field: ref(label), max }) }),
    label,
  )
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

export { PRODUCER_CODE };
export const producerCode = z
  .string({ error: msg('input.producerCodeRequired') })
  .trim()
  .toUpperCase()
  .min(1, { error: msg('input.producerCodeRequired') })
  .regex(PRODUCER_CODE, {
    error: msg('input.producerCodeChars'),
  });

export const sku = text('label.sku', 64).regex(/^\S+$/, { error: msg('input.skuNoSpaces') });
export const productName = text('label.productName', 120);
export const categoryName = text('label.category', 60);

/** A share of the proceeds in percent, with at most two decimals (stored as basis points). */
const percent = (label: LabelKey) =>
  z
    .number({ error: msg('input.shareNumber', { field: ref(label) }) })
    .min(0, { error: msg('input.shareNegative', { field: ref(label) }) })
    .max(100, { error: msg('input.shareMax100', { field: ref(label) }) })
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, {
      error: msg('input.shareDecimals', { field: ref(label) }),
    });

export const splitSchema = z.object({ pnbp: z.number(), premi: z.number(), capital: z.number() });
export type Split = z.infer<typeof splitSchema>;

export const producerSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Percent, for people. */
  split: splitSchema,
  /** Basis points (1/100 %), as stored; they sum to 10000. */
  splitBp: splitSchema,
  active: z.boolean(),
  productCount: z.number().int(),
});
export type Producer = z.infer<typeof producerSchema>;

export const workshopSchema = z.object({
  id: z.number().int(),
  producerCode: z.string(),
  producerName: z.string(),
  name: z.string(),
  active: z.boolean(),
  productCount: z.number().int(),
});
export type Workshop = z.infer<typeof workshopSchema>;

export const categorySchema = z.object({
  name: z.string(),
  sortOrder: z.number().int(),
  productCount: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export const saleUnitSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** 0: whole pieces; 3: up to three decimals (grams of a kilogram). */
  decimals: z.number().int(),
});
export type SaleUnit = z.infer<typeof saleUnitSchema>;

export const barcodeSchema = z.object({ code: z.string(), kind: z.enum(BARCODE_KINDS) });
export type ProductBarcode = z.infer<typeof barcodeSchema>;

export const priceChangeSchema = z.object({
  price: z.number().int(),
  /** ISO 8601 instant the price took effect. */
  effectiveFrom: z.string(),
  /** Who set it; null when the system did (demo catalogue, command line). */
  changedBy: z.string().nullable(),
});
export type PriceChange = z.infer<typeof priceChangeSchema>;

export const productDetailSchema = productSchema.extend({
  barcodes: z.array(barcodeSchema),
  workshopId: z.number().int().nullable(),
  workshopName: z.string().nullable(),
  cost: z.number().int().nullable(),
  pirtNo: z.string().nullable(),
  halalNo: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** data: URL, or null without an image. */
  image: z.string().nullable(),
  /** Newest first. */
  priceHistory: z.array(priceChangeSchema),
  /** The office's package version this product holds; null for the booth's own product. */
  officeVersion: z.number().int().nullable(),
});
export type ProductDetail = z.infer<typeof productDetailSchema>;

export const productListItemSchema = productSchema.extend({
  barcodes: z.array(z.string()),
  workshopName: z.string().nullable(),
  cost: z.number().int().nullable(),
  hasImage: z.boolean(),
  /** The booth's own product: no catalogue package from the office has given it (docs/catalogue-packages.md). */
  local: z.boolean(),
});
export type ProductListItem = z.infer<typeof productListItemSchema>;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 512_000;

// ---------- import ----------

export const importIssueSchema = z.object({
  /** Row number in the file; the header is row 1. */
  row: z.number().int(),
  /** Column name, or null when the whole row or file is meant. */
  column: z.string().nullable(),
  /** The cell's address as a spreadsheet shows it (`C7`), or null when no one cell is meant. */
  cell: z.string().nullable(),
  message: messageRefSchema,
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

const importSummary = {
  importId: z.string(),
  fileName: z.string(),
  rows: z.number().int(),
  counts: z.object({ new: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  /** Products whose price the import changes (each gets a price-history entry). */
  priceChanges: z.number().int(),
  newProducers: z.array(z.object({ code: z.string(), name: z.string() })),
  newCategories: z.array(z.string()),
  newWorkshops: z.array(z.object({ producerCode: z.string(), name: z.string() })),
};

export const importPreviewSchema = z.object({
  ...importSummary,
  /** The first problems found (at most MAX_IMPORT_ISSUES); `issueCount` counts all of them. */
  issues: z.array(importIssueSchema),
  issueCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object(importSummary);
export type ImportResult = z.infer<typeof importResultSchema>;

export const MAX_IMPORT_ROWS = 100_000;
export const MAX_IMPORT_CHUNK = 2_000;
export const MAX_IMPORT_ISSUES = 500;
/** The largest file catalog.importFile reads (SheetJS inflates a whole workbook in memory). */
export const MAX_IMPORT_FILE_BYTES = 16_000_000;
/** Its base64 length. */
const MAX_IMPORT_FILE_BASE64 = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;
const importId = z
  .string()
  .trim()
  .min(1, { error: msg('input.importIdRequired') })
  .max(64);

// ---------- commands ----------

/**
 * The most products one products.list answers: the till loads the whole active catalogue into its
 * (virtualised) grid with this. Without a limit a list answers 500, the page a typed search shows.
 */
export const MAX_LIST_PRODUCTS = 10_000;
/** Products one list answers when no limit is given: the page a typed search shows at the till. */
export const LIST_PAGE = 500;

const activeFilter = z.boolean({ error: msg('input.activeYesNo') });

export const catalogCommands = defineCommands({
  'products.list': {
    summary:
      'Active products (500 unless a limit up to 10,000 is given), optionally filtered by a search text (name, SKU or barcode) or category',
    access: 'cashier',
    input: z
      .object({
        query: z
          .string()
          .trim()
          .max(100, { error: msg('input.searchTooLong') })
          .optional(),
        category: z.string().trim().max(100).optional(),
        limit: z
          .number({ error: msg('input.limitNumber') })
          .int({ error: msg('input.limitWhole') })
          .min(1, { error: msg('input.limitMin') })
          .max(MAX_LIST_PRODUCTS, { error: msg('input.limitMax') })
          .optional(),
      })
      .strict(),
    output: z.array(productSchema),
  },
  'products.search': {
    summary: 'The manager product list: text, category, unit and active filters, one page at a time',
    access: 'cashier',
    input: z
      .object({
        text: z
          .string()
          .trim()
          .max(100, { error: msg('input.searchTooLong') })
          .optional(),
        category: z.string().trim().max(60).optional(),
        unit: z.string().trim().max(16).optional(),
        /** Omit for both active and inactive products. */
        active: activeFilter.optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    output: z.object({
      total: z.number().int(),
      items: z.array(productListItemSchema),
      /** Whether this till has applied a catalogue package from the office (then local products are marked). */
      officeCatalogue: z.boolean(),
    }),
  },
  'products.get': {
    summary: 'One product with all its barcodes, workshop, cost, food details, image and price history',
    access: 'cashier',
    input: z.object({ id }).strict(),
    output: productDetailSchema,
  },
  'products.save': {
    summary: 'Creates a product (no id) or edits one; a new price is added to its price history',
    access: 'manager',
    input: z
      .object({
        id: id.optional(),
        sku,
        name: productName,
        category: categoryName,
        unit: text('label.unit', 16),
        price: rupiah,
        cost: rupiah.nullable().optional(),
        producerCode,
        workshopId: id.nullable().optional(),
        barcodes: z
          .array(
            z
              .string()
              .trim()
              .max(64, { error: msg('input.barcodeTooLong') }),
            {
              error: msg('input.barcodeListInvalid'),
            },
          )
          .max(20, { error: msg('input.barcodesMax') }),
        soldByWeight: z.boolean({ error: msg('input.byWeightYesNo') }),
        active: z.boolean({ error: msg('input.activeYesNo') }),
        pirtNo: optionalText('label.pirtNo', 64),
        halalNo: optionalText('label.halalNo', 64),
      })
      .strict(),
    output: productDetailSchema,
  },
  'products.setImage': {
    summary: 'Sets (PNG, JPEG or WebP, at most 500 KB) or removes the image of a product',
    access: 'manager',
    input: z
      .object({
        productId: id,
        image: z
          .object({
            mime: z.enum(IMAGE_TYPES, { error: msg('input.imageType') }),
            base64: z
              .string({ error: msg('input.imageData') })
              .max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 4, { error: msg('input.imageMax') }),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    output: z.object({ image: z.string().nullable() }),
  },
  'products.images': {
    summary: "The images of some products, for the till's tiles; products without one are left out",
    access: 'cashier',
    input: z
      .object({
        ids: z
          .array(id, { error: msg('input.productListInvalid') })
          .max(500, { error: msg('input.productsMax500') }),
      })
      .strict(),
    output: z.array(z.object({ productId: z.number().int(), image: z.string() })),
  },
  'producers.list': {
    summary: 'Producing units (UPT) with their proceeds split and product counts',
    access: 'cashier',
    input: z.object({ includeInactive: z.boolean().optional() }).strict(),
    output: z.array(producerSchema),
  },
  'producers.save': {
    summary: 'Creates or edits a producing unit; the split (percent, 2 decimals) must add up to 100',
    access: 'manager',
    input: z
      .object({
        mode: z.enum(['create', 'update'], { error: msg('input.importMode') }),
        code: producerCode,
        name: text('label.producerName', 120),
        split: z
          .object({
            pnbp: percent('label.pnbp'),
            premi: percent('label.premi'),
            capital: percent('label.capital'),
          })
          .strict(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: producerSchema,
  },
  'workshops.list': {
    summary: 'Workshops, optionally of one producing unit',
    access: 'cashier',
    input: z
      .object({ producerCode: z.string().trim().max(32).optional(), includeInactive: z.boolean().optional() })
      .strict(),
    output: z.array(workshopSchema),
  },
  'workshops.save': {
    summary: 'Creates (no id) or edits a workshop of a producing unit',
    access: 'manager',
    input: z
      .object({
        id: id.optional(),
        producerCode,
        name: text('label.workshopName', 80),
        active: z.boolean().optional(),
      })
      .strict(),
    output: workshopSchema,
  },
  'categories.list': {
    summary: 'Product categories in display order, with product counts',
    access: 'cashier',
    input: none,
    output: z.array(categorySchema),
  },
  'categories.save': {
    summary: 'Creates a category, or renames/reorders one (originalName); products follow a rename',
    access: 'manager',
    input: z
      .object({
        originalName: z.string().trim().max(60).optional(),
        name: categoryName,
        sortOrder: z.number().int().min(-1_000_000).max(1_000_000).optional(),
      })
      .strict(),
    output: categorySchema,
  },
  'units.list': {
    summary: 'Units of sale (pcs, botol, kg, ...) and how many decimals a quantity may have',
    access: 'cashier',
    input: none,
    output: z.array(saleUnitSchema),
  },
  'catalog.importStart': {
    summary: 'Starts a product import from the header row of a CSV/XLSX file; header problems come back',
    access: 'manager',
    input: z
      .object({
        fileName: z
          .string()
          .trim()
          .max(255, { error: msg('input.fileNameTooLong') }),
        columns: z.array(z.string().max(200), { error: msg('input.headerInvalid') }).max(60, {
          error: msg('input.tooManyColumns'),
        }),
      })
      .strict(),
    output: z.object({ importId: z.string().nullable(), issues: z.array(importIssueSchema) }),
  },
  'catalog.importFile': {
    summary:
      'Starts a product import from a whole CSV/XLSX file (base64, at most 16 MB): reads it, checks the header, stages every row',
    access: 'manager',
    input: z
      .object({
        fileName: z
          .string()
          .trim()
          .max(255, { error: msg('input.fileNameTooLong') }),
        base64: z.string({ error: msg('catalog.importFileNotBase64') }).max(MAX_IMPORT_FILE_BASE64, {
          error: msg('catalog.importFileTooBig', { max: MAX_IMPORT_FILE_BYTES / 1e6 }),
        }),
      })
      .strict(),
    output: z.object({
      importId: z.string().nullable(),
      issues: z.array(importIssueSchema),
      rows: z.number().int(),
    }),
  },
  'catalog.importStage': {
    summary: 'Adds a chunk of data rows (cells in header order) to a started import; nothing is written yet',
    access: 'manager',
    input: z
      .object({
        importId,
        rows: z
          .array(
            z
              .object({
                row: z.number().int().min(2),
                cells: z.array(z.string().max(2000, { error: msg('input.cellTooLong') })).max(60),
              })
              .strict(),
          )
          .max(MAX_IMPORT_CHUNK, { error: msg('input.importChunkMax', { max: MAX_IMPORT_CHUNK }) }),
      })
      .strict(),
    output: z.object({ staged: z.number().int() }),
  },
  'catalog.importPreview': {
    summary: 'Checks every staged row: counts of new/updated/unchanged products and each problem found',
    access: 'manager',
    input: z.object({ importId }).strict(),
    output: importPreviewSchema,
  },
  'catalog.importCommit': {
    summary: 'Imports every staged row in one transaction, or nothing at all when any row has a problem',
    access: 'manager',
    input: z.object({ importId }).strict(),
    output: importResultSchema,
  },
  'catalog.importCancel': {
    summary: 'Forgets a started import',
    access: 'manager',
    input: z.object({ importId }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'catalog.export': {
    summary: 'The whole catalogue as rows of the import columns (the screen writes CSV or XLSX)',
    access: 'manager',
    input: none,
    output: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  },
});
