// Payments, discounts, tax and buyers: the booth's payment settings (PPN, cash rounding, static
// QRIS, the cashier's discount limit), buyers (walk-in by default; named buyers and UMKM resellers)
// and the resellers' price tiers. The sale itself is committed with `sales.commit` (contract/sales.ts).
import { z } from 'zod';
import { type LabelKey, msg, ref } from '../messages';
import { BUYER_KINDS, TAX_MODES } from '../saleKinds';
import { defineCommands, id, none, oneLine, rupiah } from './common';

export { BUYER_KINDS, type BuyerKind, TAX_MODES, type TaxMode } from '../saleKinds';

const basisPoints = (label: LabelKey) =>
  z
    .number({ error: msg('input.fieldNumber', { field: ref(label) }) })
    .int({ error: msg('input.fieldBasisPoints', { field: ref(label) }) })
    .min(0, { error: msg('input.fieldNegative', { field: ref(label) }) })
    .max(10_000, { error: msg('input.fieldMax100', { field: ref(label) }) });

export const paymentSettingsSchema = z.object({
  taxMode: z.enum(TAX_MODES),
  /** Effective PPN rate in basis points: 1100 = 11% (12% on a base of 11/12). */
  taxRateBp: z.number().int(),
  /** Cash rounding unit in rupiah: 0 (off), 100 or 500. */
  cashRounding: z.number().int(),
  /** The booth's static QRIS payload, or null when QRIS is not set up. */
  qrisStatic: z.string().nullable(),
  /** Merchant name and city read from the QRIS, shown beside the code. */
  qrisMerchant: z.object({ name: z.string(), city: z.string() }).nullable(),
  /** What a cashier may take off list prices without a manager, in basis points of the sale. */
  discountLimitBp: z.number().int(),
  /** Optional rupiah cap on the same; null: no cap. */
  discountLimitRupiah: z.number().int().nullable(),
  /** How far (either way) a shift's counted cash may be from the expected before a manager approves. */
  cashVarianceLimit: z.number().int(),
  /**
   * The most a cashier may take out of her drawer in one cash-out without a manager's PIN; 0: every
   * cashier's cash-out needs one. A cash-out above what the drawer should hold needs one too.
   */
  cashOutLimit: z.number().int(),
});
export type PaymentSettings = z.infer<typeof paymentSettingsSchema>;

export const buyerSchema = z.object({
  id: z.number().int(),
  kind: z.enum(BUYER_KINDS),
  name: z.string(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  /** Price tier code for resellers (e.g. GROSIR); null for named buyers. */
  tier: z.string().nullable(),
  tierName: z.string().nullable(),
  active: z.boolean(),
});
export type Buyer = z.infer<typeof buyerSchema>;

export const priceTierSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Products with a price in this tier. */
  productCount: z.number().int(),
});
export type PriceTier = z.infer<typeof priceTierSchema>;

export const tierPriceSchema = z.object({
  tier: z.string(),
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  /** The catalogue (walk-in) price, for comparison. */
  listPrice: z.number().int(),
  price: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type TierPrice = z.infer<typeof tierPriceSchema>;

/**
 * A manager's say-so typed on the cashier's screen: pick the manager, type their PIN. Same shape as
 * the engine's approvalSchema (electron/core/auth/approval.ts), declared here so the contract stays
 * free of engine imports.
 */
export const managerApproval = z
  .object({
    userId: z
      .number()
      .int()
      .positive({ error: msg('input.unknownManager') }),
    pin: z.string({ error: msg('input.pinRequired') }).regex(/^\d{4,6}$/, { error: msg('input.pinDigits') }),
  })
  .strict();

const optionalText = (label: LabelKey, max: number) =>
  z
    .string({ error: msg('input.fieldText', { field: ref(label) }) })
    .trim()
    .max(max, { error: msg('input.fieldMaxChars', { field: ref(label), max }) })
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

export const tierCode = z
  .string({ error: msg('input.tierCodeRequired') })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,16}$/, { error: msg('input.tierCodeChars') });

export const paymentsCommands = defineCommands({
  'paymentSettings.get': {
    summary: 'PPN, cash rounding, the static QRIS and the cashier discount limit, for the till',
    access: 'cashier',
    input: none,
    output: paymentSettingsSchema,
  },
  'paymentSettings.save': {
    summary: 'Changes payment settings; only the fields given. A QRIS with a wrong CRC is refused',
    access: 'manager',
    input: z
      .object({
        taxMode: z.enum(TAX_MODES, { error: msg('input.vatMode') }).optional(),
        taxRateBp: basisPoints('label.taxRate').optional(),
        cashRounding: z
          .union([z.literal(0), z.literal(100), z.literal(500)], {
            error: msg('input.cashRounding'),
          })
          .optional(),
        /** null or an empty text turns QRIS off. */
        qrisStatic: z
          .string({ error: msg('input.qrisText') })
          .trim()
          .max(512, { error: msg('input.qrisTooLong') })
          .nullable()
          .optional(),
        discountLimitBp: basisPoints('label.discountLimit').optional(),
        discountLimitRupiah: rupiah.nullable().optional(),
        cashVarianceLimit: rupiah.optional(),
        cashOutLimit: rupiah.optional(),
      })
      .strict(),
    output: paymentSettingsSchema,
  },
  'buyers.list': {
    summary: 'Named buyers and resellers, searched by name or phone',
    access: 'cashier',
    input: z
      .object({
        query: z
          .string()
          .trim()
          .max(100, { error: msg('input.searchTooLong') })
          .optional(),
        includeInactive: z.boolean().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.array(buyerSchema),
  },
  'buyers.save': {
    summary: 'Adds or changes a buyer; a cashier may only add named buyers, resellers need a manager',
    access: 'cashier',
    input: z
      .object({
        id: id.optional(),
        kind: z.enum(BUYER_KINDS, { error: msg('input.buyerKind') }),
        name: oneLine(
          z
            .string({ error: msg('input.buyerNameRequired') })
            .trim()
            .min(1, { error: msg('input.buyerNameRequired') })
            .max(80, { error: msg('input.buyerNameMax') }),
          'label.buyerName',
        ),
        phone: optionalText('label.phone', 30),
        note: optionalText('label.note', 200),
        tier: tierCode.nullable().optional(),
        active: z.boolean({ error: msg('input.activeYesNo') }).optional(),
      })
      .strict(),
    output: buyerSchema,
  },
  'priceTiers.list': {
    summary: 'Price tiers for resellers (GROSIR to start with)',
    access: 'cashier',
    input: none,
    output: z.array(priceTierSchema),
  },
  'priceTiers.save': {
    summary: 'Adds a price tier or renames one',
    access: 'manager',
    input: z
      .object({
        code: tierCode,
        name: z
          .string({ error: msg('input.tierNameRequired') })
          .trim()
          .min(1, { error: msg('input.tierNameRequired') })
          .max(40, { error: msg('input.tierNameMax') }),
      })
      .strict(),
    output: priceTierSchema,
  },
  'tierPrices.list': {
    summary: "A tier's prices per product, optionally only for some products (the till's cart)",
    access: 'cashier',
    input: z
      .object({
        tier: tierCode,
        productIds: z
          .array(id)
          .max(1000, { error: msg('input.tooManyProducts') })
          .optional(),
      })
      .strict(),
    output: z.array(tierPriceSchema),
  },
  'tierPrices.set': {
    summary: "Sets a product's price in a tier (catalogue side); null removes it",
    access: 'manager',
    input: z.object({ tier: tierCode, productId: id, price: rupiah.nullable() }).strict(),
    output: z.object({ tier: z.string(), productId: z.number().int(), price: z.number().int().nullable() }),
  },
});
