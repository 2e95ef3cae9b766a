// Price tiers for UMKM resellers (GROSIR to start with) and each tier's price per product, shown
// beside the catalogue price. A product without a tier price sells to the reseller at list price.
import '../stock/stock.css';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { PriceTier, Product, TierPrice } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { ProductPicker } from '../stock/ProductPicker';
import { parseRupiah } from './settingsInput';

/** The product whose tier price is being set; from the picker or from a row of the table. */
interface Picked {
  productId: number;
  sku: string;
  name: string;
  unit: string;
  listPrice: number;
}

type TierDraft = { mode: 'create' | 'rename'; code: string; name: string };

/** The tier price against the list price, e.g. `-16%`; empty when there is no list price. */
function difference(listPrice: number, price: number): string {
  if (listPrice <= 0) return '';
  const percent = ((price - listPrice) * 100) / listPrice;
  const text = Math.abs(percent).toLocaleString('id-ID', { maximumFractionDigits: 1 });
  return `${percent < 0 ? '−' : percent > 0 ? '+' : ''}${text}%`;
}

export function TiersTab() {
  const t = useT();
  const [tiers, setTiers] = useState<PriceTier[]>([]);
  const [tier, setTier] = useState<string | null>(null);
  const [tierDraft, setTierDraft] = useState<TierDraft | null>(null);
  const [tierError, setTierError] = useState<string | null>(null);
  const [prices, setPrices] = useState<TierPrice[]>([]);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [priceText, setPriceText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const priceInput = useRef<HTMLInputElement>(null);
  const tierCodeInput = useRef<HTMLInputElement>(null);

  // Keyboard first: once a product is picked the price is typed next, Enter saves it.
  useEffect(() => {
    if (picked) priceInput.current?.focus();
  }, [picked]);
  useEffect(() => {
    if (tierDraft?.mode === 'create') tierCodeInput.current?.focus();
  }, [tierDraft?.mode]);

  const loadTiers = useCallback(() => {
    call('priceTiers.list', {})
      .then((rows) => {
        setTiers(rows);
        setTier((current) => current ?? rows[0]?.code ?? null);
      })
      .catch((err: unknown) => setTierError(messageOf(err)));
  }, []);
  useEffect(loadTiers, [loadTiers]);

  const loadPrices = useCallback(() => {
    if (!tier) return;
    call('tierPrices.list', { tier })
      .then(setPrices)
      .catch((err: unknown) => setError(messageOf(err)));
  }, [tier]);
  useEffect(loadPrices, [loadPrices]);

  const current = tiers.find((row) => row.code === tier);

  const choose = (next: Picked | null) => {
    setError(null);
    setDone(null);
    setPicked(next);
    const existing = next && prices.find((p) => p.productId === next.productId);
    setPriceText(existing ? String(existing.price) : '');
  };

  const pickProduct = (product: Product | null) =>
    choose(
      product && {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        unit: product.unit,
        listPrice: product.price,
      },
    );

  const setPrice = async (target: Picked, price: number | null) => {
    if (!tier) return;
    setError(null);
    setDone(null);
    try {
      await call('tierPrices.set', { tier, productId: target.productId, price });
      setDone(
        price === null
          ? t('settings.tiers.priceRemoved', { name: target.name, tier })
          : t('settings.tiers.priceSaved', { name: target.name, tier, price: formatRupiah(price) }),
      );
      setPicked(null);
      setPriceText('');
      loadPrices();
      loadTiers();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const submitPrice = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) {
      setError(t('settings.tiers.pickProduct'));
      return;
    }
    const price = parseRupiah(priceText);
    if (!price.ok) {
      setError(t(price.error));
      return;
    }
    void setPrice(picked, price.value);
  };

  const submitTier = async (event: FormEvent) => {
    event.preventDefault();
    if (!tierDraft) return;
    const code = tierDraft.code.trim().toUpperCase();
    if (tierDraft.mode === 'create' && tiers.some((row) => row.code === code)) {
      setTierError(t('settings.tiers.codeTaken', { code }));
      return;
    }
    try {
      const saved = await call('priceTiers.save', { code, name: tierDraft.name });
      setTierDraft(null);
      setTierError(null);
      setTier(saved.code);
      loadTiers();
    } catch (err) {
      setTierError(messageOf(err));
    }
  };

  return (
    <div className="cat-body settings-tiers">
      <section className="cat-panel" aria-label={t('settings.tiers.list')}>
        <div className="cat-editor-head">
          <h2>{t('settings.tiers.list')}</h2>
          <button
            type="button"
            className="btn btn-small"
            data-testid="tier-new"
            onClick={() => {
              setTierError(null);
              setTierDraft({ mode: 'create', code: '', name: '' });
            }}
          >
            {t('settings.tiers.new')}
          </button>
        </div>
        <p className="muted">{t('settings.tiers.help')}</p>
        <div className="cat-table-wrap">
          <table className="cat-table" data-testid="tiers">
            <thead>
              <tr>
                <th>{t('settings.tiers.code')}</th>
                <th>{t('settings.tiers.name')}</th>
                <th className="cat-num">{t('settings.tiers.products')}</th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((row) => (
                <tr
                  key={row.code}
                  data-testid="tier-row"
                  data-code={row.code}
                  tabIndex={0}
                  aria-selected={row.code === tier}
                  onClick={() => {
                    setTier(row.code);
                    choose(null);
                  }}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter') return;
                    setTier(row.code);
                    choose(null);
                  }}
                >
                  <td className="cat-mono">{row.code}</td>
                  <td>{row.name}</td>
                  <td className="cat-num" data-testid="tier-count">
                    {row.productCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {current && !tierDraft && (
          <button
            type="button"
            className="btn btn-small"
            data-testid="tier-rename"
            onClick={() => {
              setTierError(null);
              setTierDraft({ mode: 'rename', code: current.code, name: current.name });
            }}
          >
            {t('settings.tiers.rename', { code: current.code })}
          </button>
        )}
        {tierDraft && (
          <form className="cat-form" onSubmit={(e) => void submitTier(e)} noValidate>
            <label className="cat-field">
              {t('settings.tiers.code')}
              <input
                ref={tierCodeInput}
                data-testid="tier-code"
                maxLength={16}
                autoComplete="off"
                readOnly={tierDraft.mode === 'rename'}
                value={tierDraft.code}
                onChange={(e) => setTierDraft({ ...tierDraft, code: e.target.value })}
              />
            </label>
            <label className="cat-field">
              {t('settings.tiers.name')}
              <input
                data-testid="tier-name"
                maxLength={40}
                autoComplete="off"
                value={tierDraft.name}
                onChange={(e) => setTierDraft({ ...tierDraft, name: e.target.value })}
              />
            </label>
            <div className="cat-actions cat-wide">
              <button type="submit" className="btn btn-primary" data-testid="tier-save">
                {t('settings.save')}
              </button>
              <button type="button" className="btn btn-quiet" onClick={() => setTierDraft(null)}>
                {t('dialog.cancel')}
              </button>
            </div>
          </form>
        )}
        {tierError && (
          <p className="error" role="alert" data-testid="tier-error">
            {tierError}
          </p>
        )}
      </section>

      <section className="cat-panel" aria-label={t('settings.tiers.prices', { tier: tier ?? '' })}>
        <h2>{current ? t('settings.tiers.prices', { tier: current.name }) : t('settings.tiers.none')}</h2>
        {current && (
          <form className="settings-price-form" onSubmit={submitPrice} noValidate>
            {picked ? (
              <div className="stock-field cat-grow">
                <span>{t('settings.tiers.product')}</span>
                <div className="stock-picked" data-testid="tier-product-picked">
                  <span>
                    <strong>{picked.name}</strong> <span className="muted">{picked.sku}</span>
                    <br />
                    <span data-testid="tier-list-price">
                      {t('settings.tiers.listPriceOf', {
                        price: formatRupiah(picked.listPrice),
                        unit: picked.unit,
                      })}
                    </span>
                  </span>
                  <button type="button" className="btn btn-small" onClick={() => choose(null)}>
                    {t('stock.change')}
                  </button>
                </div>
              </div>
            ) : (
              <div className="cat-grow">
                <ProductPicker
                  label={t('settings.tiers.product')}
                  value={null}
                  onChange={pickProduct}
                  testId="tier-product"
                />
              </div>
            )}
            <label className="cat-field">
              {t('settings.tiers.price', { tier: current.code })}
              <input
                ref={priceInput}
                className="settings-price"
                data-testid="tier-price"
                inputMode="numeric"
                autoComplete="off"
                maxLength={20}
                disabled={!picked}
                value={priceText}
                onChange={(e) => setPriceText(e.target.value)}
              />
            </label>
            <button
              type="submit"
              className="btn btn-primary"
              data-testid="tier-price-save"
              disabled={!picked}
            >
              {t('settings.tiers.setPrice')}
            </button>
          </form>
        )}
        {done && (
          <p className="cat-done" role="status" data-testid="tier-price-saved">
            {done}
          </p>
        )}
        {error && (
          <p className="error" role="alert" data-testid="tier-price-error">
            {error}
          </p>
        )}
        {current && (
          <div className="cat-table-wrap">
            <table className="cat-table" data-testid="tier-prices">
              <thead>
                <tr>
                  <th>{t('settings.tiers.product')}</th>
                  <th className="cat-num">{t('settings.tiers.listPrice')}</th>
                  <th className="cat-num">{t('settings.tiers.tierPrice', { tier: current.code })}</th>
                  <th className="cat-num">{t('settings.tiers.difference')}</th>
                  <th>
                    <span className="visually-hidden">{t('settings.tiers.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {prices.map((row) => {
                  const target: Picked = {
                    productId: row.productId,
                    sku: row.sku,
                    name: row.name,
                    unit: row.unit,
                    listPrice: row.listPrice,
                  };
                  return (
                    <tr key={row.productId} data-testid="tier-price-row" data-sku={row.sku}>
                      <td>
                        {row.name}
                        <div className="cat-sub">
                          {row.sku} · {row.unit}
                        </div>
                      </td>
                      <td className="cat-num" data-testid="tier-price-list">
                        {formatRupiah(row.listPrice)}
                      </td>
                      <td className="cat-num" data-testid="tier-price-value">
                        <strong>{formatRupiah(row.price)}</strong>
                      </td>
                      <td className="cat-num">{difference(row.listPrice, row.price)}</td>
                      <td className="settings-row-actions">
                        <button
                          type="button"
                          className="btn btn-small"
                          data-testid="tier-price-edit"
                          onClick={() => choose(target)}
                        >
                          {t('settings.tiers.edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-quiet"
                          data-testid="tier-price-remove"
                          aria-label={t('settings.tiers.removeOf', { name: row.name })}
                          onClick={() => void setPrice(target, null)}
                        >
                          {t('settings.tiers.remove')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {prices.length === 0 && <p className="cat-empty">{t('settings.tiers.noPrices')}</p>}
          </div>
        )}
      </section>
    </div>
  );
}
