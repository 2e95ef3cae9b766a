// "No sale": the drawer opened through a (virtual, TCP 9100) receipt printer without a sale.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../scripts/virtualPrinter/virtualPrinter';
import type { CommandName, CommandResult, PrinterInput } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { drawerKickBytes } from '../printing/escpos';

const tempDir = tempDirPerTest();
const TIMEOUTS = { connectMs: 2000, statusMs: 1000, writeMs: 2000 };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function virtualPrinter(): Promise<VirtualPrinter> {
  const printer = await startVirtualPrinter({ port: 0 });
  cleanups.push(() => printer.close());
  return printer;
}

function till(): TestEngine {
  const t = engineIn(tempDir(), { printing: { timeouts: TIMEOUTS } });
  cleanups.push(() => t.engine.close());
  return t;
}

function tcpPrinter(port: number, extra: Partial<PrinterInput> = {}): PrinterInput {
  return { name: 'Kasir 58', transport: 'tcp', target: `127.0.0.1:${port}`, drawerKick: true, ...extra };
}

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function drawerAudit(t: TestEngine) {
  const db = new Database(t.engine.dbPath, { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT user_name AS userName, approved_by_name AS approvedBy, subject, detail FROM audit_log
           WHERE action = 'drawer.open' ORDER BY id`,
        )
        .all() as { userName: string; approvedBy: string | null; subject: string; detail: string }[]
    ).map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

describe('no-sale drawer open', () => {
  it('a manager opens the drawer with a reason: the pulse reaches the printer, nothing is printed, it is audited', async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port));
    const manager = await t.as('manager', 'Pak Andi');
    const opened = await manager.ok('shifts.openDrawer', { reason: 'tukar uang receh' });
    expect(opened).toMatchObject({ printerName: 'Kasir 58', approvedBy: null, warning: null });

    const [job] = await printer.waitForJobs(1);
    expect(Array.from(job?.bytes ?? [])).toEqual(Array.from(drawerKickBytes()));
    expect(job?.decoded.items.filter((i) => i.type === 'pulse')).toEqual([
      { type: 'pulse', pin: 0, onMs: 100, offMs: 500 },
    ]);
    expect(job?.decoded.lines.join('').trim()).toBe(''); // no paper
    // Straight to the printer, never through the queue (a queued pulse could open it later).
    expect((await manager.ok('printing.jobs', {})).jobs).toEqual([]);

    const shiftId = (await manager.ok('shifts.current', {})).shift?.id;
    expect(drawerAudit(t)).toEqual([
      {
        userName: 'Pak Andi',
        approvedBy: null,
        subject: 'laci kas',
        detail: { reason: 'tukar uang receh', printer: 'Kasir 58', shiftId },
      },
    ]);
    const listed = await manager.ok('audit.list', { action: 'drawer.open' });
    expect(listed.map((e) => [e.userName, e.detail.reason])).toEqual([['Pak Andi', 'tukar uang receh']]);
  });

  it("a cashier needs a manager's PIN: without it, or with a wrong one, the drawer stays shut", async () => {
    const printer = await virtualPrinter();
    const t = till();
    await t.ok('printers.save', tcpPrinter(printer.port));
    const sri = await t.as('cashier', 'Sri');
    const ani = await t.as('cashier', 'Ani');
    const manager = await t.as('manager', 'Pak Andi', { shift: false });
    const ask = { reason: 'cek uang palsu' };
    expect(refusal(await sri.call('shifts.openDrawer', ask))).toEqual(
      expect.objectContaining({
        code: 'APPROVAL_REQUIRED',
        message: 'Membuka laci tanpa penjualan perlu persetujuan manajer: minta manajer memasukkan PIN.',
      }),
    );
    expect(
      refusal(
        await sri.call('shifts.openDrawer', { ...ask, approval: { userId: manager.user.id, pin: '0000' } }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      refusal(
        await sri.call('shifts.openDrawer', { ...ask, approval: { userId: ani.user.id, pin: TEST_PIN } }),
      ).message,
    ).toMatch(/Ani bukan manajer/);
    expect(refusal(await sri.call('shifts.openDrawer', { reason: 'x' })).code).toBe('INVALID_INPUT');
    expect(printer.jobs).toHaveLength(0);
    expect(drawerAudit(t)).toEqual([]);

    const opened = await sri.ok('shifts.openDrawer', {
      ...ask,
      approval: { userId: manager.user.id, pin: TEST_PIN },
    });
    expect(opened.approvedBy).toBe('Pak Andi');
    await printer.waitForJobs(1);
    expect(drawerAudit(t)).toMatchObject([
      { userName: 'Sri', approvedBy: 'Pak Andi', detail: { reason: 'cek uang palsu' } },
    ]);
  });

  it('refuses clearly when no printer can open a drawer, and records a pulse that did not go through', async () => {
    const t = till();
    const manager = await t.as('manager', 'Pak Andi');
    expect(refusal(await manager.call('shifts.openDrawer', { reason: 'tukar uang' }))).toEqual(
      expect.objectContaining({
        code: 'PRINTER',
        message:
          'Belum ada printer struk, jadi laci kas tidak dapat dibuka dari sini. Manajer dapat menambahkannya di menu Printer.',
      }),
    );
    const printer = await virtualPrinter();
    const saved = await manager.ok('printers.save', tcpPrinter(printer.port, { drawerKick: false }));
    expect(refusal(await manager.call('shifts.openDrawer', { reason: 'tukar uang' })).message).toBe(
      'Printer Kasir 58 tidak diatur untuk membuka laci kas. Manajer dapat menyalakan "Buka laci kas" pada printer itu di menu Printer.',
    );
    expect(drawerAudit(t)).toEqual([]);

    // The printer is switched off: said now, audited as a failed try, and never tried again later.
    await manager.ok('printers.save', { ...tcpPrinter(printer.port), id: saved.id });
    await printer.close();
    const off = refusal(await manager.call('shifts.openDrawer', { reason: 'tukar uang' }));
    expect(off.code).toBe('PRINTER');
    expect(off.message).toMatch(/^Laci kas tidak terbuka: Printer di 127\.0\.0\.1:\d+ menolak sambungan/);
    // The printer's own reason is a message too: the screen words the whole refusal in English.
    expect(formatMessage('en', off.key ?? '', off.params)).toMatch(/^The cash drawer did not open: \S/);
    expect(formatMessage('en', off.key ?? '', off.params)).not.toMatch(/menolak/);
    expect(drawerAudit(t)).toMatchObject([{ subject: 'laci kas (gagal)', detail: { reason: 'tukar uang' } }]);
    expect((await manager.ok('printing.jobs', {})).jobs).toEqual([]);
  });
});
