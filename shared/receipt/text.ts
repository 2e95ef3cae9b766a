// Plain-text helpers for receipt layout. Every receipt line is laid out once, as a string of at most
// `columns` characters, and both renderers (ESC/POS bytes and HTML) print exactly those strings.

/** Spaces Intl and word processors produce that a thermal printer must never receive. */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const TYPOGRAPHY: [RegExp, string][] = [
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/\u00d7/g, 'x'],
];

/**
 * Text fit for a receipt line: Unicode NFC, one line, no control characters, and the no-break
 * space (U+00A0, which `Intl` puts after `Rp`) turned into a plain space, because 0xA0 or 0xFF
 * prints as a wrong glyph on a CP437 printer and the preview must show what the paper shows.
 */
export function printable(text: string): string {
  let out = text.normalize('NFC').replace(ODD_SPACES, ' ');
  for (const [pattern, replacement] of TYPOGRAPHY) out = out.replace(pattern, replacement);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return out.replace(/[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/g, ' ').trimEnd();
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * The characters as a reader counts them (grapheme clusters): an emoji with its variation selector,
 * a letter with its Arabic vowel marks or an accent is one column, not its UTF-16 length, so a
 * line is padded and wrapped as it is printed and a cut never splits a character.
 */
export function chars(text: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the plain ASCII fast path
  if (/^[\u0000-\u007f]*$/.test(text)) return text.split('');
  return Array.from(graphemes.segment(text), (g) => g.segment);
}

/** How many columns `text` takes on the receipt (see `chars`). */
export function columnsOf(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the plain ASCII fast path
  return /^[\u0000-\u007f]*$/.test(text) ? text.length : chars(text).length;
}

export function padEnd(text: string, width: number): string {
  const used = columnsOf(text);
  return used >= width ? text : text + ' '.repeat(width - used);
}

export function padStart(text: string, width: number): string {
  const used = columnsOf(text);
  return used >= width ? text : ' '.repeat(width - used) + text;
}

export function center(text: string, width: number): string {
  const used = columnsOf(text);
  if (used >= width) return text;
  return ' '.repeat(Math.floor((width - used) / 2)) + text;
}

/** Word wrap to `width`; a word longer than a line is cut hard so nothing runs off the paper. */
export function wrap(text: string, width: number): string[] {
  const words = printable(text)
    .split(' ')
    .filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    if (columnsOf(word) > width) {
      const parts = chars(word);
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      while (parts.length > width) lines.push(parts.splice(0, width).join(''));
      word = parts.join('');
    }
    if (word === '') continue;
    if (line === '') line = word;
    else if (columnsOf(line) + 1 + columnsOf(word) <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * `left` wrapped on the left, `right` right-aligned on the last line. When the last line of `left`
 * leaves no room (one space at least), `right` gets a line of its own, still right-aligned, so
 * amounts always end in the last column.
 */
export function leftRight(left: string, right: string, width: number, indent = 0): string[] {
  const amount = printable(right);
  const prefix = ' '.repeat(indent);
  const lines = wrap(left, Math.max(1, width - indent)).map((line) => prefix + line);
  const last = lines[lines.length - 1] ?? '';
  if (amount === '') return lines;
  if (last.trim() === '' || columnsOf(last) + 1 + columnsOf(amount) <= width) {
    lines[lines.length - 1] = padEnd(last.trim() === '' ? '' : last, width - columnsOf(amount)) + amount;
    return lines;
  }
  return [...lines, padStart(amount, width)];
}

/** A full-width rule of `char`. */
export function rule(width: number, char = '-'): string {
  return char.repeat(width);
}
