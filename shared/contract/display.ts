// The customer display: what the buyer sees on the second screen (the cart, the total, the QRIS to
// scan, the change). The till publishes it; the display reads it. Kept in the engine's memory only:
// it is a view of the till, never a record.
import { z } from 'zod';
import { defineCommands } from './common';

const text = (max: number) => z.string().max(max, { error: `Teks paling panjang ${max} karakter` });
const amount = z.number().int().min(-1_000_000_000_000).max(1_000_000_000_000);

export const displayViewSchema = z
  .object({
    /** idle: welcome; cart: items being added; paying: the total to pay (and a QRIS); paid: change. */
    state: z.enum(['idle', 'cart', 'paying', 'paid']),
    shopName: text(80).optional(),
    lines: z
      .array(z.object({ name: text(120), qtyText: text(40), amount }).strict())
      .max(500, { error: 'Terlalu banyak baris' }),
    lineCount: z.number().int().min(0).max(500),
    discount: amount,
    ppn: amount,
    total: amount,
    /** What is still to pay (after QRIS/transfer parts), when paying. */
    due: amount.nullable(),
    change: amount.nullable(),
    qris: z
      .object({ payload: text(512), amount, merchant: text(80).nullable() })
      .strict()
      .nullable(),
    receiptNo: text(64).nullable(),
  })
  .strict();
export type DisplayView = z.infer<typeof displayViewSchema>;

export const displayCommands = defineCommands({
  'display.publish': {
    summary: 'The till tells the customer display what to show',
    access: 'cashier',
    input: displayViewSchema,
    output: z.object({ revision: z.number().int() }),
  },
  'display.state': {
    summary:
      'What the customer display shows now; public because the display page has nobody signed in and shows only what the buyer sees',
    access: 'public',
    input: z.object({ sinceRevision: z.number().int().min(0).optional() }).strict(),
    output: z.object({ revision: z.number().int(), view: displayViewSchema.nullable() }),
  },
});
