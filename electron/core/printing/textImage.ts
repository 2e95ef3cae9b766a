// A receipt text line drawn as an image, for lines the printer's code page cannot hold (Arabic,
// emoji, Cyrillic on a Latin code page, ...): the same laid-out string, drawn with the bundled fonts
// at the printer's full dot width, so it sits among the text lines in the same columns.
//
// The layout aligns by character columns (names left, amounts ending in the last column, titles
// centred). Proportional glyphs do not keep to columns, so the line is cut into its segments (text
// between runs of two or more spaces) and each segment is drawn at its own column's dot position:
// left-aligned at its first column, right-aligned to the paper's edge when it ends in the last
// column, or centred when the whole line was centred. A segment wider than the room it has is
// narrowed to fit, never cut and never run into its neighbour.
import type * as fontkit from 'fontkit';
import { columnsOf } from '../../../shared/receipt/text';
import type { FontSet } from '../fonts/fonts';
import { textRuns } from '../fonts/textRuns';
import {
  type Bitmap,
  createBitmap,
  type Edges,
  fillEdges,
  flattenOutline,
  type OutlineCommand,
} from './glyphRaster';

/** Height of one image line in dots: about the pitch of a Font A text line (24-dot glyphs, 30-dot pitch). */
export const LINE_DOTS = 32;
/** The em size of the drawn text in dots: Latin capitals about as tall as Font A's. */
export const FONT_DOTS = 22;
/**
 * Noto Emoji's pictures are thin line drawings a little smaller than the letters around them; drawn a
 * quarter larger they stay recognisable at 203 dpi and still fit the line.
 */
const EMOJI_ZOOM = 1.25;
/** The baseline, from the top of the line: room above for accents and Arabic, below for descenders. */
const BASELINE = 24;

export interface LineImageOptions {
  /** Characters per line the layout used. */
  columns: number;
  /** The printer's printable width in dots (the encoder's printableWidth). */
  width: number;
  bold?: boolean;
  /** Double height, as the printer's `height(2)` prints text. */
  tall?: boolean;
}

interface Segment {
  text: string;
  /** First column and the column after the last. */
  start: number;
  end: number;
}

/**
 * The stretches of a line between runs of two or more spaces, with their columns (counted as the
 * layout counts them: an emoji or a letter with its marks is one column).
 */
export function lineSegments(text: string): Segment[] {
  return [...text.matchAll(/\S+(?: \S+)*/g)].map((m) => {
    const start = columnsOf(text.slice(0, m.index));
    return { text: m[0], start, end: start + columnsOf(m[0]) };
  });
}

interface Placed {
  edges: Edges;
  x: number;
  y: number;
}

// Flattened outlines per parsed font and size: a receipt repeats the same few glyphs, and the fonts
// stay parsed for the life of the process (fontSet), so their outlines can stay flattened too.
const glyphCache = new WeakMap<fontkit.Font, Map<string, Edges>>();
const MAX_CACHED_GLYPHS = 4000;

function glyphEdges(font: fontkit.Font, glyph: fontkit.Glyph, scaleX: number, scaleY: number): Edges {
  let perFont = glyphCache.get(font);
  if (!perFont) {
    perFont = new Map();
    glyphCache.set(font, perFont);
  }
  const key = `${glyph.id}:${scaleX}:${scaleY}`;
  let edges = perFont.get(key);
  if (!edges) {
    if (perFont.size >= MAX_CACHED_GLYPHS) perFont.clear();
    edges = flattenOutline(glyph.path.commands as OutlineCommand[], scaleX, scaleY);
    perFont.set(key, edges);
  }
  return edges;
}

/** A segment's glyphs placed from x = 0 on the baseline, and its width in dots. */
function shape(
  text: string,
  fonts: FontSet,
  bold: boolean,
  yScale: number,
): { glyphs: Placed[]; width: number } {
  const glyphs: Placed[] = [];
  let pen = 0;
  for (const run of textRuns(text, fonts, bold)) {
    const font = fonts.font(run.role);
    const scale = (FONT_DOTS * (run.role === 'emoji' ? EMOJI_ZOOM : 1)) / font.unitsPerEm;
    // A right-to-left run comes back from fontkit already in visual order (Arabic joined).
    const layout = font.layout(run.text);
    layout.glyphs.forEach((glyph, i) => {
      const position = layout.positions[i];
      glyphs.push({
        edges: glyphEdges(font, glyph, scale, scale * yScale),
        x: pen + (position?.xOffset ?? 0) * scale,
        y: -(position?.yOffset ?? 0) * scale * yScale,
      });
      pen += (position?.xAdvance ?? 0) * scale;
    });
  }
  return { glyphs, width: pen };
}

/** The line drawn 1-bit, `options.width` dots wide and LINE_DOTS (twice that when tall) high. */
export function lineBitmap(text: string, fonts: FontSet, options: LineImageOptions): Bitmap {
  const yScale = options.tall ? 2 : 1;
  const bitmap = createBitmap(options.width, LINE_DOTS * yScale);
  const baseline = BASELINE * yScale;
  const columnDots = options.width / options.columns;
  const segments = lineSegments(text);
  segments.forEach((segment, index) => {
    const { glyphs, width } = shape(segment.text, fonts, options.bold ?? false, yScale);
    if (width <= 0) return;
    const previous = segments[index - 1];
    const next = segments[index + 1];
    const length = segment.end - segment.start;
    let left: number;
    let room: number;
    let anchor: 'left' | 'right' | 'center';
    if (segment.end >= options.columns && segment.start > 0) {
      // An amount (or a value) ending in the last column.
      anchor = 'right';
      left = previous ? (previous.end + 1) * columnDots : 0;
      room = options.width - left;
    } else if (
      segments.length === 1 &&
      segment.start > 0 &&
      segment.start === Math.floor((options.columns - length) / 2)
    ) {
      anchor = 'center';
      left = 0;
      room = options.width;
    } else {
      anchor = 'left';
      left = segment.start * columnDots;
      room = (next ? (next.start - 1) * columnDots : options.width) - left;
    }
    const squeeze = width > room ? room / width : 1;
    const drawn = width * squeeze;
    let x: number;
    if (anchor === 'right') x = options.width - drawn;
    else if (anchor === 'center') {
      const middle = ((segment.start + segment.end) / 2) * columnDots;
      x = Math.min(Math.max(0, middle - drawn / 2), options.width - drawn);
    } else x = left;
    for (const glyph of glyphs)
      fillEdges(bitmap, glyph.edges, x + glyph.x * squeeze, baseline + glyph.y, squeeze);
  });
  return bitmap;
}
