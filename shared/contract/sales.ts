import { z } from 'zod';
import { msg } from '../messages';
import { PAYMENT_METHODS } from '../settlement';
import { defineCommands, id, quantity, rupiah } from './common';
import { BUYER_KINDS, managerApproval, TAX_MODES } from './payments';

export const saleLineSchema = z.object({
  lineNo: z.number().int(),
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldByWeight: z.boolean(),
  producerCode: z.string(),
  producerName: z.string(),
  qtyMilli: z.number().int(),
  /** The price the line was sold at, per unit (per kg for weighed goods). */
  unitPrice: z.number().int(),
  /** Price x quantity at unitPrice, before discounts (what the receipt prints beside the line). */
  lineTotal: z.number().int(),
  /** The price before a cashier's edit: the catalogue price, or the reseller's tier price. */
  listPrice: z.number().int(),
  priceSource: z.enum(['catalogue', 'tier', 'manual']),
  /** Why the cashier changed the price; null when it was not changed. */
  priceReason: z.string().nullable(),
  /** What the cashier entered: rupiah or basis points (1% = 100); null without a line discount. */
  discount: z
    .union([
      z.object({ kind: z.literal('amount'), value: z.number().int() }),
      z.object({ kind: z.literal('percent'), bp: z.number().int() }),
    ])
    .nullable(),
  discountReason: z.string().nullable(),
  /** The line discount in rupiah. */
  lineDiscount: z.number().int(),
  /** This line's part of the order discount. */
  orderDiscountShare: z.number().int(),
  /** Tax base (DPP) and PPN of the line; with PPN off, DPP is the net amount and PPN 0. */
  dpp: z.number().int(),
  ppn: z.number().int(),
  /** What the line adds to the total: lineTotal - discounts (+ PPN when prices exclude it). */
  netTotal: z.number().int(),
});
export type SaleLine = z.infer<typeof saleLineSchema>;

export const paymentSchema = z.object({
  method: z.enum(PAYMENT_METHODS),
  /** The part of the bill this payment covers. */
  amount: z.number().int(),
  /** Money received; only cash may exceed `amount`, and the difference is the change. */
  tendered: z.number().int(),
  change: z.number().int(),
  /** Transfer, card (EDC) or QRIS reference the cashier typed, if any. */
  reference: z.string().nullable(),
  /** QRIS only: who confirmed on the merchant's phone that the money arrived, and when. */
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const saleSchema = z.object({
  id: z.string(),
  receiptNo: z.string(),
  device: z.string(),
  businessDay: z.string(),
  createdAt: z.string(),
  /** Who rang it up; null for sales entered from the command line. */
  cashierName: z.string().nullable(),
  status: z.enum(['completed']),
  /** Sum of the lines' lineTotal (price x quantity), before discounts. */
  subtotal: z.number().int(),
  lineDiscounts: z.number().int(),
  orderDiscount: z.number().int(),
  /** The order discount as entered, and why; null without one. */
  orderDiscountInput: z
    .union([
      z.object({ kind: z.literal('amount'), value: z.number().int() }),
      z.object({ kind: z.literal('percent'), bp: z.number().int() }),
    ])
    .nullable(),
  orderDiscountReason: z.string().nullable(),
  /** lineDiscounts + orderDiscount. */
  discountTotal: z.number().int(),
  /** The manager who approved discounts or lowered prices over the cashier's limit (or gave them). */
  approvedBy: z.string().nullable(),
  taxMode: z.enum(TAX_MODES),
  taxRateBp: z.number().int(),
  dpp: z.number().int(),
  ppn: z.number().int(),
  /** Cash rounding added to the total (negative when rounded down), and the unit it rounded to. */
  rounding: z.number().int(),
  roundingUnit: z.number().int(),
  /** What the buyer paid for: subtotal - discounts (+ PPN when exclusive) + rounding. */
  total: z.number().int(),
  /** Everything received (cash as tendered). */
  paid: z.number().int(),
  /** Given back, from cash only. */
  change: z.number().int(),
  /** Walk-in when null; otherwise the buyer as they were at the time of sale. */
  buyer: z
    .object({
      id: z.number().int(),
      kind: z.enum(BUYER_KINDS),
      name: z.string(),
      tier: z.string().nullable(),
    })
    .nullable(),
  lines: z.array(saleLineSchema),
  payments: z.array(paymentSchema),
});
export type Sale = z.infer<typeof saleSchema>;

/** A discount as the cashier enters it: rupiah, or percent in basis points (10% = 1000). */
export const discountInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('amount'), value: rupiah }).strict(),
    z
      .object({
        kind: z.literal('percent'),
        bp: z
          .number({ error: msg('input.percentNumber') })
          .int({ error: msg('input.percentBasisPoints') })
          .min(0, { error: msg('input.percentNegative') })
          .max(10_000, { error: msg('input.percentMax') }),
      })
      .strict(),
  ],
  { error: msg('input.discountKind') },
);
export type DiscountInput = z.infer<typeof discountInput>;

const reason = z
  .string({ error: msg('input.reasonText') })
  .trim()
  .max(120, { error: msg('input.reasonMax120') })
  .optional();

export const saleLineInput = z
  .object({
    productId: z
      .number()
      .int()
      .positive({ error: msg('input.unknownProduct') }),
    qty: quantity,
    /** A price edit; a lower price counts against the cashier's discount limit like a discount. */
    unitPrice: rupiah.optional(),
    /**
     * The catalogue price the till showed for the product when it went into the cart. The engine
     * keeps it as the list price when it was the product's price at some moment since the cart's
     * `startedAt` (a catalogue package or a price set for today may have changed it since); otherwise
     * the current price is the list price. docs/catalogue-packages.md, "A sale in progress".
     */
    listPrice: rupiah.optional(),
    priceReason: reason,
    discount: discountInput.optional(),
    discountReason: reason,
  })
  .strict();

export const tenderInput = z
  .object({
    method: z.enum(PAYMENT_METHODS, { error: msg('input.paymentMethod') }),
    /** For cash: the money received (change is worked out); otherwise the part of the bill paid. */
    amount: rupiah,
    reference: z
      .string({ error: msg('input.referenceText') })
      .trim()
      .max(64, { error: msg('input.referenceMax64') })
      .optional(),
    /** QRIS: the cashier saw the payment arrive on the merchant's phone. Required for QRIS. */
    confirmed: z.boolean({ error: msg('input.confirmYesNo') }).optional(),
  })
  .strict();
export type TenderInput = z.infer<typeof tenderInput>;

const saleLines = z
  .array(saleLineInput, { error: msg('input.itemListInvalid') })
  .min(1, { error: msg('input.cartEmpty') })
  .max(500, { error: msg('input.saleTooManyLines') });

export const salesCommands = defineCommands({
  'sales.commit': {
    summary:
      'Sells the lines with discounts, PPN and split payments as one transaction; the engine recomputes every amount',
    access: 'cashier',
    input: z
      .object({
        lines: saleLines,
        orderDiscount: discountInput.optional(),
        orderDiscountReason: reason,
        payments: z
          .array(tenderInput, { error: msg('input.paymentListInvalid') })
          .min(1, { error: msg('input.noPayment') })
          .max(10, { error: msg('input.paymentsMax') }),
        /** Walk-in when absent. */
        buyerId: id.optional(),
        /** A manager's PIN, needed when discounts or lowered prices exceed the cashier's limit. */
        approval: managerApproval.optional(),
        /**
         * When the cart got its first line (ISO instant): the lines' `listPrice` are honoured back to
         * this moment, within the same business day and never after now.
         */
        startedAt: z
          .string({ error: msg('input.startedAtInvalid') })
          .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
            error: msg('input.startedAtInvalid'),
          })
          .optional(),
      })
      .strict(),
    output: saleSchema,
  },
  'sales.commitCash': {
    summary: 'Sells the lines for cash at list prices: sales.commit with one cash payment and no discounts',
    access: 'cashier',
    input: z
      .object({
        lines: z
          .array(
            z
              .object({
                productId: z
                  .number()
                  .int()
                  .positive({ error: msg('input.unknownProduct') }),
                qty: quantity,
              })
              .strict(),
            { error: msg('input.itemListInvalid') },
          )
          .min(1, { error: msg('input.cartEmpty') })
          .max(500, { error: msg('input.saleTooManyLines') }),
        cashTendered: rupiah,
      })
      .strict(),
    output: saleSchema,
  },
  'sales.get': {
    summary: 'One completed sale by its receipt number, with lines and payments',
    access: 'cashier',
    input: z
      .object({
        receiptNo: z
          .string()
          .trim()
          .min(1, { error: msg('input.receiptNoRequired') })
          .max(64),
      })
      .strict(),
    output: saleSchema,
  },
});
