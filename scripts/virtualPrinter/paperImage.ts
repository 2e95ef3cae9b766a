// A picture of the paper a decoded job would come out as, for a person to look at: raster images
// (logo, QR, lines printed as images) dot for dot, text lines drawn with the app's own fonts in their
// columns (the printer's font is fixed-pitch, so letters may sit a little differently), codes and
// cuts as notes. The virtual printer saves one PNG per job beside its .txt.
import { fileURLToPath } from 'node:url';
import { encode } from 'fast-png';
import { type FontSet, fontSet } from '../../electron/core/fonts/fonts';
import { lineBitmap } from '../../electron/core/printing/textImage';
import type { Decoded } from './decodeEscPos';

const RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));
/** Font A is 12 dots wide on the 58 and 80 mm units. */
const COLUMN_DOTS = 12;

function paperWidth(decoded: Decoded): number {
  const longest = Math.max(0, ...decoded.lines.map((l) => l.trimEnd().length));
  const columns = longest <= 32 ? 32 : longest <= 42 ? 42 : 48;
  const images = decoded.items.map((i) => (i.type === 'image' ? i.width : 0));
  return Math.max(columns * COLUMN_DOTS, ...images);
}

/** The paper as a greyscale PNG, one pixel per dot, `zoom` times larger. */
export function paperPng(decoded: Decoded, options: { fonts?: FontSet; zoom?: number } = {}): Uint8Array {
  const fonts = options.fonts ?? fontSet(RESOURCES_DIR);
  const zoom = options.zoom ?? 1;
  const width = paperWidth(decoded);
  const columns = Math.round(width / COLUMN_DOTS);
  // Each piece of paper: its rows of dots (true = ink).
  const pieces: { width: number; height: number; ink: (x: number, y: number) => boolean; left: number }[] =
    [];
  const text = (line: string, style: { bold?: boolean; tall?: boolean } = {}) => {
    const bitmap = lineBitmap(line, fonts, { columns, width, ...style });
    pieces.push({ ...bitmap, left: 0, ink: (x, y) => bitmap.data[y * bitmap.width + x] === 1 });
  };
  for (const item of decoded.items) {
    switch (item.type) {
      case 'text':
        if (/^(-+|=+)$/.test(item.text.trimEnd()) && item.text.trimEnd().length >= columns) {
          // A rule: the printer's dashes touch end to end, proportional ones would stop short.
          const double = item.text.startsWith('=');
          pieces.push({
            width,
            height: 32,
            left: 0,
            ink: (x, y) => x % 12 < 9 && (y === 16 || (double && y === 19)),
          });
        } else text(item.text, { bold: item.bold, tall: item.tall });
        break;
      case 'image': {
        const left =
          item.align === 'center'
            ? Math.floor((width - item.width) / 2)
            : item.align === 'right'
              ? width - item.width
              : 0;
        pieces.push({
          width: item.width,
          height: item.height,
          left,
          ink: (x, y) => item.rows[y]?.[x] === true,
        });
        break;
      }
      case 'qr':
        text(`[QR ${item.data}]`);
        break;
      case 'barcode':
        text(`[${item.symbology.toUpperCase()} ${item.data}]`);
        break;
      case 'cut':
        pieces.push({ width, height: 16, left: 0, ink: (x, y) => y === 8 && x % 8 < 4 });
        break;
      default:
        break;
    }
  }
  const height = Math.max(
    1,
    pieces.reduce((sum, p) => sum + p.height, 0),
  );
  const out = new Uint8Array(width * zoom * height * zoom).fill(255);
  let top = 0;
  for (const piece of pieces) {
    for (let y = 0; y < piece.height; y++) {
      for (let x = 0; x < piece.width; x++) {
        if (!piece.ink(x, y) || piece.left + x >= width) continue;
        for (let dy = 0; dy < zoom; dy++) {
          const row = ((top + y) * zoom + dy) * width * zoom;
          out.fill(0, row + (piece.left + x) * zoom, row + (piece.left + x + 1) * zoom);
        }
      }
    }
    top += piece.height;
  }
  return encode({ width: width * zoom, height: height * zoom, data: out, channels: 1, depth: 8 });
}
