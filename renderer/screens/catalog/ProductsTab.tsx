// The product list: search, filters, paging; picking a row (or "new product") opens the form.
import { useCallback, useEffect, useState } from 'react';
import type { ProductListItem } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { ProductForm } from './ProductForm';
import type { CatalogLookups } from './useCatalogLookups';
import { messageOf } from './useCatalogLookups';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 200;

type ActiveFilter = 'all' | 'active' | 'inactive';

interface Filters {
  text: string;
  category: string;
  unit: string;
  active: ActiveFilter;
}

export function ProductsTab({ lookups }: { lookups: CatalogLookups }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({ text: '', category: '', unit: '', active: 'all' });
  const [query, setQuery] = useState(filters); // what was last sent: the text waits for typing to pause
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; items: ProductListItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | 'new' | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(filters);
      setOffset(0);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filters]);

  const load = useCallback(() => {
    call('products.search', {
      text: query.text.trim() || undefined,
      category: query.category || undefined,
      unit: query.unit || undefined,
      active: query.active === 'all' ? undefined : query.active === 'active',
      offset,
      limit: PAGE_SIZE,
    })
      .then((result) => {
        setPage(result);
        setError(null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, [query, offset]);
  useEffect(load, [load]);

  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));
  const total = page?.total ?? 0;

  return (
    <div className={editing === null ? 'cat-body' : 'cat-body cat-split'}>
      <section className="cat-panel" aria-label={t('catalog.products.title')}>
        <div className="cat-toolbar">
          <label className="cat-field cat-grow">
            {t('catalog.products.search')}
            <input
              type="search"
              data-testid="catalog-product-search"
              value={filters.text}
              maxLength={100}
              placeholder={t('catalog.products.searchHint')}
              onChange={(e) => set({ text: e.target.value })}
            />
          </label>
          <label className="cat-field">
            {t('catalog.field.category')}
            <select
              data-testid="catalog-filter-category"
              value={filters.category}
              onChange={(e) => set({ category: e.target.value })}
            >
              <option value="">{t('catalog.filter.all')}</option>
              {lookups.categories.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="cat-field">
            {t('catalog.field.unit')}
            <select
              data-testid="catalog-filter-unit"
              value={filters.unit}
              onChange={(e) => set({ unit: e.target.value })}
            >
              <option value="">{t('catalog.filter.all')}</option>
              {lookups.units.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.code}
                </option>
              ))}
            </select>
          </label>
          <label className="cat-field">
            {t('catalog.field.status')}
            <select
              data-testid="catalog-filter-active"
              value={filters.active}
              onChange={(e) => set({ active: e.target.value as ActiveFilter })}
            >
              <option value="all">{t('catalog.filter.all')}</option>
              <option value="active">{t('catalog.status.active')}</option>
              <option value="inactive">{t('catalog.status.inactive')}</option>
            </select>
          </label>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="catalog-new-product"
            onClick={() => setEditing('new')}
          >
            {t('catalog.products.new')}
          </button>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="cat-table-wrap">
          <table className="cat-table" data-testid="catalog-products">
            <thead>
              <tr>
                <th>{t('catalog.field.sku')}</th>
                <th>{t('catalog.field.name')}</th>
                <th>{t('catalog.field.category')}</th>
                <th>{t('catalog.field.unit')}</th>
                <th className="cat-num">{t('catalog.field.price')}</th>
                <th>{t('catalog.field.producer')}</th>
                <th>{t('catalog.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {page?.items.map((p) => (
                <tr
                  key={p.id}
                  data-testid="catalog-product-row"
                  data-sku={p.sku}
                  aria-selected={editing === p.id}
                  tabIndex={0}
                  onClick={() => setEditing(p.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      setEditing(p.id);
                    }
                  }}
                >
                  <td className="cat-mono">{p.sku}</td>
                  <td>
                    {p.name}
                    {p.barcodes.length > 0 && (
                      <div className="cat-sub cat-mono">{p.barcodes.join(' · ')}</div>
                    )}
                  </td>
                  <td>{p.category}</td>
                  <td>{p.unit}</td>
                  <td className="cat-num">{formatRupiah(p.price)}</td>
                  <td>
                    {p.producerName}
                    {p.workshopName && <div className="cat-sub">{p.workshopName}</div>}
                  </td>
                  <td>{p.active ? t('catalog.status.active') : t('catalog.status.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page && page.items.length === 0 && <p className="cat-empty">{t('catalog.products.none')}</p>}
        </div>
        <div className="cat-pager">
          <span data-testid="catalog-products-count">
            {total === 0
              ? t('catalog.pager.none')
              : t('catalog.pager.range', {
                  from: (offset + 1).toLocaleString('id-ID'),
                  to: Math.min(offset + PAGE_SIZE, total).toLocaleString('id-ID'),
                  total: total.toLocaleString('id-ID'),
                })}
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('catalog.pager.prev')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('catalog.pager.next')}
          </button>
        </div>
      </section>
      {editing !== null && (
        <ProductForm
          key={editing}
          productId={editing === 'new' ? null : editing}
          lookups={lookups}
          onSaved={(id) => {
            setEditing(id);
            load();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
