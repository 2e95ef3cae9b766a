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

export function padEnd(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

export function center(text: string, width: number): string {
  if (text.length >= width) return text;
  return ' '.repeat(Math.floor((width - text.length) / 2)) + text;
}

/** Word wrap to `width`; a word longer than a line is cut hard so nothing runs off the paper. */
export function wrap(text: string, width: number): string[] {
  const words = printable(text)
    .split(' ')
    .filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > width) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (word === '') continue;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
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
  if (last.trim() === '' || last.length + 1 + amount.length <= width) {
    lines[lines.length - 1] = padEnd(last.trim() === '' ? '' : last, width - amount.length) + amount;
    return lines;
  }
  return [...lines, padStart(amount, width)];
}

/** A full-width rule of `char`. */
export function rule(width: number, char = '-'): string {
  return char.repeat(width);
}
