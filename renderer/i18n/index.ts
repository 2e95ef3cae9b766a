// Tiny translation layer: t(key, {param}) with `{param}` placeholders over the till's dictionaries;
// the chosen language (kept in localStorage) lives in lang.ts, shared with the office's page.
import { en } from './en';
import { type Dictionary, id, type MessageKey } from './id';
import { type Lang, makeTranslator, type Params, useTranslate } from './lang';

export type { MessageKey } from './id';
export { LANG_STORAGE_KEY, type Lang, type Params, useLang } from './lang';

const dictionaries: Record<Lang, Dictionary> = { id, en };

export const { translate, t } = makeTranslator<MessageKey>(dictionaries);

/** Components use this so they re-render when the language changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  return useTranslate(translate);
}
