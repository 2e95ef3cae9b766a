// Create or edit one product. The form names an empty or unreadable field beside it; the engine
// checks every rule and its refusal shows at the top of the form, scrolled into view, so it is seen
// on a 768 px screen. No producing unit is chosen for the manager: a new product is credited to the
// unit picked on purpose. Barcodes, image and price history live here too.
import { type FormEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CommandInput, ProductDetail } from '../../../shared/contract';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow, MoneyField, readMoney } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { catalogueChanged } from '../../stores/catalogue';
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
    // Never preselected: the first unit in the list is rarely the one that made the product.
    producerCode: '',
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
    price: formatNumber(p.price),
    cost: p.cost === null ? '' : formatNumber(p.cost),
    producerCode: p.producerCode,
    workshopId: p.workshopId === null ? '' : String(p.workshopId),
    barcodes: p.barcodes.map((b) => b.code),
    soldByWeight: p.soldByWeight,
    active: p.active,
    pirtNo: p.pirtNo ?? '',
    halalNo: p.halalNo ?? '',
  };
}

type Field = 'sku' | 'name' | 'price' | 'cost' | 'producerCode';
const FIELD_ORDER: readonly Field[] = ['sku', 'name', 'price', 'cost', 'producerCode'];

/** What the form itself can tell before asking the engine: empty, unreadable or unchosen fields. */
function checkDraft(draft: Draft): Partial<Record<Field, MessageKey>> {
  const errors: Partial<Record<Field, MessageKey>> = {};
  if (draft.sku.trim() === '') errors.sku = 'catalog.form.skuRequired';
  if (draft.name.trim() === '') errors.name = 'catalog.form.nameRequired';
  const price = readMoney(draft.price);
  if (!price.ok)
    errors.price = price.error === 'ui.money.required' ? 'catalog.form.priceRequired' : price.error;
  const cost = readMoney(draft.cost, { optional: true });
  if (!cost.ok) errors.cost = cost.error;
  if (draft.producerCode === '') errors.producerCode = 'catalog.form.producerRequired';
  return errors;
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
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  // Bumped on every refusal so the same message shown twice is still scrolled to.
  const [refusals, setRefusals] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useLayoutEffect(() => {
    if (refusals === 0) return;
    errorRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

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
        {error ? <Banner tone="error">{error}</Banner> : <p className="muted">{t('app.loading')}</p>}
      </section>
    );
  }

  const set = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
    // A field the manager changes loses its old refusal; the others keep theirs until the next save.
    const changed = Object.keys(change) as Field[];
    if (changed.some((key) => fieldErrors[key])) {
      setFieldErrors(
        Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => !changed.includes(key as Field))),
      );
    }
  };
  const refuse = (message: string) => {
    setError(message);
    setSaved(false);
    setRefusals((n) => n + 1);
  };
  const fieldError = (field: Field) => {
    const key = fieldErrors[field];
    return key ? t(key) : null;
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
    const errors = checkDraft(draft);
    setFieldErrors(errors);
    const price = readMoney(draft.price);
    const cost = readMoney(draft.cost, { optional: true });
    if (FIELD_ORDER.some((field) => errors[field]) || !price.ok || price.value === null || !cost.ok) {
      refuse(t('catalog.form.checkFields'));
      return;
    }
    const input: CommandInput<'products.save'> = {
      ...(product ? { id: product.id } : {}),
      sku: draft.sku,
      name: draft.name,
      category: draft.category,
      unit: draft.unit,
      price: price.value,
      cost: cost.value,
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
      catalogueChanged();
      onSaved(result.id);
    } catch (err) {
      refuse(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const historyColumns: Column<ProductDetail['priceHistory'][number]>[] = [
    {
      key: 'from',
      header: t('catalog.history.from'),
      cell: (h) => formatZonedDateTime(new Date(h.effectiveFrom), lookups.timeZone),
    },
    { key: 'price', header: t('catalog.field.price'), kind: 'num', cell: (h) => formatRupiah(h.price) },
    { key: 'by', header: t('catalog.history.by'), cell: (h) => h.changedBy ?? t('catalog.history.system') },
  ];

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
      {/* The refusal sits above the fields, where it is seen, and is scrolled into view. */}
      <div ref={errorRef}>
        {error && (
          <Banner tone="error" testId="product-error">
            {error}
          </Banner>
        )}
      </div>
      {/* noValidate: no browser bubble in another language; the form says it, in the screen's. */}
      <form ref={formRef} className="cat-form" noValidate onSubmit={(e) => void submit(e)}>
        <FormRow
          label={t('catalog.field.sku')}
          required
          error={fieldError('sku')}
          messageTestId="product-sku-error"
        >
          <input
            data-testid="product-sku"
            value={draft.sku}
            maxLength={64}
            onChange={(e) => set({ sku: e.target.value })}
          />
        </FormRow>
        <FormRow
          label={t('catalog.field.name')}
          required
          wide
          error={fieldError('name')}
          messageTestId="product-name-error"
        >
          <input
            data-testid="product-name"
            value={draft.name}
            maxLength={120}
            onChange={(e) => set({ name: e.target.value })}
          />
        </FormRow>
        <FormRow label={t('catalog.field.category')}>
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
        </FormRow>
        <FormRow label={t('catalog.field.unit')}>
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
        </FormRow>
        <MoneyField
          label={t('catalog.field.price')}
          testId="product-price"
          messageTestId="product-price-error"
          placeholder="25.000"
          value={draft.price}
          error={fieldError('price')}
          onChange={(price) => set({ price })}
        />
        <MoneyField
          label={t('catalog.field.cost')}
          testId="product-cost"
          messageTestId="product-cost-error"
          optional
          placeholder={t('catalog.form.optional')}
          value={draft.cost}
          error={fieldError('cost')}
          onChange={(cost) => set({ cost })}
        />
        <FormRow
          label={t('catalog.field.producer')}
          required
          error={fieldError('producerCode')}
          messageTestId="product-producer-error"
        >
          <select
            data-testid="product-producer"
            value={draft.producerCode}
            onChange={(e) => set({ producerCode: e.target.value, workshopId: '' })}
          >
            {draft.producerCode === '' && (
              <option value="" disabled>
                {t('catalog.form.pickProducer')}
              </option>
            )}
            {lookups.producers
              .filter((u) => u.active || u.code === draft.producerCode)
              .map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name} ({u.code})
                </option>
              ))}
          </select>
        </FormRow>
        <FormRow label={t('catalog.field.workshop')}>
          <select
            data-testid="product-workshop"
            value={draft.workshopId}
            disabled={draft.producerCode === ''}
            onChange={(e) => set({ workshopId: e.target.value })}
          >
            <option value="">{t('catalog.form.noWorkshop')}</option>
            {workshops.map((w) => (
              <option key={w.id} value={String(w.id)}>
                {w.name}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('catalog.field.pirt')}>
          <input
            data-testid="product-pirt"
            value={draft.pirtNo}
            maxLength={64}
            onChange={(e) => set({ pirtNo: e.target.value })}
          />
        </FormRow>
        <FormRow label={t('catalog.field.halal')}>
          <input
            data-testid="product-halal"
            value={draft.halalNo}
            maxLength={64}
            onChange={(e) => set({ halalNo: e.target.value })}
          />
        </FormRow>
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
      </form>

      {product && (
        <>
          <ProductImage
            productId={product.id}
            image={product.image}
            onChange={(image) => setProduct({ ...product, image })}
          />
          <h3>{t('catalog.history.title')}</h3>
          <DataTable
            testId="price-history"
            columns={historyColumns}
            rows={product.priceHistory}
            rowKey={(h) => `${h.effectiveFrom}|${h.price}|${h.changedBy}`}
            rowProps={() => ({ 'data-testid': 'price-history-row' })}
          />
        </>
      )}
    </section>
  );
}
