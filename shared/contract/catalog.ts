import { z } from 'zod';
import { defineCommands } from './common';

export const productSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
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

export const catalogCommands = defineCommands({
  'products.list': {
    summary: 'Active products, optionally filtered by a search text (name, SKU or barcode) or category',
    access: 'cashier',
    input: z
      .object({
        query: z.string().trim().max(100, { error: 'Teks pencarian terlalu panjang' }).optional(),
        category: z.string().trim().max(100).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.array(productSchema),
  },
});
