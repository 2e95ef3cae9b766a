// The shop scale: how its weight-embedded labels are laid out, and which PLU number each weighed
// product carries on it. A label scanned at the till then lands as a line with its weight.
import { useCallback, useEffect, useState } from 'react';
import type { WeighedProduct } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { DEFAULT_SCALE_SETTINGS, EAN13_DATA_DIGITS, type ScaleSettings } from '../../../shared/weightBarcode';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { messageOf } from './useCatalogLookups';

/** A layout as typed: digits stay text until saved so a half-typed number is not rejected. */
interface LayoutDraft {
  prefix: string;
  itemDigits: string;
  valueKind: 'weight' | 'price';
  valueDigits: string;
}

const toDraft = (settings: ScaleSettings): LayoutDraft[] =>
  settings.layouts.map((l) => ({
    ...l,
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

  const patch = (index: number, change: Partial<LayoutDraft>) =>
    setLayouts(layouts.map((l, i) => (i === index ? { ...l, ...change } : l)));

  return (
    <div className="cat-body cat-split">
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
        <div className="cat-table-wrap">
          <table className="cat-table" data-testid="scale-layouts">
            <thead>
              <tr>
                <th>{t('catalog.scale.prefix')}</th>
                <th>{t('catalog.scale.itemDigits')}</th>
                <th>{t('catalog.scale.valueKind')}</th>
                <th>{t('catalog.scale.valueDigits')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {layouts.map((layout, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
                <tr key={i} data-testid="scale-layout">
                  <td>
                    <input
                      aria-label={t('catalog.scale.prefix')}
                      data-testid="scale-prefix"
                      inputMode="numeric"
                      maxLength={3}
                      value={layout.prefix}
                      onChange={(e) => patch(i, { prefix: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('catalog.scale.itemDigits')}
                      inputMode="numeric"
                      maxLength={1}
                      value={layout.itemDigits}
                      onChange={(e) => patch(i, { itemDigits: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('catalog.scale.valueKind')}
                      data-testid="scale-kind"
                      value={layout.valueKind}
                      onChange={(e) =>
                        patch(i, { valueKind: e.target.value === 'price' ? 'price' : 'weight' })
                      }
                    >
                      <option value="weight">{t('catalog.scale.kind.weight')}</option>
                      <option value="price">{t('catalog.scale.kind.price')}</option>
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={t('catalog.scale.valueDigits')}
                      data-testid="scale-value-digits"
                      inputMode="numeric"
                      maxLength={1}
                      value={layout.valueDigits}
                      onChange={(e) => patch(i, { valueDigits: e.target.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small btn-quiet"
                      onClick={() => setLayouts(layouts.filter((_, j) => j !== i))}
                    >
                      {t('catalog.scale.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="cat-actions">
          <button
            type="button"
            className="btn"
            data-testid="scale-add"
            onClick={() =>
              setLayouts([
                ...layouts,
                { prefix: '22', itemDigits: '4', valueKind: 'price', valueDigits: '6' },
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
          <p className="cat-done" role="status" data-testid="scale-done">
            {done}
          </p>
        )}
        {error && (
          <p className="error" role="alert" data-testid="scale-error">
            {error}
          </p>
        )}
      </section>
      <section className="cat-panel" aria-label={t('catalog.scale.products')}>
        <h2>{t('catalog.scale.products')}</h2>
        <div className="cat-table-wrap">
          <table className="cat-table" data-testid="scale-products">
            <thead>
              <tr>
                <th>{t('catalog.field.name')}</th>
                <th className="cat-num">{t('catalog.scale.pricePerUnit')}</th>
                <th>PLU</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id} data-testid="scale-product" data-sku={product.sku}>
                  <td>
                    {product.name}
                    <span className="cat-sub">
                      {product.sku}
                      {product.active ? '' : ` · ${t('catalog.scale.inactive')}`}
                    </span>
                  </td>
                  <td className="cat-num">
                    {formatRupiah(product.price)}/{product.unit}
                  </td>
                  <td>
                    <input
                      aria-label={t('catalog.scale.pluOf', { name: product.name })}
                      data-testid="scale-plu"
                      inputMode="numeric"
                      maxLength={6}
                      value={plus[product.id] ?? ''}
                      onChange={(e) => setPlus({ ...plus, [product.id]: e.target.value })}
                      onKeyDown={(e) => e.key === 'Enter' && void savePlu(product)}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid="scale-plu-save"
                      onClick={() => void savePlu(product)}
                    >
                      {t('catalog.form.save')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
