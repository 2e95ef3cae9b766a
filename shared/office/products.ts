// Top sellers per producing unit (UPT) for a month, from the summary month_product_totals.
import { z } from 'zod';
import { ANY_ROLE, defineOfficeCommands } from './common';
import { monthRangeSchema, officeMonth } from './overview';

export const TOP_PRODUCTS_DEFAULT = 10;
export const TOP_PRODUCTS_MAX = 50;

export const topProductsSchema = z.object({
  month: z.string(),
  months: monthRangeSchema,
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** Net of every product of the unit in the month, not only those listed. */
      net: z.number().int(),
      products: z.array(
        z.object({
          sku: z.string(),
          name: z.string(),
          unit: z.string(),
          qtyMilli: z.number().int(),
          net: z.number().int(),
        }),
      ),
    }),
  ),
});
export type TopProducts = z.infer<typeof topProductsSchema>;

export const productsCommands = defineOfficeCommands({
  'products.top': {
    summary: 'The best-selling products of each UPT in a month (this month unless given), by net',
    roles: ANY_ROLE,
    input: z
      .object({
        month: officeMonth.optional(),
        limit: z.number().int().min(1).max(TOP_PRODUCTS_MAX).optional(),
      })
      .strict(),
    output: topProductsSchema,
  },
});
