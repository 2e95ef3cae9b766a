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
  /** The closing quantity, valued at the last cost and price a move of the product carried by `to`. */
  remaining: flow,
};

export const consignmentSchema = z.object({
  unit: z.string(),
  /** The unit's name as the newest stored move gave it; null when no move of it is stored. */
  unitName: z.string().nullable(),
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

/** The units (UPT) with stored moves, and the business days the moves span. */
export const stockUnitsSchema = z.object({
  units: z.array(z.object({ code: z.string(), name: z.string() })),
  firstDay: day.nullable(),
  lastDay: day.nullable(),
});
export type StockUnits = z.infer<typeof stockUnitsSchema>;

export const stockCommands = defineOfficeCommands({
  'stock.units': {
    summary:
      'The producing units whose goods the tills moved, and the first and last business day of stored moves',
    roles: ANY_ROLE,
    input: z.object({}).strict(),
    output: stockUnitsSchema,
  },
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
  'stock.consignmentFile': {
    summary: "A UPT's consignment statement for a period as an XLSX workbook (numbers as numbers)",
    roles: ANY_ROLE,
    input: statementPeriodSchema,
    output: z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  },
});
