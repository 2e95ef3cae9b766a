// The office's stock reads, from the summary stock_day_totals (one row per device, location,
// product, business day and kind of move). Quantities are milli-units; values whole rupiah, each
// move valued at its own cost and price when it was stored (docs/office.md).
import type { Consignment, ConsignmentFlow, StockOnHand } from '../../../shared/office/stock';
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

/**
 * Which kind of move makes each flow, and its sign: sold and short are shown positive for goods
 * gone (a sale move is negative at its location; a count below what was expected is negative).
 * Transfers and event sends and returns move goods between the unit's own locations and add up to
 * nothing across them; they change the closing per location, not the statement's flows. The till
 * has no move for goods given back to a unit yet, so `returned` stays 0 (a booth books that today
 * as a negative adjustment, which shows under adjusted).
 */
const FLOW_OF: Partial<Record<string, { flow: FlowName; sign: 1 | -1 }>> = {
  receive: { flow: 'sentOut', sign: 1 },
  sale: { flow: 'sold', sign: -1 },
  refund: { flow: 'refunded', sign: 1 },
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
  const list = [...products.values()].filter(
    (p) => p.openingMilli !== 0 || p.closingMilli !== 0 || FLOWS.some((f) => p[f].qtyMilli !== 0),
  );
  const totals = Object.fromEntries(
    FLOWS.map((f) => [
      f,
      {
        costValue: list.reduce((sum, p) => sum + p[f].costValue, 0),
        priceValue: list.reduce((sum, p) => sum + p[f].priceValue, 0),
      },
    ]),
  ) as Consignment['totals'];
  return { unit: period.unit, from: period.from, to: period.to, products: list, totals };
}
