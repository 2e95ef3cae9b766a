// The figures of one unit's statement for a period, read from what the tills sent: sales lines by
// their business day (a voided sale counts nowhere), refund lines by the day the money went back,
// each at the rates of the batch that first brought it. The net of each set of rates is split once
// with the merge's rule (`splitProceeds`), so `karya batch merge` of the same batches gives the
// same figures, and the net equals the sum of the tills' Z reports for the unit.

import { createHash } from 'node:crypto';
import { splitProceeds } from '../../../shared/batch/totals';
import type { Queryable } from '../../db/types';
import type {
  SplitRates,
  StatementDeviceRow,
  StatementFigures,
  StatementGroup,
  StatementLine,
  StatementTotals,
} from './statementModel';

export interface StatementPeriod {
  unit: string;
  from: string;
  to: string;
}

interface GroupRow {
  pnbp_bp: number;
  premi_bp: number;
  capital_bp: number;
  gross: number;
  refunds: number;
  sale_lines: number;
  refund_lines: number;
}

/**
 * Totals per set of rates, from the summary the ingest keeps (`day_unit_totals`, filled in the
 * same statement that inserted the lines): one range of its `day_unit_totals_unit_day` index,
 * whatever the number of lines. A set of rates with no line that counts is left out, as a unit's
 * device with none is below. The plan is checked in a test; the sums against the lines too.
 */
export const GROUPS_SQL = `
select pnbp_bp, premi_bp, capital_bp,
       sum(sales_net)::bigint as gross, sum(refunds)::bigint as refunds,
       sum(sale_lines)::int as sale_lines, sum(refund_lines)::int as refund_lines
from day_unit_totals
where producer_code = $1 and business_day between $2 and $3
group by pnbp_bp, premi_bp, capital_bp
having sum(sale_lines) + sum(refund_lines) > 0
order by pnbp_bp, premi_bp, capital_bp`;

const DEVICES_SQL = `
select device, sum(sales_net)::bigint as gross, sum(refunds)::bigint as refunds,
       count(distinct business_day) filter (where sale_lines > 0)::int as days
from day_unit_totals
where producer_code = $1 and business_day between $2 and $3
group by device
having sum(sale_lines) + sum(refund_lines) > 0
order by device`;

// Every line in one total order: business day, document number byte by byte, line number. A
// sale's receipt and a refund's number never collide (`BTH1-…` against `BTH1-R-…`). Each half
// reads its unit index (`sale_lines_unit_doc`, `refund_lines_unit_doc`), which holds this order;
// a page stops each half after offset + limit lines (PostgreSQL does not merge a UNION ALL of
// filtered halves by itself: each half orders and cuts its own). The refund's sale number and the
// batches are joined to the lines chosen, not to the whole period.
function linesSql(paged: boolean): string {
  const cut = paged ? ' limit ($4::int + $5::int)' : '';
  return `
with chosen as (
  select * from (
    (select 'sale'::text as kind, business_day, device, receipt_no as document_no, sale_id as document_id,
            line_no, sku, name, unit, qty_milli, net_total as amount, pnbp_bp, premi_bp, capital_bp
       from sale_lines
      where producer_code = $1 and business_day between $2 and $3 and not voided
      order by business_day, receipt_no collate "C", line_no${cut})
    union all
    (select 'refund'::text, business_day, device, refund_no, refund_id,
            line_no, sku, name, unit, qty_milli, -amount, pnbp_bp, premi_bp, capital_bp
       from refund_lines
      where producer_code = $1 and business_day between $2 and $3
      order by business_day, refund_no collate "C", line_no${cut})
  ) lines
  order by business_day, document_no collate "C", line_no${paged ? ' limit $4 offset $5' : ''}
)
select c.kind, c.business_day, c.device, c.document_no, r.sale_receipt_no, c.line_no, c.sku, c.name, c.unit,
       c.qty_milli, c.amount, c.pnbp_bp, c.premi_bp, c.capital_bp, coalesce(s.batch_id, r.batch_id) as batch_id
from chosen c
left join sales s on c.kind = 'sale' and s.id = c.document_id
left join refunds r on c.kind = 'refund' and r.id = c.document_id
order by c.business_day, c.document_no collate "C", c.line_no`;
}

/** One page of lines: `$4` lines after the first `$5`. */
export const LINES_PAGE_SQL = linesSql(true);
const LINES_SQL = linesSql(false);

interface LineRow {
  kind: 'sale' | 'refund';
  business_day: string;
  device: string;
  document_no: string;
  sale_receipt_no: string | null;
  line_no: number;
  sku: string;
  name: string;
  unit: string;
  qty_milli: number;
  amount: number;
  pnbp_bp: number;
  premi_bp: number;
  capital_bp: number;
  batch_id: string;
}

function lineOf(r: LineRow): StatementLine {
  return {
    kind: r.kind,
    businessDay: r.business_day,
    device: r.device,
    documentNo: r.document_no,
    saleReceiptNo: r.sale_receipt_no,
    lineNo: r.line_no,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    qtyMilli: r.qty_milli,
    amount: r.amount,
    rates: { pnbpBp: r.pnbp_bp, premiBp: r.premi_bp, capitalBp: r.capital_bp },
  };
}

/** One page of the lines in the statement's order, for the page (the files hold them all). */
export async function statementLines(
  db: Queryable,
  period: StatementPeriod,
  page: { offset: number; limit: number },
): Promise<StatementLine[]> {
  const { rows } = await db.query<LineRow>(LINES_PAGE_SQL, [
    period.unit,
    period.from,
    period.to,
    page.limit,
    page.offset,
  ]);
  return rows.map(lineOf);
}

/** The name the unit's newest line in the period carried (the tills print the same name). */
const UNIT_NAME_SQL = `
select producer_name from sale_lines
where producer_code = $1 and business_day between $2 and $3
order by business_day desc, sale_id desc limit 1`;

function group(row: GroupRow): StatementGroup {
  const rates: SplitRates = {
    pnbpBp: row.pnbp_bp,
    premiBp: row.premi_bp,
    capitalBp: row.capital_bp,
  };
  const net = row.gross - row.refunds;
  return {
    rates,
    gross: row.gross,
    refunds: row.refunds,
    net,
    ...splitProceeds(net, rates),
    lines: row.sale_lines + row.refund_lines,
  };
}

function totalsOf(groups: readonly StatementGroup[], rows: readonly GroupRow[]): StatementTotals {
  const sum = (pick: (g: StatementGroup) => number) => groups.reduce((s, g) => s + pick(g), 0);
  return {
    gross: sum((g) => g.gross),
    refunds: sum((g) => g.refunds),
    net: sum((g) => g.net),
    pnbp: sum((g) => g.pnbp),
    premi: sum((g) => g.premi),
    capital: sum((g) => g.capital),
    saleLines: rows.reduce((s, r) => s + r.sale_lines, 0),
    refundLines: rows.reduce((s, r) => s + r.refund_lines, 0),
  };
}

/** The totals, per rate and per device, without the lines: what the page shows first. */
export async function statementSummary(db: Queryable, period: StatementPeriod) {
  const params = [period.unit, period.from, period.to];
  const groupRows = (await db.query<GroupRow>(GROUPS_SQL, params)).rows;
  const groups = groupRows.map(group);
  const devices = (await db.query<StatementDeviceRow>(DEVICES_SQL, params)).rows.map((d) => ({
    device: d.device,
    gross: d.gross,
    refunds: d.refunds,
    net: d.gross - d.refunds,
    days: d.days,
  }));
  const name = (await db.query<{ producer_name: string }>(UNIT_NAME_SQL, params)).rows[0]?.producer_name;
  return {
    unit: { code: period.unit, name: name ?? period.unit },
    period: { from: period.from, to: period.to },
    groups,
    devices,
    totals: totalsOf(groups, groupRows),
  };
}

/** SHA-256 over the sorted `batch id:manifest SHA-256` lines of the batches the lines came in. */
export function inputsHash(batches: readonly { id: string; manifest_sha256: string }[]): string {
  const text = [...batches]
    .map((b) => `${b.id}:${b.manifest_sha256}\n`)
    .sort()
    .join('');
  return createHash('sha256').update(text).digest('hex');
}

/** Everything a statement holds, lines and inputs included. */
export async function statementFigures(db: Queryable, period: StatementPeriod): Promise<StatementFigures> {
  const summary = await statementSummary(db, period);
  const rows = (await db.query<LineRow>(LINES_SQL, [period.unit, period.from, period.to])).rows;
  const lines = rows.map(lineOf);
  const batchIds = [...new Set(rows.map((r) => r.batch_id))];
  const batches = batchIds.length
    ? (
        await db.query<{ id: string; manifest_sha256: string }>(
          'select id, manifest_sha256 from batches where id = any($1::text[])',
          [batchIds],
        )
      ).rows
    : [];
  return {
    ...summary,
    lines,
    inputsSha256: inputsHash(batches),
    batches: batches.length,
  };
}
