// A line of text as runs a font can draw, in the order they appear on paper. A product name may mix
// Indonesian, Arabic (calligraphy: "Kaligrafi الله Ukiran Kayu") and emoji: each run gets the first
// font that has all of its characters, and runs are put in visual order by the Unicode
// bidirectional algorithm (bidi-js), so Arabic reads right to left and numbers inside it stay
// left to right. Shaping (Arabic joining forms, ligatures) is left to fontkit, which lays a
// right-to-left run out already reversed; that is why a run never spans two directions.
import bidiFactory from 'bidi-js';
import { FALLBACK_ORDER, type FontRole, type FontSet } from './fonts';

export interface TextRun {
  text: string;
  role: FontRole;
  /** Drawn right to left (an odd bidi level). */
  rtl: boolean;
}

/** Shown for a character no font has: a clear "something is here", never a silent gap or `?`. */
export const MISSING_GLYPH = '\uFFFD';

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Joiners and variation selectors ride along with their cluster; no font is asked for them. */
function isFormatOnly(codePoint: number): boolean {
  return (
    codePoint === 0x200c ||
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

function drawsAll(set: FontSet, role: FontRole, cluster: string): boolean {
  const font = set.font(role);
  for (const ch of cluster) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isFormatOnly(cp) && !font.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}

/**
 * Spaces, punctuation and digits stay in the text run they sit in (fewer runs, and Arabic words
 * with a space between shape as one run); an emoji run takes only emoji.
 */
const NEUTRAL = /^[\s\p{P}\p{S}\p{N}]+$/u;

interface LogicalRun extends TextRun {
  level: number;
}

/**
 * Characters whose bidi class is left to right or neutral in a left-to-right line: everything below
 * Hebrew (U+0590: Latin, Greek, Cyrillic, Armenian) and the dashes, quotes, bullets and ellipsis of
 * General Punctuation (not its separators, embeddings, isolates or invisible marks).
 */
const PLAIN_END = 0x205f;
function plainCandidate(cp: number): boolean {
  return cp < 0x0590 || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp < PLAIN_END);
}

/** Per font: whether it draws each candidate code point (1) or not (2); 0 when not asked yet. */
const coverage = new WeakMap<object, Uint8Array>();

/**
 * True when every character of `text` is one of those (`plainCandidate`) and drawn by the first face
 * of the fallback order (Noto Sans): the line is then one left-to-right run in that face, as the
 * full algorithm below would find (every bidi level is 0, and each cluster finds that face first),
 * so bidi and grapheme segmentation can be skipped. Most lines of a report are such lines.
 */
export function isPlainLtr(text: string, set: FontSet, bold = false): boolean {
  const font = set.font(FALLBACK_ORDER[bold ? 'bold' : 'regular'][0] as FontRole);
  let known = coverage.get(font);
  if (!known) {
    known = new Uint8Array(PLAIN_END);
    coverage.set(font, known);
  }
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp >= PLAIN_END) return false;
    let state = known[cp];
    if (state === 0) {
      state = plainCandidate(cp) && font.hasGlyphForCodePoint(cp) ? 1 : 2;
      known[cp] = state;
    }
    if (state !== 1) return false;
  }
  return true;
}

/**
 * `text` (one line: no line breaks) as runs in visual order, left to right. `bold` picks the bold
 * faces; emoji have one weight.
 */
export function textRuns(text: string, set: FontSet, bold = false): TextRun[] {
  if (text === '') return [];
  const order = FALLBACK_ORDER[bold ? 'bold' : 'regular'];
  if (isPlainLtr(text, set, bold)) return [{ text, role: order[0] as FontRole, rtl: false }];
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  const runs: LogicalRun[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    const level = levels[index] ?? 0;
    const last = runs.at(-1);
    let role: FontRole | undefined;
    let drawn = segment;
    if (
      last &&
      last.level === level &&
      last.role !== 'emoji' &&
      NEUTRAL.test(segment) &&
      drawsAll(set, last.role, segment)
    ) {
      role = last.role;
    } else {
      role = order.find((r) => drawsAll(set, r, segment));
      if (role === undefined) {
        role = order[0] as FontRole;
        drawn = MISSING_GLYPH;
      }
    }
    if (last && last.level === level && last.role === role) last.text += drawn;
    else runs.push({ text: drawn, role, rtl: level % 2 === 1, level });
  }
  return visualOrder(runs).map(({ text: t, role, rtl }) => ({ text: t, role, rtl }));
}

/** UAX #9 rule L2 over whole runs: from the highest level down to 1, reverse each stretch at or above it. */
function visualOrder(runs: LogicalRun[]): LogicalRun[] {
  const out = [...runs];
  const highest = Math.max(...out.map((r) => r.level));
  const lowestOdd = Math.min(...out.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < out.length) {
      if ((out[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && (out[j]?.level ?? 0) >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}
