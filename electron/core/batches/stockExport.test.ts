// Stock travels in the batches (format version 4): stock.jsonl holds the ledger's moves of the
// batch's Zs, each once and in the ledger's order, with the same ids when sent again; the office's
// verify accepts it, and catches a changed line and a sale move that disagrees with the sales.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { canonicalPrettyJson } from '../../../shared/batch/canonicalJson';
import { BATCH_FILES, type BatchManifest, type StockMoveDoc } from '../../../shared/batch/format';
import { engineIn } from '../../../tests/support/engine';
import { sellAndMoveStock } from '../../../tests/support/stockDays';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { verifyBatches } from '../../office/verifyBatches';

const tempDir = tempDirPerTest();

const movesIn = (folder: string) =>
  readFileSync(join(folder, BATCH_FILES.stock), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as StockMoveDoc);

const manifestIn = (folder: string) =>
  JSON.parse(readFileSync(join(folder, BATCH_FILES.manifest), 'utf8')) as BatchManifest;

/** Writes `text` as `file` of the batch and makes the manifest and its checksum agree with it. */
function rewriteConsistently(folder: string, file: string, text: string) {
  writeFileSync(join(folder, file), text);
  const manifest = manifestIn(folder);
  const bytes = Buffer.from(text);
  const files = manifest.files.map((f) =>
    f.name === file
      ? { name: f.name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
      : f,
  );
  const manifestText = canonicalPrettyJson({ ...manifest, files });
  writeFileSync(join(folder, BATCH_FILES.manifest), manifestText);
  writeFileSync(
    join(folder, BATCH_FILES.manifestSum),
    `${createHash('sha256').update(manifestText).digest('hex')}  manifest.json\n`,
  );
}

describe('stock in the sales batches', () => {
  it('carries every move of the closed Zs once, as the ledger holds them, and again with the same ids', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const { days, sales } = await sellAndMoveStock(t);
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const { batch } = await manager.ok('batches.export', { dir: usb });
    // A clock set a few minutes back after the Z: this receipt is stamped before Z 2's close but
    // written after a later move, so it waits for the next Z and the days' moves stay the same.
    t.setNow('2026-11-29T08:58:00Z');
    await manager.ok('stock.receive', {
      producerCode: 'LPS-PALU',
      reference: 'SJ-LAMBAT',
      lines: [{ productId: (await t.ok('products.list', { query: 'BWG-100' }))[0]?.id ?? 0, qty: 1 }],
    });
    const again = (await manager.ok('batches.export', { dir: usb, days, reexport: true })).batch;
    t.engine.close();

    const ledger = new Database(join(dir, 'karya.db'), { readonly: true });
    const rows = ledger
      .prepare(
        `SELECT m.id, m.kind, m.qty_milli AS qtyMilli, l.code AS location, p.sku, m.reference, m.sale_id AS saleId
         FROM stock_moves m JOIN locations l ON l.id = m.location_id JOIN products p ON p.id = m.product_id
         ORDER BY m.id`,
      )
      .all() as { id: number; kind: string; qtyMilli: number; location: string; sku: string }[];
    ledger.close();

    const manifest = manifestIn(batch.folder);
    expect(manifest.formatVersion).toBe(4);
    const moves = movesIn(batch.folder);
    // Everything but the adjustment made after the second Z (and the late receipt), in order.
    expect(rows.at(-2)).toMatchObject({ kind: 'adjust', sku: 'LLE-KG', qtyMilli: -500 });
    expect(rows.at(-1)).toMatchObject({ kind: 'receive', reference: 'SJ-LAMBAT' });
    const carried = rows.slice(0, -2);
    expect(moves.map((m) => [m.moveNo, m.kind, m.qtyMilli, m.location.code, m.product.sku])).toEqual(
      carried.map((r) => [r.id, r.kind, r.qtyMilli, r.location, r.sku]),
    );
    expect(new Set(moves.map((m) => m.kind))).toEqual(
      new Set([
        'receive',
        'transfer_out',
        'transfer_in',
        'adjust',
        'event_out',
        'sale',
        'refund',
        'count',
        'event_return',
      ]),
    );
    expect(moves.every((m) => m.id === `BTH1-S${m.moveNo}` && m.device === 'BTH1')).toBe(true);
    expect(manifest.counts.stockMoves).toBe(carried.length);

    // Z 1 carries what happened up to its close; the goods received that evening go with Z 2.
    const lateReceipt = moves.find((m) => m.reference === 'SJ-LPS-2');
    expect(lateReceipt).toMatchObject({ kind: 'receive', zNo: 2, businessDay: '2026-11-29', qtyMilli: 6000 });
    expect(lateReceipt?.receivedFrom).toBe('LPS-PALU');
    const [z1, z2] = manifest.days;
    expect(z1).toMatchObject({ zNo: 1, stockAfter: 0 });
    expect(z2).toMatchObject({ zNo: 2, stockAfter: z1?.stockUpto, stockUpto: carried.length });
    expect(moves.filter((m) => m.zNo === 1).every((m) => m.businessDay === '2026-11-28')).toBe(true);

    // Sale moves name the sale line and its price; the void and the refund bring goods back.
    const first = sales[0];
    const sold = moves.filter((m) => m.kind === 'sale' && m.saleId === first?.id);
    expect(sold.map((m) => [m.saleLineNo, m.qtyMilli, m.unitPrice])).toEqual(
      first?.lines.map((l) => [l.lineNo, -l.qtyMilli, l.unitPrice]),
    );
    expect(moves.filter((m) => m.kind === 'refund').map((m) => [m.reference, m.qtyMilli, m.zNo])).toEqual([
      [`BATAL ${sales[2]?.receiptNo}`, 1000, 1],
      ['R-BTH1-20261129-0001', 1000, 2],
    ]);
    const sambal = moves.find((m) => m.product.sku === 'SBR-150' && m.kind === 'receive');
    expect(sambal).toMatchObject({
      batch: { code: 'SR-11', expiresOn: '2027-01-31' },
      reference: 'SJ-RTN-1',
    });
    expect(sambal?.unitPrice).toBeGreaterThan(0);
    expect(moves.find((m) => m.kind === 'count')).toMatchObject({
      qtyMilli: -1000,
      location: { code: 'BAZAR' },
    });

    // The re-export carries the same moves, byte for byte.
    expect(
      readFileSync(join(again.folder, BATCH_FILES.stock)).equals(
        readFileSync(join(batch.folder, BATCH_FILES.stock)),
      ),
    ).toBe(true);

    const report = verifyBatches([batch.folder, again.folder]);
    expect(report.problems).toEqual([]);
    expect(report.batches.map((b) => b.problems)).toEqual([[], []]);
  });

  it('verify catches a changed stock line and a sale move that disagrees with the sales', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const { sales } = await sellAndMoveStock(t);
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const { batch } = await manager.ok('batches.export', { dir: usb });
    t.engine.close();
    const original = readFileSync(join(batch.folder, BATCH_FILES.stock), 'utf8');
    const sale = sales[0];
    const line = sale?.lines[0];
    const saleMove = original
      .split('\n')
      .find((l) => l.includes(`"saleId":"${sale?.id}"`) && l.includes('"saleLineNo":1'));
    expect(saleMove).toBeDefined();
    const changed = original.replace(
      saleMove ?? '',
      (saleMove ?? '').replace('"qtyMilli":-2000', '"qtyMilli":-1000'),
    );
    expect(changed).not.toBe(original);

    // Changed in place: the hash no longer matches.
    const edited = join(dir, 'edited');
    cpSync(batch.folder, edited, { recursive: true });
    writeFileSync(join(edited, BATCH_FILES.stock), changed);
    const hashProblems = verifyBatches([edited]).batches[0]?.problems ?? [];
    expect(hashProblems.some((p) => p.includes(BATCH_FILES.stock) && p.includes('SHA-256'))).toBe(true);

    // Changed with the manifest made to agree: the sale move no longer matches the sale.
    const forged = join(dir, 'forged');
    cpSync(batch.folder, forged, { recursive: true });
    rewriteConsistently(forged, BATCH_FILES.stock, changed);
    expect(verifyBatches([forged]).batches[0]?.problems).toEqual([
      `stock.jsonl: transaksi ${sale?.receiptNo} baris 1 (${line?.sku}): stok keluar 1 ${line?.unit}, tetapi terjual 2 ${line?.unit}`,
    ]);

    // A sale move left out (and the count lowered): the range has a hole and the sale line is bare.
    const dropped = join(dir, 'dropped');
    cpSync(batch.folder, dropped, { recursive: true });
    rewriteConsistently(dropped, BATCH_FILES.stock, original.replace(`${saleMove}\n`, ''));
    const problems = verifyBatches([dropped]).batches[0]?.problems ?? [];
    expect(problems).toContain(
      `stock.jsonl: transaksi ${sale?.receiptNo} baris 1 (${line?.sku}): tidak ada mutasi stok keluar`,
    );
    expect(problems.some((p) => p.startsWith('stock.jsonl: laporan Z 1 (2026-11-28) memuat'))).toBe(true);
  });
});
