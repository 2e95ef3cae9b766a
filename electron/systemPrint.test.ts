import type { WebContentsPrintOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createSystemPrinter, PRINT_WINDOW_OPTIONS, type PrintWindow } from './systemPrint';

/** Records what the module does with a window, the way Electron's BrowserWindow would take it. */
function standInWindow(answer: { success: boolean; reason?: string } = { success: true }) {
  const calls = { loaded: [] as string[], printed: [] as WebContentsPrintOptions[], destroyed: 0 };
  const window: PrintWindow = {
    loadURL: async (url) => {
      calls.loaded.push(url);
    },
    destroy: () => {
      calls.destroyed++;
    },
    isDestroyed: () => calls.destroyed > 0,
    webContents: {
      print: (options, callback) => {
        calls.printed.push(options);
        setTimeout(() => callback(answer.success, answer.reason ?? ''), 1);
      },
      getPrintersAsync: async () => [{ name: 'POS58' }, { name: 'Microsoft Print to PDF' }],
    },
  };
  return { window, calls };
}

describe('system dialog printing', () => {
  it('loads the HTML in a hidden script-less window and prints silently to the named printer', async () => {
    const { window, calls } = standInWindow();
    const printer = createSystemPrinter(() => window);
    await printer.print('<!doctype html><p>Struk #1 &amp; 100%</p>', {
      deviceName: 'POS58',
      widthMm: 48,
      title: 'x',
    });
    expect(decodeURIComponent(calls.loaded[0]?.replace('data:text/html;charset=utf-8,', '') ?? '')).toBe(
      '<!doctype html><p>Struk #1 &amp; 100%</p>',
    );
    expect(calls.printed).toEqual([
      { silent: true, deviceName: 'POS58', printBackground: false, margins: { marginType: 'none' } },
    ]);
    expect(calls.destroyed).toBe(1);
    expect(PRINT_WINDOW_OPTIONS.show).toBe(false);
    expect(PRINT_WINDOW_OPTIONS.webPreferences?.javascript).toBe(false);
  });

  it('shows the dialog when no printer is named', async () => {
    const { window, calls } = standInWindow();
    await createSystemPrinter(() => window).print('<p>x</p>', { deviceName: null, widthMm: 72, title: 'x' });
    expect(calls.printed[0]).toMatchObject({ silent: false });
    expect(calls.printed[0]).not.toHaveProperty('deviceName');
  });

  it.each([
    ['cancelled', 'Pencetakan dibatalkan di dialog cetak.'],
    ['Invalid deviceName provided', 'Printer "POS58" tidak dikenal oleh sistem operasi.'],
    ['failed', 'Sistem operasi gagal mencetak: failed'],
  ])('turns "%s" into an Indonesian message and still closes the window', async (reason, message) => {
    const { window, calls } = standInWindow({ success: false, reason });
    await expect(
      createSystemPrinter(() => window).print('<p>x</p>', { deviceName: 'POS58', widthMm: 48, title: 'x' }),
    ).rejects.toThrow(message);
    expect(calls.destroyed).toBe(1);
  });

  it('lists the printers the operating system knows', async () => {
    const { window } = standInWindow();
    await expect(createSystemPrinter(() => window).list?.()).resolves.toEqual([
      'POS58',
      'Microsoft Print to PDF',
    ]);
  });
});
