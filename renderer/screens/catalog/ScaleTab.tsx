// The shop scale: how its weight-embedded labels are laid out, and which PLU number each weighed
// product carries on it. A label scanned at the till then lands as a line with its weight.
import { useCallback, useEffect, useState } from 'react';
import type { WeighedProduct } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { DEFAULT_SCALE_SETTINGS, EAN13_DATA_DIGITS, type ScaleSettings } from '../../../shared/weightBarcode';
import { call } from '../../api/client';
import { Banner, type Column, DataTable } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from './useCatalogLookups';

/** A layout as typed: digits stay text until saved so a half-typed number is not rejected. */
interface LayoutDraft {
  /** Where the row stands, for React and for patching. */
  at: number;
  prefix: string;
  itemDigits: string;
  valueKind: 'weight' | 'price';
  valueDigits: string;
}

const toDraft = (settings: ScaleSettings): LayoutDraft[] =>
  settings.layouts.map((l, at) => ({
    ...l,
    at,
    itemDigits: String(l.itemDigits),
    valueDigits: String(l.valueDigits),
  }));

/** Non-numbers go to the engine as they are so its Indonesian message names the problem. */
const digits = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function ScaleTab() {
  const t = useT();
  const [enabled, setEnabled] = useState(DEFAULT_SCALE_SETTINGS.enabled);
  const [layouts, setLayouts] = useState<LayoutDraft[]>(toDraft(DEFAULT_SCALE_SETTINGS));
  const [products, setProducts] = useState<WeighedProduct[]>([]);
  const [plus, setPlus] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [settings, weighed] = await Promise.all([
        call('search.scaleSettings.get', {}),
        call('products.weighed', {}),
      ]);
      setEnabled(settings.enabled);
      setLayouts(toDraft(settings));
      setProducts(weighed);
      setPlus(Object.fromEntries(weighed.map((p) => [p.id, p.plu === null ? '' : String(p.plu)])));
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const report = (message: string | null, failure: string | null) => {
    setDone(message);
    setError(failure);
  };

  const saveLayouts = async () => {
    try {
      const saved = await call('search.scaleSettings.save', {
        enabled,
        layouts: layouts.map((l) => ({
          prefix: l.prefix.trim(),
          itemDigits: digits(l.itemDigits),
          valueKind: l.valueKind,
          valueDigits: digits(l.valueDigits),
        })),
      });
      setEnabled(saved.enabled);
      setLayouts(toDraft(saved));
      report(t('catalog.scale.saved'), null);
    } catch (err) {
      report(null, messageOf(err));
    }
  };

  const savePlu = async (product: WeighedProduct) => {
    const text = (plus[product.id] ?? '').trim();
    try {
      await call('products.setPlu', { productId: product.id, plu: text === '' ? null : digits(text) });
      report(t('catalog.scale.pluSaved', { name: product.name }), null);
      await load();
    } catch (err) {
      report(null, messageOf(err));
    }
  };

  const patch = (at: number, change: Partial<LayoutDraft>) =>
    setLayouts(layouts.map((l) => (l.at === at ? { ...l, ...change } : l)));

  const layoutColumns: Column<LayoutDraft>[] = [
    {
      key: 'prefix',
      header: t('catalog.scale.prefix'),
      cell: (layout) => (
        <input
          className="scale-digits"
          aria-label={t('catalog.scale.prefix')}
          data-testid="scale-prefix"
          inputMode="numeric"
          maxLength={3}
          value={layout.prefix}
          onChange={(e) => patch(layout.at, { prefix: e.target.value })}
        />
      ),
    },
    {
      key: 'item',
      header: t('catalog.scale.itemDigits'),
      cell: (layout) => (
        <input
          className="scale-digits"
          aria-label={t('catalog.scale.itemDigits')}
          inputMode="numeric"
          maxLength={1}
          value={layout.itemDigits}
          onChange={(e) => patch(layout.at, { itemDigits: e.target.value })}
        />
      ),
    },
    {
      key: 'kind',
      header: t('catalog.scale.valueKind'),
      cell: (layout) => (
        <select
          aria-label={t('catalog.scale.valueKind')}
          data-testid="scale-kind"
          value={layout.valueKind}
          onChange={(e) => patch(layout.at, { valueKind: e.target.value === 'price' ? 'price' : 'weight' })}
        >
          <option value="weight">{t('catalog.scale.kind.weight')}</option>
          <option value="price">{t('catalog.scale.kind.price')}</option>
        </select>
      ),
    },
    {
      key: 'value',
      header: t('catalog.scale.valueDigits'),
      cell: (layout) => (
        <input
          className="scale-digits"
          aria-label={t('catalog.scale.valueDigits')}
          data-testid="scale-value-digits"
          inputMode="numeric"
          maxLength={1}
          value={layout.valueDigits}
          onChange={(e) => patch(layout.at, { valueDigits: e.target.value })}
        />
      ),
    },
    {
      key: 'remove',
      header: '',
      headerLabel: t('stock.col.actions'),
      kind: 'action',
      cell: (layout) => (
        <button
          type="button"
          className="btn btn-small btn-quiet"
          onClick={() => setLayouts(layouts.filter((l) => l.at !== layout.at))}
        >
          {t('catalog.scale.remove')}
        </button>
      ),
    },
  ];

  const productColumns: Column<WeighedProduct>[] = [
    {
      key: 'name',
      header: t('catalog.field.name'),
      cell: (product) => (
        <>
          {product.name}{' '}
          <span className="ui-sub ui-code-text">
            {product.sku}
            {product.active ? '' : ` · ${t('catalog.scale.inactive')}`}
          </span>
        </>
      ),
    },
    {
      key: 'price',
      header: t('catalog.scale.pricePerUnit'),
      kind: 'num',
      cell: (product) => `${formatRupiah(product.price)}/${product.unit}`,
    },
    {
      key: 'plu',
      header: 'PLU',
      cell: (product) => (
        <input
          className="scale-plu"
          aria-label={t('catalog.scale.pluOf', { name: product.name })}
          data-testid="scale-plu"
          inputMode="numeric"
          maxLength={6}
          value={plus[product.id] ?? ''}
          onChange={(e) => setPlus({ ...plus, [product.id]: e.target.value })}
          onKeyDown={(e) => e.key === 'Enter' && void savePlu(product)}
        />
      ),
    },
    {
      key: 'save',
      header: '',
      headerLabel: t('stock.col.actions'),
      kind: 'action',
      cell: (product) => (
        <button
          type="button"
          className="btn btn-small"
          data-testid="scale-plu-save"
          onClick={() => void savePlu(product)}
        >
          {t('catalog.form.save')}
        </button>
      ),
    },
  ];

  return (
    <div className="cat-body scale-split">
      <section className="cat-panel" aria-label={t('catalog.scale.layouts')}>
        <h2>{t('catalog.scale.layouts')}</h2>
        <p className="muted">{t('catalog.scale.help', { digits: EAN13_DATA_DIGITS })}</p>
        <label className="cat-check">
          <input
            type="checkbox"
            data-testid="scale-enabled"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
          />
          {t('catalog.scale.enabled')}
        </label>
        <DataTable
          testId="scale-layouts"
          columns={layoutColumns}
          rows={layouts}
          rowKey={(layout) => layout.at}
          rowProps={() => ({ 'data-testid': 'scale-layout' })}
        />
        <div className="cat-actions">
          <button
            type="button"
            className="btn"
            data-testid="scale-add"
            onClick={() =>
              setLayouts([
                ...layouts,
                {
                  at: Math.max(-1, ...layouts.map((l) => l.at)) + 1,
                  prefix: '22',
                  itemDigits: '4',
                  valueKind: 'price',
                  valueDigits: '6',
                },
              ])
            }
          >
            {t('catalog.scale.add')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="scale-save"
            onClick={() => void saveLayouts()}
          >
            {t('catalog.form.save')}
          </button>
        </div>
        {done && (
          <Banner tone="success" testId="scale-done">
            {done}
          </Banner>
        )}
        {error && (
          <Banner tone="error" testId="scale-error">
            {error}
          </Banner>
        )}
      </section>
      <section className="cat-panel" aria-label={t('catalog.scale.products')}>
        <h2>{t('catalog.scale.products')}</h2>
        <DataTable
          fill
          testId="scale-products"
          columns={productColumns}
          rows={products}
          rowKey={(product) => product.id}
          rowProps={(product) => ({ 'data-testid': 'scale-product', 'data-sku': product.sku })}
        />
      </section>
    </div>
  );
}
