// Tiny translation layer: t(key, {param}) with `{param}` placeholders, and the chosen language
// kept in localStorage so a restart keeps the cashier's choice.
import { useCallback } from 'react';
import { create } from 'zustand';
import { en } from './en';
import { type Dictionary, id, type MessageKey } from './id';

export type { MessageKey } from './id';
export type Lang = 'id' | 'en';

export const LANG_STORAGE_KEY = 'karya.lang';
const dictionaries: Record<Lang, Dictionary> = { id, en };

/** localStorage may be missing (unit tests) or throw (privacy settings); Indonesian is the fallback. */
function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The page says which language it speaks, so a screen reader reads English text as English. */
function markDocument(lang: Lang): Lang {
  if (globalThis.document) globalThis.document.documentElement.lang = lang;
  return lang;
}

export const useLang = create<LangState>()((set) => ({
  lang: markDocument(storedLang()),
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Not persisting is fine; the choice still applies until the window closes.
    }
    set({ lang: markDocument(lang) });
  },
}));

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Translate in the current language; for code outside React (the API client). */
export function t(key: MessageKey, params?: Params): string {
  return translate(useLang.getState().lang, key, params);
}

/** Components use this so they re-render when the language changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useLang((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
