// The summaries the pages read (day_unit_totals, month_product_totals) computed again from the
// stored lines. The ingest keeps them up to date line by line in its own statements; this is the
// same arithmetic in one pass, for a database whose lines were written another way (tests that
// insert rows by hand, a repair) and as the check that the ingest's sums are right.
import type { Queryable } from '../../db/types';
import { STOCK_DAY_TOTALS_SQL } from './stockRows';

const DAY_UNIT_TOTALS_SQL = `
insert into day_unit_totals
  (device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp,
   sales_net, refunds, lines, sale_lines, refund_lines)
select device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp,
       coalesce(sum(net) filter (where sale and not voided), 0),
       coalesce(sum(net) filter (where not sale), 0),
       count(*) filter (where sale),
       count(*) filter (where sale and not voided),
       count(*) filter (where not sale)
from (
  select device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, net_total as net, voided, true as sale
  from sale_lines
  union all
  select device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, amount, false, false
  from refund_lines
) l
group by 1, 2, 3, 4, 5, 6`;

const MONTH_PRODUCT_TOTALS_SQL = `
insert into month_product_totals (month, producer_code, sku, name, unit, qty_milli, net)
select date_trunc('month', business_day)::date, producer_code, sku, name, unit, sum(qty_milli), sum(net)
from (
  select business_day, producer_code, sku, name, unit, qty_milli, net_total as net
  from sale_lines where not voided
  union all
  select business_day, producer_code, sku, name, unit, -qty_milli, -amount
  from refund_lines
) l
group by 1, 2, 3, 4, 5`;

/** Replaces both summaries with their sums over the stored lines (call it inside a transaction). */
export async function rebuildSummaries(q: Queryable): Promise<void> {
  await q.query('delete from day_unit_totals');
  await q.query(DAY_UNIT_TOTALS_SQL);
  await q.query('delete from month_product_totals');
  await q.query(MONTH_PRODUCT_TOTALS_SQL);
  await q.query('delete from stock_day_totals');
  await q.query(STOCK_DAY_TOTALS_SQL);
}
