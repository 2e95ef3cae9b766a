// The office's read pages on both databases: overview, roster, top products and find, over batches
// the bench's generator wrote with the till's own code (3 tills, 28 November to 1 December, one
// batch a day, a batch held back, a re-export that differs) and a second till calling itself PALU1.
// Every figure is checked against the stored documents themselves (sale and refund lines), not
// against the summaries the pages read; on PostgreSQL the plans are checked too.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { type GeneratedSummary, generateBatches } from '../../../scripts/bench/office/generate';
import { describeBackends } from '../../db/testing/backends';
import type { Queryable } from '../../db/types';
import { FIND_SALE_SQL } from '../find/findDocument';
import { ingestFolder } from '../ingest';
import { testOffice } from '../testing/officeCore';
import { OVERVIEW_NET_SQL } from './overview';

vi.setConfig({ testTimeout: 120_000 });

let root = '';
let summary: GeneratedSummary;
let twinFolder = '';
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'karya-office-reads-'));
  summary = await generateBatches({
    out: join(root, 'main'),
    seed: 7,
    devices: 3,
    days: 4,
    salesPerDay: 40,
    batchDays: 1,
    firstDay: '2026-11-28',
  });
  const twin = join(root, 'twin');
  await generateBatches({
    out: twin,
    seed: 8,
    devices: 1,
    days: 1,
    salesPerDay: 3,
    batchDays: 1,
    firstDay: '2026-11-30',
    plant: false,
  });
  twinFolder = join(twin, 'batches', readdirSync(join(twin, 'batches'))[0] ?? '');
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** 1 December 2026, 10:00 WITA: the office's business day is 2026-12-01. */
const DEC_1 = new Date('2026-12-01T02:00:00Z');

async function loaded(kind: 'embedded' | 'postgres') {
  const office = await testOffice(kind);
  const dir = join(root, 'main', 'batches');
  for (const name of readdirSync(dir).sort()) {
    const answer = await ingestFolder(office.db, {
      folder: join(dir, name),
      source: 'folder',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  }
  const twin = await ingestFolder(office.db, {
    folder: twinFolder,
    source: 'folder',
  });
  expect(twin.status).toBe(409);
  office.setNow(DEC_1);
  const admin = await office.firstAdmin();
  const viewer = await office.person(admin, 'vina', 'viewer');
  return { office, viewer };
}

/** Net per unit (or device, or day) of the month from the stored lines, as the summaries should hold. */
async function netFromLines(
  q: Queryable,
  by: 'producer_code' | 'device' | 'business_day',
  from: string,
  to: string,
) {
  const { rows } = await q.query<{ key: string; net: number }>(
    `select key, sum(amount) as net from (
       select ${by}::text as key, net_total as amount from sale_lines where not voided and business_day between $1 and $2
       union all
       select ${by}::text, -amount from refund_lines where business_day between $1 and $2
     ) l group by key having sum(amount) <> 0 order by key`,
    [from, to],
  );
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.net)]));
}

const nonZero = (entries: [string, number][]) =>
  Object.fromEntries(entries.filter(([, n]) => n !== 0).sort());

/** Every node of an EXPLAIN (FORMAT JSON) plan, flattened. */
async function planNodes(q: Queryable, sql: string, params: unknown[]) {
  const { rows } = await q.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${sql}`, params);
  const raw = rows[0]?.['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
    Plan: PlanNode;
  }[];
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan[0]?.Plan as PlanNode);
  return nodes;
}
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

describeBackends('office read pages', (kind) => {
  it('overview, roster, top products and find, checked against the stored documents', async () => {
    const { office, viewer } = await loaded(kind);
    const db = office.db;

    // Overview: this month (December: only the 1st) and today, by the server's clock.
    const december = await office.ok('overview.get', {}, viewer);
    expect(december).toMatchObject({
      today: '2026-12-01',
      month: '2026-12',
      months: { first: '2026-11', last: '2026-12' },
    });
    expect(nonZero(december.units.map((u) => [u.code, u.monthNet]))).toEqual(
      await netFromLines(db, 'producer_code', '2026-12-01', '2026-12-31'),
    );
    expect(december.units.map((u) => u.todayNet)).toEqual(december.units.map((u) => u.monthNet));
    expect(december.todayNet).toBe(december.monthNet);
    expect(december.days.map((d) => d.day)).toEqual(['2026-12-01']);
    // Names from the manifests' units[], as the till had them.
    const names = Object.fromEntries(summary.delivered.byUnit.map((u) => [u.code, u.name]));
    for (const unit of december.units) expect(unit.name).toBe(names[unit.code]);
    expect(december.late).toEqual([]);

    const november = await office.ok('overview.get', { month: '2026-11' }, viewer);
    expect(nonZero(november.units.map((u) => [u.code, u.monthNet]))).toEqual(
      await netFromLines(db, 'producer_code', '2026-11-01', '2026-11-30'),
    );
    expect(nonZero(november.devices.map((d) => [d.device, d.monthNet]))).toEqual(
      await netFromLines(db, 'device', '2026-11-01', '2026-11-30'),
    );
    expect(nonZero(november.days.map((d) => [d.day, d.net]))).toEqual(
      await netFromLines(db, 'business_day', '2026-11-01', '2026-11-30'),
    );
    expect(november.monthNet).toBe(november.units.reduce((sum, u) => sum + u.monthNet, 0));
    // Net per unit sorted from the largest.
    const nets = november.units.map((u) => u.monthNet);
    expect(nets).toEqual([...nets].sort((a, b) => b - a));
    // Over both months the units hold what the generator wrote (each document once, first copy).
    const both = new Map<string, number>();
    for (const u of [...november.units, ...december.units])
      both.set(u.code, (both.get(u.code) ?? 0) + u.monthNet);
    const delivered = await netFromLines(db, 'producer_code', '2026-11-01', '2026-12-31');
    expect(nonZero([...both])).toEqual(delivered);

    // Roster: the batch held back (DGL1 #2, its Z 2), the differing re-export, the code seen twice.
    const roster = await office.ok('devices.list', {}, viewer);
    const gap = summary.planted.gap;
    const dgl = roster.devices.find((d) => d.device === gap?.device);
    expect(dgl).toMatchObject({
      batchGaps: [{ from: gap?.seq, to: gap?.seq }],
      zGaps: [{ from: gap?.zNos[0], to: gap?.zNos[1] }],
      lastDay: '2026-12-01',
      late: false,
      differences: 0,
    });
    const differing = summary.planted.differingReexport;
    const poso = roster.devices.find((d) => d.device === differing?.device);
    expect(poso?.differences).toBeGreaterThan(0);
    expect(poso?.zGaps).toEqual([]);
    expect(roster.differences).toContainEqual(
      expect.objectContaining({
        kind: 'sale',
        docId: differing?.saleId,
        firstSeq: differing?.ofSeq,
        otherSeq: differing?.seq,
      }),
    );
    const palu = roster.devices.find((d) => d.device === 'PALU1');
    expect(palu).toMatchObject({
      installs: 2,
      batches: 5,
      lastBatch: { seq: 5, reexport: false },
    });
    expect(roster.sharedCodes).toEqual([
      {
        device: 'PALU1',
        installs: [
          expect.objectContaining({ refused: false, firstBatchSeq: 1 }),
          expect.objectContaining({ refused: true }),
        ],
      },
    ]);

    // Top products of November: each unit's best by net, from the lines (sold less refunded).
    const top = await office.ok('products.top', { month: '2026-11', limit: 3 }, viewer);
    const { rows: bySku } = await db.query<{
      code: string;
      sku: string;
      net: number;
    }>(
      `select code, sku, sum(amount) as net from (
         select producer_code as code, sku, net_total as amount from sale_lines
          where not voided and business_day between '2026-11-01' and '2026-11-30'
         union all
         select producer_code, sku, -amount from refund_lines where business_day between '2026-11-01' and '2026-11-30'
       ) l group by code, sku`,
    );
    for (const unit of top.units) {
      expect(unit.products.length).toBeLessThanOrEqual(3);
      const expected = bySku
        .filter((r) => r.code === unit.code)
        .map((r) => Number(r.net))
        .sort((a, b) => b - a)
        .slice(0, 3);
      expect(
        unit.products.map((p) => p.net),
        unit.code,
      ).toEqual(expected);
      expect(unit.net).toBe(november.units.find((u) => u.code === unit.code)?.monthNet);
    }
    expect(top.units.map((u) => u.code).sort()).toEqual(november.units.map((u) => u.code).sort());

    // Find: the sale whose copies differ, by its exact number (typed in small letters); its first copy.
    const exact = await office.ok('find.document', { text: differing?.receiptNo.toLowerCase() }, viewer);
    expect(exact.exact).toBe(true);
    expect(exact.documents).toHaveLength(1);
    const sale = exact.documents[0];
    expect(sale).toMatchObject({
      kind: 'sale',
      number: differing?.receiptNo,
      device: 'POSO1',
      businessDay: '2026-11-29',
    });
    expect(sale?.batch.seq).toBe(differing?.ofSeq);
    const { rows: lineCount } = await db.query<{ n: number }>(
      'select count(*) as n from sale_lines where sale_id = $1',
      [differing?.saleId],
    );
    expect(sale?.lines).toHaveLength(Number(lineCount[0]?.n));
    expect(sale?.lines.find((l) => l.lineNo === differing?.lineNo)?.producerCode).toBe(differing?.unitBefore);

    // A refund by its number names the receipt it refunds; that receipt lists it.
    const { rows: someRefund } = await db.query<{
      refund_no: string;
      sale_receipt_no: string;
      lines: number;
    }>(
      `select refund_no, sale_receipt_no, (select count(*) from refund_lines where refund_id = r.id) as lines
         from refunds r order by refund_no limit 1`,
    );
    const refund = someRefund[0];
    expect(refund).toBeDefined();
    const foundRefund = await office.ok('find.document', { text: refund?.refund_no }, viewer);
    expect(foundRefund.documents[0]).toMatchObject({
      kind: 'refund',
      related: [refund?.sale_receipt_no],
    });
    expect(foundRefund.documents[0]?.lines).toHaveLength(Number(refund?.lines));
    const refunded = await office.ok('find.document', { text: refund?.sale_receipt_no }, viewer);
    expect(refunded.documents[0]?.related).toContain(refund?.refund_no);

    // The start of a number: a device's day, newest first, at most 20.
    const { rows: dayCount } = await db.query<{ n: number }>(
      "select count(*) as n from sales where device = 'POSO1' and business_day = '2026-11-29'",
    );
    const byStart = await office.ok('find.document', { text: 'POSO1-20261129' }, viewer);
    expect(byStart.exact).toBe(false);
    expect(byStart.documents).toHaveLength(Math.min(20, Number(dayCount[0]?.n)));
    expect(byStart.more).toBe(Number(dayCount[0]?.n) > 20);
    expect(byStart.documents.every((d) => d.number.startsWith('POSO1-20261129-'))).toBe(true);
    const numbers = byStart.documents.map((d) => d.number);
    expect(numbers).toEqual([...numbers].sort().reverse());
    expect((await office.ok('find.document', { text: 'NOPE1-2026' }, viewer)).documents).toEqual([]);
    // Bad input: refused with the field's own wording.
    const refusal = async (command: string, input: unknown) => {
      const { result } = await office.run(command, input, viewer);
      return result.ok ? 'passed' : `${result.error.code} ${result.error.message}`;
    };
    expect(await refusal('find.document', { text: 'PALU1 0001' })).toContain('Tulis nomor struk atau retur');
    expect(await refusal('overview.get', { month: '2026-13' })).toContain('Bulan ditulis TTTT-BB');

    // Five days later every till is late (its newest Z is 1 December; the setting is 3 days).
    office.setNow(new Date('2026-12-06T02:00:00Z'));
    const again = await office.run('auth.signIn', {
      name: 'vina',
      password: 'vina-sandi-1',
    });
    const later = await office.ok('overview.get', {}, again.session?.token);
    expect(later.today).toBe('2026-12-06');
    expect(later.units.map((u) => [u.code, u.monthNet, u.todayNet])).toEqual(
      december.units.map((u) => [u.code, u.monthNet, 0]),
    );
    expect(later.late.map((d) => [d.device, d.lastDay, d.daysSince])).toEqual([
      ['DGL1', '2026-12-01', 5],
      ['PALU1', '2026-12-01', 5],
      ['POSO1', '2026-12-01', 5],
    ]);

    // On PostgreSQL, the plans: the overview reads day_unit_totals only, find the unique receipt index.
    if (kind === 'postgres') {
      await db.query('analyze');
      // The tables are small, so the planner would rightly read them whole; with sequential scans
      // off it must show which index answers (the plan's shape, never its cost or time).
      const nodes = await db.tx(async (q) => {
        await q.query('set local enable_seqscan = off');
        return {
          overview: await planNodes(q, OVERVIEW_NET_SQL, ['2026-11-01', '2026-11-30']),
          find: await planNodes(q, FIND_SALE_SQL, ['POSO1-20261129-0001']),
        };
      });
      const relations = (list: PlanNode[]) => list.map((n) => n['Relation Name']).filter(Boolean);
      expect(relations(nodes.overview)).toEqual(['day_unit_totals']);
      expect(nodes.overview.map((n) => n['Index Name']).filter(Boolean)).toEqual(['day_unit_totals_pkey']);
      expect(nodes.overview.some((n) => n['Node Type'] === 'Seq Scan')).toBe(false);
      expect(nodes.find.map((n) => [n['Node Type'], n['Relation Name'], n['Index Name']])).toEqual([
        ['Index Scan', 'sales', 'sales_receipt_no_key'],
      ]);
    }
  });
});
