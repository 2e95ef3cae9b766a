// Price tiers for UMKM resellers (GROSIR to start with) and each tier's price per product, shown
// beside the catalogue price. A product without a tier price sells to the reseller at list price.
import '../stock/stock.css';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { PriceTier, Product, TierPrice } from '../../../shared/contract';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow, MoneyField, readRupiah } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { ProductPicker } from '../stock/ProductPicker';

/** The product whose tier price is being set; from the picker or from a row of the table. */
interface Picked {
  productId: number;
  sku: string;
  name: string;
  unit: string;
  listPrice: number;
}

type TierDraft = { mode: 'create' | 'rename'; code: string; name: string };

/** The tier price against the list price, e.g. `−16%`; empty when there is no list price. */
function difference(listPrice: number, price: number): string {
  if (listPrice <= 0) return '';
  const percent = ((price - listPrice) * 100) / listPrice;
  const text = Math.abs(percent).toLocaleString('id-ID', { maximumFractionDigits: 1 });
  return `${percent < 0 ? '−' : percent > 0 ? '+' : ''}${text}%`;
}

const pickedOf = (row: TierPrice): Picked => ({
  productId: row.productId,
  sku: row.sku,
  name: row.name,
  unit: row.unit,
  listPrice: row.listPrice,
});

export function TiersTab() {
  const t = useT();
  const [tiers, setTiers] = useState<PriceTier[]>([]);
  const [tier, setTier] = useState<string | null>(null);
  const [tierDraft, setTierDraft] = useState<TierDraft | null>(null);
  const [tierError, setTierError] = useState<string | null>(null);
  /** The form's own refusals, kept as keys so they follow a change of language. */
  const [codeTaken, setCodeTaken] = useState<string | null>(null);
  const [prices, setPrices] = useState<TierPrice[]>([]);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [priceText, setPriceText] = useState('');
  const [priceError, setPriceError] = useState<MessageKey | null>(null);
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
    setPriceError(null);
    setPicked(next);
    const existing = next && prices.find((p) => p.productId === next.productId);
    setPriceText(existing ? formatNumber(existing.price) : '');
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
    const price = readRupiah(priceText);
    if (!price.ok) {
      setPriceError(price.error);
      priceInput.current?.focus();
      return;
    }
    setPriceError(null);
    void setPrice(picked, price.value);
  };

  const startTier = (next: TierDraft) => {
    setTierError(null);
    setCodeTaken(null);
    setTierDraft(next);
  };

  const submitTier = async (event: FormEvent) => {
    event.preventDefault();
    if (!tierDraft) return;
    const code = tierDraft.code.trim().toUpperCase();
    setTierError(null);
    if (tierDraft.mode === 'create' && tiers.some((row) => row.code === code)) {
      setCodeTaken(code);
      tierCodeInput.current?.focus();
      return;
    }
    setCodeTaken(null);
    try {
      const saved = await call('priceTiers.save', { code, name: tierDraft.name });
      setTierDraft(null);
      setTier(saved.code);
      loadTiers();
    } catch (err) {
      setTierError(messageOf(err));
    }
  };

  const tierColumns: Column<PriceTier>[] = [
    { key: 'code', header: t('settings.tiers.code'), kind: 'code', cell: (row) => row.code },
    { key: 'name', header: t('settings.tiers.name'), cell: (row) => row.name },
    {
      key: 'products',
      header: t('settings.tiers.products'),
      kind: 'num',
      cellProps: () => ({ 'data-testid': 'tier-count' }),
      cell: (row) => row.productCount,
    },
  ];

  const priceColumns: Column<TierPrice>[] = current
    ? [
        {
          key: 'product',
          header: t('settings.tiers.product'),
          cell: (row) => (
            <>
              {row.name}
              <div className="ui-sub">
                <span className="ui-code-text">{row.sku}</span> · {row.unit}
              </div>
            </>
          ),
        },
        {
          key: 'list',
          header: t('settings.tiers.listPrice'),
          kind: 'num',
          cellProps: () => ({ 'data-testid': 'tier-price-list' }),
          cell: (row) => formatRupiah(row.listPrice),
        },
        {
          // The difference from the catalogue price under the tier price, so the product's name
          // keeps its room at 1024 px.
          key: 'price',
          header: t('settings.tiers.tierPrice', { tier: current.code }),
          kind: 'num',
          cell: (row) => (
            <>
              <strong data-testid="tier-price-value">{formatRupiah(row.price)}</strong>
              <div className="ui-sub" data-testid="tier-price-difference">
                {difference(row.listPrice, row.price)}
              </div>
            </>
          ),
        },
        {
          key: 'actions',
          header: '',
          headerLabel: t('settings.tiers.actions'),
          kind: 'action',
          cell: (row) => (
            <span className="settings-row-actions">
              <button
                type="button"
                className="btn btn-small"
                data-testid="tier-price-edit"
                aria-label={t('settings.tiers.editOf', { name: row.name })}
                onClick={() => choose(pickedOf(row))}
              >
                {t('settings.tiers.edit')}
              </button>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                data-testid="tier-price-remove"
                aria-label={t('settings.tiers.removeOf', { name: row.name })}
                onClick={() => void setPrice(pickedOf(row), null)}
              >
                {t('settings.tiers.remove')}
              </button>
            </span>
          ),
        },
      ]
    : [];

  return (
    <div className="cat-body settings-tiers">
      <section className="cat-panel" aria-label={t('settings.tiers.list')}>
        <div className="cat-editor-head">
          <h2>{t('settings.tiers.list')}</h2>
          <button
            type="button"
            className="btn btn-small"
            data-testid="tier-new"
            onClick={() => startTier({ mode: 'create', code: '', name: '' })}
          >
            {t('settings.tiers.new')}
          </button>
        </div>
        <p className="muted">{t('settings.tiers.help')}</p>
        <DataTable
          testId="tiers"
          className="settings-pick"
          columns={tierColumns}
          rows={tiers}
          rowKey={(row) => row.code}
          rowProps={(row) => ({
            'data-testid': 'tier-row',
            'data-code': row.code,
            'aria-selected': row.code === tier,
          })}
          onRowClick={(row) => {
            setTier(row.code);
            choose(null);
          }}
          empty={t('settings.tiers.none')}
        />
        {current && !tierDraft && (
          <button
            type="button"
            className="btn btn-small settings-rename"
            data-testid="tier-rename"
            onClick={() => startTier({ mode: 'rename', code: current.code, name: current.name })}
          >
            {t('settings.tiers.rename', { code: current.code })}
          </button>
        )}
        {tierDraft && (
          <form className="cat-form" onSubmit={(e) => void submitTier(e)} noValidate>
            <FormRow
              label={t('settings.tiers.code')}
              required
              error={codeTaken && t('settings.tiers.codeTaken', { code: codeTaken })}
              messageTestId="tier-code-error"
            >
              <input
                ref={tierCodeInput}
                data-testid="tier-code"
                maxLength={16}
                autoComplete="off"
                spellCheck={false}
                readOnly={tierDraft.mode === 'rename'}
                value={tierDraft.code}
                onChange={(e) => setTierDraft({ ...tierDraft, code: e.target.value })}
              />
            </FormRow>
            <FormRow label={t('settings.tiers.name')} required>
              <input
                data-testid="tier-name"
                maxLength={40}
                autoComplete="off"
                value={tierDraft.name}
                onChange={(e) => setTierDraft({ ...tierDraft, name: e.target.value })}
              />
            </FormRow>
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
          <Banner tone="error" testId="tier-error">
            {tierError}
          </Banner>
        )}
      </section>

      <section className="cat-panel" aria-label={t('settings.tiers.prices', { tier: tier ?? '' })}>
        <h2>{current ? t('settings.tiers.prices', { tier: current.name }) : t('settings.tiers.none')}</h2>
        {current && (
          <form className="settings-price-form" onSubmit={submitPrice} noValidate>
            {picked ? (
              <div className="stock-field settings-price-product">
                <span>{t('settings.tiers.product')}</span>
                <div className="stock-picked" data-testid="tier-product-picked">
                  <span>
                    <strong>{picked.name}</strong> <span className="muted ui-code-text">{picked.sku}</span>
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
              <div className="settings-price-product">
                <ProductPicker
                  label={t('settings.tiers.product')}
                  value={null}
                  onChange={pickProduct}
                  testId="tier-product"
                />
              </div>
            )}
            <div className="settings-price-entry">
              <MoneyField
                label={t('settings.tiers.price', { tier: current.code })}
                inputRef={priceInput}
                testId="tier-price"
                messageTestId="tier-price-field-error"
                disabled={!picked}
                value={priceText}
                error={priceError ? t(priceError) : undefined}
                onChange={(text) => {
                  setPriceError(null);
                  setPriceText(text);
                }}
              />
              <button
                type="submit"
                className="btn btn-primary"
                data-testid="tier-price-save"
                disabled={!picked}
              >
                {t('settings.tiers.setPrice')}
              </button>
            </div>
          </form>
        )}
        {done && (
          <Banner tone="success" testId="tier-price-saved">
            {done}
          </Banner>
        )}
        {error && (
          <Banner tone="error" testId="tier-price-error">
            {error}
          </Banner>
        )}
        {current && (
          <DataTable
            fill
            testId="tier-prices"
            columns={priceColumns}
            rows={prices}
            rowKey={(row) => row.productId}
            rowProps={(row) => ({ 'data-testid': 'tier-price-row', 'data-sku': row.sku })}
            empty={t('settings.tiers.noPrices')}
          />
        )}
      </section>
    </div>
  );
}
