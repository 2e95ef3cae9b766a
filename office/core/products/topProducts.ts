// The best-selling products of each producing unit (UPT) in a month, by net, from the summary
// month_product_totals (its key leads with the month: one month is one index range).
import type { TopProducts } from '../../../shared/office/products';
import type { Queryable } from '../../db/types';
import { monthBounds, monthsHeld, officeToday } from '../overview/officeDays';
import { unitNames } from '../overview/unitNames';

/** `$1` the month's first day, `$2` how many per unit. */
export const TOP_PRODUCTS_SQL = `select producer_code, sku, name, unit, qty_milli, net, unit_net
    from (select producer_code, sku, name, unit, qty_milli, net,
                 sum(net) over (partition by producer_code) as unit_net,
                 row_number() over (partition by producer_code order by net desc, qty_milli desc, sku, name, unit) as rank
            from month_product_totals where month = $1) ranked
   where rank <= $2
   order by unit_net desc, producer_code, rank`;

export async function topProductsOf(
  q: Queryable,
  now: Date,
  options: { month?: string; limit: number },
): Promise<TopProducts> {
  const month = options.month ?? officeToday(now).slice(0, 7);
  const bounds = monthBounds(month);
  const { rows } = await q.query<{
    producer_code: string;
    sku: string;
    name: string;
    unit: string;
    qty_milli: number;
    net: number;
    unit_net: number;
  }>(TOP_PRODUCTS_SQL, [bounds.first, options.limit]);
  const codes = [...new Set(rows.map((r) => r.producer_code))];
  const names = await unitNames(q, codes, {
    from: bounds.first,
    to: bounds.last,
  });
  const units: TopProducts['units'] = [];
  for (const row of rows) {
    let unit = units.at(-1);
    if (unit?.code !== row.producer_code) {
      unit = {
        code: row.producer_code,
        name: names.get(row.producer_code) ?? row.producer_code,
        net: Number(row.unit_net),
        products: [],
      };
      units.push(unit);
    }
    unit.products.push({
      sku: row.sku,
      name: row.name,
      unit: row.unit,
      qtyMilli: Number(row.qty_milli),
      net: Number(row.net),
    });
  }
  return { month, months: await monthsHeld(q), units };
}
