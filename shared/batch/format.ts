// The sales batch format, version 4: what a batch folder holds and the shape of every document in
// it. The device writes it (electron/core/batches), the office reads it (`karya batch verify` and
// `merge`, the reference receiver). These zod schemas are the one definition: docs/batch-format.md
// carries the JSON Schema generated from them (`npx tsx scripts/batch-schema.ts`), and a test keeps
// the two the same. They are written with zod's tree-shakable build (zod/mini: functions instead of
// methods, the same checks and JSON Schema): `karya batch verify` loads these and nothing else of
// zod, and the full build's module cost about 50 ms of its start (docs/performance.md).
import * as z from 'zod/mini';
import { BUYER_KINDS, PAYMENT_METHODS, TAX_MODES } from '../saleKinds';

export const BATCH_FORMAT = 'karya-pos-batch';
/**
 * 2: a day may have more than one Z (selling after a Z goes into the next Z of the same day), so
 * `days` lists Zs: a day can appear twice, and a Z that does not start its day says where it starts
 * (`salesAfter`, `refundsAfter`). Version 1 batches (one Z per day) are still read.
 * 3: the manifest names the till's install id (`installId`), so the office tells apart two tills
 * that carry the same device code. Version 1 and 2 batches (without it) are still read.
 * 4: the stock ledger travels too (`stock.jsonl`, `counts.stockMoves`, each Z's `stockAfter` and
 * `stockUpto`). Version 1 to 3 batches (without it) are still read.
 */
export const BATCH_FORMAT_VERSION = 4;

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
  /** Version 4 on: the stock ledger's moves of the batch's Zs. */
  stock: 'stock.jsonl',
  salesCsv: 'sales.csv',
  linesCsv: 'lines.csv',
  refundsCsv: 'refunds.csv',
  unitsCsv: 'units.csv',
  xlsx: 'batch.xlsx',
} as const;

/**
 * The files the manifest lists, in the order they are written (the manifest comes last). Version
 * 4 adds `stock.jsonl` (STOCK_FILES): a batch of an earlier version has no such file.
 */
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

/** The files a batch of `formatVersion` lists: those above, and the stock file from version 4. */
export function listedFilesOf(formatVersion: number): readonly string[] {
  return formatVersion >= 4 ? [...LISTED_FILES, BATCH_FILES.stock] : LISTED_FILES;
}

const int = z.int();
const count = z.int().check(z.minimum(0));
/** Whole rupiah; negative only where noted (cash rounding, refunds in a unit's net). */
const rupiah = z.int().check(z.minimum(0));
const text = z.string();
const day = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
  .check(z.describe('Business day, YYYY-MM-DD, in the device time zone'));
const instant = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/))
  .check(z.describe('Instant, ISO 8601 UTC'));
const ulid = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/));
const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const device = z.string().check(z.regex(/^[A-Z0-9]{2,8}$/));
const method = z.enum(PAYMENT_METHODS);

// ---------- sales.jsonl: one sale per line, in receipt order ----------

export const saleLineDocSchema = z.strictObject({
  lineNo: z.int().check(z.minimum(1)),
  productId: int,
  sku: text,
  name: text,
  unit: text,
  soldByWeight: z.boolean(),
  /** The producing unit (UPT) that made the goods, as it was at the time of sale. */
  producerCode: text,
  producerName: text,
  workshopId: z.nullable(int),
  workshopName: z.nullable(text),
  qtyMilli: z
    .int()
    .check(z.minimum(1))
    .check(z.describe('Quantity in milli-units: 2 pieces = 2000, 1.25 kg = 1250')),
  listPrice: rupiah,
  unitPrice: rupiah,
  priceSource: z.enum(['catalogue', 'tier', 'manual']),
  priceReason: z.nullable(text),
  discountKind: z.nullable(z.enum(['amount', 'percent'])),
  discountValue: z.nullable(count).check(z.describe('Rupiah, or basis points for percent')),
  discountReason: z.nullable(text),
  lineTotal: rupiah.check(z.describe('unitPrice x quantity, before discounts')),
  lineDiscount: rupiah,
  orderDiscountShare: rupiah,
  dpp: rupiah,
  ppn: rupiah,
  netTotal: rupiah.check(
    z.describe('What the line adds to the sale: lineTotal - discounts (+ PPN when exclusive)'),
  ),
});
export type SaleLineDoc = z.infer<typeof saleLineDocSchema>;

export const paymentDocSchema = z.strictObject({
  seq: z.int().check(z.minimum(1)),
  method,
  amount: rupiah.check(z.describe('The part of the bill this payment covers')),
  tendered: rupiah,
  change: rupiah,
  reference: z.nullable(text),
  confirmedBy: z.nullable(text),
  confirmedAt: z.nullable(instant),
});
export type PaymentDoc = z.infer<typeof paymentDocSchema>;

export const voidDocSchema = z.strictObject({
  id: ulid,
  businessDay: day,
  createdAt: instant,
  reason: text,
  amount: rupiah.check(z.describe('The sale total, all of it given back')),
  userName: z.nullable(text),
  approvedBy: text,
  shiftId: z.nullable(int),
  lines: z.array(
    z.strictObject({
      saleLineNo: z.int().check(z.minimum(1)),
      productId: int,
      producerCode: text,
      workshopId: z.nullable(int),
      qtyMilli: z.int().check(z.minimum(1)),
      amount: rupiah,
    }),
  ),
});
export type VoidDoc = z.infer<typeof voidDocSchema>;

export const saleDocSchema = z
  .strictObject({
    id: ulid.check(z.describe('Unique across devices: the office counts a sale once by this id')),
    receiptNo: text,
    device,
    businessDay: day,
    seq: z
      .int()
      .check(z.minimum(1))
      .check(z.describe('Receipt number within the device and business day, 1..n')),
    createdAt: instant,
    shiftId: z.nullable(int),
    cashierName: z.nullable(text),
    subtotal: rupiah,
    lineDiscounts: rupiah,
    orderDiscount: rupiah,
    orderDiscountKind: z.nullable(z.enum(['amount', 'percent'])),
    orderDiscountValue: z.nullable(count),
    orderDiscountReason: z.nullable(text),
    approvedBy: z.nullable(text),
    taxMode: z.enum(TAX_MODES),
    taxRateBp: count,
    dpp: rupiah,
    ppn: rupiah,
    rounding: int.check(z.describe('Cash rounding added to the total; negative when rounded down')),
    roundingUnit: count,
    total: rupiah,
    paid: rupiah,
    change: rupiah,
    buyer: z.nullable(
      z.strictObject({ id: int, kind: z.enum(BUYER_KINDS), name: text, tier: z.nullable(text) }),
    ),
    lines: z.array(saleLineDocSchema).check(z.minLength(1)),
    payments: z.array(paymentDocSchema).check(z.minLength(1)),
    void: z.nullable(voidDocSchema).check(z.describe('Set when the sale was voided (always on its own day)')),
  })
  .check(z.describe('One sale of sales.jsonl'));
export type SaleDoc = z.infer<typeof saleDocSchema>;

// ---------- refunds.jsonl: refunds made on the batch's days ----------

export const refundDocSchema = z
  .strictObject({
    id: ulid,
    refundNo: text,
    device,
    businessDay: day.check(z.describe('The day the money went back, which may be later than the sale')),
    seq: z.int().check(z.minimum(1)),
    createdAt: instant,
    saleId: ulid,
    saleReceiptNo: text,
    saleBusinessDay: day,
    shiftId: z.nullable(int),
    reason: text,
    method,
    reference: z.nullable(text),
    amount: rupiah,
    userName: z.nullable(text),
    approvedBy: text,
    lines: z
      .array(
        z.strictObject({
          saleLineNo: z.int().check(z.minimum(1)),
          productId: int,
          sku: text,
          name: text,
          unit: text,
          producerCode: text,
          workshopId: z.nullable(int),
          qtyMilli: z.int().check(z.minimum(1)),
          amount: rupiah,
        }),
      )
      .check(z.minLength(1)),
  })
  .check(z.describe('One refund of refunds.jsonl'));
export type RefundDoc = z.infer<typeof refundDocSchema>;

// ---------- cash.jsonl: shifts of the batch's days with their cash movements ----------

export const shiftDocSchema = z.strictObject({
  id: int,
  device,
  businessDay: day,
  userName: text,
  openedAt: instant,
  openingFloat: rupiah,
  closedAt: z.nullable(instant),
  closedBy: z.nullable(text),
  expectedCash: z.nullable(int),
  countedCash: z.nullable(rupiah),
  countDetail: z.nullable(z.record(z.string(), count)),
  variance: z.nullable(int),
  closeNote: z.nullable(text),
  approvedBy: z.nullable(text),
  movements: z.array(
    z.strictObject({
      id: int,
      kind: z.enum(['in', 'out']),
      amount: rupiah,
      reason: text,
      createdAt: instant,
      userName: z.nullable(text),
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
  zNo: z.int().check(z.minimum(1)),
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

// ---------- stock.jsonl (version 4): the stock ledger's moves of the batch's Zs ----------

export const STOCK_MOVE_KINDS = [
  'receive',
  'adjust',
  'transfer_out',
  'transfer_in',
  'event_out',
  'event_return',
  'sale',
  'refund',
  'count',
  'unit_return',
] as const;
export type StockMoveKind = (typeof STOCK_MOVE_KINDS)[number];

export const LOCATION_KINDS = ['booth', 'outlet', 'warehouse', 'event'] as const;

/** `BTH1-S42`: the device code and the till's move number. */
export const STOCK_MOVE_ID = /^([A-Z0-9]{2,8})-S([1-9]\d*)$/;

export const stockMoveDocSchema = z
  .strictObject({
    id: z
      .string()
      .check(z.regex(STOCK_MOVE_ID))
      .check(z.describe('Unique across devices: the office stores a move once by this id')),
    device,
    moveNo: z
      .int()
      .check(z.minimum(1))
      .check(z.describe("The till's move number: ascending in the file, never reused")),
    opId: text.check(z.describe('Moves of one operation share it (both legs of a transfer, a receipt)')),
    kind: z.enum(STOCK_MOVE_KINDS),
    businessDay: day.check(z.describe('The day of the Z that carries the move')),
    zNo: z.int().check(z.minimum(1)),
    createdAt: instant,
    userName: z.nullable(text),
    location: z.strictObject({ id: int, code: text, name: text, kind: z.enum(LOCATION_KINDS) }),
    qtyMilli: int.check(z.describe('Signed milli-units at this location: + in, - out (2 pieces = 2000)')),
    product: z.strictObject({
      productId: int,
      sku: text,
      name: text,
      unit: text,
      soldByWeight: z.boolean(),
      producerCode: text.check(z.describe('The producing unit (UPT) that made the goods')),
      producerName: text,
      workshopId: z.nullable(int),
      workshopName: z.nullable(text),
    }),
    unitCost: z
      .nullable(rupiah)
      .check(z.describe("Cost per unit (1000 milli-units) from the till's catalogue; null when unknown")),
    unitPrice: z
      .nullable(rupiah)
      .check(z.describe('Price per unit at the move: the sale line price, else the catalogue price then')),
    reference: z
      .nullable(text)
      .check(z.describe('Delivery note, refund number, BATAL <receipt> for a void, a transfer note')),
    reason: z.nullable(text),
    receivedFrom: z
      .nullable(text)
      .check(
        z.describe('receive: the code of the unit that delivered; unit_return: the unit taking them back'),
      ),
    batch: z.nullable(z.strictObject({ code: text, expiresOn: z.nullable(day) })),
    saleId: z.nullable(ulid),
    saleLineNo: z.nullable(z.int().check(z.minimum(1))),
  })
  .check(z.describe('One move of stock.jsonl'));
export type StockMoveDoc = z.infer<typeof stockMoveDocSchema>;

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
  stockMoves: z.optional(count).check(z.describe('Version 4 on: lines of stock.jsonl')),
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
  zNo: z.int().check(z.minimum(1)),
  closedAt: instant,
  salesAfter: z
    .optional(count)
    .check(
      z.describe('Receipt number of the day after which this Z starts; absent when it starts the day (0)'),
    ),
  refundsAfter: z
    .optional(count)
    .check(
      z.describe('Refund number of the day after which this Z starts; absent when it starts the day (0)'),
    ),
  stockAfter: z
    .optional(count)
    .check(z.describe('Version 4 on: the till move number after which the stock moves of this Z start')),
  stockUpto: z
    .optional(count)
    .check(z.describe('Version 4 on: the last till move number of this Z (its moves are after..upto)')),
  sales: count,
  firstReceipt: z.nullable(text),
  lastReceipt: z.nullable(text),
  refunds: count,
  firstRefund: z.nullable(text),
  lastRefund: z.nullable(text),
});
export type ManifestDay = z.infer<typeof manifestDaySchema>;

export const fileEntrySchema = z.strictObject({ name: text, bytes: count, sha256 });
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const manifestSchema = z
  .strictObject({
    format: z.literal(BATCH_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    generator: text,
    batchId: ulid,
    device,
    installId: z
      .optional(z.string().check(z.regex(INSTALL_ID)))
      .check(
        z.describe(
          'Version 3 on: the install id of the till (random, written once into its database; kept by a restored or taken-over copy). Two ids under one device code are two tills',
        ),
      ),
    seq: z
      .int()
      .check(z.minimum(1))
      .check(z.describe('Per device, 1, 2, 3... without gaps (re-exports included)')),
    reexport: z.boolean().check(z.describe('True when these days were exported before and are sent again')),
    timeZone: text,
    period: z.strictObject({ from: day, to: day }),
    days: z.array(manifestDaySchema).check(z.minLength(1)),
    receipts: z.strictObject({ first: z.nullable(text), last: z.nullable(text) }),
    counts: countsSchema,
    units: z.array(unitSplitSchema),
    totals: totalsSchema,
    files: z.array(fileEntrySchema),
    prevHash: z
      .nullable(sha256)
      .check(z.describe('SHA-256 of manifest.json of batch seq-1 of this device; null for seq 1')),
  })
  .check(z.describe('manifest.json of a Karya POS sales batch'));
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
