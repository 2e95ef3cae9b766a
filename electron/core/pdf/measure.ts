// Widths and wrapping for the PDF writer, measured with fontkit as pdfkit draws them.
//
// The writer runs in the engine, which in Electron is the main process: a slow PDF freezes every
// window and the print queue. A Z report's journal is thousands of rows, so text is measured once
// and kept, and widths are kept in thousandths of the font size (they scale with it) rather than
// measured again for each size a table is tried at.
//
// Most lines are plain: Latin, Greek or Cyrillic with common punctuation, all drawn by Noto Sans
// (`isPlainLtr` in textRuns.ts), so one left-to-right run in one face. Such a line's width is the
// sum of its words' widths and its spaces': advances are whole font units, and Noto Sans has no
// kerning or contextual forms across a space (measure.test.ts checks every pair of printable ASCII
// and common punctuation around a space), so the sum is exactly what laying out the whole line
// gives, and a word is laid out once per process. Any other line (Arabic, emoji, a character Noto
// Sans lacks) is measured whole through textRuns, as it is drawn: its runs, direction and shaping
// depend on the whole line.
import type { Font } from 'fontkit';
import { FALLBACK_ORDER, type FontRole, type FontSet } from '../fonts/fonts';
import { isPlainLtr, textRuns } from '../fonts/textRuns';

/** No shaping features asked for: fontkit's defaults. Passing them makes pdfkit lay out a run whole. */
export const DEFAULT_FEATURES: [] = [];

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export interface MeasuredRun {
  text: string;
  role: FontRole;
  /** Drawn right to left. */
  rtl: boolean;
  /** Advance in thousandths of the font size. */
  advance: number;
}

interface MeasuredLine {
  runs: MeasuredRun[];
  /** The runs' advances added up, in thousandths of the font size. */
  advance: number;
}

/** A run drawn left to right in Noto Sans (regular or bold): pdfkit may lay it out word by word. */
export function isPlainRun(run: MeasuredRun): boolean {
  return (run.role === 'sans' || run.role === 'sansBold') && !run.rtl;
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Words' widths in font units, per font, for the whole process: a width never depends on what was measured before. */
const unitCache = new WeakMap<Font, Map<string, number>>();
/** Enough for a season of product names and amounts; past it the cache starts again. */
const UNIT_CACHE_MAX = 200_000;

/** `text` laid out whole by `font`, in the font's units (whole numbers: advances and kerning are). */
export function layoutUnits(font: Font, text: string): number {
  let cache = unitCache.get(font);
  if (!cache) {
    cache = new Map();
    unitCache.set(font, cache);
  }
  let known = cache.get(text);
  if (known === undefined) {
    known = font.layout(text, DEFAULT_FEATURES).advanceWidth;
    if (cache.size >= UNIT_CACHE_MAX) cache.clear();
    cache.set(text, known);
  }
  return known;
}

/** A plain line's width in font units: its pieces between spaces laid out alone, plus the spaces. */
export function plainLineUnits(font: Font, text: string): number {
  const space = layoutUnits(font, ' ');
  let units = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf(' ', start);
    const piece = end < 0 ? text.slice(start) : text.slice(start, end);
    if (piece !== '') units += layoutUnits(font, piece);
    if (end < 0) return units;
    units += space;
    start = end + 1;
  }
}

/** Widths and wrapping for one document, each text measured once. */
export class Measure {
  private readonly advances = new Map<string, number>();
  private readonly lines = [new Map<string, MeasuredLine>(), new Map<string, MeasuredLine>()];
  constructor(private readonly fonts: FontSet) {}

  /** A run laid out whole, in thousandths of the font size. */
  private advance(role: FontRole, text: string): number {
    const key = `${role}\u0000${text}`;
    let known = this.advances.get(key);
    if (known === undefined) {
      const font: Font = this.fonts.font(role);
      known = (font.layout(text, DEFAULT_FEATURES).advanceWidth * 1000) / font.unitsPerEm;
      this.advances.set(key, known);
    }
    return known;
  }

  private plainRole(bold: boolean): FontRole {
    return FALLBACK_ORDER[bold ? 'bold' : 'regular'][0] as FontRole;
  }

  private line(text: string, bold: boolean): MeasuredLine {
    const cache = this.lines[bold ? 1 : 0] as Map<string, MeasuredLine>;
    let known = cache.get(text);
    if (!known) {
      if (text !== '' && isPlainLtr(text, this.fonts, bold)) {
        const role = this.plainRole(bold);
        const font = this.fonts.font(role);
        // The same arithmetic as a run laid out whole (`advance`).
        const advance = (plainLineUnits(font, text) * 1000) / font.unitsPerEm;
        known = { runs: [{ text, role, rtl: false, advance }], advance };
      } else {
        const runs = textRuns(text, this.fonts, bold).map((run) => ({
          text: run.text,
          role: run.role,
          rtl: run.rtl,
          advance: this.advance(run.role, run.text),
        }));
        known = { runs, advance: runs.reduce((sum, run) => sum + run.advance, 0) };
      }
      cache.set(text, known);
    }
    return known;
  }

  /** `text` as runs to draw, in visual order, each with its advance. */
  runs(text: string, bold: boolean): MeasuredRun[] {
    return this.line(text, bold).runs;
  }

  /** The width of `text` in thousandths of the font size: at `size` points it is `advance * size / 1000`. */
  lineAdvance(text: string, bold: boolean): number {
    return this.line(text, bold).advance;
  }

  width(text: string, size: number, bold: boolean): number {
    return (this.lineAdvance(text, bold) * size) / 1000;
  }

  /** The widest word of `text` in thousandths of the font size (what a column must hold so no word is broken). */
  widestWordAdvance(text: string, bold: boolean): number {
    return Math.max(0, ...words(text).map((word) => this.lineAdvance(word, bold)));
  }

  /**
   * `text` in lines no wider than `width`: at spaces, and inside a word only when it alone is too
   * wide. Spaces the text starts with (an indented note) start every line.
   */
  wrap(text: string, width: number, size: number, bold: boolean): string[] {
    if (!isPlainLtr(text, this.fonts, bold)) return this.wrapWhole(text, width, size, bold);
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const font = this.fonts.font(this.plainRole(bold));
    // The same arithmetic as `width` of the whole line, from its width in font units.
    const fits = (units: number) => (((units * 1000) / font.unitsPerEm) * size) / 1000 <= width;
    const space = layoutUnits(font, ' ');
    const indentUnits = indent === '' ? 0 : plainLineUnits(font, indent);
    const lines: string[] = [];
    let line = indent;
    let lineUnits = indentUnits;
    for (const word of words(text)) {
      const wordUnits = layoutUnits(font, word);
      const nextUnits = line === indent ? indentUnits + wordUnits : lineUnits + space + wordUnits;
      if (fits(nextUnits)) {
        line = line === indent ? `${indent}${word}` : `${line} ${word}`;
        lineUnits = nextUnits;
        continue;
      }
      if (line !== indent) lines.push(line);
      line = this.breakWord(word, indent, width, size, bold, lines);
      lineUnits = line === indent ? indentUnits : plainLineUnits(font, line);
    }
    if (line !== indent) lines.push(line);
    return lines.length > 0 ? lines : [''];
  }

  /** `wrap` measuring each longer line whole: for lines whose runs depend on the whole line. */
  private wrapWhole(text: string, width: number, size: number, bold: boolean): string[] {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const lines: string[] = [];
    let line = indent;
    for (const word of words(text)) {
      const next = line === indent ? `${indent}${word}` : `${line} ${word}`;
      if (this.width(next, size, bold) <= width) {
        line = next;
        continue;
      }
      if (line !== indent) lines.push(line);
      line = this.breakWord(word, indent, width, size, bold, lines);
    }
    if (line !== indent) lines.push(line);
    return lines.length > 0 ? lines : [''];
  }

  /**
   * `word`, too wide for a line, broken between graphemes after `indent`: the full lines go to
   * `lines`, the last one (which the next words may join) is returned.
   */
  private breakWord(
    word: string,
    indent: string,
    width: number,
    size: number,
    bold: boolean,
    lines: string[],
  ): string {
    let line = indent;
    for (const { segment } of graphemes.segment(word)) {
      if (line !== indent && this.width(line + segment, size, bold) > width) {
        lines.push(line);
        line = `${indent}${segment}`;
      } else line += segment;
    }
    return line;
  }
}
