// X and Z reports printed through the real queue to a virtual ESC/POS printer over TCP, on a real
// SQLite file: what comes out of the printer is decoded and read.
import { afterEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../scripts/virtualPrinter/virtualPrinter';
import { formatNumber } from '../../../shared/money';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function setUp(): Promise<{ t: TestEngine; printer: VirtualPrinter }> {
  const printer = await startVirtualPrinter({ port: 0 });
  cleanups.push(() => printer.close());
  const t = engineIn(tempDir(), {
    printing: { timeouts: { connectMs: 3000, statusMs: 1500, writeMs: 3000 } },
  });
  cleanups.push(() => t.engine.close());
  await t.ok('printers.save', { name: 'Kasir 58', transport: 'tcp', target: `127.0.0.1:${printer.port}` });
  return { t, printer };
}

async function productId(t: TestEngine, sku: string): Promise<number> {
  const product = (await t.ok('products.list', { query: sku })).find((p) => p.sku === sku);
  if (!product) throw new Error(`no product ${sku}`);
  return product.id;
}

async function printed(t: TestEngine, printer: VirtualPrinter, n: number): Promise<string[]> {
  await t.engine.printing.runOnce();
  const jobs = await printer.waitForJobs(n);
  return jobs[n - 1]?.decoded.lines ?? [];
}

/** `label` on the left, `value` ending in the 32nd column. */
const row = (label: string, value: string) => label + ' '.repeat(32 - label.length - value.length) + value;

describe('printing.printReport', () => {
  it('prints the X report of today, then the stored Z report with its number, to the thermal printer', async () => {
    const { t, printer } = await setUp();
    const sri = await t.as('cashier', 'Sri');
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const sale = await sri.ok('sales.commitCash', {
      lines: [
        { productId: await productId(t, 'BWG-100'), qty: 2 },
        { productId: await productId(t, 'SBR-150'), qty: 1 },
      ],
      cashTendered: 100_000,
    });

    const xJob = await manager.ok('printing.printReport', { kind: 'x' });
    expect(xJob).toMatchObject({ kind: 'report', title: 'LAPORAN X 2026-11-28', status: 'queued' });
    const x = await printed(t, printer, 1);
    expect(x.map((l) => l.trim())).toContain('LAPORAN X');
    expect(x).toContain(row('Total penjualan', formatNumber(sale.total)));
    expect(x).toContain(row('Bersih', formatNumber(sale.total)));
    // `WITA` follows the times when this machine's own zone is another (laptopZone.test.ts).
    expect(x.join('\n')).toMatch(/Sri 10\.00-\.\.\.( WITA)?\s+TERBUKA/);

    // The cashier counts exactly what she took; the manager closes the day and prints the Z.
    await sri.ok('shifts.close', { count: { '100000': 0, '5000': sale.total / 5000 } });
    const z = await manager.ok('reports.z', {});
    expect(z.close.zNo).toBe(1);
    const zJob = await manager.ok('printing.printReport', { kind: 'z', day: '2026-11-28' });
    expect(zJob.title).toBe('LAPORAN Z 1');
    const lines = await printed(t, printer, 2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(32);
    expect(lines.map((l) => l.trim())).toContain('LAPORAN Z');
    expect(lines).toContain(row('No. Z', '1'));
    expect(lines).toContain(row('Bersih', formatNumber(z.report.net)));
    expect(lines).toContain(row('Oleh', 'Pak Andi'));
    // Every unit that sold, then the rounding of no unit and the net they add up to.
    for (const unit of z.report.byProducer) expect(lines.join('\n')).toContain(formatNumber(unit.amount));
    expect(lines).toContain(row('Jumlah', formatNumber(z.report.net)));
    expect(lines.map((l) => l.trim())).toContain('Laporan Z final');

    // Without a day, the newest Z prints: the same paper, printed again.
    await manager.ok('printing.printReport', { kind: 'z' });
    const again = await printed(t, printer, 3);
    expect(again.filter((l) => !l.includes('Dicetak'))).toEqual(lines.filter((l) => !l.includes('Dicetak')));
  });

  it('refuses cashiers, a Z of a day not closed, and mixed-up inputs, in Indonesian, printing nothing', async () => {
    const { t, printer } = await setUp();
    const cashier = await t.as('cashier');
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    await expect(cashier.call('printing.printReport', { kind: 'x' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(manager.call('printing.printReport', { kind: 'z' })).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND', message: 'Belum ada laporan Z di perangkat ini.' }),
    });
    await expect(manager.call('printing.printReport', { kind: 'z', day: '2026-11-28' })).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND', message: 'Hari usaha 2026-11-28 belum ditutup.' }),
    });
    await expect(
      manager.call('printing.printReport', { kind: 'z', from: '2026-11-28' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('pakai day, bukan from/to') },
    });
    await expect(
      manager.call('printing.printReport', { kind: 'x', from: '2026-11-29', to: '2026-11-01' }),
    ).resolves.toMatchObject({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'Tanggal awal tidak boleh sesudah tanggal akhir.',
      }),
    });
    await expect(manager.call('printing.printReport', { kind: 'y' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('Jenis laporan harus x atau z') },
    });
    expect((await manager.ok('printing.jobs', {})).jobs).toEqual([]);
    await t.engine.printing.runOnce();
    expect(printer.jobs).toHaveLength(0);
  });
});
