// The statement's totals read one range of the summary's unit index, not the lines nor the whole
// summary, once a region's year is stored: checked on PostgreSQL (the server the office grows
// into) with EXPLAIN (FORMAT JSON), by node types and index names, never by time (the times are the
// bench's: npm run bench -- --only=office).
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../db/testing/backends';
import type { Queryable } from '../../db/types';
import { GROUPS_SQL, LINES_PAGE_SQL } from './statementFigures';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function planOf(db: Queryable, sql: string, params: unknown[]): Promise<PlanNode[]> {
  const { rows } = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
    `explain (format json) ${sql}`,
    params,
  );
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) throw new Error('no plan');
  return nodes(plan);
}

// Plans belong to PostgreSQL: PGlite is another major version with other settings.
describe.skipIf(process.env.KARYA_SKIP_PG === '1')('statement totals plan [postgres]', () => {
  it('reads one unit’s month through the summary’s unit index, never a table scan nor the lines', async () => {
    const { db } = await freshDb('postgres', { migrated: true });
    // 40 devices × 120 days × 20 units: one unit's month is a 80th of the summary.
    await db.query(`
      insert into day_unit_totals (device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp,
        sales_net, refunds, lines, sale_lines, refund_lines)
      select 'D' || d, date '2026-08-01' + day, 'UPT-' || u, 1500, 5000, 3500, 100000, 5000, 12, 11, 1
      from generate_series(1, 40) d, generate_series(0, 119) day, generate_series(1, 20) u`);
    await db.query('vacuum analyze day_unit_totals');
    const all = await planOf(db, GROUPS_SQL, ['UPT-7', '2026-11-01', '2026-11-30']);
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
    expect(all.filter((n) => n['Relation Name']).map((n) => n['Relation Name'])).toEqual(['day_unit_totals']);
    // An index-only or a bitmap scan, as the planner weighs the visibility map: one range either way.
    expect(all.filter((n) => n['Index Name']).map((n) => n['Index Name'])).toEqual([
      'day_unit_totals_unit_day',
    ]);
  });

  it('reads a page of one unit’s lines from the two unit indexes in the statement’s order, merged, not sorted', async () => {
    const { db } = await freshDb('postgres', { migrated: true });
    // 30 units × 30 days: one unit's month is 1,200 sale lines and 100 refund lines of 36,000 and 3,000.
    await db.query(`
      insert into sale_lines (sale_id, receipt_no, line_no, device, business_day, voided, product_id, sku, name, unit,
        producer_code, producer_name, qty_milli, unit_price, line_total, discount, ppn, net_total,
        pnbp_bp, premi_bp, capital_bp)
      select 'S' || g, 'D' || (g % 100) || '-' || g, 1, 'D' || (g % 100), date '2026-11-01' + (g % 30), g % 50 = 0,
             1, 'SKU', 'Barang', 'pcs', 'UPT-' || (g % 30), 'Unit', 1000, 10000, 10000, 0, 0, 10000, 1500, 5000, 3500
      from generate_series(1, 36000) g`);
    await db.query(`
      insert into refund_lines (refund_id, refund_no, line_no, device, business_day, sale_line_no, sku, name, unit,
        producer_code, qty_milli, amount, pnbp_bp, premi_bp, capital_bp)
      select 'R' || g, 'D' || (g % 100) || '-R-' || g, 1, 'D' || (g % 100), date '2026-11-01' + (g % 30), 1,
             'SKU', 'Barang', 'pcs', 'UPT-' || (g % 30), 1000, 10000, 1500, 5000, 3500
      from generate_series(1, 3000) g`);
    await db.query('vacuum analyze sale_lines');
    await db.query('vacuum analyze refund_lines');
    const all = await planOf(db, LINES_PAGE_SQL, ['UPT-7', '2026-11-01', '2026-11-30', 100, 0]);
    // The big half (sale lines) is read in the index's order and cut after the page; the refunds'
    // half is small enough that the planner may read its range by bitmap and sort it.
    expect(
      all.filter((n) => n['Relation Name'] === 'sale_lines').map((n) => [n['Node Type'], n['Index Name']]),
    ).toEqual([['Index Scan', 'sale_lines_unit_doc']]);
    const lineTables = ['sale_lines', 'refund_lines'];
    expect(
      all.filter((n) => n['Node Type'] === 'Seq Scan' && lineTables.includes(n['Relation Name'] ?? '')),
    ).toEqual([]);
    expect(all.map((n) => n['Index Name'])).toContain('refund_lines_unit_doc');
    expect(all.map((n) => n['Node Type'])).toContain('Merge Append');
  });
});
