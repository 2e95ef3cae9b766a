import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeQR } from '@paulmillr/qr/decode.js';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../scripts/virtualPrinter/decodeEscPos';
import { receiptFromSale } from '../../../shared/receipt/fromSale';
import { renderDocHtml } from '../../../shared/receipt/html';
import { layoutDoc, type PaperColumns } from '../../../shared/receipt/layout';
import { docTextLines, type PrintDoc } from '../../../shared/receipt/model';
import { SAMPLE_SETTINGS, samplePrinter, sampleSale } from '../../../tests/support/printing';
import { DEFAULT_RESOURCES_DIR } from '../engine';
import { fontSet } from '../fonts/fonts';
import { renderEscPos } from './escpos';

// With the fonts at hand, as the engine prints: a plain receipt still goes out as text, byte for byte.
const fonts = fontSet(DEFAULT_RESOURCES_DIR);
const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

function receiptDoc(columns: PaperColumns, qr = false): PrintDoc {
  const model = receiptFromSale(sampleSale(), {
    timeZone: 'Asia/Makassar',
    // A booth laptop whose clock is set to WITA too: no zone after the time.
    laptopZone: 'Asia/Makassar',
    settings: { ...SAMPLE_SETTINGS, qr: qr ? 'verification' : 'none' },
    copy: false,
  });
  return layoutDoc(model, { columns, originLines: true, logo: false });
}

function toHex(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex').replace(/(..)/g, '$1 ').trim();
  // 32 bytes per line keeps the golden files readable and their diffs small.
  return `${hex.replace(/((?:[0-9a-f]{2} ){31}[0-9a-f]{2}) /g, '$1\n')}\n`;
}

/** Compares with the checked-in golden file; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function expectGolden(name: string, bytes: Uint8Array): void {
  const file = `${GOLDEN_DIR}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, toHex(bytes));
  if (!existsSync(file)) throw new Error(`missing golden file ${file}: run with UPDATE_GOLDEN=1`);
  expect(toHex(bytes)).toBe(readFileSync(file, 'utf8'));
}

describe('ESC/POS bytes', () => {
  it('are exactly the expected commands for a one-line document', () => {
    const doc: PrintDoc = {
      columns: 32,
      blocks: [{ type: 'text', text: 'Halo', bold: true }],
      openDrawer: true,
    };
    const bytes = renderEscPos(doc, samplePrinter({ feedLines: 2, drawerKick: true }), { logo: null, fonts });
    expect(Array.from(bytes)).toEqual([
      ...[0x1b, 0x40], // ESC @ initialise
      ...[0x1c, 0x2e], // FS . leave the Chinese mode cheap units may start in
      ...[0x1b, 0x4d, 0x00], // ESC M 0 font A
      ...[0x1b, 0x45, 0x01], // ESC E 1 bold on
      ...[0x1b, 0x74, 0x00], // ESC t 0 code page CP437, sent before the first character
      ...[0x48, 0x61, 0x6c, 0x6f, 0x1b, 0x45, 0x00, 0x0a], // "Halo", ESC E 0 bold off, LF
      ...[0x1b, 0x70, 0x00, 50, 250], // ESC p 0: kick the cash drawer
      ...[0x0a, 0x0a], // feed before the cut
      ...[0x1d, 0x56, 0x01], // GS V 1 partial cut
      0x0a,
    ]);
    const noCut = renderEscPos(doc, samplePrinter({ feedLines: 3, cut: false }), { logo: null, fonts });
    // Without a cutter: the same text, then just the feed.
    expect(Array.from(noCut.slice(-7))).toEqual([0x1b, 0x45, 0x00, 0x0a, 0x0a, 0x0a, 0x0a]);
    expect(noCut.includes(0x56)).toBe(false);
  });

  it.each([
    [32, 'receipt-58mm.hex'],
    [48, 'receipt-80mm.hex'],
  ] as const)('for a %i-column receipt match the golden file byte for byte', (columns, file) => {
    expectGolden(
      file,
      renderEscPos(receiptDoc(columns), samplePrinter({ columns, drawerKick: true }), { logo: null, fonts }),
    );
  });

  it.each([32, 42, 48] as const)(
    'print back (decoded) as exactly the laid-out lines at %i columns',
    (columns) => {
      const doc = receiptDoc(columns);
      const decoded = decodeEscPos(renderEscPos(doc, samplePrinter({ columns }), { logo: null, fonts }));
      expect(decoded.unknown).toEqual([]);
      // The feed before the cut adds empty lines at the end, nothing else.
      const printed = decoded.lines.map((line) => line.trimEnd());
      const expected = docTextLines(doc).map((line) => line.trimEnd());
      expect(printed.slice(0, expected.length)).toEqual(expected);
      expect(printed.slice(expected.length).every((line) => line === '')).toBe(true);
    },
  );

  it('hold the receipt number, every item, the total and the cut, with TOTAL bold and tall', () => {
    const decoded = decodeEscPos(renderEscPos(receiptDoc(32), samplePrinter(), { logo: null, fonts }));
    const text = decoded.lines.join('\n');
    expect(text).toContain('BTH1-20261128-0007');
    for (const name of ['Bawang Goreng Palu 100 g', 'Asmaul Husna ukuran besar', 'Ikan lele segar']) {
      expect(text).toContain(name);
    }
    const total = decoded.items.find((item) => item.type === 'text' && item.text.startsWith('TOTAL'));
    expect(total).toMatchObject({ bold: true, tall: true, text: `TOTAL${' '.repeat(17)}Rp 122.650` });
    expect(decoded.items.filter((item) => item.type === 'cut')).toEqual([{ type: 'cut', partial: true }]);
  });

  it('never contain 0xA0 or 0xFF (the no-break space in CP437), even from raw Intl text', () => {
    for (const columns of [32, 42, 48] as const) {
      const bytes = renderEscPos(receiptDoc(columns), samplePrinter({ columns }), { logo: null, fonts });
      expect(bytes.includes(0xa0)).toBe(false);
      expect(bytes.includes(0xff)).toBe(false);
    }
    const intl = new Intl.NumberFormat('id-ID', {
      style: 'currency',
      currency: 'IDR',
      maximumFractionDigits: 0,
    });
    const raw: PrintDoc = {
      columns: 32,
      blocks: [{ type: 'text', text: intl.format(25_000) }],
      openDrawer: false,
    };
    expect(raw.blocks[0]).toMatchObject({ text: 'Rp\u00a025.000' });
    const bytes = renderEscPos(raw, samplePrinter(), { logo: null, fonts });
    expect(bytes.includes(0xff)).toBe(false);
    expect(bytes.includes(0xa0)).toBe(false);
    expect(decodeEscPos(bytes).lines[0]).toBe('Rp 25.000');
    // With a QR the image bytes may be anything, but the text still holds no no-break space.
    const withQr = decodeEscPos(renderEscPos(receiptDoc(32, true), samplePrinter(), { logo: null, fonts }));
    expect(withQr.lines.join('')).not.toContain('\u00a0');
  });

  it('print the QR as a raster image by default, and it scans back to the payload', () => {
    const bytes = renderEscPos(receiptDoc(32, true), samplePrinter(), { logo: null, fonts });
    // GS v 0 raster, and no native GS ( k
    expect(Buffer.from(bytes).includes(Buffer.from([0x1d, 0x76, 0x30]))).toBe(true);
    expect(Buffer.from(bytes).includes(Buffer.from([0x1d, 0x28, 0x6b]))).toBe(false);
    const image = decodeEscPos(bytes).items.find((item) => item.type === 'image');
    if (image?.type !== 'image') throw new Error('no image printed');
    expect(image.width).toBeLessThanOrEqual(384);
    const rgba = new Uint8Array(image.width * image.height * 4);
    image.rows.forEach((row, y) => {
      row.forEach((dark, x) => {
        rgba.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * image.width + x) * 4);
      });
    });
    expect(decodeQR({ width: image.width, height: image.height, data: rgba })).toBe(
      'KARYA1;BTH1-20261128-0007;01JDZ7K3Q9X2M4N5P6R7S8T9VW;122650',
    );
  });

  it('print the QR with the native GS ( k command when the profile asks for it', () => {
    const decoded = decodeEscPos(
      renderEscPos(receiptDoc(48, true), samplePrinter({ columns: 48, qrMode: 'native' }), {
        logo: null,
        fonts,
      }),
    );
    expect(decoded.items).toContainEqual({
      type: 'qr',
      data: 'KARYA1;BTH1-20261128-0007;01JDZ7K3Q9X2M4N5P6R7S8T9VW;122650',
      align: 'center',
    });
    expect(decoded.items.some((item) => item.type === 'image')).toBe(false);
  });

  it('print EAN-13 with the printer barcode command and kick the drawer only when allowed', () => {
    const doc: PrintDoc = {
      columns: 32,
      blocks: [{ type: 'barcode', symbology: 'ean13', data: '2990000000019' }],
      openDrawer: true,
    };
    const decoded = decodeEscPos(
      renderEscPos(doc, samplePrinter({ drawerKick: false }), { logo: null, fonts }),
    );
    expect(decoded.items).toContainEqual({
      type: 'barcode',
      symbology: 'ean13',
      data: '2990000000019',
      align: 'center',
    });
    expect(decoded.items.some((item) => item.type === 'pulse')).toBe(false);
    const kicked = decodeEscPos(
      renderEscPos(doc, samplePrinter({ drawerKick: true }), { logo: null, fonts }),
    );
    expect(kicked.items).toContainEqual({ type: 'pulse', pin: 0, onMs: 100, offMs: 500 });
  });

  it('print a logo as a raster image no wider than the paper', () => {
    // Opaque black: RGBA 0, 0, 0, 255 for every pixel.
    const data = new Uint8ClampedArray(800 * 200 * 4).map((_, i) => (i % 4 === 3 ? 255 : 0));
    const logo = { width: 800, height: 200, data };
    const doc: PrintDoc = { columns: 32, blocks: [{ type: 'logo' }], openDrawer: false };
    const image = decodeEscPos(renderEscPos(doc, samplePrinter(), { logo })).items.find(
      (i) => i.type === 'image',
    );
    expect(image).toMatchObject({ type: 'image', align: 'center' });
    if (image?.type === 'image') {
      expect(image.width).toBeLessThanOrEqual(Math.ceil((384 * 0.6) / 8) * 8);
      expect(image.rows[0]?.[0]).toBe(true);
    }
  });
});

describe('HTML and ESC/POS', () => {
  it.each([32, 42, 48] as const)('render the same lines at %i columns', (columns) => {
    const doc = receiptDoc(columns, true);
    const html = renderDocHtml(doc);
    const htmlLines = [...html.matchAll(/<div class="receipt-line[^"]*">(.*?)<\/div>/g)].map((m) =>
      (m[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .trimEnd(),
    );
    const printed = decodeEscPos(
      renderEscPos(doc, samplePrinter({ columns }), { logo: null, fonts }),
    ).lines.map((l) => l.trimEnd());
    expect(htmlLines.length).toBeGreaterThan(20);
    expect(printed.slice(0, htmlLines.length)).toEqual(htmlLines);
    expect(html).toContain('<svg class="receipt-qr"');
    expect(html).not.toContain('\u00a0');
  });

  it('escapes text so a product name cannot inject markup', () => {
    const doc: PrintDoc = {
      columns: 32,
      blocks: [{ type: 'text', text: '<img src=x onerror=alert(1)> & "' }],
      openDrawer: false,
    };
    expect(renderDocHtml(doc)).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;');
  });
});
