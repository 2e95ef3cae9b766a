// Create or edit one product. The engine checks every rule and answers in Indonesian; its message
// is shown beside the form as it came. Barcodes, image and price history live here too.
import { type FormEvent, useEffect, useState } from 'react';
import type { CommandInput, ProductDetail } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { ProductImage } from './ProductImage';
import type { CatalogLookups } from './useCatalogLookups';
import { messageOf } from './useCatalogLookups';

interface Draft {
  sku: string;
  name: string;
  category: string;
  unit: string;
  price: string;
  cost: string;
  producerCode: string;
  workshopId: string;
  barcodes: string[];
  soldByWeight: boolean;
  active: boolean;
  pirtNo: string;
  halalNo: string;
}

function newDraft(lookups: CatalogLookups): Draft {
  return {
    sku: '',
    name: '',
    category: lookups.categories[0]?.name ?? '',
    unit: 'pcs',
    price: '',
    cost: '',
    producerCode: lookups.producers.find((u) => u.active)?.code ?? '',
    workshopId: '',
    barcodes: [],
    soldByWeight: false,
    active: true,
    pirtNo: '',
    halalNo: '',
  };
}

function draftOf(p: ProductDetail): Draft {
  return {
    sku: p.sku,
    name: p.name,
    category: p.category,
    unit: p.unit,
    price: String(p.price),
    cost: p.cost === null ? '' : String(p.cost),
    producerCode: p.producerCode,
    workshopId: p.workshopId === null ? '' : String(p.workshopId),
    barcodes: p.barcodes.map((b) => b.code),
    soldByWeight: p.soldByWeight,
    active: p.active,
    pirtNo: p.pirtNo ?? '',
    halalNo: p.halalNo ?? '',
  };
}

/** `25.000` or `25000` to 25000; anything else is sent as typed for the engine to refuse. */
function rupiahInput(text: string): number | null {
  const plain = text.replace(/[.\s]/g, '');
  if (plain === '') return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : Number.NaN;
}

interface ProductFormProps {
  productId: number | null;
  lookups: CatalogLookups;
  onSaved: (id: number) => void;
  onClose: () => void;
}

export function ProductForm({ productId, lookups, onSaved, onClose }: ProductFormProps) {
  const t = useT();
  const [product, setProduct] = useState<ProductDetail | null>(null);
  const [draft, setDraft] = useState<Draft | null>(productId === null ? newDraft(lookups) : null);
  const [newBarcode, setNewBarcode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (productId === null) return;
    call('products.get', { id: productId })
      .then((p) => {
        setProduct(p);
        setDraft(draftOf(p));
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, [productId]);

  if (!draft) {
    return (
      <section className="cat-panel cat-editor">
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </section>
    );
  }

  const set = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
  };
  const unit = lookups.units.find((u) => u.code.toLowerCase() === draft.unit.toLowerCase());
  const workshops = lookups.workshops.filter(
    (w) => w.producerCode === draft.producerCode && (w.active || String(w.id) === draft.workshopId),
  );

  const addBarcode = () => {
    const code = newBarcode.trim();
    if (code === '') return;
    if (!draft.barcodes.includes(code)) set({ barcodes: [...draft.barcodes, code] });
    setNewBarcode('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const price = rupiahInput(draft.price);
    const cost = rupiahInput(draft.cost);
    if (price === null) {
      setError(t('catalog.form.priceRequired'));
      return;
    }
    if (Number.isNaN(price) || Number.isNaN(cost)) {
      setError(t('catalog.form.notNumber'));
      return;
    }
    const input: CommandInput<'products.save'> = {
      ...(product ? { id: product.id } : {}),
      sku: draft.sku,
      name: draft.name,
      category: draft.category,
      unit: draft.unit,
      price,
      cost,
      producerCode: draft.producerCode,
      workshopId: draft.workshopId === '' ? null : Number(draft.workshopId),
      barcodes: draft.barcodes,
      soldByWeight: draft.soldByWeight,
      active: draft.active,
      pirtNo: draft.pirtNo,
      halalNo: draft.halalNo,
    };
    setBusy(true);
    try {
      const result = await call('products.save', input);
      setProduct(result);
      setDraft(draftOf(result));
      setError(null);
      setSaved(true);
      onSaved(result.id);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cat-panel cat-editor" aria-label={t('catalog.form.title')} data-testid="product-form">
      <div className="cat-editor-head">
        <h2>{product ? product.name : t('catalog.products.new')}</h2>
        <button
          type="button"
          className="btn btn-small btn-quiet"
          data-testid="product-close"
          onClick={onClose}
        >
          {t('dialog.close')}
        </button>
      </div>
      <form className="cat-form" onSubmit={(e) => void submit(e)}>
        <label className="cat-field">
          {t('catalog.field.sku')}
          <input
            data-testid="product-sku"
            value={draft.sku}
            maxLength={64}
            required
            onChange={(e) => set({ sku: e.target.value })}
          />
        </label>
        <label className="cat-field cat-wide">
          {t('catalog.field.name')}
          <input
            data-testid="product-name"
            value={draft.name}
            maxLength={120}
            required
            onChange={(e) => set({ name: e.target.value })}
          />
        </label>
        <label className="cat-field">
          {t('catalog.field.category')}
          <select
            data-testid="product-category"
            value={draft.category}
            onChange={(e) => set({ category: e.target.value })}
          >
            {!lookups.categories.some((c) => c.name === draft.category) && (
              <option value={draft.category}>{draft.category}</option>
            )}
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
            data-testid="product-unit"
            value={draft.unit}
            onChange={(e) => {
              const next = lookups.units.find((u) => u.code === e.target.value);
              set({ unit: e.target.value, soldByWeight: next?.decimals === 3 ? draft.soldByWeight : false });
            }}
          >
            {lookups.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.code} ({u.label})
              </option>
            ))}
          </select>
        </label>
        <label className="cat-field">
          {t('catalog.field.price')}
          <input
            data-testid="product-price"
            inputMode="numeric"
            value={draft.price}
            placeholder="25000"
            onChange={(e) => set({ price: e.target.value })}
          />
        </label>
        <label className="cat-field">
          {t('catalog.field.cost')}
          <input
            data-testid="product-cost"
            inputMode="numeric"
            value={draft.cost}
            placeholder={t('catalog.form.optional')}
            onChange={(e) => set({ cost: e.target.value })}
          />
        </label>
        <label className="cat-field">
          {t('catalog.field.producer')}
          <select
            data-testid="product-producer"
            value={draft.producerCode}
            onChange={(e) => set({ producerCode: e.target.value, workshopId: '' })}
          >
            {lookups.producers
              .filter((u) => u.active || u.code === draft.producerCode)
              .map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name} ({u.code})
                </option>
              ))}
          </select>
        </label>
        <label className="cat-field">
          {t('catalog.field.workshop')}
          <select
            data-testid="product-workshop"
            value={draft.workshopId}
            onChange={(e) => set({ workshopId: e.target.value })}
          >
            <option value="">{t('catalog.form.noWorkshop')}</option>
            {workshops.map((w) => (
              <option key={w.id} value={String(w.id)}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <label className="cat-field">
          {t('catalog.field.pirt')}
          <input
            data-testid="product-pirt"
            value={draft.pirtNo}
            maxLength={64}
            onChange={(e) => set({ pirtNo: e.target.value })}
          />
        </label>
        <label className="cat-field">
          {t('catalog.field.halal')}
          <input
            data-testid="product-halal"
            value={draft.halalNo}
            maxLength={64}
            onChange={(e) => set({ halalNo: e.target.value })}
          />
        </label>
        <label className="cat-check">
          <input
            type="checkbox"
            data-testid="product-by-weight"
            checked={draft.soldByWeight}
            disabled={unit?.decimals !== 3 && !draft.soldByWeight}
            onChange={(e) => set({ soldByWeight: e.target.checked })}
          />
          {t('catalog.field.soldByWeight')}
        </label>
        <label className="cat-check">
          <input
            type="checkbox"
            data-testid="product-active"
            checked={draft.active}
            onChange={(e) => set({ active: e.target.checked })}
          />
          {t('catalog.field.active')}
        </label>

        <fieldset className="cat-barcodes cat-wide">
          <legend>{t('catalog.field.barcodes')}</legend>
          <ul>
            {draft.barcodes.map((code) => (
              <li key={code} data-testid="product-barcode">
                <span className="cat-mono">{code}</span>
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  aria-label={t('catalog.barcodes.remove', { code })}
                  onClick={() => set({ barcodes: draft.barcodes.filter((c) => c !== code) })}
                >
                  ✕
                </button>
              </li>
            ))}
            {draft.barcodes.length === 0 && <li className="muted">{t('catalog.barcodes.none')}</li>}
          </ul>
          <div className="cat-inline">
            <input
              data-testid="product-barcode-input"
              aria-label={t('catalog.barcodes.new')}
              placeholder={t('catalog.barcodes.new')}
              value={newBarcode}
              maxLength={64}
              onChange={(e) => setNewBarcode(e.target.value)}
              onKeyDown={(e) => {
                // A scanner ends with Enter: add the code instead of submitting the form.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addBarcode();
                }
              }}
            />
            <button
              type="button"
              className="btn btn-small"
              data-testid="product-barcode-add"
              onClick={addBarcode}
            >
              {t('catalog.barcodes.add')}
            </button>
          </div>
        </fieldset>

        <div className="cat-actions cat-wide">
          <button type="submit" className="btn btn-primary" data-testid="product-save" disabled={busy}>
            {busy ? t('catalog.form.saving') : t('catalog.form.save')}
          </button>
          {saved && (
            <span className="cat-done" role="status" data-testid="product-saved">
              {t('catalog.form.saved')}
            </span>
          )}
        </div>
        {error && (
          <p className="error cat-wide" role="alert" data-testid="product-error">
            {error}
          </p>
        )}
      </form>

      {product && (
        <>
          <ProductImage
            productId={product.id}
            image={product.image}
            onChange={(image) => setProduct({ ...product, image })}
          />
          <h3>{t('catalog.history.title')}</h3>
          <table className="cat-table" data-testid="price-history">
            <thead>
              <tr>
                <th>{t('catalog.history.from')}</th>
                <th className="cat-num">{t('catalog.field.price')}</th>
                <th>{t('catalog.history.by')}</th>
              </tr>
            </thead>
            <tbody>
              {product.priceHistory.map((h) => (
                <tr key={`${h.effectiveFrom}|${h.price}|${h.changedBy}`} data-testid="price-history-row">
                  <td>{formatZonedDateTime(new Date(h.effectiveFrom), lookups.timeZone)}</td>
                  <td className="cat-num">{formatRupiah(h.price)}</td>
                  <td>{h.changedBy ?? t('catalog.history.system')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
