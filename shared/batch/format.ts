// The sales batch format, version 3: what a batch folder holds and the shape of every document in
// it. The device writes it (electron/core/batches), the office reads it (`karya batch verify` and
// `merge`, the reference receiver). These zod schemas are the one definition: docs/batch-format.md
// carries the JSON Schema generated from them (`npx tsx scripts/batch-schema.ts`), and a test keeps
// the two the same.
import { z } from 'zod';
import { BUYER_KINDS, PAYMENT_METHODS, TAX_MODES } from '../saleKinds';

export const BATCH_FORMAT = 'karya-pos-batch';
/**
 * 2: a day may have more than one Z (selling after a Z goes into the next Z of the same day), so
 * `days` lists Zs: a day can appear twice, and a Z that does not start its day says where it starts
 * (`salesAfter`, `refundsAfter`). Version 1 batches (one Z per day) are still read.
 * 3: the manifest names the till's install id (`installId`), so the office tells apart two tills
 * that carry the same device code. Version 1 and 2 batches (without it) are still read.
 */
export const BATCH_FORMAT_VERSION = 3;

/** The install id a till writes into its database once (electron/core/settings/installId.ts). */
export const INSTALL_ID = /^[0-9a-f]{32}$/;

/** Every file of a batch folder. manifest.json lists the others with their SHA-256. */
export const BATCH_FILES = {
  manifest: 'manifest.json',
  /** `<sha256>  manifest.json`, as `sha256sum -c` reads it: the checksum a person compares. */
  manifestSum: 'manifest.sha256',
  sales: 'sales.jsonl',
  refunds: 'refunds.jsonl',
  cash: 'cash.jsonl',
  zReports: 'z-reports.jsonl',
  salesCsv: 'sales.csv',
  linesCsv: 'lines.csv',
  refundsCsv: 'refunds.csv',
  unitsCsv: 'units.csv',
  xlsx: 'batch.xlsx',
} as const;

/** The files the manifest lists, in the order they are written (the manifest comes last). */
export const LISTED_FILES = [
  BATCH_FILES.sales,
  BATCH_FILES.refunds,
  BATCH_FILES.cash,
  BATCH_FILES.zReports,
  BATCH_FILES.salesCsv,
  BATCH_FILES.linesCsv,
  BATCH_FILES.refundsCsv,
  BATCH_FILES.unitsCsv,
  BATCH_FILES.xlsx,
] as const;

const int = z.number().int();
const count = z.number().int().min(0);
/** Whole rupiah; negative only where noted (cash rounding, refunds in a unit's net). */
const rupiah = z.number().int().min(0);
const text = z.string();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Business day, YYYY-MM-DD, in the device time zone');
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/)
  .describe('Instant, ISO 8601 UTC');
const ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const device = z.string().regex(/^[A-Z0-9]{2,8}$/);
const method = z.enum(PAYMENT_METHODS);

// ---------- sales.jsonl: one sale per line, in receipt order ----------

export const saleLineDocSchema = z.strictObject({
  lineNo: z.number().int().min(1),
  productId: int,
  sku: text,
  name: text,
  unit: text,
  soldByWeight: z.boolean(),
  /** The producing unit (UPT) that made the goods, as it was at the time of sale. */
  producerCode: text,
  producerName: text,
  workshopId: int.nullable(),
  workshopName: text.nullable(),
  qtyMilli: z.number().int().min(1).describe('Quantity in milli-units: 2 pieces = 2000, 1.25 kg = 1250'),
  listPrice: rupiah,
  unitPrice: rupiah,
  priceSource: z.enum(['catalogue', 'tier', 'manual']),
  priceReason: text.nullable(),
  discountKind: z.enum(['amount', 'percent']).nullable(),
  discountValue: count.nullable().describe('Rupiah, or basis points for percent'),
  discountReason: text.nullable(),
  lineTotal: rupiah.describe('unitPrice x quantity, before discounts'),
  lineDiscount: rupiah,
  orderDiscountShare: rupiah,
  dpp: rupiah,
  ppn: rupiah,
  netTotal: rupiah.describe('What the line adds to the sale: lineTotal - discounts (+ PPN when exclusive)'),
});
export type SaleLineDoc = z.infer<typeof saleLineDocSchema>;

export const paymentDocSchema = z.strictObject({
  seq: z.number().int().min(1),
  method,
  amount: rupiah.describe('The part of the bill this payment covers'),
  tendered: rupiah,
  change: rupiah,
  reference: text.nullable(),
  confirmedBy: text.nullable(),
  confirmedAt: instant.nullable(),
});
export type PaymentDoc = z.infer<typeof paymentDocSchema>;

export const voidDocSchema = z.strictObject({
  id: ulid,
  businessDay: day,
  createdAt: instant,
  reason: text,
  amount: rupiah.describe('The sale total, all of it given back'),
  userName: text.nullable(),
  approvedBy: text,
  shiftId: int.nullable(),
  lines: z.array(
    z.strictObject({
      saleLineNo: z.number().int().min(1),
      productId: int,
      producerCode: text,
      workshopId: int.nullable(),
      qtyMilli: z.number().int().min(1),
      amount: rupiah,
    }),
  ),
});
export type VoidDoc = z.infer<typeof voidDocSchema>;

export const saleDocSchema = z
  .strictObject({
    id: ulid.describe('Unique across devices: the office counts a sale once by this id'),
    receiptNo: text,
    device,
    businessDay: day,
    seq: z.number().int().min(1).describe('Receipt number within the device and business day, 1..n'),
    createdAt: instant,
    shiftId: int.nullable(),
    cashierName: text.nullable(),
    subtotal: rupiah,
    lineDiscounts: rupiah,
    orderDiscount: rupiah,
    orderDiscountKind: z.enum(['amount', 'percent']).nullable(),
    orderDiscountValue: count.nullable(),
    orderDiscountReason: text.nullable(),
    approvedBy: text.nullable(),
    taxMode: z.enum(TAX_MODES),
    taxRateBp: count,
    dpp: rupiah,
    ppn: rupiah,
    rounding: int.describe('Cash rounding added to the total; negative when rounded down'),
    roundingUnit: count,
    total: rupiah,
    paid: rupiah,
    change: rupiah,
    buyer: z
      .strictObject({ id: int, kind: z.enum(BUYER_KINDS), name: text, tier: text.nullable() })
      .nullable(),
    lines: z.array(saleLineDocSchema).min(1),
    payments: z.array(paymentDocSchema).min(1),
    void: voidDocSchema.nullable().describe('Set when the sale was voided (always on its own day)'),
  })
  .describe('One sale of sales.jsonl');
export type SaleDoc = z.infer<typeof saleDocSchema>;

// ---------- refunds.jsonl: refunds made on the batch's days ----------

export const refundDocSchema = z
  .strictObject({
    id: ulid,
    refundNo: text,
    device,
    businessDay: day.describe('The day the money went back, which may be later than the sale'),
    seq: z.number().int().min(1),
    createdAt: instant,
    saleId: ulid,
    saleReceiptNo: text,
    saleBusinessDay: day,
    shiftId: int.nullable(),
    reason: text,
    method,
    reference: text.nullable(),
    amount: rupiah,
    userName: text.nullable(),
    approvedBy: text,
    lines: z
      .array(
        z.strictObject({
          saleLineNo: z.number().int().min(1),
          productId: int,
          sku: text,
          name: text,
          unit: text,
          producerCode: text,
          workshopId: int.nullable(),
          qtyMilli: z.number().int().min(1),
          amount: rupiah,
        }),
      )
      .min(1),
  })
  .describe('One refund of refunds.jsonl');
export type RefundDoc = z.infer<typeof refundDocSchema>;

// ---------- cash.jsonl: shifts of the batch's days with their cash movements ----------

export const shiftDocSchema = z.strictObject({
  id: int,
  device,
  businessDay: day,
  userName: text,
  openedAt: instant,
  openingFloat: rupiah,
  closedAt: instant.nullable(),
  closedBy: text.nullable(),
  expectedCash: int.nullable(),
  countedCash: rupiah.nullable(),
  countDetail: z.record(z.string(), count).nullable(),
  variance: int.nullable(),
  closeNote: text.nullable(),
  approvedBy: text.nullable(),
  movements: z.array(
    z.strictObject({
      id: int,
      kind: z.enum(['in', 'out']),
      amount: rupiah,
      reason: text,
      createdAt: instant,
      userName: text.nullable(),
    }),
  ),
});
export type ShiftDoc = z.infer<typeof shiftDocSchema>;

// ---------- z-reports.jsonl: the Z report of each day, as stored when the day was closed ----------

const reportMethodSchema = z.looseObject({
  method: text,
  sales: int,
  voids: int,
  refunds: int,
  net: int,
});

export const zReportDocSchema = z.strictObject({
  device,
  businessDay: day,
  zNo: z.number().int().min(1),
  closedAt: instant,
  closedBy: text,
  /** The report exactly as the device stored it (see the app's reports.z); checked figures below. */
  report: z.looseObject({
    salesCount: count,
    salesTotal: int,
    voids: z.looseObject({ count, amount: int }),
    refunds: z.looseObject({ count, amount: int }),
    net: int,
    byMethod: z.array(reportMethodSchema),
  }),
});
export type ZReportDoc = z.infer<typeof zReportDocSchema>;

// ---------- manifest.json ----------

export const countsSchema = z.strictObject({
  sales: count,
  lines: count,
  payments: count,
  voids: count,
  refunds: count,
  refundLines: count,
  shifts: count,
  cashMovements: count,
  zReports: count,
});
export type BatchCounts = z.infer<typeof countsSchema>;

export const unitSplitSchema = z.strictObject({
  code: text,
  name: text,
  /** Basis points of the unit's proceeds (10000 = 100%) as set on the device at export. */
  pnbpBp: count,
  premiBp: count,
  capitalBp: count,
});
export type UnitSplit = z.infer<typeof unitSplitSchema>;

export const totalsSchema = z.strictObject({
  salesCount: count,
  /** Price x quantity of every sale, before discounts (voided sales included). */
  gross: rupiah,
  discounts: rupiah,
  ppnAdded: rupiah,
  rounding: int,
  /** gross - discounts + PPN added + rounding. */
  salesTotal: rupiah,
  voids: z.strictObject({ count, amount: rupiah }),
  refunds: z.strictObject({ count, amount: rupiah }),
  /** salesTotal - voids - refunds. */
  net: int,
  tax: z.strictObject({ dpp: rupiah, ppn: rupiah }),
  roundingKept: int,
  byMethod: z.array(z.strictObject({ method, sales: rupiah, voids: rupiah, refunds: rupiah, net: int })),
  /** Per producing unit, net of voids and refunds; the units plus roundingKept make net. */
  byUnit: z.array(
    z.strictObject({ code: text, name: text, amount: int, pnbp: int, premi: int, capital: int }),
  ),
  cash: z.strictObject({
    openingFloat: rupiah,
    cashIn: rupiah,
    cashOut: rupiah,
    counted: rupiah,
    variance: int,
  }),
});
export type BatchTotals = z.infer<typeof totalsSchema>;

export const manifestDaySchema = z.strictObject({
  day,
  zNo: z.number().int().min(1),
  closedAt: instant,
  salesAfter: count
    .optional()
    .describe('Receipt number of the day after which this Z starts; absent when it starts the day (0)'),
  refundsAfter: count
    .optional()
    .describe('Refund number of the day after which this Z starts; absent when it starts the day (0)'),
  sales: count,
  firstReceipt: text.nullable(),
  lastReceipt: text.nullable(),
  refunds: count,
  firstRefund: text.nullable(),
  lastRefund: text.nullable(),
});
export type ManifestDay = z.infer<typeof manifestDaySchema>;

export const fileEntrySchema = z.strictObject({ name: text, bytes: count, sha256 });
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const manifestSchema = z
  .strictObject({
    format: z.literal(BATCH_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    generator: text,
    batchId: ulid,
    device,
    installId: z
      .string()
      .regex(INSTALL_ID)
      .optional()
      .describe(
        'Version 3 on: the install id of the till (random, written once into its database; kept by a restored or taken-over copy). Two ids under one device code are two tills',
      ),
    seq: z.number().int().min(1).describe('Per device, 1, 2, 3... without gaps (re-exports included)'),
    reexport: z.boolean().describe('True when these days were exported before and are sent again'),
    timeZone: text,
    period: z.strictObject({ from: day, to: day }),
    days: z.array(manifestDaySchema).min(1),
    receipts: z.strictObject({ first: text.nullable(), last: text.nullable() }),
    counts: countsSchema,
    units: z.array(unitSplitSchema),
    totals: totalsSchema,
    files: z.array(fileEntrySchema),
    prevHash: sha256
      .nullable()
      .describe('SHA-256 of manifest.json of batch seq-1 of this device; null for seq 1'),
  })
  .describe('manifest.json of a Karya POS sales batch');
export type BatchManifest = z.infer<typeof manifestSchema>;

/** `BTH1-batch-000003-20261128-20261130`, with `-ulang` for a re-export. */
export function batchFolderName(
  deviceCode: string,
  seq: number,
  from: string,
  to: string,
  reexport: boolean,
): string {
  const compact = (d: string) => d.replaceAll('-', '');
  return `${deviceCode}-batch-${String(seq).padStart(6, '0')}-${compact(from)}-${compact(to)}${reexport ? '-ulang' : ''}`;
}

/** Device and seq of a folder named by batchFolderName, or null. */
export function parseBatchFolderName(name: string): { device: string; seq: number } | null {
  const match = /^([A-Z0-9]{2,8})-batch-(\d{6})-\d{8}-\d{8}(-ulang)?$/.exec(name);
  return match ? { device: match[1] ?? '', seq: Number(match[2]) } : null;
}
