// The customer display: what the buyer sees on the second screen (the cart, the total, the QRIS to
// scan, the change). The till publishes it; the display reads it. Kept in the engine's memory only:
// it is a view of the till, never a record.
import { z } from 'zod';
import { msg } from '../messages';
import { defineCommands, none, rupiah } from './common';

const text = (max: number) =>
  z.string({ error: msg('input.textText') }).max(max, { error: msg('input.textMax', { max }) });

/** The till sends at most this many lines (the newest); `lineCount` says how many the cart has. */
export const DISPLAY_MAX_LINES = 50;

export const displayViewSchema = z
  .object({
    /** idle: welcome; cart: items being added; paying: the total to pay (and a QRIS); paid: change. */
    state: z.enum(['idle', 'cart', 'paying', 'paid'], { error: msg('input.displayState') }),
    /** The booth's name (the receipt's first header line). */
    shopName: text(80).optional(),
    lines: z
      .array(z.object({ name: text(120), qtyText: text(40), amount: rupiah }).strict())
      .max(DISPLAY_MAX_LINES, { error: msg('input.linesMax', { max: DISPLAY_MAX_LINES }) }),
    lineCount: z
      .number({ error: msg('input.lineCountNumber') })
      .int({ error: msg('input.lineCountWhole') })
      .min(0, { error: msg('input.lineCountNegative') })
      .max(100_000, { error: msg('input.lineCountTooBig') }),
    discount: rupiah,
    /** PPN added on top of the prices (exclusive mode); 0 when it is already in them. */
    ppn: rupiah,
    total: rupiah,
    /** What is still to pay (after QRIS/transfer parts), when paying. */
    due: rupiah.nullable(),
    change: rupiah.nullable(),
    qris: z
      .object({ payload: text(512), amount: rupiah, merchant: text(80).nullable() })
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
      'What the customer display shows; with sinceRevision it waits (up to 25 s) until that changes. Public: the display page has nobody signed in and shows only what the buyer sees',
    access: 'public',
    input: z
      .object({
        sinceRevision: z
          .number({ error: msg('input.revisionNumber') })
          .int({ error: msg('input.revisionWhole') })
          .min(0, { error: msg('input.revisionNegative') })
          .optional(),
      })
      .strict(),
    output: z.object({ revision: z.number().int(), view: displayViewSchema.nullable() }),
  },
  'display.open': {
    summary:
      'Opens the customer display window (the desktop app); opened is false where the door has no windows (browser mode)',
    access: 'cashier',
    input: none,
    output: z.object({ opened: z.boolean() }),
  },
});
