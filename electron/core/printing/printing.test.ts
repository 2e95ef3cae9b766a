import Database from 'better-sqlite3';
import { encode } from 'fast-png';
import { afterEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../scripts/virtualPrinter/virtualPrinter';
import type { PrinterInput } from '../../../shared/contract';
import { wordStored } from '../../../shared/messages/stored';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { queueReport } from './handlers';
import { MAX_AUTO_ATTEMPTS } from './queue';
import type { SystemPrinter } from './transports/types';

const tempDir = tempDirPerTest();
const TIMEOUTS = { connectMs: 3000, statusMs: 1500, writeMs: 3000 };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function virtualPrinter(): Promise<VirtualPrinter> {
  const printer = await startVirtualPrinter({ port: 0 });
  cleanups.push(() => printer.close());
  return printer;
}

function till(dir = tempDir(), options: Parameters<typeof engineIn>[1] = {}): TestEngine {
  const t = engineIn(dir, { printing: { timeouts: TIMEOUTS }, ...options });
  cleanups.push(() => t.engine.close());
  return t;
}

function tcpPrinter(port: number, extra: Partial<PrinterInput> = {}): PrinterInput {
  return { name: 'Kasir 58', transport: 'tcp', target: `127.0.0.1:${port}`, ...extra };
}

async function productId(t: TestEngine, sku: string): Promise<number> {
  const product = (await t.ok('products.list', { query: sku })).find((p) => p.sku === sku);
  if (!product) throw new Error(`no product ${sku}`);
  return product.id;
}

async function sell(t: TestEngine) {
  const cashier = await t.as('cashier', 'Sri');
  const sale = await cashier.ok('sales.commitCash', {
    lines: [
      { productId: await productId(t, 'BWG-100'), qty: 2 },
      { productId: await productId(t, 'SBR-150'), qty: 1 },
    ],
    cashTendered: 100_000,
  });
  return { cashier, sale };
}

describe('printer profiles', () => {
  it('are managed by managers only, validated in Indonesian, and the first one is the default', async () => {
    const t = till();
    const cashier = await t.as('cashier');
    const manager = await t.as('manager');
    await expect(cashier.call('printers.save', tcpPrinter(9100))).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(
      manager.call('printers.save', tcpPrinter(9100, { target: 'printer di meja' })),
    ).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message:
          'Data tidak valid: Alamat printer jaringan harus berbentuk host:port, contoh 192.168.1.50:9100',
      }),
    });
    await expect(manager.call('printers.save', { ...tcpPrinter(9100), columns: 40 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('32, 42 atau 48 kolom') },
    });
    expect(await cashier.ok('printers.list', {})).toEqual([]);

    const first = await manager.ok('printers.save', tcpPrinter(9100));
    expect(first).toMatchObject({
      isDefault: true,
      columns: 32,
      codePage: 'cp437',
      qrMode: 'raster',
      cut: true,
    });
    const second = await manager.ok('printers.save', {
      name: 'Dapur 80',
      transport: 'cups',
      target: 'POS80',
      columns: 48,
      isDefault: true,
    });
    expect(second.isDefault).toBe(true);
    expect((await cashier.ok('printers.list', {})).map((p) => [p.name, p.isDefault])).toEqual([
      ['Dapur 80', true],
      ['Kasir 58', false],
    ]);
    await expect(
      manager.call('printers.save', tcpPrinter(9100, { name: 'kasir 58' })),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await manager.ok('printers.delete', { id: second.id });
    expect((await cashier.ok('printers.list', {})).map((p) => [p.name, p.isDefault])).toEqual([
      ['Kasir 58', true],
    ]);
  });
});

describe('printing a receipt', () => {
  it('stores a job and returns at once; the worker prints it on the virtual printer', async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port));
    const { cashier, sale } = await sell(t);

    const job = await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    expect(job).toMatchObject({ kind: 'receipt', status: 'queued', receiptNo: sale.receiptNo, attempts: 0 });
    expect(printer.jobs).toHaveLength(0);
    // Asking twice (a double click, a re-rendered dialog) does not print twice.
    expect((await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo })).id).toBe(job.id);

    expect(await t.engine.printing.runOnce()).toBe(1);
    const [printed] = await printer.waitForJobs(1);
    const text = printed?.decoded.lines.join('\n') ?? '';
    expect(text).toContain(sale.receiptNo);
    expect(text).toContain('Bawang Goreng Palu 100 g');
    expect(text).toContain('Sambal Roa 150 ml');
    expect(text).toMatch(/TOTAL +Rp 85\.000/);
    expect(text).toMatch(/Kasir +Sri/);
    expect(text).toContain('28/11/2026 10.00');
    expect(printed?.decoded.unknown).toEqual([]);

    const { jobs, pending, failed } = await cashier.ok('printing.jobs', { receiptNo: sale.receiptNo });
    expect(jobs).toEqual([
      expect.objectContaining({ id: job.id, status: 'sent', attempts: 1, printerName: 'Kasir 58' }),
    ]);
    expect([pending, failed]).toEqual([0, 0]);
    expect(await t.engine.printing.runOnce()).toBe(0);
  });

  it('refuses plainly when no printer is set up, and the sale stays stored', async () => {
    const t = till();
    const { cashier, sale } = await sell(t);
    await expect(cashier.call('printing.printReceipt', { receiptNo: sale.receiptNo })).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'PRINTER',
        message:
          'Belum ada printer bawaan. Manajer dapat menambahkannya di menu Printer. Transaksi tetap tersimpan.',
      }),
    });
    expect((await cashier.ok('sales.get', { receiptNo: sale.receiptNo })).total).toBe(85_000);
    await expect(
      cashier.call('printing.printReceipt', { receiptNo: 'BTH1-20261128-9999' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('on paper out: fails with the reason as a message, backs off, and prints once the paper is back', async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port));
    const { cashier, sale } = await sell(t);
    printer.setPaperOut(true);
    const job = await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    await t.engine.printing.runOnce();

    let [failedJob] = (await cashier.ok('printing.jobs', {})).jobs;
    expect(failedJob).toMatchObject({
      id: job.id,
      status: 'failed',
      attempts: 1,
      lastError: 'printing.problem.paperOut',
      nextAttemptAt: '2026-11-28T02:00:05.000Z',
    });
    // Stored as a key: each screen words it in its language, the command line in Indonesian.
    expect(wordStored('id', failedJob?.lastError ?? '')).toBe(
      'Kertas printer habis. Pasang gulungan kertas baru, lalu coba lagi.',
    );
    expect(wordStored('en', failedJob?.lastError ?? '')).toBe(
      'The printer is out of paper. Put in a new paper roll, then try again.',
    );
    // Not due yet: nothing is tried.
    expect(await t.engine.printing.runOnce()).toBe(0);
    t.setNow('2026-11-28T02:00:05.000Z');
    await t.engine.printing.runOnce();
    [failedJob] = (await cashier.ok('printing.jobs', {})).jobs;
    expect(failedJob).toMatchObject({ attempts: 2, nextAttemptAt: '2026-11-28T02:00:15.000Z' });

    printer.setPaperOut(false);
    t.setNow('2026-11-28T02:00:15.000Z');
    await t.engine.printing.runOnce();
    expect(printer.jobs).toHaveLength(1);
    expect((await cashier.ok('printing.jobs', {})).jobs[0]).toMatchObject({
      status: 'sent',
      attempts: 3,
      lastError: null,
    });
  });

  it('stops retrying after a while and waits for a person, who can retry or cancel', async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port));
    const { cashier, sale } = await sell(t);
    printer.setCoverOpen(true);
    const job = await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    let clock = Date.parse('2026-11-28T02:00:00Z');
    for (let attempt = 1; attempt <= MAX_AUTO_ATTEMPTS; attempt++) {
      expect(await t.engine.printing.runOnce()).toBe(1);
      clock += 10 * 60_000;
      t.setNow(new Date(clock).toISOString());
    }
    expect(await t.engine.printing.runOnce()).toBe(0);
    const list = await cashier.ok('printing.jobs', {});
    expect(list.jobs[0]).toMatchObject({
      status: 'failed',
      attempts: MAX_AUTO_ATTEMPTS,
      nextAttemptAt: null,
    });
    expect(list.jobs[0]?.lastError).toBe('printing.problem.coverOpen');
    expect(wordStored('id', list.jobs[0]?.lastError ?? '')).toMatch(/^Penutup printer terbuka/);
    expect([list.pending, list.failed]).toEqual([0, 1]);

    printer.setCoverOpen(false);
    expect(await cashier.ok('printing.retry', { jobId: job.id })).toMatchObject({
      status: 'queued',
      attempts: 0,
    });
    await t.engine.printing.runOnce();
    expect(printer.jobs).toHaveLength(1);
    await expect(cashier.call('printing.cancel', { jobId: job.id })).resolves.toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: 'CONFLICT', message: 'Pekerjaan ini sudah tercetak.' }),
    });
    await expect(cashier.call('printing.retry', { jobId: job.id })).resolves.toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('cancels a waiting job, which then never prints', async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port));
    const { cashier, sale } = await sell(t);
    const job = await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    expect(await cashier.ok('printing.cancel', { jobId: job.id })).toMatchObject({ status: 'cancelled' });
    expect(await t.engine.printing.runOnce()).toBe(0);
    expect(printer.jobs).toHaveLength(0);
    // A cancelled first print can be asked for again.
    const again = await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    expect(again.id).not.toBe(job.id);
  });

  it('reprints any receipt as SALINAN, without opening the drawer', async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port, { drawerKick: true }));
    const { cashier, sale } = await sell(t);
    await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    await cashier.ok('printing.reprint', { receiptNo: sale.receiptNo });
    await t.engine.printing.runOnce();
    const [first, copy] = await printer.waitForJobs(2);
    expect(first?.decoded.lines.join('\n')).not.toContain('SALINAN');
    expect(first?.decoded.items.some((i) => i.type === 'pulse')).toBe(true);
    expect(copy?.decoded.lines.filter((l) => l.includes('*** SALINAN ***'))).toHaveLength(2);
    expect(copy?.decoded.items.some((i) => i.type === 'pulse')).toBe(false);
    expect(
      (await cashier.ok('printing.jobs', { receiptNo: sale.receiptNo })).jobs.map((j) => j.kind),
    ).toEqual(['reprint', 'receipt']);
  });

  it('keeps unsent jobs across a restart, including one cut off mid-send, and the worker sends them', async () => {
    const printer = await virtualPrinter();
    const dir = tempDir();
    const t = engineIn(dir, { printing: { timeouts: TIMEOUTS } });
    await t.ok('printers.save', tcpPrinter(printer.port));
    const { cashier, sale } = await sell(t);
    await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    await cashier.ok('printing.reprint', { receiptNo: sale.receiptNo });
    t.engine.close();
    // A power cut while the first job was being sent.
    const raw = new Database(`${dir}/karya.db`);
    raw.prepare(`UPDATE print_jobs SET status = 'sending' WHERE kind = 'receipt'`).run();
    raw.close();

    const restarted = engineIn(dir, { printing: { timeouts: TIMEOUTS, runQueue: true } });
    cleanups.push(() => restarted.engine.close());
    expect(restarted.engine.printing.running).toBe(true);
    await printer.waitForJobs(2);
    const { jobs } = await restarted.ok('printing.jobs', {});
    await expect
      .poll(async () => (await restarted.ok('printing.jobs', {})).jobs.map((j) => j.status))
      .toEqual(['sent', 'sent']);
    expect(jobs).toHaveLength(2);
  });

  it('runs in the background when the worker runs: a queued receipt prints without anyone waiting', async () => {
    const printer = await virtualPrinter();
    const t = till(tempDir(), { printing: { timeouts: TIMEOUTS, runQueue: true } });
    await t.ok('printers.save', tcpPrinter(printer.port));
    const { cashier, sale } = await sell(t);
    await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    const [printed] = await printer.waitForJobs(1, 5000);
    expect(printed?.text).toContain(sale.receiptNo);
    t.engine.close();
    expect(t.engine.printing.running).toBe(false);
  });

  it('goes to the default printer when its own printer was deleted', async () => {
    const printer = await virtualPrinter();
    const t = till();
    const manager = await t.as('manager');
    const gone = await manager.ok('printers.save', tcpPrinter(1, { name: 'Lama' }));
    const { cashier, sale } = await sell(t);
    await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo, printerId: gone.id });
    await manager.ok('printers.save', tcpPrinter(printer.port, { name: 'Baru', isDefault: true }));
    await manager.ok('printers.delete', { id: gone.id });
    await t.engine.printing.runOnce();
    await printer.waitForJobs(1);
  });
});

describe('receipt settings, preview and the system dialog', () => {
  it('prints the header, footer and origin lines set by a manager', async () => {
    const printer = await virtualPrinter();
    const t = till();
    const manager = await t.as('manager');
    await manager.ok('printers.save', tcpPrinter(printer.port, { originLine: true, columns: 48 }));
    const saved = await manager.ok('printing.saveSettings', {
      header: ['Stan Karya WBP Sulteng', 'Jl. Sam Ratulangi, Palu', ''],
      footer: ['Terima kasih', 'Barang dibeli tidak dapat ditukar'],
      originPrefix: 'Karya WBP',
      qr: 'verification',
    });
    expect(saved).toMatchObject({
      header: ['Stan Karya WBP Sulteng', 'Jl. Sam Ratulangi, Palu'],
      logoDataUrl: null,
    });
    const { cashier, sale } = await sell(t);
    await expect(
      cashier.call('printing.saveSettings', { ...saved, logoDataUrl: undefined }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const preview = await cashier.ok('printing.preview', { receiptNo: sale.receiptNo });
    expect(preview.columns).toBe(48);
    expect(preview.printerName).toBe('Kasir 58');
    expect(preview.lines).toContain('  Karya WBP Lapas Kelas IIA Palu');
    expect(preview.html).toContain('receipt-qr');

    await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    await t.engine.printing.runOnce();
    const [printed] = await printer.waitForJobs(1);
    const lines = printed?.decoded.lines.map((l) => l.trimEnd()) ?? [];
    // The paper shows exactly the previewed lines.
    expect(lines.slice(0, preview.lines.length)).toEqual(preview.lines.map((l) => l.trimEnd()));
    expect(lines.join('\n')).toContain('Barang dibeli tidak dapat ditukar');
    expect(printed?.decoded.items.some((i) => i.type === 'image')).toBe(true);

    const copy = await cashier.ok('printing.preview', { receiptNo: sale.receiptNo, copy: true });
    expect(copy.lines.filter((l) => l.includes('SALINAN'))).toHaveLength(2);
  });

  it('accepts a PNG logo, prints it on printers that want it, and refuses what is not a PNG', async () => {
    const printer = await virtualPrinter();
    const t = till();
    const manager = await t.as('manager');
    await manager.ok('printers.save', tcpPrinter(printer.port, { logo: true }));
    const settings = await manager.ok('printing.settings', {});
    const bogus = `data:image/png;base64,${Buffer.from('bukan gambar').toString('base64')}`;
    await expect(manager.call('printing.saveSettings', { ...settings, logoDataUrl: bogus })).resolves.toEqual(
      {
        ok: false,
        error: expect.objectContaining({
          code: 'INVALID_INPUT',
          message: 'Logo tidak dapat dibaca sebagai gambar PNG.',
        }),
      },
    );

    const png = encode({ width: 64, height: 16, channels: 1, depth: 8, data: new Uint8Array(64 * 16) });
    const logoDataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    expect((await manager.ok('printing.saveSettings', { ...settings, logoDataUrl })).logoDataUrl).toBe(
      logoDataUrl,
    );
    await manager.ok('printers.test', { id: (await manager.ok('printers.list', {}))[0]?.id ?? 0 });
    await t.engine.printing.runOnce();
    const [printed] = await printer.waitForJobs(1);
    expect(printed?.decoded.items.find((i) => i.type === 'image')).toMatchObject({ width: 64, height: 16 });
    expect(printed?.decoded.lines.join('\n')).toContain('UJI CETAK');
    expect(
      (await manager.ok('printing.saveSettings', { ...settings, logoDataUrl: null })).logoDataUrl,
    ).toBeNull();

    // Without a logo in the settings, resources/receipt-logo.png prints (scaled to 60% of 384 dots).
    await manager.ok('printers.test', { id: (await manager.ok('printers.list', {}))[0]?.id ?? 0 });
    await t.engine.printing.runOnce();
    const [, fromResources] = await printer.waitForJobs(2);
    const image = fromResources?.decoded.items.find((i) => i.type === 'image');
    expect(image).toMatchObject({ type: 'image', width: 232, height: 80 }); // 230 x 77, padded to whole bytes
  });

  it('hands the HTML receipt to the system print dialog in the desktop app, and explains its absence elsewhere', async () => {
    const printed: { html: string; deviceName: string | null; widthMm: number }[] = [];
    const systemPrinter: SystemPrinter = {
      print: async (html, options) => {
        printed.push({ html, deviceName: options.deviceName, widthMm: options.widthMm });
      },
    };
    const t = till(tempDir(), { printing: { timeouts: TIMEOUTS, systemPrinter } });
    await t.ok('printers.save', { name: 'Windows POS58', transport: 'system', target: 'POS58' });
    const { cashier, sale } = await sell(t);
    await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
    await t.engine.printing.runOnce();
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ deviceName: 'POS58', widthMm: 48 });
    expect(printed[0]?.html).toMatch(/^<!doctype html>/);
    expect(printed[0]?.html).toContain(sale.receiptNo);

    const browser = till();
    await browser.ok('printers.save', { name: 'Sistem', transport: 'system', target: '' });
    const other = await sell(browser);
    await other.cashier.ok('printing.printReceipt', { receiptNo: other.sale.receiptNo });
    await browser.engine.printing.runOnce();
    expect((await other.cashier.ok('printing.jobs', {})).jobs[0]).toMatchObject({
      status: 'failed',
      nextAttemptAt: null,
      lastError: 'printing.systemDesktopOnly',
    });
  });
});

describe('labels and reports', () => {
  it('prints EAN-13 labels with name, price and origin through the printer barcode command', async () => {
    const printer = await virtualPrinter();
    const t = till();
    const manager = await t.as('manager');
    await manager.ok('printers.save', tcpPrinter(printer.port));
    const bawang = await productId(t, 'BWG-100');
    const cashier = await t.as('cashier');
    await expect(
      cashier.call('printing.printLabel', { productId: bawang, copies: 1 }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const preview = await manager.ok('printing.previewLabel', {
      productId: bawang,
      copies: 1,
      expiry: '2027-02-28',
    });
    expect(preview.lines.map((l) => l.trim())).toEqual([
      'Bawang Goreng Palu 100 g',
      'Rp 25.000',
      'Karya WBP Lapas Kelas IIA Palu',
      'Kedaluwarsa 28/02/2027',
    ]);
    expect(preview.html).toContain('EAN-13 2990000000019');

    const job = await manager.ok('printing.printLabel', {
      productId: bawang,
      copies: 2,
      expiry: '2027-02-28',
    });
    expect(job).toMatchObject({ kind: 'label', title: 'Label Bawang Goreng Palu 100 g x2' });
    await t.engine.printing.runOnce();
    const [printed] = await printer.waitForJobs(1);
    const items = printed?.decoded.items ?? [];
    expect(items.filter((i) => i.type === 'barcode')).toEqual([
      { type: 'barcode', symbology: 'ean13', data: '2990000000019', align: 'center' },
      { type: 'barcode', symbology: 'ean13', data: '2990000000019', align: 'center' },
    ]);
    expect(items.filter((i) => i.type === 'cut')).toHaveLength(2);

    await expect(
      manager.call('printing.printLabel', { productId: 999_999, copies: 1 }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await expect(
      manager.call('printing.printLabel', { productId: bawang, copies: 51 }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('Paling banyak 50 label') },
    });
  });

  it('refuses a label for a product without an EAN-13 barcode', async () => {
    const t = till();
    await t.ok('printers.save', tcpPrinter(9100));
    const id = await productId(t, 'BWG-100');
    const raw = new Database(t.engine.dbPath);
    raw.prepare('DELETE FROM product_barcodes WHERE product_id = ?').run(id);
    raw.close();
    await expect(
      t.engine.call('printing.printLabel', { productId: id, copies: 1 }, undefined),
    ).resolves.toMatchObject({
      ok: false,
    });
    const manager = await t.as('manager');
    await expect(manager.call('printing.printLabel', { productId: id, copies: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('belum punya barcode EAN-13') },
    });
  });

  it('queues X/Z-style reports through the same queue', async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port));
    // Reports (issue 6) call queueReport from their own handlers with the engine context.
    const db = new Database(t.engine.dbPath);
    cleanups.push(() => {
      db.close();
    });
    const job = queueReport(
      { db, now: () => new Date('2026-11-28T02:00:00Z'), printing: t.engine.printing },
      { kind: 'system' },
      {
        type: 'report',
        header: ['Stan Karya WBP Sulteng'],
        title: 'LAPORAN Z',
        subtitle: 'Sabtu, 28 November 2026',
        sections: [
          {
            heading: 'Penjualan',
            rows: [
              { label: 'Transaksi', value: '12' },
              { label: 'Total', value: 'Rp\u00a01.250.000', bold: true },
            ],
          },
        ],
        footer: ['Dicetak oleh sistem'],
      },
    );
    expect(job).toMatchObject({ kind: 'report', title: 'LAPORAN Z', status: 'queued' });
    await t.engine.printing.runOnce();
    const [printed] = await printer.waitForJobs(1);
    const lines = printed?.decoded.lines ?? [];
    expect(lines.map((l) => l.trim())).toContain('LAPORAN Z');
    expect(lines).toContain(`Total${' '.repeat(32 - 5 - 12)}Rp 1.250.000`);
    expect(printed?.bytes.includes(0xff)).toBe(false);
  });
});
