// The chosen language and the translator, without any dictionary: shared by the till's screens
// (renderer/i18n) and the office's page (office/web/i18n), each with its own words. The choice is
// kept in localStorage so a restart keeps it.
import { useCallback } from 'react';
import { create } from 'zustand';

export type Lang = 'id' | 'en';

export const LANG_STORAGE_KEY = 'karya.lang';

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

export type Translate<Key extends string> = (lang: Lang, key: Key, params?: Params) => string;

/** `translate` and `t` over one pair of dictionaries (Indonesian first, English matching it). */
export function makeTranslator<Key extends string>(dictionaries: Record<Lang, Record<Key, string>>) {
  const translate: Translate<Key> = (lang, key, params) => {
    const text = dictionaries[lang][key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
  };
  /** Translate in the current language; for code outside React (the API client). */
  const t = (key: Key, params?: Params): string => translate(useLang.getState().lang, key, params);
  return { translate, t };
}

/** `translate` in the current language, for components: they re-render when the language changes. */
export function useTranslate<Key extends string>(
  translate: Translate<Key>,
): (key: Key, params?: Params) => string {
  const lang = useLang((s) => s.lang);
  return useCallback((key: Key, params?: Params) => translate(lang, key, params), [lang, translate]);
}
