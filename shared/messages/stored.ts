// Texts the engine stores for later (why a print job failed, why a batch upload has not got
// through) are kept as a message, not as a sentence: the key with its params, written the way
// `msg()` writes them, so each screen words them in its own language and the command line in
// Indonesian. Rows stored before, and what the office's server said in its own words, are plain
// text and are shown as they are.
import { formatMessage, type Lang, readMsg } from './index';

/** A stored text in `lang`: a stored message worded, any other text as it is. */
export function wordStored(lang: Lang, text: string): string {
  const ref = readMsg(text);
  return (ref && formatMessage(lang, ref.key, ref.params)) ?? text;
}

/** `wordStored` for a column that may be empty. */
export function wordStoredOrNull(lang: Lang, text: string | null): string | null {
  return text === null ? null : wordStored(lang, text);
}
