// Finding a receipt or a refund among every device's. An exact number is one lookup in the unique
// index on sales.receipt_no or refunds.refund_no. The start of a number must name a device (receipt
// numbers are DEVICE-YYYYMMDD-NNNN, refunds R-DEVICE-YYYYMMDD-NNNN), so a search by it walks that
// device's sales newest day first through sales (device, business_day) and stops at the limit; it
// never scans every device's receipts.
import { FIND_LIMIT, type FoundDocument } from '../../../shared/office/find';
import type { Queryable } from '../../db/types';
import { isoOf } from '../context';

/** `$1` the number as typed (upper case). */
export const FIND_SALE_SQL = 'select id from sales where receipt_no = $1';
export const FIND_REFUND_SQL = 'select id from refunds where refund_no = $1';

/** A number's start → its kind and device, or null when it does not name a whole device code. */
export function prefixOf(text: string): { kind: 'sale' | 'refund'; device: string } | null {
  const refund = /^R-([A-Z0-9]{2,8})-/.exec(text);
  if (refund?.[1]) return { kind: 'refund', device: refund[1] };
  const sale = /^([A-Z0-9]{2,8})-/.exec(text);
  if (sale?.[1]) return { kind: 'sale', device: sale[1] };
  return null;
}

async function ids(q: Queryable, sql: string, params: unknown[]): Promise<string[]> {
  return (await q.query<{ id: string }>(sql, params)).rows.map((r) => r.id);
}

export async function findDocuments(
  q: Queryable,
  text: string,
): Promise<{
  text: string;
  exact: boolean;
  documents: FoundDocument[];
  more: boolean;
}> {
  const saleIds = await ids(q, FIND_SALE_SQL, [text]);
  const refundIds = await ids(q, FIND_REFUND_SQL, [text]);
  if (saleIds.length + refundIds.length > 0) {
    return {
      text,
      exact: true,
      documents: await documentsOf(q, saleIds, refundIds),
      more: false,
    };
  }
  const prefix = prefixOf(text);
  if (!prefix) return { text, exact: false, documents: [], more: false };
  const found =
    prefix.kind === 'sale'
      ? await ids(
          q,
          `select id from sales where device = $1 and receipt_no like $2
            order by business_day desc, receipt_no desc limit $3`,
          [prefix.device, `${text}%`, FIND_LIMIT + 1],
        )
      : await ids(
          q,
          `select id from refunds where device = $1 and refund_no like $2
            order by business_day desc, refund_no desc limit $3`,
          [prefix.device, `${text}%`, FIND_LIMIT + 1],
        );
  const shown = found.slice(0, FIND_LIMIT);
  const documents =
    prefix.kind === 'sale' ? await documentsOf(q, shown, []) : await documentsOf(q, [], shown);
  return { text, exact: false, documents, more: found.length > FIND_LIMIT };
}

interface BatchRow {
  batch_id: string;
  batch_seq: number;
  batch_received_at: unknown;
}

const batchOf = (r: BatchRow) => ({
  id: r.batch_id,
  seq: r.batch_seq,
  receivedAt: isoOf(r.batch_received_at),
});

/** The sales and refunds with these ids, with their lines, batch and related numbers, newest first. */
async function documentsOf(q: Queryable, saleIds: string[], refundIds: string[]): Promise<FoundDocument[]> {
  const documents: FoundDocument[] = [];
  if (saleIds.length > 0) {
    const { rows: sales } = await q.query<
      BatchRow & {
        id: string;
        receipt_no: string;
        device: string;
        business_day: string;
        created_at: unknown;
        total: number;
        voided: boolean;
        void_reason: string | null;
        cashier_name: string | null;
      }
    >(
      `select s.id, s.receipt_no, s.device, s.business_day, s.created_at, s.total, s.voided, s.void_reason,
              s.cashier_name, b.id as batch_id, b.seq as batch_seq, b.received_at as batch_received_at
         from sales s join batches b on b.id = s.batch_id where s.id = any($1::text[])`,
      [saleIds],
    );
    const { rows: lines } = await q.query<{
      sale_id: string;
      line_no: number;
      sku: string;
      name: string;
      unit: string;
      producer_code: string;
      qty_milli: number;
      unit_price: number;
      net_total: number;
      voided: boolean;
    }>(
      `select sale_id, line_no, sku, name, unit, producer_code, qty_milli, unit_price, net_total, voided
         from sale_lines where sale_id = any($1::text[]) order by sale_id, line_no`,
      [saleIds],
    );
    const { rows: refunds } = await q.query<{
      sale_id: string;
      refund_no: string;
    }>('select sale_id, refund_no from refunds where sale_id = any($1::text[]) order by refund_no', [
      saleIds,
    ]);
    for (const s of sales) {
      documents.push({
        kind: 'sale',
        number: s.receipt_no,
        id: s.id,
        device: s.device,
        businessDay: s.business_day,
        createdAt: isoOf(s.created_at),
        amount: Number(s.total),
        voided: s.voided,
        cashier: s.cashier_name,
        related: refunds.filter((r) => r.sale_id === s.id).map((r) => r.refund_no),
        reason: s.void_reason,
        batch: batchOf(s),
        lines: lines
          .filter((l) => l.sale_id === s.id)
          .map((l) => ({
            lineNo: l.line_no,
            sku: l.sku,
            name: l.name,
            unit: l.unit,
            producerCode: l.producer_code,
            qtyMilli: Number(l.qty_milli),
            unitPrice: Number(l.unit_price),
            amount: Number(l.net_total),
            voided: l.voided,
          })),
      });
    }
  }
  if (refundIds.length > 0) {
    const { rows: refunds } = await q.query<
      BatchRow & {
        id: string;
        refund_no: string;
        device: string;
        business_day: string;
        created_at: unknown;
        amount: number;
        sale_receipt_no: string;
        reason: string;
        approved_by: string;
      }
    >(
      `select r.id, r.refund_no, r.device, r.business_day, r.created_at, r.amount, r.sale_receipt_no, r.reason,
              r.approved_by, b.id as batch_id, b.seq as batch_seq, b.received_at as batch_received_at
         from refunds r join batches b on b.id = r.batch_id where r.id = any($1::text[])`,
      [refundIds],
    );
    const { rows: lines } = await q.query<{
      refund_id: string;
      line_no: number;
      sku: string;
      name: string;
      unit: string;
      producer_code: string;
      qty_milli: number;
      amount: number;
    }>(
      `select refund_id, line_no, sku, name, unit, producer_code, qty_milli, amount
         from refund_lines where refund_id = any($1::text[]) order by refund_id, line_no`,
      [refundIds],
    );
    for (const r of refunds) {
      documents.push({
        kind: 'refund',
        number: r.refund_no,
        id: r.id,
        device: r.device,
        businessDay: r.business_day,
        createdAt: isoOf(r.created_at),
        amount: Number(r.amount),
        voided: false,
        cashier: r.approved_by,
        related: [r.sale_receipt_no],
        reason: r.reason,
        batch: batchOf(r),
        lines: lines
          .filter((l) => l.refund_id === r.id)
          .map((l) => ({
            lineNo: l.line_no,
            sku: l.sku,
            name: l.name,
            unit: l.unit,
            producerCode: l.producer_code,
            qtyMilli: Number(l.qty_milli),
            unitPrice: null,
            amount: Number(l.amount),
            voided: false,
          })),
      });
    }
  }
  return documents.sort((a, b) =>
    a.businessDay === b.businessDay ? (a.number < b.number ? 1 : -1) : a.businessDay < b.businessDay ? 1 : -1,
  );
}
