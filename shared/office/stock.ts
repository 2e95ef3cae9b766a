// Stock from the tills at the office: what is on hand per location across tills (now, or at the end
// of a day), and a producing unit's consignment statement for a period. Read from the summary
// stock_day_totals (office/db/migrations/006_stock.sql); definitions in docs/office.md.
import { z } from 'zod';
import { day } from '../contract/reports';
import { ANY_ROLE, defineOfficeCommands } from './common';
import { statementPeriodSchema } from './statements';

const int = z.number().int();

export const stockOnHandSchema = z.object({
  /** The last business day counted; null: everything stored. */
  asOf: day.nullable(),
  rows: z.array(
    z.object({
      device: z.string(),
      locationCode: z.string(),
      locationName: z.string(),
      producerCode: z.string(),
      sku: z.string(),
      name: z.string(),
      unit: z.string(),
      qtyMilli: int,
    }),
  ),
});
export type StockOnHand = z.infer<typeof stockOnHandSchema>;

/** A flow of the statement: its quantity and its value at cost and at price (whole rupiah). */
const flow = z.object({ qtyMilli: int, costValue: int, priceValue: int, uncosted: int });
export type ConsignmentFlow = z.infer<typeof flow>;

const flows = {
  sentOut: flow,
  sold: flow,
  refunded: flow,
  returned: flow,
  adjusted: flow,
  short: flow,
};

export const consignmentSchema = z.object({
  unit: z.string(),
  from: day,
  to: day,
  products: z.array(
    z.object({
      sku: z.string(),
      name: z.string(),
      unit: z.string(),
      /** On hand across every till and location at the start of `from` and the end of `to`. */
      openingMilli: int,
      closingMilli: int,
      ...flows,
    }),
  ),
  /** The values summed over the products (quantities of different units do not add up). */
  totals: z.object(
    Object.fromEntries(
      Object.keys(flows).map((k) => [k, z.object({ costValue: int, priceValue: int })]),
    ) as Record<keyof typeof flows, z.ZodObject<{ costValue: typeof int; priceValue: typeof int }>>,
  ),
});
export type Consignment = z.infer<typeof consignmentSchema>;

export const stockCommands = defineOfficeCommands({
  'stock.onHand': {
    summary:
      'Stock on hand per till, location and product, from the moves the batches brought (to a day when given)',
    roles: ANY_ROLE,
    input: z.object({ asOf: day.optional() }).strict(),
    output: stockOnHandSchema,
  },
  'stock.consignment': {
    summary:
      "A UPT's consignment statement for a period: sent out, sold, refunded, returned, adjusted and short, at cost and at price",
    roles: ANY_ROLE,
    input: statementPeriodSchema,
    output: consignmentSchema,
  },
});
