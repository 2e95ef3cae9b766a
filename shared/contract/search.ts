import { z } from 'zod';
import { layoutProblem, overlappingPrefixes } from '../weightBarcode';
import { productSchema } from './catalog';
import { defineCommands, id, none } from './common';

export const scaleLayoutSchema = z
  .object({
    prefix: z
      .string({ error: 'Awalan wajib diisi' })
      .regex(/^\d{1,3}$/, { error: 'Awalan harus 1 sampai 3 angka' }),
    itemDigits: z
      .number({ error: 'Panjang kode barang harus angka' })
      .int({ error: 'Panjang kode barang harus bilangan bulat' })
      .min(3, { error: 'Kode barang paling sedikit 3 angka' })
      .max(6, { error: 'Kode barang paling banyak 6 angka' }),
    valueKind: z.enum(['weight', 'price'], { error: 'Jenis nilai harus berat (weight) atau harga (price)' }),
    valueDigits: z
      .number({ error: 'Panjang nilai harus angka' })
      .int({ error: 'Panjang nilai harus bilangan bulat' })
      .min(4, { error: 'Nilai paling sedikit 4 angka' })
      .max(7, { error: 'Nilai paling banyak 7 angka' }),
  })
  .strict()
  .superRefine((layout, ctx) => {
    const problem = layoutProblem(layout);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const scaleSettingsSchema = z
  .object({
    enabled: z.boolean({ error: 'Aktif harus ya atau tidak' }),
    layouts: z
      .array(scaleLayoutSchema, { error: 'Daftar format tidak valid' })
      .max(10, { error: 'Paling banyak 10 format barcode timbangan' }),
  })
  .strict()
  .superRefine((settings, ctx) => {
    const overlap = overlappingPrefixes(settings.layouts);
    if (overlap) {
      ctx.addIssue({
        code: 'custom',
        path: ['layouts'],
        message: `Awalan ${overlap[0]} dan ${overlap[1]} bertumpuk; satu label akan terbaca dua cara`,
      });
    }
  });

export const lookupResultSchema = z.object({
  product: productSchema,
  /** How the code was recognised: a barcode of the product, its SKU, or a scale label. */
  matchedBy: z.enum(['barcode', 'sku', 'scale']),
  /** Quantity the code carries (a scale label), or null: one piece, or weigh it at the till. */
  qtyMilli: z.number().int().nullable(),
  /** What the scale label said, for display: grams or rupiah, and the PLU it named. */
  scale: z
    .object({ plu: z.number().int(), valueKind: z.enum(['weight', 'price']), value: z.number().int() })
    .nullable(),
});
export type LookupResult = z.infer<typeof lookupResultSchema>;

export const weighedProductSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  /** Rupiah per kg (or per the product's unit). */
  price: z.number().int(),
  active: z.boolean(),
  /** The scale's PLU number, or null when the product is not set up on the scale. */
  plu: z.number().int().nullable(),
});
export type WeighedProduct = z.infer<typeof weighedProductSchema>;

export const searchCommands = defineCommands({
  'products.lookup': {
    summary:
      'The product (and quantity, for a scale label) behind a scanned code: barcode, then SKU, then scale',
    access: 'cashier',
    input: z
      .object({
        code: z
          .string({ error: 'Barcode wajib diisi' })
          .trim()
          .min(1, { error: 'Barcode wajib diisi' })
          .max(64, { error: 'Barcode terlalu panjang' }),
      })
      .strict(),
    output: lookupResultSchema,
  },
  'products.setPlu': {
    summary: "Sets (or clears, with null) the scale's PLU number of a product sold by weight",
    access: 'manager',
    input: z
      .object({
        productId: id,
        plu: z
          .number({ error: 'PLU harus angka' })
          .int({ error: 'PLU harus bilangan bulat' })
          .min(1, { error: 'PLU paling kecil 1' })
          .max(999_999, { error: 'PLU paling besar 999999' })
          .nullable(),
      })
      .strict(),
    output: z.object({ productId: z.number().int(), plu: z.number().int().nullable() }),
  },
  'products.weighed': {
    summary: 'Products sold by weight with their scale PLU numbers, by name (the scale set-up list)',
    access: 'manager',
    input: none,
    output: z.array(weighedProductSchema),
  },
  'search.scaleSettings.get': {
    summary: 'How weight-embedded barcodes from the shop scale are read',
    access: 'manager',
    input: none,
    output: scaleSettingsSchema,
  },
  'search.scaleSettings.save': {
    summary: 'Saves the layout of weight-embedded barcodes (prefix, PLU digits, grams or rupiah)',
    access: 'manager',
    input: scaleSettingsSchema,
    output: scaleSettingsSchema,
  },
});
