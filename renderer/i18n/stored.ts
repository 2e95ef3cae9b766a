// Texts the engine stored for later (why a print job failed, what it warned of, why an upload to
// the office has not got through) come as a message key with its params; they are worded here in
// the language of the screen. Older rows, and the office's reasons in its own words, are plain text
// and show as they are.
import { useCallback } from 'react';
import { wordStored } from '../../shared/messages/stored';
import { useLang } from './index';

export { wordStored };

/** Words stored texts in the current language; re-renders when the language changes. */
export function useStoredText(): (text: string) => string {
  const lang = useLang((s) => s.lang);
  return useCallback((text: string) => wordStored(lang, text), [lang]);
}
