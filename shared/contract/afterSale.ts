// After the sale: park and resume carts, the day's sales list, voids, refunds. A void or a refund
// is a new record that points at the original sale, which never changes.
import { z } from 'zod';
import { msg } from '../messages';
import { PAYMENT_METHODS } from '../settlement';
import { productSchema } from './catalog';
import { defineCommands, id, messageRefSchema, none, quantity, rupiah } from './common';
import { managerApproval } from './payments';
import { discountInput, saleSchema } from './sales';

// ---------- parked carts ----------

const label = z
  .string({ error: msg('input.labelRequired') })
  .trim()
  .min(1, { error: msg('input.labelHint') })
  .max(40, { error: msg('input.labelTooLong') });

const optionalReason = z
  .string({ error: msg('input.reasonText') })
  .trim()
  .max(120, { error: msg('input.reasonMax120') })
  .optional()
  .transform((value) => (value ? value : undefined));

export const parkedLineInput = z
  .object({
    productId: z
      .number()
      .int()
      .positive({ error: msg('input.unknownProduct') }),
    qty: quantity,
    /** A price the cashier typed over the catalogue price; absent: the catalogue price. */
    unitPrice: rupiah.optional(),
    /** Why the price was changed; kept so the sale can be committed after a resume. */
    priceReason: optionalReason,
    discount: discountInput.optional(),
    discountReason: optionalReason,
  })
  .strict();
export type ParkedLineInput = z.input<typeof parkedLineInput>;

const discountOutput = z.union([
  z.object({ kind: z.literal('amount'), value: z.number().int() }),
  z.object({ kind: z.literal('percent'), bp: z.number().int() }),
]);

export const parkedCartSummarySchema = z.object({
  id: z.number().int(),
  label: z.string(),
  lineCount: z.number().int(),
  /** The first few product names, for the list. */
  preview: z.string(),
  /** Price x quantity at the prices it was parked with, before discounts and tax: a reminder only. */
  amount: z.number().int(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export type ParkedCartSummary = z.infer<typeof parkedCartSummarySchema>;

export const resumedLineSchema = z.object({
  /** The product as the catalogue has it today (today's price). */
  product: productSchema,
  qtyMilli: z.number().int(),
  /** The cashier's own price, kept as it was; null: the catalogue price. */
  unitPrice: z.number().int().nullable(),
  priceReason: z.string().nullable(),
  discount: discountOutput.nullable(),
  discountReason: z.string().nullable(),
  /** The catalogue price moved while the cart was parked: the line now sells at `to`. */
  priceChange: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
});
export type ResumedLine = z.infer<typeof resumedLineSchema>;

export const resumedCartSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  buyerId: z.number().int().nullable(),
  orderDiscount: discountOutput.nullable(),
  orderDiscountReason: z.string().nullable(),
  lines: z.array(resumedLineSchema),
  /** Lines left out because the product is no longer sold. */
  dropped: z.array(z.object({ name: z.string(), message: messageRefSchema })),
});
export type ResumedCart = z.infer<typeof resumedCartSchema>;

// ---------- voids and refunds ----------

const reason = z
  .string({ error: msg('input.reasonRequired') })
  .trim()
  .min(3, { error: msg('input.reasonMin3') })
  .max(200, { error: msg('input.reasonMax200') });

const receiptNo = z
  .string({ error: msg('input.receiptNoRequired') })
  .trim()
  .min(1, { error: msg('input.receiptNoRequired') })
  .max(64, { error: msg('input.receiptNoTooLong') });

export const REFUND_METHODS = PAYMENT_METHODS;
export type RefundMethod = (typeof REFUND_METHODS)[number];

export const SALE_STATES = ['completed', 'voided', 'partlyRefunded', 'refunded'] as const;
export type SaleState = (typeof SALE_STATES)[number];

export const saleVoidSchema = z.object({
  id: z.string(),
  saleId: z.string(),
  receiptNo: z.string(),
  businessDay: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  /** The sale's total, all of which goes back by the sale's own payments. */
  amount: z.number().int(),
  userName: z.string().nullable(),
  approvedBy: z.string(),
});
export type SaleVoid = z.infer<typeof saleVoidSchema>;

export const refundLineSchema = z.object({
  /** The original sale line this refund line points at. */
  saleLineNo: z.number().int(),
  productId: z.number().int(),
  name: z.string(),
  unit: z.string(),
  soldByWeight: z.boolean(),
  producerCode: z.string(),
  qtyMilli: z.number().int(),
  amount: z.number().int(),
});
export type RefundLine = z.infer<typeof refundLineSchema>;

export const refundSchema = z.object({
  id: z.string(),
  refundNo: z.string(),
  saleId: z.string(),
  receiptNo: z.string(),
  /** The day the money went back (not the sale's day). */
  businessDay: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  method: z.enum(REFUND_METHODS),
  reference: z.string().nullable(),
  amount: z.number().int(),
  userName: z.string().nullable(),
  approvedBy: z.string(),
  lines: z.array(refundLineSchema),
});
export type Refund = z.infer<typeof refundSchema>;

export const saleSummarySchema = z.object({
  id: z.string(),
  receiptNo: z.string(),
  businessDay: z.string(),
  createdAt: z.string(),
  cashierName: z.string().nullable(),
  total: z.number().int(),
  lineCount: z.number().int(),
  /** The first few product names. */
  preview: z.string(),
  status: z.enum(SALE_STATES),
  refundedAmount: z.number().int(),
});
export type SaleSummary = z.infer<typeof saleSummarySchema>;

export const saleLineStateSchema = z.object({
  lineNo: z.number().int(),
  soldMilli: z.number().int(),
  refundedMilli: z.number().int(),
  /** What may still come back: sold less refunded (0 once voided). */
  refundableMilli: z.number().int(),
  /** The line's share of the sale total: what a refund of all of it pays back. */
  netAmount: z.number().int(),
  refundedAmount: z.number().int(),
});
export type SaleLineState = z.infer<typeof saleLineStateSchema>;

export const saleDetailSchema = z.object({
  sale: saleSchema,
  status: z.enum(SALE_STATES),
  refundedAmount: z.number().int(),
  lines: z.array(saleLineStateSchema),
  void: saleVoidSchema.nullable(),
  refunds: z.array(refundSchema),
  /** Null when a void is allowed now; otherwise why not, as a message for the screen to word. */
  voidBlocked: messageRefSchema.nullable(),
  /** Null when a refund is allowed now; otherwise why not, as a message for the screen to word. */
  refundBlocked: messageRefSchema.nullable(),
});
export type SaleDetail = z.infer<typeof saleDetailSchema>;

// ---------- the cart in progress ----------

/** Made by the till for each new cart (a random text); a save for a cart already sold is ignored. */
const cartId = z
  .string({ error: msg('input.cartIdText') })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: msg('input.cartIdInvalid') });

/** The cart in progress as it comes back after a reload: today's products, like a resumed cart. */
export const currentCartSchema = resumedCartSchema
  .omit({ id: true, label: true })
  .extend({ cartId: z.string() });
export type CurrentCart = z.infer<typeof currentCartSchema>;

const businessDay = z
  .string({ error: msg('input.dateText') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('input.dateFormat') })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), { error: msg('input.dateInvalid') });

export const afterSaleCommands = defineCommands({
  'parked.save': {
    summary: 'Holds the current cart under a label so the next buyer can be served; kept across restarts',
    access: 'cashier',
    input: z
      .object({
        label,
        lines: z
          .array(parkedLineInput, { error: msg('input.itemListInvalid') })
          .min(1, { error: msg('input.parkEmpty') })
          .max(500, { error: msg('input.cartTooManyLines') }),
        orderDiscount: discountInput.optional(),
        orderDiscountReason: optionalReason,
        buyerId: id.optional(),
      })
      .strict(),
    output: parkedCartSummarySchema,
  },
  'parked.list': {
    summary: 'Parked carts on this till, oldest first',
    access: 'cashier',
    input: none,
    output: z.array(parkedCartSummarySchema),
  },
  'parked.resume': {
    summary: "Takes a parked cart back into the till at today's catalogue prices, saying which prices moved",
    access: 'cashier',
    input: z.object({ id }).strict(),
    output: resumedCartSchema,
  },
  'parked.delete': {
    summary: 'Throws a parked cart away (the buyer left)',
    access: 'cashier',
    input: z.object({ id }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },

  'cart.save': {
    summary:
      'Keeps the cart in progress of the signed-in person on this till (saved as she works); an empty cart clears it',
    access: 'cashier',
    input: z
      .object({
        cartId,
        lines: z
          .array(parkedLineInput, { error: msg('input.itemListInvalid') })
          .max(500, { error: msg('input.cartTooManyLines') }),
        orderDiscount: discountInput.optional(),
        orderDiscountReason: optionalReason,
        buyerId: id.optional(),
      })
      .strict(),
    output: z.object({ saved: z.boolean() }),
  },
  'cart.current': {
    summary:
      "The signed-in person's cart in progress on this till, at today's prices (after a reload or a crash); null when none",
    access: 'cashier',
    input: none,
    output: currentCartSchema.nullable(),
  },

  'sales.search': {
    summary: "One business day's sales (today by default), by receipt number, amount or product",
    access: 'cashier',
    input: z
      .object({
        /** TTTT-BB-HH; today's business day when absent. A full receipt number searches every day. */
        day: businessDay.optional(),
        query: z
          .string()
          .trim()
          .max(100, { error: msg('input.searchTooLong') })
          .optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.object({ day: z.string(), sales: z.array(saleSummarySchema) }),
  },
  'sales.detail': {
    summary: 'One sale with its voids and refunds, what may still be refunded, and whether it may be voided',
    access: 'cashier',
    input: z.object({ receiptNo }).strict(),
    output: saleDetailSchema,
  },
  'sales.void': {
    summary: "Cancels a whole sale on its own business day, before close; needs a reason and a manager's PIN",
    access: 'cashier',
    input: z
      .object({
        receiptNo,
        reason,
        /** A manager's PIN typed on the cashier's screen; not needed when a manager is signed in. */
        approval: managerApproval.optional(),
      })
      .strict(),
    output: saleDetailSchema,
  },
  'sales.refund': {
    summary: "Gives money back for some or all lines of a sale, any day; needs a reason and a manager's PIN",
    access: 'cashier',
    input: z
      .object({
        receiptNo,
        lines: z
          .array(
            z
              .object({
                lineNo: z
                  .number()
                  .int()
                  .positive({ error: msg('input.unknownSaleLine') }),
                qty: quantity,
              })
              .strict(),
            { error: msg('input.refundListInvalid') },
          )
          .min(1, { error: msg('input.chooseRefundItems') })
          .max(500, { error: msg('input.refundTooManyLines') }),
        reason,
        method: z.enum(REFUND_METHODS, { error: msg('input.refundMethod') }).default('cash'),
        reference: z
          .string({ error: msg('input.referenceText') })
          .trim()
          .max(64, { error: msg('input.referenceMax64') })
          .optional()
          .transform((value) => (value ? value : undefined)),
        approval: managerApproval.optional(),
      })
      .strict(),
    output: z.object({ refund: refundSchema, detail: saleDetailSchema }),
  },
});
