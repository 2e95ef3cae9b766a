// The statement's figures read from stored rows on both backends: what counts (voids do not,
// refunds on the day the money went back), the split per set of rates, the order of the lines, and
// issuing (same inputs → same statement and bytes; a late batch → a new revision).
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { DEFAULT_RESOURCES_DIR } from '../../../electron/core/engine';
import { fontSet } from '../../../electron/core/fonts/fonts';
import { splitProceeds } from '../../../shared/batch/totals';
import { describeBackends, freshDb } from '../../db/testing/backends';
import type { Queryable } from '../../db/types';
import { rebuildSummaries } from '../ingest/summaries';
import { issueStatement, listStatements, statementFile } from './issueStatement';
import { statementFigures, statementLines, statementSummary } from './statementFigures';

const fonts = fontSet(DEFAULT_RESOURCES_DIR);
const A = { pnbpBp: 1500, premiBp: 5000, capitalBp: 3500 };
const B = { pnbpBp: 5000, premiBp: 3500, capitalBp: 1500 };
type Rates = typeof A;

let batchNo = 0;
async function batch(q: Queryable, device: string): Promise<string> {
  batchNo++;
  const id = `B${String(batchNo).padStart(25, '0')}`;
  await q.query('insert into devices (code) values ($1) on conflict do nothing', [device]);
  await q.query(
    `insert into batches (id, device, seq, manifest_sha256, format_version, reexport, period_from, period_to,
       sales, refunds, net, manifest, folder, receipt, source)
     values ($1, $2, $3, $4, 3, false, '2026-11-01', '2026-11-30', 0, 0, 0, '{}', $5, $6, 'folder')`,
    [
      id,
      device,
      batchNo,
      createHash('sha256').update(id).digest('hex'),
      `f${batchNo}`,
      `${device}-${batchNo}`,
    ],
  );
  return id;
}

interface LineIn {
  sku: string;
  net: number;
  rates?: Rates;
  unit?: string;
  producer?: string;
}

let saleNo = 0;
async function sale(
  q: Queryable,
  batchId: string,
  device: string,
  day: string,
  lines: LineIn[],
  voided = false,
): Promise<{ id: string; receiptNo: string }> {
  saleNo++;
  const id = `S${String(saleNo).padStart(25, '0')}`;
  const receiptNo = `${device}-${day.replaceAll('-', '')}-${String(saleNo).padStart(4, '0')}`;
  const total = lines.reduce((s, l) => s + l.net, 0);
  await q.query(
    `insert into sales (id, receipt_no, device, business_day, seq, created_at, subtotal, discounts, ppn, tax_mode,
       rounding, total, voided, batch_id, doc_sha256)
     values ($1, $2, $3, $4, $5, $6::timestamptz, $7, 0, 0, 'none', 0, $7, $8, $9, 'x')`,
    [id, receiptNo, device, day, saleNo, `${day}T03:00:00Z`, total, voided, batchId],
  );
  let n = 0;
  for (const line of lines) {
    n++;
    const rates = line.rates ?? A;
    await q.query(
      `insert into sale_lines (sale_id, line_no, device, business_day, voided, product_id, sku, name, unit,
         producer_code, producer_name, qty_milli, unit_price, line_total, discount, ppn, net_total,
         pnbp_bp, premi_bp, capital_bp, receipt_no)
       values ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, 1000, $11, $11, 0, 0, $11, $12, $13, $14, $15)`,
      [
        id,
        n,
        device,
        day,
        voided,
        line.sku,
        `Barang ${line.sku}`,
        line.unit ?? 'pcs',
        line.producer ?? 'LPS-PALU',
        line.producer === 'RTN-DGL' ? 'Rutan Donggala' : 'Lapas Palu',
        line.net,
        rates.pnbpBp,
        rates.premiBp,
        rates.capitalBp,
        receiptNo,
      ],
    );
  }
  // Rows written by hand, not by the ingest: the summaries the statement's totals read, from them.
  await rebuildSummaries(q);
  return { id, receiptNo };
}

let refundNo = 0;
async function refund(
  q: Queryable,
  batchId: string,
  device: string,
  day: string,
  of: { id: string; receiptNo: string },
  amount: number,
  rates: Rates = A,
): Promise<void> {
  refundNo++;
  const id = `R${String(refundNo).padStart(25, '0')}`;
  const refundNumber = `${device}-R-${day.replaceAll('-', '')}-${refundNo}`;
  await q.query(
    `insert into refunds (id, refund_no, device, business_day, seq, created_at, sale_id, sale_receipt_no,
       sale_business_day, method, amount, reason, approved_by, batch_id, doc_sha256)
     values ($1, $2, $3, $4, $5, $6::timestamptz, $7, $8, $4, 'cash', $9, 'rusak', 'Manajer', $10, 'x')`,
    [id, refundNumber, device, day, refundNo, `${day}T05:00:00Z`, of.id, of.receiptNo, amount, batchId],
  );
  await q.query(
    `insert into refund_lines (refund_id, line_no, device, business_day, sale_line_no, sku, name, unit,
       producer_code, qty_milli, amount, pnbp_bp, premi_bp, capital_bp, refund_no)
     values ($1, 1, $2, $3, 1, 'BWG', 'Barang BWG', 'pcs', 'LPS-PALU', 1000, $4, $5, $6, $7, $8)`,
    [id, device, day, amount, rates.pnbpBp, rates.premiBp, rates.capitalBp, refundNumber],
  );
  await rebuildSummaries(q);
}

async function financeUser(q: Queryable): Promise<{ id: number; name: string }> {
  const { rows } = await q.query<{ id: number }>(
    `insert into users (name, role, password_hash, created_at) values ('Siti Keuangan', 'finance', 'x', now())
     returning id`,
  );
  return { id: Number(rows[0]?.id), name: 'Siti Keuangan' };
}

const NOV = { unit: 'LPS-PALU', from: '2026-11-01', to: '2026-11-30' };

describeBackends('statement figures', (kind) => {
  it('counts sales by their day and refunds by the day the money went back, never a voided sale, split once per rate', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const b1 = await batch(db, 'BTH1');
    const s1 = await sale(db, b1, 'BTH1', '2026-11-02', [
      { sku: 'BWG', net: 50_000 },
      { sku: 'SBL', net: 25_001, rates: B },
      { sku: 'KAIN', net: 300_000, producer: 'RTN-DGL' },
    ]);
    await sale(db, b1, 'BTH1', '2026-11-02', [{ sku: 'BWG', net: 40_000 }], true);
    await sale(db, b1, 'BTH1', '2026-10-31', [{ sku: 'BWG', net: 99_999 }]);
    const b2 = await batch(db, 'PLU2');
    await sale(db, b2, 'PLU2', '2026-11-30', [{ sku: 'BWG', net: 10_000 }]);
    // Sold in November, money back on 1 December: not November's.
    await refund(db, b2, 'PLU2', '2026-12-01', s1, 25_000);
    // Money back on 5 November for a November sale: November's.
    const b3 = await batch(db, 'BTH1');
    await refund(db, b3, 'BTH1', '2026-11-05', s1, 20_000);

    const figures = await statementFigures(db, NOV);
    expect(figures.unit).toEqual({ code: 'LPS-PALU', name: 'Lapas Palu' });
    expect(figures.totals).toMatchObject({
      gross: 85_001,
      refunds: 20_000,
      net: 65_001,
      saleLines: 3,
      refundLines: 1,
    });
    expect(figures.groups.map((g) => [g.rates, g.net])).toEqual([
      [A, 40_000],
      [B, 25_001],
    ]);
    for (const g of figures.groups)
      expect({ pnbp: g.pnbp, premi: g.premi, capital: g.capital }).toEqual(splitProceeds(g.net, g.rates));
    expect(figures.totals.pnbp + figures.totals.premi + figures.totals.capital).toBe(figures.totals.net);
    expect(figures.devices).toEqual([
      { device: 'BTH1', gross: 75_001, refunds: 20_000, net: 55_001, days: 1 },
      { device: 'PLU2', gross: 10_000, refunds: 0, net: 10_000, days: 1 },
    ]);
    expect(figures.lines.map((l) => [l.businessDay, l.kind, l.amount])).toEqual([
      ['2026-11-02', 'sale', 50_000],
      ['2026-11-02', 'sale', 25_001],
      ['2026-11-05', 'refund', -20_000],
      ['2026-11-30', 'sale', 10_000],
    ]);
    expect(figures.lines.reduce((s, l) => s + l.amount, 0)).toBe(figures.totals.net);
    expect(figures.batches).toBe(3);
    const page = await statementLines(db, NOV, { offset: 1, limit: 2 });
    expect(page).toEqual(figures.lines.slice(1, 3));
    const other = await statementSummary(db, {
      unit: 'RTN-DGL',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(other.totals.net).toBe(300_000);
  });

  it('issues once per inputs: the same period gives the same number and bytes; a late batch a new revision', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const user = await financeUser(db);
    const b1 = await batch(db, 'BTH1');
    const s1 = await sale(db, b1, 'BTH1', '2026-11-02', [{ sku: 'BWG', net: 50_000 }]);
    const at = new Date('2026-12-01T01:30:00Z');
    const issue = (now: Date) =>
      db.tx((q) =>
        issueStatement(q, {
          period: NOV,
          user,
          now,
          timeZone: 'Asia/Makassar',
          fonts,
        }),
      );

    // Nothing of the unit in October: nothing to state, nothing stored.
    await expect(
      db.tx((q) =>
        issueStatement(q, {
          period: { unit: 'LPS-PALU', from: '2026-10-01', to: '2026-10-31' },
          user,
          now: at,
          timeZone: 'Asia/Makassar',
          fonts,
        }),
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'officeStatements.nothingSold',
    });

    const first = await issue(at);
    expect(first.created).toBe(true);
    expect(first.statement).toMatchObject({
      number: 'HP/LPS-PALU/2026-11/1',
      revision: 1,
      issuedBy: 'Siti Keuangan',
    });
    expect(first.statement.issuedAt).toBe(at.toISOString());
    const pdf = await statementFile(db, first.statement.pdfSha256);
    expect(pdf && createHash('sha256').update(pdf).digest('hex')).toBe(first.statement.pdfSha256);

    const again = await issue(new Date('2026-12-03T00:00:00Z'));
    expect(again.created).toBe(false);
    expect(again.statement).toEqual(first.statement);

    const late = await batch(db, 'BTH1');
    await refund(db, late, 'BTH1', '2026-11-20', s1, 5_000);
    const second = await issue(new Date('2026-12-04T00:00:00Z'));
    expect(second.created).toBe(true);
    expect(second.statement).toMatchObject({
      number: 'HP/LPS-PALU/2026-11/2',
      revision: 2,
    });
    expect(second.statement.totals.net).toBe(45_000);
    expect(second.statement.inputsSha256).not.toBe(first.statement.inputsSha256);
    expect((await listStatements(db, { unit: 'LPS-PALU' })).map((s) => s.number)).toEqual([
      'HP/LPS-PALU/2026-11/2',
      'HP/LPS-PALU/2026-11/1',
    ]);
    // The first revision is kept as it was printed.
    const old = await statementFile(db, first.statement.pdfSha256);
    expect(old && Buffer.from(old).equals(Buffer.from(pdf ?? []))).toBe(true);
    const audit = await db.query<{ action: string; target: string }>(
      "select action, target from audit where action = 'statement.issue' order by id",
    );
    expect(audit.rows).toEqual([
      { action: 'statement.issue', target: 'HP/LPS-PALU/2026-11/1' },
      { action: 'statement.issue', target: 'HP/LPS-PALU/2026-11/2' },
    ]);
  });
});
