// Run by electron/core/laptopZone.test.ts in a child `node` whose TZ is set (the laptop's zone): one
// sale at 2026-12-05T02:30Z (10.30 WITA) on a till kept in WITA, then everything that shows its time
// as the engine makes it, printed as JSON on standard output: the receipt, the X and Z paper, the
// report files and the batch files. Usage: node --import tsx laptopZoneChild.ts <empty folder>
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { layoutDoc } from '../../shared/receipt/layout';
import { docTextLines, type PrintModel } from '../../shared/receipt/model';
import { engineIn } from './engine';
import { pdfText } from './pdfTools';
import { readXlsxRows } from './xlsxRows';

const dir = process.argv[2];
if (!dir) throw new Error('usage: laptopZoneChild.ts <folder>');

const t = engineIn(dir, { backupCheckMs: 0 });
try {
  t.setNow('2026-12-05T00:55:00Z'); // 08.55 WITA: the shift opens
  const sri = await t.as('cashier', 'Sri');
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  await t.ok('printers.save', { name: 'Kasir 58', transport: 'tcp', target: '127.0.0.1:9', columns: 32 });
  const product = (await t.ok('products.list', { query: 'BWG-100' })).find((p) => p.sku === 'BWG-100');
  if (!product) throw new Error('no BWG-100 in the demo catalogue');

  t.setNow('2026-12-05T02:30:00Z'); // 10.30 WITA: the sale
  const sale = await sri.ok('sales.commitCash', {
    lines: [{ productId: product.id, qty: 1 }],
    cashTendered: product.price,
  });
  const receipt = await sri.ok('printing.preview', { receiptNo: sale.receiptNo });

  // The queue is not running here: each paper is read back from the job the engine stored.
  const db = new Database(join(dir, 'karya.db'), { readonly: true });
  const paper = (jobId: number) => {
    const row = db.prepare('SELECT payload FROM print_jobs WHERE id = ?').get(jobId) as { payload: string };
    const model = JSON.parse(row.payload) as PrintModel;
    return docTextLines(layoutDoc(model, { columns: 32, originLines: false, logo: false }));
  };

  const xJob = await manager.ok('printing.printReport', { kind: 'x' });
  t.setNow('2026-12-05T06:00:00Z'); // 14.00 WITA: the shift closes, then the day
  await sri.ok('shifts.close', { count: { '5000': sale.total / 5000 } });
  const z = await manager.ok('reports.z', {});
  const zJob = await manager.ok('printing.printReport', { kind: 'z', day: z.close.businessDay });

  // The files as the engine makes them for a window on this laptop (its zone is the process's).
  const file = async (format: 'xlsx' | 'pdf') =>
    Buffer.from((await manager.ok('reports.file', { kind: 'z', zNo: z.close.zNo, format })).base64, 'base64');
  const book = new Uint8Array(await file('xlsx'));
  const pdf = pdfText(new Uint8Array(await file('pdf')));

  const usb = join(dir, 'usb');
  mkdirSync(usb);
  const { batch } = await manager.ok('batches.export', { dir: usb });
  const batchText = (name: string) => readFileSync(join(batch.folder, name), 'utf8');

  process.stdout.write(
    JSON.stringify({
      laptopZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      businessDay: sale.businessDay,
      receipt: receipt.lines,
      x: paper(xJob.id),
      z: paper(zJob.id),
      xlsx: {
        summary: readXlsxRows(book, 'Ringkasan').map((r) => r.cells),
        hours: readXlsxRows(book, 'Per jam').map((r) => r.cells),
        shifts: readXlsxRows(book, 'Shift').map((r) => r.cells),
      },
      pdfDibuat: /^Dibuat (.*?) \u00b7 rupiah$/m.exec(pdf)?.[1] ?? null,
      batch: {
        salesCsv: batchText('sales.csv'),
        sales: batchText('sales.jsonl'),
        manifestTimeZone: (JSON.parse(batchText('manifest.json')) as { timeZone?: string }).timeZone ?? null,
      },
    }),
  );
  db.close();
} finally {
  t.engine.close();
}
