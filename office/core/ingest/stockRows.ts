// The stock moves of a batch (format version 4) to rows, a page at a time, like the sales
// (rows.ts): one `INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING`, and the day summary added
// to from what that statement actually inserted, in the same statement. A move already stored
// (a re-export, the same batch again) is left as it is: the first copy stays. Copies are not
// compared: a non-sale move names its product as the till's catalogue did at export, which may
// have changed between two exports of the same day.
import type { StockMoveDoc } from '../../../shared/batch/format';
import type { Queryable } from '../../db/types';
import type { Doc, PageResult } from './rows';

type Column = readonly [name: string, type: string];

const STOCK_MOVES: readonly Column[] = [
  ['id', 'text'],
  ['device', 'text'],
  ['move_no', 'bigint'],
  ['op_id', 'text'],
  ['kind', 'text'],
  ['business_day', 'date'],
  ['z_no', 'int'],
  ['created_at', 'timestamptz'],
  ['user_name', 'text'],
  ['location_id', 'int'],
  ['location_code', 'text'],
  ['location_name', 'text'],
  ['location_kind', 'text'],
  ['qty_milli', 'bigint'],
  ['product_id', 'int'],
  ['sku', 'text'],
  ['name', 'text'],
  ['unit', 'text'],
  ['sold_by_weight', 'boolean'],
  ['producer_code', 'text'],
  ['producer_name', 'text'],
  ['workshop_id', 'int'],
  ['workshop_name', 'text'],
  ['unit_cost', 'bigint'],
  ['unit_price', 'bigint'],
  ['reference', 'text'],
  ['reason', 'text'],
  ['received_from', 'text'],
  ['batch_code', 'text'],
  ['expires_on', 'date'],
  ['sale_id', 'text'],
  ['sale_line_no', 'int'],
  ['batch_id', 'text'],
  ['doc_sha256', 'text'],
];

const names = STOCK_MOVES.map(([name]) => name).join(', ');
const arrays = STOCK_MOVES.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');

/**
 * Value of a move in whole rupiah: its quantity (milli-units) at its own cost or price per unit,
 * rounded half away from zero per move (numeric round), so an 0.25 kg move of Rp 30,000/kg is
 * Rp 7,500 whatever else moved that day.
 */
const value = (perUnit: string) => `coalesce(round(qty_milli::numeric * ${perUnit} / 1000), 0)::bigint`;

const INSERT = `
  with ins as (
    insert into stock_moves (${names}) select * from unnest(${arrays})
    on conflict do nothing
    returning device, location_code, location_name, producer_code, sku, name, unit, business_day, kind,
              qty_milli, unit_cost, unit_price, move_no
  ), latest as (
    -- The names of the latest move of each key in this page: what the summary shows.
    select distinct on (producer_code, sku, device, location_code, business_day, kind)
           producer_code, sku, device, location_code, business_day, kind, location_name, name, unit
    from ins order by producer_code, sku, device, location_code, business_day, kind, move_no desc
  ), sums as (
    select producer_code, sku, device, location_code, business_day, kind,
           sum(qty_milli)::bigint as qty_milli, sum(${value('unit_cost')})::bigint as cost_value,
           sum(${value('unit_price')})::bigint as price_value,
           count(*) filter (where unit_cost is null)::int as uncosted, count(*)::int as moves
    from ins group by 1, 2, 3, 4, 5, 6
  ), summed as (
  insert into stock_day_totals (producer_code, sku, device, location_code, business_day, kind, location_name,
                                name, unit, qty_milli, cost_value, price_value, uncosted, moves)
  select s.producer_code, s.sku, s.device, s.location_code, s.business_day, s.kind, l.location_name, l.name,
         l.unit, s.qty_milli, s.cost_value, s.price_value, s.uncosted, s.moves
  from sums s join latest l using (producer_code, sku, device, location_code, business_day, kind)
  order by 1, 2, 3, 4, 5, 6
  on conflict (producer_code, sku, device, location_code, business_day, kind) do update
    set qty_milli = stock_day_totals.qty_milli + excluded.qty_milli,
        cost_value = stock_day_totals.cost_value + excluded.cost_value,
        price_value = stock_day_totals.price_value + excluded.price_value,
        uncosted = stock_day_totals.uncosted + excluded.uncosted,
        moves = stock_day_totals.moves + excluded.moves,
        location_name = excluded.location_name, name = excluded.name, unit = excluded.unit
  )
  select count(*)::int as inserted from ins`;

/** Stores a page of stock.jsonl; a move stored before is counted in `again`. */
export async function insertStockMoves(
  client: Queryable,
  batchId: string,
  page: readonly Doc<StockMoveDoc>[],
): Promise<PageResult> {
  if (page.length === 0) return { inserted: 0, again: 0, differences: 0 };
  const rows = page.map(({ doc, sha256 }) => [
    doc.id,
    doc.device,
    doc.moveNo,
    doc.opId,
    doc.kind,
    doc.businessDay,
    doc.zNo,
    doc.createdAt,
    doc.userName,
    doc.location.id,
    doc.location.code,
    doc.location.name,
    doc.location.kind,
    doc.qtyMilli,
    doc.product.productId,
    doc.product.sku,
    doc.product.name,
    doc.product.unit,
    doc.product.soldByWeight,
    doc.product.producerCode,
    doc.product.producerName,
    doc.product.workshopId,
    doc.product.workshopName,
    doc.unitCost,
    doc.unitPrice,
    doc.reference,
    doc.reason,
    doc.receivedFrom,
    doc.batch?.code ?? null,
    doc.batch?.expiresOn ?? null,
    doc.saleId,
    doc.saleLineNo,
    batchId,
    sha256,
  ]);
  const columns = STOCK_MOVES.map((_, i) => rows.map((row) => row[i] ?? null));
  const { rows: result } = await client.query<{ inserted: number }>(INSERT, columns);
  const inserted = Number(result[0]?.inserted ?? 0);
  return { inserted, again: page.length - inserted, differences: 0 };
}

/** The day summary again from the stored moves (a check, and a repair). */
export const STOCK_DAY_TOTALS_SQL = `
  insert into stock_day_totals (producer_code, sku, device, location_code, business_day, kind, location_name,
                                name, unit, qty_milli, cost_value, price_value, uncosted, moves)
  select producer_code, sku, device, location_code, business_day, kind,
         (array_agg(location_name order by move_no desc))[1], (array_agg(name order by move_no desc))[1],
         (array_agg(unit order by move_no desc))[1], sum(qty_milli)::bigint,
         sum(${value('unit_cost')})::bigint, sum(${value('unit_price')})::bigint,
         (count(*) filter (where unit_cost is null))::int, count(*)::int
  from stock_moves group by 1, 2, 3, 4, 5, 6`;
