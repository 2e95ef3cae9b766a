// Texts the engine stores for later (why a print job failed, why a batch upload has not got
// through) are kept as a message, not as a sentence: the key with its params, written the way
// `msg()` writes them, so each screen words them in its own language and the command line in
// Indonesian. Rows stored before, and what the office's server said in its own words, are plain
// text and are shown as they are.
import { formatMessage, type Lang, type MessageRef, readMsg } from './index';

/** A message given as data (an EngineError's or a PrintError's `ref`), as stored text. */
export function storedMsg(ref: MessageRef): string {
  return ref.params ? `${ref.key}${JSON.stringify(ref.params)}` : ref.key;
}

/** A stored text in `lang`: a stored message worded, any other text as it is. */
export function wordStored(lang: Lang, text: string): string {
  const ref = readMsg(text);
  return (ref && formatMessage(lang, ref.key, ref.params)) ?? text;
}

/** `wordStored` for a column that may be empty. */
export function wordStoredOrNull(lang: Lang, text: string | null): string | null {
  return text === null ? null : wordStored(lang, text);
}
