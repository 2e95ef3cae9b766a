// Turns what the cashier typed into FTS5 MATCH expressions. Nothing the user types reaches FTS5
// syntax unquoted: every term is wrapped in double quotes, and terms hold no quote characters.

/** More terms than this adds nothing at a till and only costs time. */
const MAX_TERMS = 8;
/** The trigram tokenizer cannot match anything shorter. */
export const MIN_GRAM_LENGTH = 3;

export interface SearchPlan {
  /** Every word typed, as a word prefix ("bawa" -> Bawang): the better tier. Null if not usable. */
  words: string | null;
  /** Part-of-word match of the terms of 3+ letters ("oren" -> Goreng); null if none is that long. */
  grams: string | null;
  /** With `grams`: the shorter terms, which must still match as word prefixes. */
  gramsShortWords: string | null;
}

const quote = (term: string) => `"${term}"`;
const isWord = (chunk: string) => /^[\p{L}\p{N}]+$/u.test(chunk);
const length = (text: string) => [...text].length;

/**
 * Splits on white space. A chunk of letters and digits is a word. A chunk with other characters
 * ("bwg-10", "40x60cm,", "100%") is matched literally inside name or SKU when it has 3+ letters,
 * so `100%` means those characters and is never a pattern; shorter ones fall back to their words.
 */
export function planSearch(text: string): SearchPlan {
  const words: string[] = [];
  const literals: string[] = [];
  // Double quotes are dropped up front: they are the one character a quoted FTS5 term cannot hold.
  // Control characters too (the engine refuses them in input, this is the second fence): a NUL
  // ends an FTS5 string early ("unterminated string").
  const typed = text
    .normalize('NFC')
    .replaceAll('"', ' ')
    .replace(/\p{Cc}/gu, ' ');
  for (const chunk of typed.split(/\s+/u)) {
    if (chunk === '' || words.length + literals.length >= MAX_TERMS) continue;
    if (isWord(chunk)) words.push(chunk);
    else if (length(chunk) >= MIN_GRAM_LENGTH) literals.push(chunk);
    else words.push(...chunk.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== ''));
  }
  const prefixes = (list: string[]) =>
    list.length > 0 ? list.map((w) => `${quote(w)}*`).join(' AND ') : null;
  const long = [...words.filter((w) => length(w) >= MIN_GRAM_LENGTH), ...literals];
  const short = words.filter((w) => length(w) < MIN_GRAM_LENGTH);
  return {
    words: literals.length === 0 ? prefixes(words) : null,
    grams: long.length > 0 ? long.map(quote).join(' AND ') : null,
    gramsShortWords: long.length > 0 ? prefixes(short) : null,
  };
}
