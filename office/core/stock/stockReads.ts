// The office's stock reads, from the summary stock_day_totals (one row per device, location,
// product, business day and kind of move). Quantities are milli-units; values whole rupiah, each
// move valued at its own cost and price when it was stored (docs/office.md).
import type { Consignment, ConsignmentFlow, StockOnHand, StockUnits } from '../../../shared/office/stock';
import type { Queryable } from '../../db/types';

/** On hand per device, location and product: every move up to the end of `asOf` (all when absent). */
export async function stockOnHand(q: Queryable, asOf: string | null): Promise<StockOnHand> {
  const { rows } = await q.query<{
    device: string;
    location_code: string;
    location_name: string;
    producer_code: string;
    sku: string;
    name: string;
    unit: string;
    qty: string | number;
  }>(
    `select device, location_code, producer_code, sku,
            (array_agg(location_name order by business_day desc))[1] as location_name,
            (array_agg(name order by business_day desc))[1] as name,
            (array_agg(unit order by business_day desc))[1] as unit,
            sum(qty_milli) as qty
     from stock_day_totals where $1::date is null or business_day <= $1::date
     group by device, location_code, producer_code, sku
     having sum(qty_milli) <> 0
     order by device, location_code, producer_code, sku`,
    [asOf],
  );
  return {
    asOf,
    rows: rows.map((r) => ({
      device: r.device,
      locationCode: r.location_code,
      locationName: r.location_name,
      producerCode: r.producer_code,
      sku: r.sku,
      name: r.name,
      unit: r.unit,
      qtyMilli: Number(r.qty),
    })),
  };
}

type FlowName = 'sentOut' | 'sold' | 'refunded' | 'returned' | 'adjusted' | 'short';
const FLOWS: readonly FlowName[] = ['sentOut', 'sold', 'refunded', 'returned', 'adjusted', 'short'];
/** The flows and the closing, as the statement's totals sum them. */
const VALUED = [...FLOWS, 'remaining'] as const;

/** The units whose goods the stored moves carry (named as the newest move named them), and their days. */
export async function stockUnits(q: Queryable): Promise<StockUnits> {
  const { rows } = await q.query<{ code: string; name: string }>(
    `select producer_code as code,
            (array_agg(producer_name order by business_day desc, created_at desc, id desc))[1] as name
     from stock_moves group by producer_code order by producer_code`,
  );
  const span = (
    await q.query<{ first: string | null; last: string | null }>(
      `select to_char(min(business_day), 'YYYY-MM-DD') as first, to_char(max(business_day), 'YYYY-MM-DD') as last
       from stock_day_totals`,
    )
  ).rows[0];
  return { units: rows, firstDay: span?.first ?? null, lastDay: span?.last ?? null };
}

/** `round(milli × perUnit / 1000)`, half away from zero, as the ingest values each move. */
const moveValue = (milli: number, perUnit: number) =>
  Math.sign(milli) * Math.round((Math.abs(milli) * perUnit) / 1000);

/**
 * Which kind of move makes each flow, and its sign: sold, returned and short are shown positive for
 * goods gone (a sale or a return to the unit is negative at its location; a count below what was
 * expected is negative). Transfers and event sends and returns move goods between the unit's own
 * locations and add up to nothing across them; they change the closing per location, not the
 * statement's flows.
 */
const FLOW_OF: Partial<Record<string, { flow: FlowName; sign: 1 | -1 }>> = {
  receive: { flow: 'sentOut', sign: 1 },
  sale: { flow: 'sold', sign: -1 },
  refund: { flow: 'refunded', sign: 1 },
  unit_return: { flow: 'returned', sign: -1 },
  adjust: { flow: 'adjusted', sign: 1 },
  count: { flow: 'short', sign: -1 },
};

const emptyFlow = (): ConsignmentFlow => ({ qtyMilli: 0, costValue: 0, priceValue: 0, uncosted: 0 });

/** A unit's consignment statement for `from`..`to` (business days), across every till. */
export async function consignmentStatement(
  q: Queryable,
  period: { unit: string; from: string; to: string },
): Promise<Consignment> {
  const { rows } = await q.query<{
    sku: string;
    kind: string | null;
    name: string;
    unit: string;
    before: string | number;
    qty: string | number;
    cost: string | number;
    price: string | number;
    uncosted: string | number;
  }>(
    `select sku, kind, (array_agg(name order by business_day desc))[1] as name,
            (array_agg(unit order by business_day desc))[1] as unit,
            coalesce(sum(qty_milli) filter (where business_day < $2::date), 0) as before,
            coalesce(sum(qty_milli) filter (where business_day between $2::date and $3::date), 0) as qty,
            coalesce(sum(cost_value) filter (where business_day between $2::date and $3::date), 0) as cost,
            coalesce(sum(price_value) filter (where business_day between $2::date and $3::date), 0) as price,
            coalesce(sum(uncosted) filter (where business_day between $2::date and $3::date), 0) as uncosted
     from stock_day_totals where producer_code = $1 and business_day <= $3::date
     group by sku, kind order by sku, kind`,
    [period.unit, period.from, period.to],
  );
  const products = new Map<string, Consignment['products'][number]>();
  for (const r of rows) {
    let product = products.get(r.sku);
    if (!product) {
      product = {
        sku: r.sku,
        name: r.name,
        unit: r.unit,
        openingMilli: 0,
        closingMilli: 0,
        sentOut: emptyFlow(),
        sold: emptyFlow(),
        refunded: emptyFlow(),
        returned: emptyFlow(),
        adjusted: emptyFlow(),
        short: emptyFlow(),
        remaining: emptyFlow(),
      };
      products.set(r.sku, product);
    }
    product.openingMilli += Number(r.before);
    product.closingMilli += Number(r.before) + Number(r.qty);
    const to = r.kind === null ? undefined : FLOW_OF[r.kind];
    if (!to) continue;
    const flow = product[to.flow];
    flow.qtyMilli += to.sign * Number(r.qty);
    flow.costValue += to.sign * Number(r.cost);
    flow.priceValue += to.sign * Number(r.price);
    flow.uncosted += Number(r.uncosted);
  }
  // The closing valued at the last cost and price a move of each product carried up to `to`.
  const last = await q.query<{
    sku: string;
    unit_cost: string | number | null;
    unit_price: string | number | null;
  }>(
    `select distinct on (sku) sku, unit_cost, unit_price from stock_moves
     where producer_code = $1 and business_day <= $2::date
     order by sku, business_day desc, created_at desc, move_no desc, id desc`,
    [period.unit, period.to],
  );
  const lastOf = new Map(last.rows.map((r) => [r.sku, r]));
  for (const product of products.values()) {
    const at = lastOf.get(product.sku);
    const remaining = product.remaining;
    remaining.qtyMilli = product.closingMilli;
    remaining.priceValue =
      at?.unit_price == null ? 0 : moveValue(product.closingMilli, Number(at.unit_price));
    if (at?.unit_cost == null) remaining.uncosted = product.closingMilli === 0 ? 0 : 1;
    else remaining.costValue = moveValue(product.closingMilli, Number(at.unit_cost));
  }
  const list = [...products.values()].filter(
    (p) => p.openingMilli !== 0 || p.closingMilli !== 0 || FLOWS.some((f) => p[f].qtyMilli !== 0),
  );
  const totals = Object.fromEntries(
    VALUED.map((f) => [
      f,
      {
        costValue: list.reduce((sum, p) => sum + p[f].costValue, 0),
        priceValue: list.reduce((sum, p) => sum + p[f].priceValue, 0),
      },
    ]),
  ) as Consignment['totals'];
  const unitName =
    (
      await q.query<{ name: string }>(
        `select producer_name as name from stock_moves where producer_code = $1
         order by business_day desc, created_at desc, id desc limit 1`,
        [period.unit],
      )
    ).rows[0]?.name ?? null;
  return { unit: period.unit, unitName, from: period.from, to: period.to, products: list, totals };
}
