// The catalogue's products on the Katalog page: a search over SKU, name and barcode, one page of
// results, and the product form (admins) whose price may apply from a later day.
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Banner, type Column, DataTable, Dialog, FormRow } from '../../../renderer/components/ui';
import { formatRupiah } from '../../../shared/money';
import type {
  CatalogueOverview,
  CatalogueProduct,
  CatalogueProductItem,
  OfficeInput,
} from '../../../shared/office/contract';
import { ApiError, call, errorText } from '../api';
import { useT } from '../i18n';

type ProductForm = OfficeInput<'catalogue.saveProduct'>;

function formOf(product: CatalogueProduct | null, overview: CatalogueOverview): ProductForm {
  if (!product) {
    return {
      mode: 'create',
      sku: '',
      name: '',
      category: overview.categories[0]?.name ?? '',
      unit: 'pcs',
      price: 0,
      producerCode: overview.units[0]?.code ?? '',
      workshop: null,
      barcodes: [],
      soldByWeight: false,
      active: true,
    };
  }
  return {
    mode: 'update',
    sku: product.sku,
    name: product.name,
    category: product.category,
    unit: product.unit,
    price: product.price,
    cost: product.cost,
    producerCode: product.producerCode,
    workshop: product.workshop,
    barcodes: product.barcodes,
    soldByWeight: product.soldByWeight,
    active: product.active,
    pirtNo: product.pirtNo,
    halalNo: product.halalNo,
  };
}

function ProductDialog(props: {
  product: CatalogueProduct | null;
  overview: CatalogueOverview;
  onClose: () => void;
  onSaved: (sku: string) => void;
}) {
  const t = useT();
  const { overview } = props;
  const [form, setForm] = useState<ProductForm>(() => formOf(props.product, overview));
  const [barcodes, setBarcodes] = useState((form.barcodes ?? []).join(' '));
  const [priceFrom, setPriceFrom] = useState('');
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<ProductForm>) => setForm((f) => ({ ...f, ...change }));
  const workshops = overview.workshops.filter((w) => w.unitCode === form.producerCode && w.active);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const saved = await call('catalogue.saveProduct', {
        ...form,
        barcodes: barcodes.split(/\s+/).filter((b) => b !== ''),
        ...(priceFrom ? { priceFrom } : {}),
      });
      props.onSaved(saved.sku);
    } catch (err) {
      const field = err instanceof ApiError && err.code === 'INVALID_INPUT' ? err.path?.[0] : undefined;
      setProblem({ field: typeof field === 'string' ? field : null, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  const error = (field: string) => (problem?.field === field ? problem.text : null);

  return (
    <Dialog
      title={
        props.product
          ? t('catalogue.productTitle', { sku: props.product.sku })
          : t('catalogue.productNewTitle')
      }
      onClose={props.onClose}
      canClose={!busy}
      testId="catalogue-product-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="catalogue-product-save"
            disabled={busy}
            onClick={() => void save()}
          >
            {t('catalogue.save')}
          </button>
        </>
      }
    >
      <form className="statement-form catalogue-product-form" onSubmit={(e) => void save(e)} noValidate>
        {!props.product && (
          <FormRow label={t('catalogue.f.sku')} error={error('sku')} required>
            <input
              data-testid="catalogue-f-sku"
              value={form.sku}
              onChange={(e) => set({ sku: e.target.value })}
            />
          </FormRow>
        )}
        <FormRow label={t('catalogue.f.name')} error={error('name')} required>
          <input
            data-testid="catalogue-f-name"
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        </FormRow>
        <FormRow label={t('catalogue.f.category')} error={error('category')} required>
          <select value={form.category} onChange={(e) => set({ category: e.target.value })}>
            {overview.categories.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('catalogue.f.unit')} error={error('unit')} required>
          <select value={form.unit} onChange={(e) => set({ unit: e.target.value })}>
            {overview.saleUnits.map((u) => (
              <option key={u.code} value={u.code}>
                {u.code}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('catalogue.f.producer')} error={error('producerCode')} required>
          <select
            value={form.producerCode}
            onChange={(e) => set({ producerCode: e.target.value, workshop: null })}
          >
            {overview.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.code} · {u.name}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('catalogue.f.workshop')} error={error('workshop')}>
          <select value={form.workshop ?? ''} onChange={(e) => set({ workshop: e.target.value || null })}>
            <option value="">{t('catalogue.f.workshopNone')}</option>
            {workshops.map((w) => (
              <option key={w.name} value={w.name}>
                {w.name}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('catalogue.f.price')} error={error('price')} required>
          <input
            data-testid="catalogue-f-price"
            inputMode="numeric"
            value={String(form.price)}
            onChange={(e) => set({ price: Number(e.target.value.replace(/\D/g, '')) })}
          />
        </FormRow>
        <FormRow
          label={t('catalogue.f.priceFrom')}
          help={t('catalogue.f.priceFromHelp')}
          error={error('priceFrom')}
        >
          <input
            type="date"
            data-testid="catalogue-f-price-from"
            min={overview.today}
            value={priceFrom}
            onChange={(e) => setPriceFrom(e.target.value)}
          />
        </FormRow>
        <FormRow
          label={t('catalogue.f.barcodes')}
          help={t('catalogue.f.barcodesHelp')}
          error={error('barcodes')}
        >
          <input
            data-testid="catalogue-f-barcodes"
            value={barcodes}
            onChange={(e) => setBarcodes(e.target.value)}
          />
        </FormRow>
        <label className="catalogue-check">
          <input
            type="checkbox"
            checked={form.soldByWeight}
            onChange={(e) => set({ soldByWeight: e.target.checked })}
          />{' '}
          {t('catalogue.f.weighed')}
        </label>
        <label className="catalogue-check">
          <input type="checkbox" checked={form.active} onChange={(e) => set({ active: e.target.checked })} />{' '}
          {t('catalogue.f.active')}
        </label>
        {props.product && (
          <p className="office-note">
            {t('catalogue.prices', {
              steps: props.product.prices.map((s) => `${formatRupiah(s.price)} (${s.from})`).join(', '),
            })}
          </p>
        )}
        {problem && problem.field === null && (
          <Banner tone="error" testId="catalogue-product-error">
            {problem.text}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}

/** The state of a record: changed since the last publish, or the version it was last published in. */
export function StateChip({ changedIn }: { changedIn: number | null }) {
  const t = useT();
  return changedIn === null ? (
    <span className="office-chip office-chip-off">{t('catalogue.changed')}</span>
  ) : (
    <span className="office-chip office-chip-on">{t('catalogue.inVersion', { version: changedIn })}</span>
  );
}

export function CatalogueProducts(props: {
  overview: CatalogueOverview;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [page, setPage] = useState<{ total: number; items: CatalogueProductItem[] } | null>(null);
  const [editing, setEditing] = useState<CatalogueProduct | 'new' | null>(null);
  // The SKU saved, worded when shown, so it follows a switch of language.
  const [savedSku, setSavedSku] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async (query: string) => {
    try {
      setPage(await call('catalogue.products', query ? { text: query, limit: 50 } : { limit: 50 }));
    } catch (err) {
      setProblem(errorText(err));
    }
  }, []);
  // A new overview (after an import, a publish) may mean other products: the list reads again.
  const { overview } = props;
  useEffect(() => {
    if (overview) void load(text);
  }, [load, text, overview]);

  const open = async (sku: string) => {
    try {
      setEditing(await call('catalogue.product', { sku }));
    } catch (err) {
      setProblem(errorText(err));
    }
  };

  const columns: Column<CatalogueProductItem>[] = [
    { key: 'sku', header: t('catalogue.col.sku'), kind: 'code', cell: (p) => p.sku },
    {
      key: 'name',
      header: t('catalogue.col.name'),
      cell: (p) => (p.active ? p.name : `${p.name} (${t('catalogue.inactive')})`),
    },
    { key: 'category', header: t('catalogue.col.category'), cell: (p) => p.category },
    { key: 'price', header: t('catalogue.col.price'), kind: 'num', cell: (p) => formatRupiah(p.price) },
    {
      key: 'next',
      header: t('catalogue.col.next'),
      cell: (p) =>
        p.next ? t('catalogue.nextPrice', { price: formatRupiah(p.next.price), day: p.next.from }) : '',
    },
    { key: 'barcodes', header: t('catalogue.col.barcodes'), cell: (p) => p.barcodes.join(' ') },
    { key: 'state', header: t('catalogue.col.state'), cell: (p) => <StateChip changedIn={p.changedIn} /> },
    ...(props.canEdit
      ? [
          {
            key: 'actions',
            header: t('catalogue.col.actions'),
            kind: 'action' as const,
            cell: (p: CatalogueProductItem) => (
              <button
                type="button"
                className="btn btn-small"
                data-testid="catalogue-product-edit"
                onClick={() => void open(p.sku)}
              >
                {t('catalogue.edit')}
              </button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="catalogue-section">
      <div className="office-page-head">
        <h3 className="office-subtitle">{t('catalogue.products')}</h3>
        {props.canEdit && (
          <button
            type="button"
            className="btn"
            data-testid="catalogue-product-new"
            onClick={() => setEditing('new')}
          >
            {t('catalogue.productAdd')}
          </button>
        )}
      </div>
      <FormRow label={t('catalogue.search')}>
        <input
          type="search"
          data-testid="catalogue-search"
          maxLength={100}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </FormRow>
      {savedSku !== null && (
        <Banner tone="success" testId="catalogue-product-notice">
          {t('catalogue.saved', { sku: savedSku })}
        </Banner>
      )}
      {problem && <Banner tone="error">{problem}</Banner>}
      {page && <p className="office-note">{t('catalogue.found', { total: page.total })}</p>}
      {page && page.items.length > 0 && (
        <DataTable
          columns={columns}
          rows={page.items}
          rowKey={(p) => p.sku}
          rowProps={(p) => ({ 'data-testid': 'catalogue-product-row', 'data-sku': p.sku })}
          testId="catalogue-products"
          caption={t('catalogue.products')}
        />
      )}
      {editing && (
        <ProductDialog
          product={editing === 'new' ? null : editing}
          overview={props.overview}
          onClose={() => setEditing(null)}
          onSaved={(sku) => {
            setEditing(null);
            setSavedSku(sku);
            void load(text);
            props.onChanged();
          }}
        />
      )}
    </div>
  );
}
