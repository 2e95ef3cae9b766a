// Which characters a printer's code page holds, asked of the encoder itself: it prints `?` (0x3F)
// for a character its code page table lacks, and two of them for a character outside the Basic
// Multilingual Plane (an emoji). A line with any such character is printed as an image instead.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { Printer } from '../../../shared/contract';

type CodePage = Printer['codePage'];

/**
 * Marks that only steer how neighbours are drawn (zero-width joiners, variation selectors): kept for
 * an image line (emoji sequences, Arabic), dropped from a line printed as text.
 */
export const FORMAT_ONLY = /\u200c|\u200d|[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]/g;

const known = new Map<CodePage, Map<string, boolean>>();

/** The byte the encoder sends for one character on `codePage`, or null when it sends `?` or several. */
function encodedByte(ch: string, codePage: CodePage): number | null {
  const bytes = new ReceiptPrinterEncoder({ language: 'esc-pos', newline: '\n' })
    .codepage(codePage)
    .text(ch)
    .encode();
  // One byte per UTF-16 unit, then the line feed the encoder ends with.
  if (ch.length !== 1 || bytes[bytes.length - 1] !== 0x0a) return null;
  return bytes[bytes.length - 2] ?? null;
}

/** Whether `codePage` prints `ch` (one character) as itself. */
export function holdsChar(ch: string, codePage: CodePage): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp < 0x7f) return true;
  let perPage = known.get(codePage);
  if (!perPage) {
    perPage = new Map();
    known.set(codePage, perPage);
  }
  let held = perPage.get(ch);
  if (held === undefined) {
    const byte = encodedByte(ch, codePage);
    // Positions below 0x20 are the printer's control bytes, whatever glyph a table puts there.
    held = byte !== null && byte !== 0x3f && byte >= 0x20 && byte !== 0x7f;
    perPage.set(ch, held);
  }
  return held;
}

/** Whether every character of `text` prints as itself on `codePage` (format-only marks aside). */
export function codePageHolds(text: string, codePage: CodePage): boolean {
  for (const ch of text.replace(FORMAT_ONLY, '')) if (!holdsChar(ch, codePage)) return false;
  return true;
}
