// The office's ingest on both databases, with batch folders exported by a real till engine.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it, onTestFinished } from 'vitest';
import { mergeBatches } from '../../../electron/office/mergeBatches';
import type { SaleDoc, StockMoveDoc, ZReportDoc } from '../../../shared/batch/format';
import { splitProceeds } from '../../../shared/batch/totals';
import { openDb } from '../../db/connect';
import { loadMigrations, migrate } from '../../db/migrate';
import { describeBackends, freshDb } from '../../db/testing/backends';
import type { Queryable } from '../../db/types';
import {
  batchByKey,
  batchGaps,
  codesSeenTwice,
  ingestFolder,
  ingestFolders,
  ingestPending,
  rebuildSummaries,
  zGaps,
} from './index';
import { copyOf, editLines, rehash, sharedTillBatches, type TillBatches } from './testing/batches';

let tills: TillBatches;
beforeAll(async () => {
  tills = await sharedTillBatches();
}, 300_000);

const folderOf = (i: number) => tills.plu1[i]?.folder ?? '';

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'karya-ingest-edit-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function count(db: Queryable, table: string): Promise<number> {
  return (await db.query<{ n: number }>(`select count(*) as n from ${table}`)).rows[0]?.n ?? -1;
}

/** Per unit and rates: net of voids and refunds, from the summaries and, independently, from the stored lines. */
async function unitNets(db: Queryable) {
  const fromSummary = (
    await db.query<{ code: string; rates: string; amount: number }>(
      `select producer_code as code, pnbp_bp || '/' || premi_bp || '/' || capital_bp as rates,
              sum(sales_net - refunds) as amount
       from day_unit_totals group by 1, 2
       -- A unit met only in voided lines counts lines, not money (and has no rates in the manifest).
       having bool_or(sales_net <> 0 or refunds <> 0) order by 1, 2`,
    )
  ).rows;
  const fromLines = (
    await db.query<{ code: string; rates: string; amount: number }>(
      `select code, rates, sum(amount) as amount from (
         select producer_code as code, pnbp_bp || '/' || premi_bp || '/' || capital_bp as rates, net_total as amount
         from sale_lines where not voided
         union all
         select producer_code, pnbp_bp || '/' || premi_bp || '/' || capital_bp, -amount from refund_lines
       ) l group by 1, 2 order by 1, 2`,
    )
  ).rows;
  return { fromSummary, fromLines };
}

/** The summaries as the ingest kept them, and as computed again from the stored lines. */
async function summariesKeptAndRebuilt(db: Queryable) {
  const read = async () => ({
    days: (
      await db.query(
        'select * from day_unit_totals order by business_day, producer_code, device, pnbp_bp, premi_bp, capital_bp',
      )
    ).rows,
    products: (
      await db.query('select * from month_product_totals order by month, producer_code, sku, name, unit')
    ).rows,
  });
  const kept = await read();
  await rebuildSummaries(db);
  return { kept, rebuilt: await read() };
}

describeBackends('ingest', (kind) => {
  it('stores a batch once: again under the same key, under another key, or from a folder', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const first = await ingestFolder(db, {
      folder: folderOf(0),
      source: 'folder',
      key: 'kunci-0001',
    });
    const manifestSha = tills.plu1[0]?.manifestSha256 ?? '';
    expect(first).toMatchObject({
      status: 201,
      body: {
        status: 'acknowledged',
        device: 'PLU1',
        seq: 1,
        manifestSha256: manifestSha,
        receipt: `PLU1-1-${manifestSha.slice(0, 12)}`,
        duplicate: false,
        notes: [],
      },
    });
    const sales = tills.plu1[0]?.counts.sales ?? 0;
    expect(first.stored?.sales).toEqual({
      inserted: sales,
      again: 0,
      differences: 0,
    });
    // The folder given stays where it was (a USB stick); the archive holds a copy.
    expect(existsSync(folderOf(0))).toBe(true);
    expect(readdirSync(join(db.dataDir, 'batches', 'PLU1'))).toEqual([tills.plu1[0]?.name]);

    const sameKey = await ingestFolder(db, {
      folder: folderOf(0),
      source: 'folder',
      key: 'kunci-0001',
    });
    const otherKey = await ingestFolder(db, {
      folder: folderOf(0),
      source: 'folder',
      key: 'kunci-0002',
    });
    const noKey = await ingestFolder(db, {
      folder: folderOf(0),
      source: 'folder',
    });
    for (const again of [sameKey, otherKey, noKey]) {
      expect(again).toEqual({
        status: 200,
        body: { ...first.body, duplicate: true, notes: undefined },
      });
    }
    expect(await batchByKey(db, 'kunci-0002')).toMatchObject({
      status: 200,
      body: { seq: 1, duplicate: true },
    });
    expect(await batchByKey(db, 'kunci-tidak-ada')).toBeNull();
    const reused = await ingestFolder(db, {
      folder: folderOf(1),
      source: 'folder',
      key: 'kunci-0001',
    });
    expect(reused).toEqual({
      status: 409,
      body: {
        status: 'rejected',
        reason: 'kunci idempotensi ini sudah dipakai untuk batch lain',
      },
    });
    expect(await count(db, 'batches')).toBe(1);
    expect(await count(db, 'sales')).toBe(sales);
    expect(await count(db, 'upload_keys')).toBe(2);
  });

  it('stores every document once across batches and re-exports; per-unit figures equal karya batch merge', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    for (let i = 0; i < 4; i++) {
      const answer = await ingestFolder(db, {
        folder: folderOf(i),
        source: 'folder',
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    }
    // The identical re-export (#4) brought nothing new and nothing different.
    const merged = mergeBatches(
      tills.plu1.map((b) => b.folder),
      null,
    );
    expect(merged.report.ok).toBe(true);
    expect(await count(db, 'sales')).toBe(merged.totals.salesCount);
    expect(await count(db, 'refunds')).toBe(merged.totals.refunds.count);
    expect(await count(db, 'copy_differences')).toBe(0);
    expect(await count(db, 'z_reports')).toBe(3);
    // The refund of day 1's sale came in #2, a later batch than its sale.
    const { rows: refunds } = await db.query<{
      sale_batch: string;
      refund_batch: string;
    }>(
      `select s.batch_id as sale_batch, r.batch_id as refund_batch from refunds r join sales s on s.id = r.sale_id
       where s.business_day = '2026-11-28'`,
    );
    expect(refunds).toEqual([{ sale_batch: tills.plu1[0]?.id, refund_batch: tills.plu1[1]?.id }]);

    const { fromSummary, fromLines } = await unitNets(db);
    expect(fromSummary).toEqual(fromLines);
    const fromMerge = merged.totals.byUnit
      .map((u) => ({
        code: u.code,
        rates: `${u.pnbpBp}/${u.premiBp}/${u.capitalBp}`,
        amount: u.amount,
      }))
      .sort((x, y) => x.code.localeCompare(y.code) || x.rates.localeCompare(y.rates));
    expect(fromSummary).toEqual(fromMerge);
    // Every summary row (the statement's line counts too) is what one pass over the lines gives.
    const { kept, rebuilt } = await summariesKeptAndRebuilt(db);
    expect(kept.days.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);
    for (const unit of merged.totals.byUnit) {
      expect(splitProceeds(unit.amount, unit)).toEqual({
        pnbp: unit.pnbp,
        premi: unit.premi,
        capital: unit.capital,
      });
    }
    // Net of the stored sales and refunds is the merge's (the till's own report).
    const { rows: net } = await db.query<{ net: number }>(
      `select (select sum(total - void_amount) from sales) - (select sum(amount) from refunds) as net`,
    );
    expect(net).toEqual([{ net: merged.totals.net }]);
    const { rows: products } = await db.query<{ net: number }>(
      'select sum(net) as net from month_product_totals',
    );
    expect(products).toEqual([{ net: merged.totals.byProduct.reduce((s, p) => s + p.amount, 0) }]);
  });

  it('flags a re-export that differs (a sale, a Z, a receipt number under another id) and keeps the first copy', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    for (let i = 0; i < 3; i++) await ingestFolder(db, { folder: folderOf(i), source: 'folder' });
    const before = await unitNets(db);
    const changed = copyOf(tills.plu1[3] as never, scratch());
    let changedSale = '';
    let renumbered = '';
    let renamed = { from: '', to: '' };
    editLines<SaleDoc>(changed, 'sales.jsonl', (sale, index) => {
      if (index === 1) {
        changedSale = sale.id;
        return { ...sale, cashierName: 'Orang Lain' };
      }
      if (index === 2 && !sale.void) {
        renumbered = sale.receiptNo;
        renamed = { from: sale.id, to: `${sale.id.slice(0, 20)}ZZZZZZ` };
        return { ...sale, id: renamed.to };
      }
      return sale;
    });
    // The sale's stock moves name it too (format version 4): a till that changed the id changed both.
    editLines<StockMoveDoc>(changed, 'stock.jsonl', (move) =>
      move.saleId === renamed.from ? { ...move, saleId: renamed.to } : move,
    );
    editLines<ZReportDoc>(changed, 'z-reports.jsonl', (z, index) =>
      index === 0 ? { ...z, closedBy: 'Orang Lain' } : z,
    );
    rehash(changed);
    const answer = await ingestFolder(db, {
      folder: changed,
      source: 'folder',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.stored?.sales.inserted).toBe(0);
    const { rows } = await db.query<{
      kind: string;
      doc_id: string;
      first: string;
      other: string;
    }>(
      `select kind, doc_id, first_batch_id as first, other_batch_id as other from copy_differences order by kind, doc_id`,
    );
    const sales = (await db.query<{ id: string; receipt_no: string }>('select id, receipt_no from sales'))
      .rows;
    const renumberedId = `${sales.find((s) => s.receipt_no === renumbered)?.id.slice(0, 20)}ZZZZZZ`;
    expect(rows).toEqual(
      [
        {
          kind: 'receipt_no',
          doc_id: renumberedId,
          first: tills.plu1[0]?.id,
          other: tills.plu1[3]?.id,
        },
        {
          kind: 'sale',
          doc_id: changedSale,
          first: tills.plu1[0]?.id,
          other: tills.plu1[3]?.id,
        },
        {
          kind: 'z_report',
          doc_id: 'PLU1/Z1',
          first: tills.plu1[0]?.id,
          other: tills.plu1[3]?.id,
        },
      ].sort((a, b) => a.kind.localeCompare(b.kind) || a.doc_id.localeCompare(b.doc_id)),
    );
    // The first copies count: nothing stored or added from the differing one.
    expect((await db.query('select cashier_name from sales where id = $1', [changedSale])).rows).toEqual([
      { cashier_name: 'Sri' },
    ]);
    expect((await db.query('select id from sales where id = $1', [renumberedId])).rows).toEqual([]);
    expect((await db.query('select closed_by from z_reports where z_no = 1')).rows).toEqual([
      { closed_by: 'Pak Andi' },
    ]);
    expect(await unitNets(db)).toEqual(before);
    const { kept, rebuilt } = await summariesKeptAndRebuilt(db);
    expect(kept).toEqual(rebuilt);
  });

  it('gives a database stored before migration 4 the statement counts and document numbers its lines hold', async () => {
    const now = (await freshDb(kind, { migrated: true })).db;
    for (let i = 0; i < 3; i++) await ingestFolder(now, { folder: folderOf(i), source: 'folder' });
    const { db: old } = await freshDb(kind);
    await migrate(
      old,
      loadMigrations().filter((m) => m.version <= 3),
    );
    // The documents, lines and summary as an office at migration 3 held them (no counts, no
    // document numbers on the lines).
    for (const table of [
      'devices',
      'batches',
      'sales',
      'refunds',
      'sale_lines',
      'refund_lines',
      'day_unit_totals',
    ]) {
      const { rows } = await now.query(`select * from ${table}`);
      await old.query(`insert into ${table} select * from json_populate_recordset(null::${table}, $1)`, [
        JSON.stringify(rows),
      ]);
    }
    expect(await migrate(old)).toBe(loadMigrations().at(-1)?.version);
    const all = 'select * from day_unit_totals order by business_day, producer_code, device, pnbp_bp';
    const migrated = (await old.query(all)).rows;
    expect(migrated.some((r) => Number((r as { refund_lines: number }).refund_lines) > 0)).toBe(true);
    expect(migrated).toEqual((await now.query(all)).rows);
    const lines = 'select sale_id, line_no, receipt_no from sale_lines order by sale_id, line_no';
    expect((await old.query(lines)).rows).toEqual((await now.query(lines)).rows);
    const refunds = 'select refund_id, line_no, refund_no from refund_lines order by refund_id, line_no';
    expect((await old.query(refunds)).rows).toEqual((await now.query(refunds)).rows);
  });

  it('answers gaps: a batch and a Z never received; refuses what the receiver refuses', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    expect((await ingestFolder(db, { folder: folderOf(0), source: 'folder' })).status).toBe(201);
    expect((await ingestFolder(db, { folder: folderOf(2), source: 'folder' })).status).toBe(201);
    expect(await batchGaps(db)).toEqual([{ device: 'PLU1', from: 2, to: 2 }]);
    expect(await zGaps(db)).toEqual([{ device: 'PLU1', from: 2, to: 2 }]);

    // #2 with other bytes under its number: refused; #2 with a broken chain: refused.
    const work = scratch();
    const other = copyOf(tills.plu1[1] as never, work);
    rehash(other, (m) => {
      m.prevHash = 'f'.repeat(64);
    });
    const broken = await ingestFolder(db, { folder: other, source: 'folder' });
    expect(broken).toEqual({
      status: 422,
      body: {
        status: 'rejected',
        reason: 'rantai putus: batch PLU1 #2 tidak menyebut batch #1 yang sudah diterima sebagai sebelumnya',
      },
    });
    // Day 1 again, not as a re-export: refused, it would count twice.
    const twice = copyOf(tills.plu1[3] as never, join(work, 'x'));
    rehash(twice, (m) => {
      m.reexport = false;
    });
    expect(await ingestFolder(db, { folder: twice, source: 'folder' })).toEqual({
      status: 422,
      body: {
        status: 'rejected',
        reason:
          'hari 2026-11-28 sudah diterima di batch PLU1 #1, dan batch ini bukan ekspor ulang: penjualannya akan terhitung dua kali',
      },
    });
    expect(await count(db, 'batches')).toBe(2);

    expect((await ingestFolder(db, { folder: folderOf(1), source: 'folder' })).status).toBe(201);
    expect(await batchGaps(db)).toEqual([]);
    expect(await zGaps(db)).toEqual([]);
    const sameNumber = copyOf(tills.plu1[1] as never, join(work, 'y'));
    rehash(sameNumber, (m) => {
      m.generator = `${m.generator} (diubah)`;
    });
    const answer = await ingestFolder(db, {
      folder: sameNumber,
      source: 'folder',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.reason).toMatch(/^batch PLU1 #2 sudah diterima dengan isi lain/);
  });

  it('refuses a second till under the same device code, and lists the code as seen twice', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    await ingestFolder(db, { folder: folderOf(0), source: 'folder' });
    const answer = await ingestFolder(db, {
      folder: tills.twin.folder,
      source: 'folder',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.reason).toMatch(/^kode perangkat PLU1 sudah dipakai kasir lain: batch PLU1 #1/);
    expect(await count(db, 'batches')).toBe(1);
    const seen = await codesSeenTwice(db);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.device).toBe('PLU1');
    expect(seen[0]?.installs.map((i) => i.refused)).toEqual([false, true]);
  });

  it('stores folders in turn, the next checked ahead on the worker: the answers and rows of one by one, a broken folder refused alone', async () => {
    const inTurn = (await freshDb(kind, { migrated: true })).db;
    const oneByOne = (await freshDb(kind, { migrated: true })).db;
    const work = scratch();
    // Batch #2 loses its sales file on the way: refused, and #3 still checked and stored after it.
    const broken = copyOf(tills.plu1[1] as never, work);
    rmSync(join(broken, 'sales.jsonl'));
    const folders = [folderOf(0), broken, folderOf(2), folderOf(3)];
    const seen: number[] = [];
    const done = await ingestFolders(inTurn, folders, { source: 'folder' }, (_, i) => seen.push(i));
    expect(seen.sort()).toEqual([0, 1, 2, 3]);
    const alone = [];
    for (const folder of folders) alone.push(await ingestFolder(oneByOne, { folder, source: 'folder' }));
    expect(done.map((d) => d.folder)).toEqual(folders);
    expect(done.map((d) => d.answer.status)).toEqual([201, 422, 201, 201]);
    expect(done.map((d) => d.answer.body)).toEqual(alone.map((a) => a.body));
    expect(String(done[1]?.answer.body.reason)).toContain('sales.jsonl');
    for (const table of ['batches', 'sales', 'sale_lines', 'refunds', 'day_unit_totals']) {
      expect(await count(inTurn, table), table).toBe(await count(oneByOne, table));
    }
  });

  it('rolls the batch back when its archive copy fails: nothing stored, the error told', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const work = scratch();
    // The archive under a file: the copy cannot make its folder (as a full or broken disk would fail it).
    writeFileSync(join(work, 'bukan-folder'), 'x');
    await expect(
      ingestFolder(db, {
        folder: folderOf(0),
        source: 'folder',
        archiveDir: join(work, 'bukan-folder', 'batches'),
      }),
    ).rejects.toThrow(/ENOTDIR/);
    for (const table of ['batches', 'sales', 'sale_lines', 'day_unit_totals']) {
      expect(await count(db, table), table).toBe(0);
    }
    expect((await ingestFolder(db, { folder: folderOf(0), source: 'folder' })).status).toBe(201);
    // In a run of folders the failure ends the run: the device's later batches are not stored after it.
    const { db: other } = await freshDb(kind, { migrated: true });
    await expect(
      ingestFolders(other, [folderOf(0), folderOf(1), folderOf(2)], {
        source: 'folder',
        archiveDir: join(work, 'bukan-folder', 'batches'),
      }),
    ).rejects.toThrow(/ENOTDIR/);
    expect(await count(other, 'batches')).toBe(0);
  });

  it('stores a batch larger than one page exactly as in one page', async () => {
    const paged = (await freshDb(kind, { migrated: true })).db;
    const whole = (await freshDb(kind, { migrated: true })).db;
    for (let i = 0; i < 4; i++) {
      await ingestFolder(paged, {
        folder: folderOf(i),
        source: 'folder',
        pageSize: 1,
      });
      await ingestFolder(whole, { folder: folderOf(i), source: 'folder' });
    }
    for (const table of ['sales', 'sale_lines', 'payments', 'refunds', 'refund_lines', 'shifts']) {
      expect(await count(paged, table), table).toBe(await count(whole, table));
    }
    const all = 'select * from day_unit_totals order by business_day, producer_code, device';
    expect((await paged.query(all)).rows).toEqual((await whole.query(all)).rows);
    const products = 'select * from month_product_totals order by month, producer_code, sku, name, unit';
    expect((await paged.query(products)).rows).toEqual((await whole.query(products)).rows);
  });

  it('moves an upload into the archive (its folder named as the manifest says); refuses another folder in its place', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    const work = scratch();
    const misnamed = join(work, 'upload');
    cpSync(folderOf(0), misnamed, { recursive: true });
    expect(
      await ingestFolder(db, {
        folder: misnamed,
        source: 'upload',
        key: 'unggah-0001',
      }),
    ).toEqual({
      status: 422,
      body: {
        status: 'rejected',
        reason: `batch tidak sah: nama folder tidak sesuai manifest (seharusnya ${tills.plu1[0]?.name})`,
      },
    });
    const upload = copyOf(tills.plu1[0] as never, work);
    expect(
      (
        await ingestFolder(db, {
          folder: upload,
          source: 'upload',
          key: 'unggah-0001',
        })
      ).status,
    ).toBe(201);
    expect(existsSync(upload)).toBe(false);
    expect(existsSync(join(db.dataDir, 'batches', 'PLU1', tills.plu1[0]?.name ?? '', 'manifest.json'))).toBe(
      true,
    );

    // #2's place in the archive already holds a folder with other content: refused, left as it is.
    const second = tills.plu1[1];
    if (!second) throw new Error('no batch');
    const squatter = join(db.dataDir, 'batches', 'PLU1', second.name);
    cpSync(second.folder, squatter, { recursive: true });
    rehash(squatter, (m) => {
      m.generator = `${m.generator} (lain)`;
    });
    expect(await ingestFolder(db, { folder: second.folder, source: 'folder' })).toEqual({
      status: 409,
      body: {
        status: 'rejected',
        reason: `folder PLU1/${second.name} sudah ada di kantor dengan isi lain`,
      },
    });
    expect(await count(db, 'batches')).toBe(1);
  });

  it('leaves no part of a batch when killed mid-ingest; the archived folder is taken up at the next start', async () => {
    const { db, options } = await freshDb(kind, { migrated: true });
    await db.close();
    const archived = join(options.dataDir, 'batches', 'PLU1', tills.plu1[0]?.name ?? '');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./testing/ingestChild.ts', import.meta.url)),
        JSON.stringify({ options, folder: folderOf(0), archived }),
      ],
      {
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('inside')) done();
      });
      child.once('exit', (code) =>
        fail(new Error(`the child ended (${code}) before its first page: ${stderr}`)),
      );
    });
    const ended = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await ended;

    // The killed process's lock is stale and taken over; its transaction left nothing.
    const reopened = await openDb(options);
    onTestFinished(() => reopened.close());
    for (const table of ['batches', 'sales', 'sale_lines', 'day_unit_totals']) {
      expect(await count(reopened, table), table).toBe(0);
    }
    expect(existsSync(join(archived, 'manifest.json'))).toBe(true);
    const pending = await ingestPending(reopened);
    expect(pending.map((p) => [p.folder, p.answer.status])).toEqual([[archived, 201]]);
    expect(await count(reopened, 'sales')).toBe(tills.plu1[0]?.counts.sales);
    expect(await ingestPending(reopened)).toEqual([]);
    // And the batch sent again is the one stored.
    const again = await ingestFolder(reopened, {
      folder: folderOf(0),
      source: 'folder',
      key: 'lagi-0001',
    });
    expect(again.status).toBe(200);
  }, 60_000);
});
