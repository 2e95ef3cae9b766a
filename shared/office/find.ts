// Finding one receipt or refund among every device's: by its exact number, or by the start of it
// (a device code at least: `PALU1-20261129`, `R-PALU1-`).
import { z } from 'zod';
import { msg } from '../messages';
import { ANY_ROLE, defineOfficeCommands } from './common';

/** Documents a search by the start of a number gives at most. */
export const FIND_LIMIT = 20;

const foundLineSchema = z.object({
  lineNo: z.number().int(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  producerCode: z.string(),
  qtyMilli: z.number().int(),
  /** Sale lines: the unit price; refund lines: null. */
  unitPrice: z.number().int().nullable(),
  /** Sale lines: net of discount with PPN; refund lines: the amount refunded. */
  amount: z.number().int(),
  voided: z.boolean(),
});

export const foundDocumentSchema = z.object({
  kind: z.enum(['sale', 'refund']),
  number: z.string(),
  id: z.string(),
  device: z.string(),
  businessDay: z.string(),
  createdAt: z.string(),
  /** The sale's total, or the amount refunded. */
  amount: z.number().int(),
  voided: z.boolean(),
  cashier: z.string().nullable(),
  /** A refund: the receipt it refunds; a sale: the refunds of it that reached the office. */
  related: z.array(z.string()),
  reason: z.string().nullable(),
  batch: z.object({
    id: z.string(),
    seq: z.number().int(),
    receivedAt: z.string(),
  }),
  lines: z.array(foundLineSchema),
});
export type FoundDocument = z.infer<typeof foundDocumentSchema>;

export const findText = z
  .string({ error: msg('office.find.text') })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{2,40}$/, { error: msg('office.find.text') });

export const findCommands = defineOfficeCommands({
  'find.document': {
    summary: `A receipt or refund by its exact number, or up to ${FIND_LIMIT} by the start of one (from a device code on)`,
    roles: ANY_ROLE,
    input: z.object({ text: findText }).strict(),
    output: z.object({
      text: z.string(),
      exact: z.boolean(),
      documents: z.array(foundDocumentSchema),
      /** More documents start so; only the first are given. */
      more: z.boolean(),
    }),
  },
});
