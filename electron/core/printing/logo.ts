// The receipt logo: a PNG from the settings (set on the printer screen) or resources/receipt-logo.png,
// decoded to RGBA pixels for the ESC/POS raster image and kept as a data URL for the HTML preview.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertIndexedToRgb, decode } from 'fast-png';

export const LOGO_FILE = 'receipt-logo.png';
const MAX_LOGO_SIDE = 2000;

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function sample(data: ArrayLike<number>, index: number, depth: number): number {
  if (depth === 16) return (data[index] ?? 0) >> 8;
  if (depth === 8) return data[index] ?? 0;
  // Packed grey of 1, 2 or 4 bits per pixel, rows padded to whole bytes: scaled to 0..255.
  return data[index] ?? 0;
}

function unpackGrey(png: {
  width: number;
  height: number;
  depth: number;
  data: ArrayLike<number>;
}): number[] {
  const out: number[] = [];
  const perByte = 8 / png.depth;
  const rowBytes = Math.ceil(png.width / perByte);
  const max = (1 << png.depth) - 1;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const byte = png.data[y * rowBytes + Math.floor(x / perByte)] ?? 0;
      const shift = 8 - png.depth * ((x % perByte) + 1);
      out.push(Math.round((((byte >> shift) & max) * 255) / max));
    }
  }
  return out;
}

/** PNG bytes to RGBA, or null when the bytes are not a PNG we can read. */
export function decodePng(bytes: Uint8Array): RgbaImage | null {
  try {
    const png = decode(bytes);
    if (png.width < 1 || png.height < 1 || png.width > MAX_LOGO_SIDE || png.height > MAX_LOGO_SIDE)
      return null;
    const pixels = png.width * png.height;
    let channels = png.channels;
    let data: ArrayLike<number> = png.data;
    let depth: number = png.depth;
    if (png.palette) {
      data = convertIndexedToRgb(png);
      channels = png.palette[0]?.length ?? 3;
      depth = 8;
    } else if (depth < 8) {
      data = unpackGrey(png);
      depth = 8;
    }
    const rgba = new Uint8ClampedArray(pixels * 4);
    for (let i = 0; i < pixels; i++) {
      const at = i * channels;
      const grey = channels <= 2;
      const r = sample(data, at, depth);
      const g = grey ? r : sample(data, at + 1, depth);
      const b = grey ? r : sample(data, at + 2, depth);
      const a =
        channels === 2 ? sample(data, at + 1, depth) : channels === 4 ? sample(data, at + 3, depth) : 255;
      rgba.set([r, g, b, a], i * 4);
    }
    return { width: png.width, height: png.height, data: rgba };
  } catch {
    return null;
  }
}

const DATA_URL_PREFIX = 'data:image/png;base64,';

export function decodeLogo(dataUrl: string): RgbaImage | null {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) return null;
  return decodePng(Buffer.from(dataUrl.slice(DATA_URL_PREFIX.length), 'base64'));
}

/** The logo to print: the one in the settings, else the file in resources/, else none. */
export function resolveLogo(settingsDataUrl: string | null, resourcesDir: string | undefined): string | null {
  if (settingsDataUrl) return settingsDataUrl;
  if (!resourcesDir) return null;
  const file = join(resourcesDir, LOGO_FILE);
  if (!existsSync(file)) return null;
  return DATA_URL_PREFIX + readFileSync(file).toString('base64');
}
