import type { WebContentsPrintOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../shared/messages';
import { PrintError } from './core/printing/transports/types';
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
    ['cancelled', 'printing.dialogCancelled', 'Pencetakan dibatalkan di dialog cetak.', false],
    [
      'Invalid deviceName provided',
      'printing.systemUnknownPrinter',
      'Printer "POS58" tidak dikenal oleh sistem operasi.',
      false,
    ],
    ['failed', 'printing.systemFailed', 'Sistem operasi gagal mencetak: failed', true],
    ['', 'printing.systemFailedUnknown', 'Sistem operasi gagal mencetak: alasan tidak diketahui', true],
  ])(
    'turns "%s" into %s (Indonesian in message) and still closes the window',
    async (reason, key, message, retryable) => {
      const { window, calls } = standInWindow({ success: false, reason });
      const error = await createSystemPrinter(() => window)
        .print('<p>x</p>', { deviceName: 'POS58', widthMm: 48, title: 'x' })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PrintError);
      expect(error).toMatchObject({ key, retryable, message: expect.stringContaining(message) });
      expect(calls.destroyed).toBe(1);
    },
  );

  it('words the failure in English from its key', async () => {
    const { window } = standInWindow({ success: false, reason: 'Invalid deviceName provided' });
    const error = (await createSystemPrinter(() => window)
      .print('<p>x</p>', { deviceName: 'POS58', widthMm: 48, title: 'x' })
      .catch((caught: unknown) => caught)) as PrintError;
    expect(formatMessage('en', error.ref.key, error.ref.params)).toBe(
      'The operating system does not know printer "POS58". Check the printer name in the settings.',
    );
  });

  it('lists the printers the operating system knows', async () => {
    const { window } = standInWindow();
    await expect(createSystemPrinter(() => window).list?.()).resolves.toEqual([
      'POS58',
      'Microsoft Print to PDF',
    ]);
  });
});
