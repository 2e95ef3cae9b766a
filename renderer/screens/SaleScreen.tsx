// The till: find products on the left, the cart on the right, pay in a dialog.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Product } from '../../shared/contract';
import { ApiError } from '../api/client';
import { CartPanel } from '../components/CartPanel';
import { CategoryChips } from '../components/CategoryChips';
import { PayDialog } from '../components/PayDialog';
import { ProductGrid } from '../components/ProductGrid';
import { PrintQueueIndicator } from '../components/printing/PrintQueueIndicator';
import { SearchBox } from '../components/SearchBox';
import { WeightDialog } from '../components/WeightDialog';
import { type MessageKey, type Params, useT } from '../i18n';
import { useCart, useCartTotals } from '../stores/cart';
import { looksLikeBarcode, lookupScan } from './scanCode';
import { LowStockBadge } from './stock/LowStockBadge';
import { useExpiryWarnings } from './stock/useExpiryWarnings';
import { useProductSearch } from './useProductSearch';

/** Which weighed product is being weighed: a new line, or the line at `index` being corrected. */
interface Weighing {
  product: Product;
  index?: number;
  qtyMilli?: number;
}

/** A dictionary key (re-translated if the language changes) or the engine's own message. */
type Notice = { key: MessageKey; params?: Params } | { text: string };

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function SaleScreen() {
  const t = useT();
  const search = useProductSearch();
  const expiredBatch = useExpiryWarnings();
  const { setQuery, find } = search;
  const lines = useCart((s) => s.lines);
  const add = useCart((s) => s.add);
  const setQty = useCart((s) => s.setQty);
  const totals = useCartTotals();

  const [category, setCategory] = useState<string | null>(null);
  const [weighing, setWeighing] = useState<Weighing | null>(null);
  const [paying, setPaying] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const dialogOpen = weighing !== null || paying;

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);

  // Back to the search box whenever no dialog is open, ready for the next scan.
  useEffect(() => {
    if (!dialogOpen) focusSearch();
  }, [dialogOpen, focusSearch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialogOpen || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === 'F2' || (event.key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        focusSearch();
      } else if (event.key.length === 1 && event.key !== ' ' && !isTyping(event.target)) {
        // A scan or typing while a tile has focus lands in the search box, not nowhere.
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialogOpen, focusSearch]);

  const visible = category ? search.results.filter((p) => p.category === category) : search.results;

  /** `qtyMilli` comes from a scale label; without it weighed goods open the weight dialog. */
  const pick = (product: Product, qtyMilli?: number) => {
    const expired = expiredBatch(product.id);
    setNotice(
      expired
        ? {
            key: 'stock.till.expired',
            params: { name: product.name, code: expired.batchCode, date: expired.expiresOn },
          }
        : null,
    );
    if (qtyMilli !== undefined) add(product, qtyMilli);
    else if (product.soldByWeight) setWeighing({ product });
    else add(product);
  };

  // A scanned code goes to the engine as it is (barcode, SKU, or a scale label carrying the weight),
  // and the box empties at once so the next scan starts clean.
  const addScanned = async (code: string) => {
    setQuery('');
    try {
      const hit = await lookupScan(code);
      pick(hit.product, hit.qtyMilli ?? undefined);
    } catch (err) {
      setNotice(err instanceof ApiError ? { text: err.message } : { key: 'api.unreachable' });
    }
  };

  const addTopHit = async () => {
    const text = search.query.trim();
    if (text === '') return;
    if (looksLikeBarcode(text)) return addScanned(text);
    try {
      const hits = await find();
      // A scanned code should land even if a category chip hides it.
      const top = hits.find((p) => !category || p.category === category) ?? hits[0];
      if (!top) {
        setNotice({ key: 'search.notFound', params: { query: text } });
        return;
      }
      setQuery('');
      pick(top);
    } catch (err) {
      setNotice(err instanceof ApiError ? { text: err.message } : { key: 'api.unreachable' });
    }
  };

  const onWeighed = (qtyMilli: number) => {
    if (!weighing) return;
    if (weighing.index === undefined) add(weighing.product, qtyMilli);
    else setQty(weighing.index, qtyMilli);
    setWeighing(null);
  };

  const editWeight = (index: number) => {
    const line = lines[index];
    if (line) setWeighing({ product: line.product, index, qtyMilli: line.qtyMilli });
  };

  const problem = search.error;

  return (
    <>
      {problem && (
        <div className="banner" role="alert" data-testid="app-error">
          <span>
            <strong>{t('app.offline')}.</strong> {problem}
          </span>
          <button type="button" className="btn" onClick={search.reload}>
            {t('app.retry')}
          </button>
        </div>
      )}
      <main className="sale">
        <section className="catalog" aria-label={t('search.label')}>
          <SearchBox
            ref={searchRef}
            value={search.query}
            onChange={(value) => {
              setNotice(null);
              setQuery(value);
            }}
            onSubmit={() => void addTopHit()}
          />
          <CategoryChips categories={search.categories} selected={category} onSelect={setCategory} />
          <LowStockBadge />
          {notice && (
            <p className="notice" role="status" data-testid="search-notice">
              {'text' in notice ? notice.text : t(notice.key, notice.params)}
            </p>
          )}
          {visible.length > 0 ? (
            <ProductGrid products={visible} onPick={pick} />
          ) : (
            search.settled && (
              <p className="grid-empty">
                {search.query.trim() === ''
                  ? t('search.empty')
                  : t('search.notFound', { query: search.query.trim() })}
              </p>
            )
          )}
        </section>
        <CartPanel onPay={() => setPaying(true)} onEditWeight={editWeight} />
      </main>

      {weighing && (
        <WeightDialog
          product={weighing.product}
          initialQtyMilli={weighing.qtyMilli}
          onConfirm={onWeighed}
          onClose={() => setWeighing(null)}
        />
      )}
      {paying && <PayDialog lines={lines} total={totals.total} onClose={() => setPaying(false)} />}
      <PrintQueueIndicator />
    </>
  );
}
