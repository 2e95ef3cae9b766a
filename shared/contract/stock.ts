// Stock: locations (booth, outlet, warehouse, event), the ledger of movements, batches with
// expiry dates, low-stock thresholds, events (send out, count back, report). Reading is for anyone
// signed in; every change needs a manager.
import { z } from 'zod';
import { msg } from '../messages';
import { MAX_QTY_MILLI, toQtyMilli } from '../quantity';
import { defineCommands, id, none, quantity } from './common';

export const LOCATION_KINDS = ['booth', 'outlet', 'warehouse', 'event'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const MOVE_KINDS = [
  'receive',
  'adjust',
  'transfer_out',
  'transfer_in',
  'sale',
  'refund',
  'event_out',
  'event_return',
  'count',
  'unit_return',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** `2026-11-28`, a real calendar date. */
export const isoDate = z
  .string({ error: msg('input.dateRequired') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('input.dateFormat') })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    },
    { error: msg('input.dateNotInCalendar') },
  );

/** Zero allowed: what a count finds can be nothing. */
export const countQuantity = z
  .number({ error: msg('input.countNumber') })
  .min(0, { error: msg('input.countNegative') })
  .max(MAX_QTY_MILLI / 1000, { error: msg('input.countTooBig') })
  .refine((q) => toQtyMilli(q) !== null, { error: msg('input.qtyDecimals3') });

/** An adjustment: positive adds, negative removes, never zero. */
export const signedQuantity = z
  .number({ error: msg('input.adjustNumber') })
  .refine((q) => q !== 0, { error: msg('input.adjustZero') })
  .refine((q) => Math.abs(q) <= MAX_QTY_MILLI / 1000, { error: msg('input.adjustTooBig') })
  .refine((q) => toQtyMilli(q) !== null, { error: msg('input.qtyDecimals3') });

const locationCode = z
  .string({ error: msg('input.locationCodeRequired') })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, { error: msg('input.locationCodeChars') });

const locationName = z
  .string({ error: msg('input.locationNameRequired') })
  .trim()
  .min(1, { error: msg('input.locationNameRequired') })
  .max(80, { error: msg('input.locationNameMax') });

const reference = z
  .string({ error: msg('input.referenceText') })
  .trim()
  .max(60, { error: msg('input.referenceMax60') });

const reason = z
  .string({ error: msg('input.reasonRequired') })
  .trim()
  .min(1, { error: msg('input.reasonRequired') })
  .max(200, { error: msg('input.reasonMax200b') });

const productRef = z
  .number({ error: msg('input.productRequired') })
  .int()
  .positive({ error: msg('input.unknownProduct') });
const locationRef = z
  .number({ error: msg('input.locationRequired') })
  .int()
  .positive({ error: msg('input.unknownLocation') });

const movedLines = z
  .array(z.object({ productId: productRef, qty: quantity }).strict(), { error: msg('input.itemListInvalid') })
  .min(1, { error: msg('input.addOneItem') })
  .max(500, { error: msg('input.transferTooManyLines') });

export const locationSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(LOCATION_KINDS),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
  /** The till sells from here. */
  isDefault: z.boolean(),
  /** Events: when the closing count was recorded. */
  closedAt: z.string().nullable(),
});
export type Location = z.infer<typeof locationSchema>;

export const stockSettingsSchema = z.object({
  allowNegativeStock: z.boolean(),
  sellingLocationId: z.number().int(),
});
export type StockSettings = z.infer<typeof stockSettingsSchema>;

export const stockLevelSchema = z.object({
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldByWeight: z.boolean(),
  producerCode: z.string(),
  producerName: z.string(),
  qtyMilli: z.number().int(),
  lowStockMilli: z.number().int().nullable(),
  /** At or below the product's threshold (never when no threshold is set). */
  low: z.boolean(),
  /** Earliest expiry among the batches still here, if any. */
  nextExpiry: z.string().nullable(),
  expired: z.boolean(),
});
export type StockLevel = z.infer<typeof stockLevelSchema>;

export const stockMoveSchema = z.object({
  id: z.number().int(),
  opId: z.string(),
  productId: z.number().int(),
  sku: z.string(),
  productName: z.string(),
  unit: z.string(),
  soldByWeight: z.boolean(),
  locationId: z.number().int(),
  locationCode: z.string(),
  qtyMilli: z.number().int(),
  kind: z.enum(MOVE_KINDS),
  reason: z.string().nullable(),
  reference: z.string().nullable(),
  producerCode: z.string().nullable(),
  batchCode: z.string().nullable(),
  expiresOn: z.string().nullable(),
  receiptNo: z.string().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export type StockMove = z.infer<typeof stockMoveSchema>;

export const expiryWarningSchema = z.object({
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  batchCode: z.string(),
  expiresOn: z.string(),
  /** How much of the expired batch is still at the selling location. */
  qtyMilli: z.number().int(),
});
export type ExpiryWarning = z.infer<typeof expiryWarningSchema>;

const reportQuantities = {
  sentMilli: z.number().int(),
  soldMilli: z.number().int(),
  returnedMilli: z.number().int(),
  /** Still at the event (0 once it is closed). */
  onHandMilli: z.number().int(),
  /** sent - sold - returned - on hand: missing (positive) or found extra (negative). */
  shortfallMilli: z.number().int(),
  soldAmount: z.number().int(),
  /** The shortfall at today's price, whole rupiah. */
  shortfallValue: z.number().int(),
};

export const eventReportSchema = z.object({
  event: locationSchema,
  products: z.array(
    z.object({
      productId: z.number().int(),
      sku: z.string(),
      name: z.string(),
      unit: z.string(),
      soldByWeight: z.boolean(),
      producerCode: z.string(),
      producerName: z.string(),
      ...reportQuantities,
    }),
  ),
  producers: z.array(z.object({ producerCode: z.string(), producerName: z.string(), ...reportQuantities })),
});
export type EventReport = z.infer<typeof eventReportSchema>;

const opResult = z.object({ opId: z.string(), moves: z.number().int() });

export const stockCommands = defineCommands({
  'locations.list': {
    summary: 'Stock locations (booth, outlets, warehouses, events); inactive and closed ones on request',
    access: 'cashier',
    input: z.object({ includeInactive: z.boolean().optional() }).strict(),
    output: z.array(locationSchema),
  },
  'locations.save': {
    summary: 'Creates or edits a location; an event needs its start and end dates',
    access: 'manager',
    input: z
      .object({
        id: id.optional(),
        code: locationCode,
        name: locationName,
        kind: z.enum(LOCATION_KINDS, { error: msg('input.locationKind') }),
        startsOn: isoDate.nullish(),
        endsOn: isoDate.nullish(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: locationSchema,
  },
  'stock.getSettings': {
    summary: 'Whether selling below zero is allowed, and the location the till sells from',
    access: 'cashier',
    input: none,
    output: stockSettingsSchema,
  },
  'stock.saveSettings': {
    summary: 'Allows or blocks selling below zero; sets the location the till sells from',
    access: 'manager',
    input: z
      .object({ allowNegativeStock: z.boolean().optional(), sellingLocationId: locationRef.optional() })
      .strict(),
    output: stockSettingsSchema,
  },
  'stock.receive': {
    summary: 'Receives goods from a producing unit into a location, with its reference and optional batch',
    access: 'manager',
    input: z
      .object({
        locationId: locationRef.optional(),
        producerCode: z
          .string({ error: msg('input.producerRequired') })
          .trim()
          .min(1, { error: msg('input.producerRequired') }),
        reference: reference.min(1, { error: msg('input.deliveryNoteRequired') }),
        lines: z
          .array(
            z
              .object({
                productId: productRef,
                qty: quantity,
                batchCode: z
                  .string()
                  .trim()
                  .max(40, { error: msg('input.batchCodeMax') })
                  .optional(),
                expiresOn: isoDate.optional(),
              })
              .strict(),
            { error: msg('input.itemListInvalid') },
          )
          .min(1, { error: msg('input.addOneItem') })
          .max(500, { error: msg('input.receiveTooManyLines') }),
      })
      .strict(),
    output: opResult,
  },
  'stock.adjust': {
    summary: 'Adds or removes stock at a location with a required reason (damage, count, found)',
    access: 'manager',
    input: z
      .object({ locationId: locationRef.optional(), productId: productRef, qty: signedQuantity, reason })
      .strict(),
    output: opResult,
  },
  'stock.returnToUnit': {
    summary:
      'Sends goods back to the producing unit (UPT) that made them, from a location, never more than is there',
    access: 'manager',
    input: z
      .object({
        locationId: locationRef.optional(),
        productId: productRef,
        qty: quantity,
        reference: reference.min(1, { error: msg('input.returnNoteRequired') }),
        reason: z
          .string()
          .trim()
          .max(200, { error: msg('input.reasonMax200b') })
          .optional(),
      })
      .strict(),
    output: opResult,
  },
  'stock.transfer': {
    summary: 'Moves goods between two locations in one transaction (sending to an event is a transfer)',
    access: 'manager',
    input: z
      .object({
        fromLocationId: locationRef,
        toLocationId: locationRef,
        lines: movedLines,
        reference: reference.optional(),
      })
      .strict(),
    output: opResult,
  },
  'stock.levels': {
    summary:
      'Stock per product at one location (the selling one by default), with low-stock and expiry flags',
    access: 'cashier',
    input: z
      .object({
        locationId: locationRef.optional(),
        query: z
          .string()
          .trim()
          .max(100, { error: msg('input.searchTooLong') })
          .optional(),
        lowOnly: z.boolean().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    output: z.object({ location: locationSchema, rows: z.array(stockLevelSchema), total: z.number().int() }),
  },
  'stock.moves': {
    summary: 'The ledger, newest first, for a product and/or a location, a page at a time',
    access: 'cashier',
    input: z
      .object({
        productId: productRef.optional(),
        locationId: locationRef.optional(),
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    output: z.object({ rows: z.array(stockMoveSchema), total: z.number().int() }),
  },
  'stock.setThreshold': {
    summary: 'Sets (or clears, with null) the low-stock warning level of a product',
    access: 'manager',
    input: z.object({ productId: productRef, lowQty: countQuantity.nullable() }).strict(),
    output: z.object({ productId: z.number().int(), lowStockMilli: z.number().int().nullable() }),
  },
  'stock.expiryWarnings': {
    summary: 'Products whose next batch to sell at the selling location has expired (the till warns)',
    access: 'cashier',
    input: none,
    output: z.object({ today: z.string(), warnings: z.array(expiryWarningSchema) }),
  },
  'stock.eventClose': {
    summary: 'Closes an event: records what was counted, sends it back, records the difference',
    access: 'manager',
    input: z
      .object({
        locationId: locationRef,
        returnToLocationId: locationRef,
        counts: z
          .array(z.object({ productId: productRef, qty: countQuantity }).strict(), {
            error: msg('input.countListInvalid'),
          })
          .max(5000, { error: msg('input.countTooManyLines') }),
      })
      .strict(),
    output: eventReportSchema,
  },
  'stock.eventReport': {
    summary: 'Per product and per producing unit: sent to the event, sold, returned, shortfall',
    access: 'cashier',
    input: z.object({ locationId: locationRef }).strict(),
    output: eventReportSchema,
  },
});
