// A receipt with names the printer's code page cannot hold: 30 lines, 5 of them drawn as raster
// image lines with the bundled fonts (Arabic, emoji, Cyrillic), rendered to ESC/POS bytes as the
// print queue does, once the fonts are parsed (the first receipt after start pays for that).
import { DEFAULT_RESOURCES_DIR } from '../../../electron/core/engine';
import { fontSet } from '../../../electron/core/fonts/fonts';
import { renderEscPos } from '../../../electron/core/printing/escpos';
import { measure } from '../measure';
import type { BenchCase } from '../types';

const NAMES = [
  'Kaligrafi الله Ukiran Kayu',
  'Ikan 🐟',
  'Madu مدينة 250 ml',
  'Kopi ☕ Toraja',
  'Сувенир Palu',
];

export const receiptCases: BenchCase[] = [
  {
    name: 'receipt: 30 lines, 5 as images',
    what: 'renderEscPos of a 58 mm (32-column, CP437) receipt of 30 lines, 5 of them names drawn as raster image lines, with the fonts already parsed',
    target: { stat: 'p95Ms', maxMs: 250 },
    run: async (world) => {
      const fonts = fontSet(DEFAULT_RESOURCES_DIR);
      const blocks = Array.from({ length: 30 }, (_, i) => ({
        type: 'text' as const,
        text:
          i % 6 === 0
            ? (NAMES[i / 6] ?? '')
            : `Barang nomor ${i}${' '.repeat(9)}${(i * 1000).toLocaleString('id-ID')}`,
      }));
      const doc = { columns: 32, blocks, openDrawer: false };
      const profile = {
        columns: 32,
        codePage: 'cp437',
        qrMode: 'raster',
        feedLines: 4,
        cut: true,
        drawerKick: false,
      } as const;
      return measure(
        async () => {
          renderEscPos(doc, profile, { logo: null, fonts });
        },
        { runs: world.runs(30, 5), warmup: 1 },
      );
    },
  },
];
