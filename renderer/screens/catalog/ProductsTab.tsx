// The product list: search, filters, paging; picking a row (or "new product") opens the form.
import { useCallback, useEffect, useState } from 'react';
import type { ProductListItem } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
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
  const [page, setPage] = useState<{
    total: number;
    items: ProductListItem[];
    officeCatalogue: boolean;
  } | null>(null);
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

  const columns: Column<ProductListItem>[] = [
    { key: 'sku', header: t('catalog.field.sku'), kind: 'code', cell: (p) => p.sku },
    {
      key: 'name',
      header: t('catalog.field.name'),
      cell: (p) => (
        <>
          {p.name}
          {/* Once the office's catalogue is here, the booth's own products are told apart. */}
          {page?.officeCatalogue && p.local && (
            <span
              className="cat-local"
              title={t('catalog.products.localHint')}
              data-testid="catalog-product-local"
            >
              {t('catalog.products.local')}
            </span>
          )}
          {p.barcodes.length > 0 && <div className="cat-sub cat-mono">{p.barcodes.join(' · ')}</div>}
        </>
      ),
    },
    { key: 'category', header: t('catalog.field.category'), cell: (p) => p.category },
    { key: 'unit', header: t('catalog.field.unit'), cell: (p) => p.unit },
    { key: 'price', header: t('catalog.field.price'), kind: 'num', cell: (p) => formatRupiah(p.price) },
    {
      key: 'producer',
      header: t('catalog.field.producer'),
      cell: (p) => (
        <>
          {p.producerName}
          {p.workshopName && <div className="cat-sub">{p.workshopName}</div>}
        </>
      ),
    },
    {
      key: 'status',
      header: t('catalog.field.status'),
      cell: (p) => (p.active ? t('catalog.status.active') : t('catalog.status.inactive')),
    },
  ];

  return (
    <div className={editing === null ? 'cat-body' : 'cat-body cat-split'}>
      <section className="cat-panel" aria-label={t('catalog.products.title')}>
        <div className="cat-toolbar">
          <FormRow label={t('catalog.products.search')} className="cat-grow">
            <input
              type="search"
              data-testid="catalog-product-search"
              value={filters.text}
              maxLength={100}
              placeholder={t('catalog.products.searchHint')}
              onChange={(e) => set({ text: e.target.value })}
            />
          </FormRow>
          <FormRow label={t('catalog.field.category')}>
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
          </FormRow>
          <FormRow label={t('catalog.field.unit')}>
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
          </FormRow>
          <FormRow label={t('catalog.field.status')}>
            <select
              data-testid="catalog-filter-active"
              value={filters.active}
              onChange={(e) => set({ active: e.target.value as ActiveFilter })}
            >
              <option value="all">{t('catalog.filter.all')}</option>
              <option value="active">{t('catalog.status.active')}</option>
              <option value="inactive">{t('catalog.status.inactive')}</option>
            </select>
          </FormRow>
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
          <Banner tone="error" testId="catalog-products-error">
            {error}
          </Banner>
        )}
        <DataTable
          fill
          testId="catalog-products"
          columns={columns}
          rows={page?.items ?? []}
          rowKey={(p) => p.id}
          rowProps={(p) => ({
            'data-testid': 'catalog-product-row',
            'data-sku': p.sku,
            'aria-selected': editing === p.id,
            tabIndex: 0,
            onClick: () => setEditing(p.id),
            onKeyDown: (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setEditing(p.id);
              }
            },
          })}
          empty={page ? t('catalog.products.none') : undefined}
        />
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
