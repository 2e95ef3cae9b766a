import { z } from 'zod';
import { msg, msgOf } from '../messages';
import { layoutProblem, overlappingPrefixes } from '../weightBarcode';
import { productSchema } from './catalog';
import { defineCommands, id, none } from './common';

export const scaleLayoutSchema = z
  .object({
    prefix: z
      .string({ error: msg('input.prefixRequired') })
      .regex(/^\d{1,3}$/, { error: msg('input.prefixDigits') }),
    itemDigits: z
      .number({ error: msg('input.itemCodeLenNumber') })
      .int({ error: msg('input.itemCodeLenWhole') })
      .min(3, { error: msg('input.itemCodeLenMin') })
      .max(6, { error: msg('input.itemCodeLenMax') }),
    valueKind: z.enum(['weight', 'price'], { error: msg('input.valueKind') }),
    valueDigits: z
      .number({ error: msg('input.valueLenNumber') })
      .int({ error: msg('input.valueLenWhole') })
      .min(4, { error: msg('input.valueLenMin') })
      .max(7, { error: msg('input.valueLenMax') }),
  })
  .strict()
  .superRefine((layout, ctx) => {
    const problem = layoutProblem(layout);
    if (problem) ctx.addIssue({ code: 'custom', message: msgOf(problem) });
  });

export const scaleSettingsSchema = z
  .object({
    enabled: z.boolean({ error: msg('input.activeYesNo2') }),
    layouts: z
      .array(scaleLayoutSchema, { error: msg('input.formatListInvalid') })
      .max(10, { error: msg('input.formatsMax') }),
  })
  .strict()
  .superRefine((settings, ctx) => {
    const overlap = overlappingPrefixes(settings.layouts);
    if (overlap) {
      ctx.addIssue({
        code: 'custom',
        path: ['layouts'],
        message: msg('input.prefixesOverlap', { first: overlap[0], second: overlap[1] }),
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
          .string({ error: msg('input.barcodeRequired') })
          .trim()
          .min(1, { error: msg('input.barcodeRequired') })
          .max(64, { error: msg('input.barcodeTooLong') }),
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
          .number({ error: msg('input.pluNumber') })
          .int({ error: msg('input.pluWhole') })
          .min(1, { error: msg('input.pluMin') })
          .max(999_999, { error: msg('input.pluMax') })
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
