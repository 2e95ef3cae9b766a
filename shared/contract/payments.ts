// Payments, discounts, tax and buyers: the booth's payment settings (PPN, cash rounding, static
// QRIS, the cashier's discount limit), buyers (walk-in by default; named buyers and UMKM resellers)
// and the resellers' price tiers. The sale itself is committed with `sales.commit` (contract/sales.ts).
import { z } from 'zod';
import { defineCommands, id, none, oneLine, rupiah } from './common';

export const TAX_MODES = ['off', 'inclusive', 'exclusive'] as const;
export type TaxMode = (typeof TAX_MODES)[number];

const basisPoints = (label: string) =>
  z
    .number({ error: `${label} harus berupa angka` })
    .int({ error: `${label} harus bilangan bulat (basis poin, 1% = 100)` })
    .min(0, { error: `${label} tidak boleh negatif` })
    .max(10_000, { error: `${label} paling besar 100%` });

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

export const BUYER_KINDS = ['named', 'reseller'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

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
    userId: z.number().int().positive({ error: 'Manajer tidak dikenal' }),
    pin: z.string({ error: 'PIN wajib diisi' }).regex(/^\d{4,6}$/, { error: 'PIN harus 4 sampai 6 angka' }),
  })
  .strict();

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} harus berupa teks` })
    .trim()
    .max(max, { error: `${label} paling panjang ${max} karakter` })
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

export const tierCode = z
  .string({ error: 'Kode tingkat harga wajib diisi' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,16}$/, { error: 'Kode tingkat harga: huruf atau angka, paling panjang 16' });

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
        taxMode: z.enum(TAX_MODES, { error: 'Mode PPN harus off, inclusive atau exclusive' }).optional(),
        taxRateBp: basisPoints('Tarif PPN').optional(),
        cashRounding: z
          .union([z.literal(0), z.literal(100), z.literal(500)], {
            error: 'Pembulatan tunai harus 0 (mati), 100 atau 500',
          })
          .optional(),
        /** null or an empty text turns QRIS off. */
        qrisStatic: z
          .string({ error: 'QRIS harus berupa teks' })
          .trim()
          .max(512, { error: 'QRIS terlalu panjang' })
          .nullable()
          .optional(),
        discountLimitBp: basisPoints('Batas diskon kasir').optional(),
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
        query: z.string().trim().max(100, { error: 'Teks pencarian terlalu panjang' }).optional(),
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
        kind: z.enum(BUYER_KINDS, { error: 'Jenis pembeli harus named atau reseller' }),
        name: oneLine(
          z
            .string({ error: 'Nama pembeli wajib diisi' })
            .trim()
            .min(1, { error: 'Nama pembeli wajib diisi' })
            .max(80, { error: 'Nama pembeli paling panjang 80 karakter' }),
          'Nama pembeli',
        ),
        phone: optionalText('Nomor telepon', 30),
        note: optionalText('Catatan', 200),
        tier: tierCode.nullable().optional(),
        active: z.boolean({ error: 'Status aktif harus ya atau tidak' }).optional(),
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
          .string({ error: 'Nama tingkat harga wajib diisi' })
          .trim()
          .min(1, { error: 'Nama tingkat harga wajib diisi' })
          .max(40, { error: 'Nama tingkat harga paling panjang 40 karakter' }),
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
        productIds: z.array(id).max(1000, { error: 'Terlalu banyak produk' }).optional(),
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
