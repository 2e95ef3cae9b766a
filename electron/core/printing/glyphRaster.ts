// A small rasteriser for font outlines: a glyph's path (fontkit's moveTo/lineTo/quadratic/cubic
// commands, in font units with y pointing up) is flattened into straight edges, placed on a 1-bit
// bitmap and filled with the nonzero winding rule, one sample per dot at its centre. A thermal
// printer has no grey, so there is no anti-aliasing: a dot is ink when its centre is inside the
// outline. Plain TypeScript, no canvas or native module.

/** One byte per dot: 1 = ink, 0 = paper. Rows top to bottom. */
export interface Bitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

export function createBitmap(width: number, height: number): Bitmap {
  return { width, height, data: new Uint8Array(width * height) };
}

/** The commands fontkit gives for a glyph's outline. */
export interface OutlineCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/**
 * An outline flattened into edges, in dots relative to the glyph's origin (x right, y DOWN from the
 * baseline): x0, y0, x1, y1 per edge. Flat so a cached glyph costs little memory.
 */
export type Edges = Float64Array;

/** How many straight pieces a curve of this (control polygon) length in dots becomes. */
function pieces(length: number): number {
  return Math.max(2, Math.min(32, Math.ceil(Math.sqrt(length) * 1.5)));
}

/**
 * Flattens an outline to edges at `scaleX` by `scaleY` dots per font unit. Contours are closed even
 * when the font leaves out `closePath`, as the nonzero rule needs.
 */
export function flattenOutline(commands: readonly OutlineCommand[], scaleX: number, scaleY: number): Edges {
  const out: number[] = [];
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  let open = false;
  const to = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) out.push(x, y, nx, ny);
    x = nx;
    y = ny;
  };
  const close = () => {
    if (open) to(startX, startY);
    open = false;
  };
  for (const { command, args } of commands) {
    const p = args.map((v, i) => (i % 2 === 0 ? v * scaleX : -v * scaleY));
    switch (command) {
      case 'moveTo':
        close();
        startX = x = p[0] ?? 0;
        startY = y = p[1] ?? 0;
        open = true;
        break;
      case 'lineTo':
        to(p[0] ?? 0, p[1] ?? 0);
        break;
      case 'quadraticCurveTo': {
        const [cx = 0, cy = 0, ex = 0, ey = 0] = p;
        const x0 = x;
        const y0 = y;
        const n = pieces(Math.hypot(cx - x0, cy - y0) + Math.hypot(ex - cx, ey - cy));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          to(u * u * x0 + 2 * u * t * cx + t * t * ex, u * u * y0 + 2 * u * t * cy + t * t * ey);
        }
        break;
      }
      case 'bezierCurveTo': {
        const [c1x = 0, c1y = 0, c2x = 0, c2y = 0, ex = 0, ey = 0] = p;
        const x0 = x;
        const y0 = y;
        const n = pieces(
          Math.hypot(c1x - x0, c1y - y0) + Math.hypot(c2x - c1x, c2y - c1y) + Math.hypot(ex - c2x, ey - c2y),
        );
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          to(
            u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
            u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
          );
        }
        break;
      }
      case 'closePath':
        close();
        break;
    }
  }
  close();
  return Float64Array.from(out);
}

/**
 * Fills `edges` placed with their origin at (`originX`, `originY`) dots into `bitmap`, nonzero
 * rule. `squeeze` narrows the shape horizontally around its origin (1 = as drawn).
 */
export function fillEdges(bitmap: Bitmap, edges: Edges, originX: number, originY: number, squeeze = 1): void {
  if (edges.length === 0) return;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < edges.length; i += 2) {
    const v = edges[i] ?? 0;
    if (v < minY) minY = v;
    if (v > maxY) maxY = v;
  }
  const firstRow = Math.max(0, Math.floor(minY + originY));
  const lastRow = Math.min(bitmap.height - 1, Math.ceil(maxY + originY));
  const crossings: { x: number; dir: number }[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    // The sample line through the centres of this row's dots, in edge coordinates.
    const sy = row + 0.5 - originY;
    crossings.length = 0;
    for (let i = 0; i < edges.length; i += 4) {
      const y0 = edges[i + 1] ?? 0;
      const y1 = edges[i + 3] ?? 0;
      // Half-open in y so a vertex shared by two edges counts once.
      if ((y0 <= sy && y1 > sy) || (y1 <= sy && y0 > sy)) {
        const x0 = edges[i] ?? 0;
        const x1 = edges[i + 2] ?? 0;
        const x = x0 + ((sy - y0) * (x1 - x0)) / (y1 - y0);
        crossings.push({ x: originX + x * squeeze, dir: y1 > y0 ? 1 : -1 });
      }
    }
    if (crossings.length < 2) continue;
    crossings.sort((a, b) => a.x - b.x);
    let winding = 0;
    const base = row * bitmap.width;
    for (let c = 0; c < crossings.length - 1; c++) {
      const crossing = crossings[c] as { x: number; dir: number };
      winding += crossing.dir;
      if (winding === 0) continue;
      const next = crossings[c + 1] as { x: number; dir: number };
      // Dots whose centre (x + 0.5) lies in [crossing.x, next.x).
      const from = Math.max(0, Math.ceil(crossing.x - 0.5));
      const to = Math.min(bitmap.width - 1, Math.ceil(next.x - 0.5) - 1);
      for (let x = from; x <= to; x++) bitmap.data[base + x] = 1;
    }
  }
}

/** Whether any dot in the rectangle [x0, x1) x [y0, y1) is ink. */
export function hasInk(bitmap: Bitmap, x0 = 0, y0 = 0, x1 = bitmap.width, y1 = bitmap.height): boolean {
  for (let y = Math.max(0, y0); y < Math.min(bitmap.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(bitmap.width, x1); x++) {
      if (bitmap.data[y * bitmap.width + x] === 1) return true;
    }
  }
  return false;
}

/** Black on white RGBA, the form the encoder's image() takes. */
export function bitmapToRgba(bitmap: Bitmap): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(bitmap.width * bitmap.height * 4).fill(255);
  for (let i = 0; i < bitmap.data.length; i++) {
    if (bitmap.data[i] === 1) {
      data[i * 4] = 0;
      data[i * 4 + 1] = 0;
      data[i * 4 + 2] = 0;
    }
  }
  return { width: bitmap.width, height: bitmap.height, data };
}
