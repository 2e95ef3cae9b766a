// The statement's totals read the covering indexes, not the tables, once a month holds many units'
// lines: checked on PostgreSQL (the server the office grows into) with EXPLAIN (FORMAT JSON), by
// node types and index names, never by time (the times are the bench's: npm run bench -- --only=office).
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../db/testing/backends';
import { GROUPS_SQL } from './statementFigures';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

// Plans belong to PostgreSQL: PGlite is another major version with other settings.
describe.skipIf(process.env.KARYA_SKIP_PG === '1')('statement totals plan [postgres]', () => {
  it('reads one unit’s month through the covering indexes, never a table scan', async () => {
    const { db } = await freshDb('postgres', { migrated: true });
    // 30 units × 30 days × 40 lines: one unit's month is a thirtieth of the table.
    await db.query(`
      insert into sale_lines (sale_id, line_no, device, business_day, voided, product_id, sku, name, unit,
        producer_code, producer_name, qty_milli, unit_price, line_total, discount, ppn, net_total,
        pnbp_bp, premi_bp, capital_bp)
      select 'S' || g, 1, 'D' || (g % 100), date '2026-11-01' + (g % 30), g % 50 = 0, 1, 'SKU', 'Barang', 'pcs',
             'UPT-' || (g % 30), 'Unit', 1000, 10000, 10000, 0, 0, 10000, 1500, 5000, 3500
      from generate_series(1, 36000) g`);
    await db.query(`
      insert into refund_lines (refund_id, line_no, device, business_day, sale_line_no, sku, name, unit,
        producer_code, qty_milli, amount, pnbp_bp, premi_bp, capital_bp)
      select 'R' || g, 1, 'D' || (g % 100), date '2026-11-01' + (g % 30), 1, 'SKU', 'Barang', 'pcs',
             'UPT-' || (g % 30), 1000, 10000, 1500, 5000, 3500
      from generate_series(1, 3000) g`);
    await db.query('vacuum analyze sale_lines');
    await db.query('vacuum analyze refund_lines');
    const { rows } = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `explain (format json) ${GROUPS_SQL}`,
      ['UPT-7', '2026-11-01', '2026-11-30'],
    );
    const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
    if (!plan) throw new Error('no plan');
    const all = nodes(plan);
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
    const indexes = all.filter((n) => n['Index Name']).map((n) => n['Index Name']);
    expect(indexes).toContain('sale_lines_unit_day');
    expect(indexes).toContain('refund_lines_unit_day');
  });
});
