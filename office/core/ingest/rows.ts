// From a batch's documents to rows, one page at a time: each table's page is one
// `INSERT … SELECT FROM unnest($1::text[], …) ON CONFLICT DO NOTHING` (the fastest of the methods
// measured, and the same SQL on both backends), and the summaries are added to from what that
// statement actually inserted, in the same statement. A document already stored is left as it is.
// The one summary two devices share, month_product_totals, is gathered over the whole batch
// (ProductTotals) and upserted once, in its key's order, just before the batch commits: two
// batches stored side by side hold its rows only for that moment, and take them in one order.
import type {
  BatchManifest,
  RefundDoc,
  SaleDoc,
  ShiftDoc,
  UnitSplit,
  ZReportDoc,
} from '../../../shared/batch/format';
import { UNKNOWN_UNIT_SPLIT } from '../../../shared/batch/totals';
import type { Queryable } from '../../db/types';

/** A document with the SHA-256 of its line in the batch file: copies are compared by it. */
export interface Doc<T> {
  doc: T;
  sha256: string;
}

type Column = readonly [name: string, type: string];

/** `insert into t (…) select * from unnest($1::type[], …)`: one array parameter per column. */
function unnestInsert(table: string, columns: readonly Column[]): string {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  return `insert into ${table} (${names}) select * from unnest(${arrays})`;
}

/** Rows (arrays in column order) turned into one array per column. */
function byColumn(columns: readonly Column[], rows: readonly unknown[][]): unknown[][] {
  return columns.map((_, i) => rows.map((row) => row[i] ?? null));
}

/** The rates of a unit as the batch's manifest gives them; a unit it does not describe keeps all as capital. */
export function ratesOf(
  manifest: BatchManifest,
  code: string,
): Pick<UnitSplit, 'pnbpBp' | 'premiBp' | 'capitalBp'> {
  const unit = manifest.units.find((u) => u.code === code);
  return unit ?? UNKNOWN_UNIT_SPLIT;
}

const SALES: readonly Column[] = [
  ['id', 'text'],
  ['receipt_no', 'text'],
  ['device', 'text'],
  ['business_day', 'date'],
  ['seq', 'int'],
  ['created_at', 'timestamptz'],
  ['cashier_name', 'text'],
  ['buyer_name', 'text'],
  ['subtotal', 'bigint'],
  ['discounts', 'bigint'],
  ['ppn', 'bigint'],
  ['tax_mode', 'text'],
  ['rounding', 'bigint'],
  ['total', 'bigint'],
  ['voided', 'boolean'],
  ['void_amount', 'bigint'],
  ['void_reason', 'text'],
  ['batch_id', 'text'],
  ['doc_sha256', 'text'],
];

const SALE_LINES: readonly Column[] = [
  ['sale_id', 'text'],
  ['receipt_no', 'text'],
  ['line_no', 'int'],
  ['device', 'text'],
  ['business_day', 'date'],
  ['voided', 'boolean'],
  ['product_id', 'int'],
  ['sku', 'text'],
  ['name', 'text'],
  ['unit', 'text'],
  ['producer_code', 'text'],
  ['producer_name', 'text'],
  ['workshop_name', 'text'],
  ['qty_milli', 'bigint'],
  ['unit_price', 'bigint'],
  ['line_total', 'bigint'],
  ['discount', 'bigint'],
  ['ppn', 'bigint'],
  ['net_total', 'bigint'],
  ['pnbp_bp', 'int'],
  ['premi_bp', 'int'],
  ['capital_bp', 'int'],
];

const PAYMENTS: readonly Column[] = [
  ['sale_id', 'text'],
  ['seq', 'int'],
  ['method', 'text'],
  ['amount', 'bigint'],
  ['tendered', 'bigint'],
  ['change', 'bigint'],
  ['reference', 'text'],
];

const REFUNDS: readonly Column[] = [
  ['id', 'text'],
  ['refund_no', 'text'],
  ['device', 'text'],
  ['business_day', 'date'],
  ['seq', 'int'],
  ['created_at', 'timestamptz'],
  ['sale_id', 'text'],
  ['sale_receipt_no', 'text'],
  ['sale_business_day', 'date'],
  ['method', 'text'],
  ['amount', 'bigint'],
  ['reason', 'text'],
  ['approved_by', 'text'],
  ['batch_id', 'text'],
  ['doc_sha256', 'text'],
];

const REFUND_LINES: readonly Column[] = [
  ['refund_id', 'text'],
  ['refund_no', 'text'],
  ['line_no', 'int'],
  ['device', 'text'],
  ['business_day', 'date'],
  ['sale_line_no', 'int'],
  ['sku', 'text'],
  ['name', 'text'],
  ['unit', 'text'],
  ['producer_code', 'text'],
  ['qty_milli', 'bigint'],
  ['amount', 'bigint'],
  ['pnbp_bp', 'int'],
  ['premi_bp', 'int'],
  ['capital_bp', 'int'],
];

const Z_REPORTS: readonly Column[] = [
  ['device', 'text'],
  ['z_no', 'int'],
  ['business_day', 'date'],
  ['closed_at', 'timestamptz'],
  ['closed_by', 'text'],
  ['sales_count', 'int'],
  ['net', 'bigint'],
  ['report', 'jsonb'],
  ['batch_id', 'text'],
  ['doc_sha256', 'text'],
];

const SHIFTS: readonly Column[] = [
  ['device', 'text'],
  ['id', 'int'],
  ['business_day', 'date'],
  ['doc', 'jsonb'],
  ['batch_id', 'text'],
  ['doc_sha256', 'text'],
];

interface ProductRow {
  month: string;
  producer_code: string;
  sku: string;
  name: string;
  unit: string;
  qty_milli: number;
  net: number;
}

const PRODUCT_TOTALS: readonly Column[] = [
  ['month', 'date'],
  ['producer_code', 'text'],
  ['sku', 'text'],
  ['name', 'text'],
  ['unit', 'text'],
  ['qty_milli', 'bigint'],
  ['net', 'bigint'],
];

/** A batch's additions to month_product_totals (sold less refunded), summed as its pages are stored. */
export class ProductTotals {
  private readonly rows = new Map<string, ProductRow>();

  add(rows: readonly ProductRow[]): void {
    for (const row of rows) {
      const key = JSON.stringify([row.month, row.producer_code, row.sku, row.name, row.unit]);
      const there = this.rows.get(key);
      if (there) {
        there.qty_milli += Number(row.qty_milli);
        there.net += Number(row.net);
      } else this.rows.set(key, { ...row, qty_milli: Number(row.qty_milli), net: Number(row.net) });
    }
  }

  /** One upsert in the key's order (call it last in the batch's transaction). */
  async flush(client: Queryable): Promise<void> {
    if (this.rows.size === 0) return;
    const rows = [...this.rows.values()].map((r) => [
      r.month,
      r.producer_code,
      r.sku,
      r.name,
      r.unit,
      r.qty_milli,
      r.net,
    ]);
    await client.query(
      `insert into month_product_totals (month, producer_code, sku, name, unit, qty_milli, net)
       select * from unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[])
       order by 1, 2, 3, 4, 5
       on conflict (month, producer_code, sku, name, unit) do update
         set qty_milli = month_product_totals.qty_milli + excluded.qty_milli,
             net = month_product_totals.net + excluded.net`,
      byColumn(PRODUCT_TOTALS, rows),
    );
    this.rows.clear();
  }
}

/** What one page left: the documents it stored, and those already there (by id or by number). */
export interface PageResult {
  inserted: number;
  again: number;
  differences: number;
}

interface StoredCopy {
  id: string;
  number: string;
  doc_sha256: string;
  batch_id: string;
}

/**
 * Documents not inserted: already stored under their id (a difference when the bytes differ) or
 * their receipt/refund number stored under another id (always a difference, never inserted).
 */
async function flagCopies(
  client: Queryable,
  kind: 'sale' | 'refund',
  batchId: string,
  skipped: readonly { id: string; number: string; device: string; day: string; sha256: string }[],
): Promise<number> {
  if (skipped.length === 0) return 0;
  const [table, numberColumn] = kind === 'sale' ? ['sales', 'receipt_no'] : ['refunds', 'refund_no'];
  const { rows } = await client.query<StoredCopy>(
    `select id, ${numberColumn} as number, doc_sha256, batch_id from ${table}
     where id = any($1::text[]) or ${numberColumn} = any($2::text[])`,
    [skipped.map((s) => s.id), skipped.map((s) => s.number)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  const flagged: unknown[][] = [];
  for (const doc of skipped) {
    const same = byId.get(doc.id);
    if (same) {
      if (same.doc_sha256 !== doc.sha256) {
        flagged.push([
          kind,
          doc.id,
          doc.device,
          doc.day,
          same.batch_id,
          batchId,
          same.doc_sha256,
          doc.sha256,
        ]);
      }
      continue;
    }
    const other = byNumber.get(doc.number);
    if (other) {
      flagged.push([
        kind === 'sale' ? 'receipt_no' : 'refund_no',
        doc.id,
        doc.device,
        doc.day,
        other.batch_id,
        batchId,
        other.doc_sha256,
        doc.sha256,
      ]);
    }
  }
  return recordDifferences(client, flagged);
}

const DIFFERENCES: readonly Column[] = [
  ['kind', 'text'],
  ['doc_id', 'text'],
  ['device', 'text'],
  ['business_day', 'date'],
  ['first_batch_id', 'text'],
  ['other_batch_id', 'text'],
  ['first_sha256', 'text'],
  ['other_sha256', 'text'],
];

async function recordDifferences(client: Queryable, rows: unknown[][]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await client.query(
    `${unnestInsert('copy_differences', DIFFERENCES)} on conflict do nothing`,
    byColumn(DIFFERENCES, rows),
  );
  return result.rowCount;
}

/** One page of sales with their lines and payments; lines and payments only of sales stored now. */
export async function insertSales(
  client: Queryable,
  batchId: string,
  manifest: BatchManifest,
  page: readonly Doc<SaleDoc>[],
  products: ProductTotals,
): Promise<PageResult> {
  const saleRows = page.map(({ doc, sha256 }) => [
    doc.id,
    doc.receiptNo,
    doc.device,
    doc.businessDay,
    doc.seq,
    doc.createdAt,
    doc.cashierName,
    doc.buyer?.name ?? null,
    doc.subtotal,
    doc.lineDiscounts + doc.orderDiscount,
    doc.ppn,
    doc.taxMode,
    doc.rounding,
    doc.total,
    doc.void !== null,
    doc.void?.amount ?? 0,
    doc.void?.reason ?? null,
    batchId,
    sha256,
  ]);
  const { rows } = await client.query<{ id: string }>(
    `${unnestInsert('sales', SALES)} on conflict do nothing returning id`,
    byColumn(SALES, saleRows),
  );
  const stored = new Set(rows.map((r) => r.id));
  const fresh = page.filter(({ doc }) => stored.has(doc.id)).map(({ doc }) => doc);
  const lineRows = fresh.flatMap((sale) =>
    sale.lines.map((line) => {
      const rates = ratesOf(manifest, line.producerCode);
      return [
        sale.id,
        sale.receiptNo,
        line.lineNo,
        sale.device,
        sale.businessDay,
        sale.void !== null,
        line.productId,
        line.sku,
        line.name,
        line.unit,
        line.producerCode,
        line.producerName,
        line.workshopName,
        line.qtyMilli,
        line.unitPrice,
        line.lineTotal,
        line.lineDiscount + line.orderDiscountShare,
        line.ppn,
        line.netTotal,
        rates.pnbpBp,
        rates.premiBp,
        rates.capitalBp,
      ];
    }),
  );
  if (lineRows.length > 0) {
    // The summaries from the lines this statement inserted (a voided sale's lines count as lines,
    // not as money); the month's product sums go back to the batch's ProductTotals.
    const inserted = await client.query<ProductRow>(
      `with ins as (
         ${unnestInsert('sale_lines', SALE_LINES)} on conflict do nothing
         returning device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, net_total, voided,
                   sku, name, unit, qty_milli
       ), days as (
         insert into day_unit_totals
           (device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, sales_net, refunds, lines,
            sale_lines, refund_lines)
         select device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp,
                coalesce(sum(net_total) filter (where not voided), 0), 0, count(*),
                count(*) filter (where not voided), 0
         from ins group by 1, 2, 3, 4, 5, 6
         on conflict (business_day, producer_code, device, pnbp_bp, premi_bp, capital_bp) do update
           set sales_net = day_unit_totals.sales_net + excluded.sales_net,
               lines = day_unit_totals.lines + excluded.lines,
               sale_lines = day_unit_totals.sale_lines + excluded.sale_lines
       )
       select date_trunc('month', business_day)::date as month, producer_code, sku, name, unit,
              sum(qty_milli)::bigint as qty_milli, sum(net_total)::bigint as net
       from ins where not voided group by 1, 2, 3, 4, 5`,
      byColumn(SALE_LINES, lineRows),
    );
    products.add(inserted.rows);
  }
  const paymentRows = fresh.flatMap((sale) =>
    sale.payments.map((p) => [sale.id, p.seq, p.method, p.amount, p.tendered, p.change, p.reference]),
  );
  if (paymentRows.length > 0) {
    await client.query(
      `${unnestInsert('payments', PAYMENTS)} on conflict do nothing`,
      byColumn(PAYMENTS, paymentRows),
    );
  }
  const skipped = page
    .filter(({ doc }) => !stored.has(doc.id))
    .map(({ doc, sha256 }) => ({
      id: doc.id,
      number: doc.receiptNo,
      device: doc.device,
      day: doc.businessDay,
      sha256,
    }));
  return {
    inserted: stored.size,
    again: skipped.length,
    differences: await flagCopies(client, 'sale', batchId, skipped),
  };
}

/** One page of refunds with their lines; the unit's rates are those of this (the refund's) batch. */
export async function insertRefunds(
  client: Queryable,
  batchId: string,
  manifest: BatchManifest,
  page: readonly Doc<RefundDoc>[],
  products: ProductTotals,
): Promise<PageResult> {
  const refundRows = page.map(({ doc, sha256 }) => [
    doc.id,
    doc.refundNo,
    doc.device,
    doc.businessDay,
    doc.seq,
    doc.createdAt,
    doc.saleId,
    doc.saleReceiptNo,
    doc.saleBusinessDay,
    doc.method,
    doc.amount,
    doc.reason,
    doc.approvedBy,
    batchId,
    sha256,
  ]);
  const { rows } = await client.query<{ id: string }>(
    `${unnestInsert('refunds', REFUNDS)} on conflict do nothing returning id`,
    byColumn(REFUNDS, refundRows),
  );
  const stored = new Set(rows.map((r) => r.id));
  const lineRows = page
    .filter(({ doc }) => stored.has(doc.id))
    .flatMap(({ doc }) =>
      doc.lines.map((line, index) => {
        const rates = ratesOf(manifest, line.producerCode);
        return [
          doc.id,
          doc.refundNo,
          index + 1,
          doc.device,
          doc.businessDay,
          line.saleLineNo,
          line.sku,
          line.name,
          line.unit,
          line.producerCode,
          line.qtyMilli,
          line.amount,
          rates.pnbpBp,
          rates.premiBp,
          rates.capitalBp,
        ];
      }),
    );
  if (lineRows.length > 0) {
    const inserted = await client.query<ProductRow>(
      `with ins as (
         ${unnestInsert('refund_lines', REFUND_LINES)} on conflict do nothing
         returning device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, amount,
                   sku, name, unit, qty_milli
       ), days as (
         insert into day_unit_totals
           (device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, sales_net, refunds, lines,
            sale_lines, refund_lines)
         select device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, 0, sum(amount), 0, 0, count(*)
         from ins group by 1, 2, 3, 4, 5, 6
         on conflict (business_day, producer_code, device, pnbp_bp, premi_bp, capital_bp) do update
           set refunds = day_unit_totals.refunds + excluded.refunds,
               refund_lines = day_unit_totals.refund_lines + excluded.refund_lines
       )
       select date_trunc('month', business_day)::date as month, producer_code, sku, name, unit,
              (-sum(qty_milli))::bigint as qty_milli, (-sum(amount))::bigint as net
       from ins group by 1, 2, 3, 4, 5`,
      byColumn(REFUND_LINES, lineRows),
    );
    products.add(inserted.rows);
  }
  const skipped = page
    .filter(({ doc }) => !stored.has(doc.id))
    .map(({ doc, sha256 }) => ({
      id: doc.id,
      number: doc.refundNo,
      device: doc.device,
      day: doc.businessDay,
      sha256,
    }));
  return {
    inserted: stored.size,
    again: skipped.length,
    differences: await flagCopies(client, 'refund', batchId, skipped),
  };
}

/** Keyed documents (Z reports, shifts): stored once per key; a copy with other bytes is flagged. */
async function insertKeyed(
  client: Queryable,
  batchId: string,
  options: {
    table: string;
    columns: readonly Column[];
    key: string;
    kind: 'z_report' | 'shift';
    rows: unknown[][];
    keys: { key: number; docId: string; device: string; day: string; sha256: string }[];
  },
): Promise<PageResult> {
  if (options.rows.length === 0) return { inserted: 0, again: 0, differences: 0 };
  const { rows } = await client.query<{ key: number }>(
    `${unnestInsert(options.table, options.columns)} on conflict do nothing returning ${options.key} as key`,
    byColumn(options.columns, options.rows),
  );
  const stored = new Set(rows.map((r) => r.key));
  const skipped = options.keys.filter((k) => !stored.has(k.key));
  if (skipped.length === 0) return { inserted: stored.size, again: 0, differences: 0 };
  const device = skipped[0]?.device ?? '';
  const { rows: there } = await client.query<{ key: number; doc_sha256: string; batch_id: string }>(
    `select ${options.key} as key, doc_sha256, batch_id from ${options.table} where device = $1 and ${options.key} = any($2::int[])`,
    [device, skipped.map((k) => k.key)],
  );
  const byKey = new Map(there.map((r) => [r.key, r]));
  const flagged = skipped.flatMap((k) => {
    const first = byKey.get(k.key);
    return first && first.doc_sha256 !== k.sha256
      ? [[options.kind, k.docId, k.device, k.day, first.batch_id, batchId, first.doc_sha256, k.sha256]]
      : [];
  });
  return {
    inserted: stored.size,
    again: skipped.length,
    differences: await recordDifferences(client, flagged),
  };
}

/** The batch's Z reports; a re-exported day whose Z differs from its first copy is flagged. */
export function insertZReports(client: Queryable, batchId: string, docs: readonly Doc<ZReportDoc>[]) {
  return insertKeyed(client, batchId, {
    table: 'z_reports',
    columns: Z_REPORTS,
    key: 'z_no',
    kind: 'z_report',
    rows: docs.map(({ doc, sha256 }) => [
      doc.device,
      doc.zNo,
      doc.businessDay,
      doc.closedAt,
      doc.closedBy,
      doc.report.salesCount,
      doc.report.net,
      JSON.stringify(doc.report),
      batchId,
      sha256,
    ]),
    keys: docs.map(({ doc, sha256 }) => ({
      key: doc.zNo,
      docId: `${doc.device}/Z${doc.zNo}`,
      device: doc.device,
      day: doc.businessDay,
      sha256,
    })),
  });
}

export function insertShifts(client: Queryable, batchId: string, docs: readonly Doc<ShiftDoc>[]) {
  return insertKeyed(client, batchId, {
    table: 'shifts',
    columns: SHIFTS,
    key: 'id',
    kind: 'shift',
    rows: docs.map(({ doc, sha256 }) => [
      doc.device,
      doc.id,
      doc.businessDay,
      JSON.stringify(doc),
      batchId,
      sha256,
    ]),
    keys: docs.map(({ doc, sha256 }) => ({
      key: doc.id,
      docId: `${doc.device}/shift ${doc.id}`,
      device: doc.device,
      day: doc.businessDay,
      sha256,
    })),
  });
}
