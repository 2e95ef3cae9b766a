// Names a printer's code page cannot hold (Arabic, emoji) print as image lines, never as `?`: a sale
// goes through the engine, the print worker sends it over TCP to the virtual printer on 127.0.0.1,
// and the decoded paper is checked line by line. The image lines, and a picture of the whole paper,
// are also saved as PNGs in test-results/receipt-image-lines/ for a person to look at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode, encode } from 'fast-png';
import { afterEach, describe, expect, it } from 'vitest';
import type { DecodedItem } from '../../../scripts/virtualPrinter/decodeEscPos';
import { paperPng } from '../../../scripts/virtualPrinter/paperImage';
import { startVirtualPrinter, type VirtualPrinter } from '../../../scripts/virtualPrinter/virtualPrinter';
import type { CommandInput } from '../../../shared/contract';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { LINE_DOTS } from './textImage';

const OUTPUT_DIR = fileURLToPath(new URL('../../../test-results/receipt-image-lines/', import.meta.url));
const tempDir = tempDirPerTest();
const TIMEOUTS = { connectMs: 3000, statusMs: 1500, writeMs: 3000 };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function virtualPrinter(dir: string): Promise<VirtualPrinter> {
  const printer = await startVirtualPrinter({ port: 0, dir });
  cleanups.push(() => printer.close());
  return printer;
}

function till(): TestEngine {
  const t = engineIn(tempDir(), { printing: { timeouts: TIMEOUTS } });
  cleanups.push(() => t.engine.close());
  return t;
}

function product(sku: string, name: string, price: number): CommandInput<'products.save'> {
  return {
    sku,
    name,
    category: 'Kerajinan',
    unit: 'pcs',
    price,
    cost: Math.round(price / 2),
    producerCode: 'LPS-PALU',
    barcodes: [],
    soldByWeight: false,
    active: true,
    pirtNo: null,
    halalNo: null,
  };
}

const NAMES = ['Kaligrafi الله Ukiran Kayu', 'Ikan 🐟'];
/** Anything a CP437 printer cannot hold. */
const NON_ASCII = /[^\u0020-\u007e]/;

/** The raster lines, stacked with a gap and drawn twice as large, as a PNG a person can look at. */
function savePng(file: string, images: Extract<DecodedItem, { type: 'image' }>[]): void {
  const zoom = 2;
  const gap = 6;
  const width = Math.max(...images.map((i) => i.width)) * zoom;
  const height = images.reduce((sum, i) => sum + (i.height + gap) * zoom, 0);
  const data = new Uint8Array(width * height).fill(255);
  let top = 0;
  for (const image of images) {
    image.rows.forEach((row, y) => {
      row.forEach((ink, x) => {
        if (!ink) return;
        for (let dy = 0; dy < zoom; dy++) {
          for (let dx = 0; dx < zoom; dx++) data[(top + y * zoom + dy) * width + x * zoom + dx] = 0;
        }
      });
    });
    // A grey rule under each line shows where one image line ends.
    const rule = (top + (image.height + gap / 2) * zoom) * width;
    data.fill(200, rule, rule + width);
    top += (image.height + gap) * zoom;
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, file), encode({ width, height, data, channels: 1, depth: 8 }));
}

describe('names the code page cannot hold', () => {
  it.each([
    [32, 384, '58mm'],
    [48, 576, '80mm'],
  ] as const)(
    'print as raster image lines at %i columns (%i dots), everything else as text',
    async (columns, dots, paper) => {
      const jobsDir = tempDir();
      const printer = await virtualPrinter(jobsDir);
      const t = till();
      await t.ok('printers.save', {
        name: `Kasir ${paper}`,
        transport: 'tcp',
        target: `127.0.0.1:${printer.port}`,
        columns,
        codePage: 'cp437',
      });
      const arabic = await t.ok('products.save', product('KLG-ALLAH', NAMES[0] as string, 150_000));
      const fish = await t.ok('products.save', product('IKN-01', NAMES[1] as string, 20_000));
      const plain = (await t.ok('products.list', { query: 'BWG-100' })).find((p) => p.sku === 'BWG-100');
      const cashier = await t.as('cashier', 'Sri');
      const sale = await cashier.ok('sales.commitCash', {
        lines: [
          { productId: arabic.id, qty: 1 },
          { productId: fish.id, qty: 2 },
          { productId: plain?.id ?? 0, qty: 1 },
        ],
        cashTendered: 250_000,
      });
      const preview = await cashier.ok('printing.preview', { receiptNo: sale.receiptNo });
      await cashier.ok('printing.printReceipt', { receiptNo: sale.receiptNo });
      expect(await t.engine.printing.runOnce()).toBe(1);
      const [job] = await printer.waitForJobs(1);
      const decoded = job?.decoded;
      if (!decoded) throw new Error('nothing printed');
      expect(decoded.unknown).toEqual([]);

      // The laid-out lines, in order: each is either the same text on paper or one image line.
      const lines = preview.lines;
      const imageLines = lines.filter((line) => NON_ASCII.test(line));
      expect(imageLines.map((l) => l.trim())).toEqual(NAMES);
      const paperLines = decoded.items.filter((i) => i.type === 'text' || i.type === 'image');
      lines.forEach((line, n) => {
        const item = paperLines[n];
        if (NON_ASCII.test(line)) {
          expect(item).toMatchObject({ type: 'image', width: dots, height: LINE_DOTS, align: 'left' });
        } else {
          expect(item).toMatchObject({ type: 'text' });
          if (item?.type === 'text') expect(item.text.trimEnd()).toBe(line.trimEnd());
        }
      });
      // After the receipt only the feed before the cut.
      expect(paperLines.slice(lines.length).every((i) => i.type === 'text' && i.text === '')).toBe(true);
      expect(decoded.lines.join('\n')).not.toContain('?');
      expect(decoded.lines.join('\n')).toContain('Bawang Goreng Palu 100 g');
      expect(decoded.lines.join('\n')).toMatch(/TOTAL +Rp 215\.000/);

      const images = decoded.items.filter((i) => i.type === 'image');
      expect(images).toHaveLength(2);
      for (const image of images) expect(image.rows.some((row) => row.some(Boolean))).toBe(true);
      savePng(`receipt-${paper}.png`, images);
      writeFileSync(join(OUTPUT_DIR, `paper-${paper}.png`), paperPng(decoded));
      // The virtual printer keeps its own picture of the paper beside the job's bytes and text.
      const picture = decode(readFileSync(join(jobsDir, 'job-0001.png')));
      expect(picture.width).toBe(dots);
      expect(picture.height).toBeGreaterThan(lines.length * LINE_DOTS);
    },
  );
});
