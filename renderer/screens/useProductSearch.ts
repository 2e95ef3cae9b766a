// The catalogue for the grid and the category chips (up to 10,000 products, which the grid
// windows) comes from the catalogue store (stores/catalogue.ts): loaded when the sale screen opens,
// and again after any change this till makes to the catalogue, when the current search is asked
// again too. The engine is searched as the cashier types (its page of 500 best hits). A scanner
// types a whole barcode and Enter within milliseconds, so `find` never trusts results that belong
// to an older text.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Product } from '../../shared/contract';
import { ApiError, call } from '../api/client';
import { t } from '../i18n';
import { useCatalogue } from '../stores/catalogue';

const SEARCH_DELAY_MS = 120;

function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : t('api.unreachable');
}

export interface ProductSearch {
  query: string;
  setQuery: (query: string) => void;
  /** Products matching the current text (the whole catalogue when it is empty). */
  results: readonly Product[];
  /** True when `results` answer the current text (not an older one still on screen). */
  settled: boolean;
  categories: readonly string[];
  /** Fresh results for the current text, waiting for the engine if needed. */
  find: () => Promise<readonly Product[]>;
  error: string | null;
  reload: () => void;
}

export function useProductSearch(): ProductSearch {
  const all = useCatalogue((s) => s.products);
  const revision = useCatalogue((s) => s.revision);
  const [query, setQueryState] = useState('');
  const [hits, setHits] = useState<{ text: string; products: readonly Product[] }>({
    text: '',
    products: [],
  });
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0); // number of the newest search; older answers are dropped
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(() => {
    setError(null);
    useCatalogue
      .getState()
      .load()
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);

  useEffect(() => {
    reload();
    return () => clearTimeout(timer.current);
  }, [reload]);

  const search = useCallback(async (text: string): Promise<readonly Product[]> => {
    const ticket = ++latest.current;
    const products = await call('products.list', { query: text });
    if (ticket === latest.current) {
      setHits({ text, products });
      setError(null);
    }
    return products;
  }, []);

  // The catalogue changed on this till (a package applied, a price saved): the hits on screen may
  // hold old prices or miss a new product, so the current text is searched again.
  const searched = useRef({ text: '', revision });
  searched.current.text = hits.text;
  useEffect(() => {
    if (searched.current.revision === revision) return;
    searched.current.revision = revision;
    const text = searched.current.text;
    if (text !== '') search(text).catch((err: unknown) => setError(messageOf(err)));
  }, [revision, search]);

  const setQuery = useCallback(
    (value: string) => {
      setQueryState(value);
      clearTimeout(timer.current);
      const text = value.trim();
      if (text === '') {
        latest.current++;
        setHits({ text: '', products: [] });
        return;
      }
      timer.current = setTimeout(() => {
        search(text).catch((err: unknown) => setError(messageOf(err)));
      }, SEARCH_DELAY_MS);
    },
    [search],
  );

  const text = query.trim();
  const find = useCallback(async (): Promise<readonly Product[]> => {
    if (text === '') return all;
    if (hits.text === text) return hits.products;
    clearTimeout(timer.current);
    return search(text);
  }, [all, hits, search, text]);

  const categories = useMemo(() => [...new Set(all.map((p) => p.category))], [all]);
  // While a search is on its way, keep showing what was there rather than flashing an empty grid.
  const results = text === '' || hits.text === '' ? all : hits.products;
  const settled = text === '' || hits.text === text;

  return { query, setQuery, results, settled, categories, find, error, reload };
}
