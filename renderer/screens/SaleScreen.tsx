// The till: find products on the left, the cart on the right, pay in a dialog.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LIST_PAGE, MAX_LIST_PRODUCTS, type Product, type Shift } from '../../shared/contract';
import { ApiError, call } from '../api/client';
import { CartPanel } from '../components/CartPanel';
import { CategoryChips } from '../components/CategoryChips';
import { OfflineBanner } from '../components/OfflineBanner';
import { PayDialog, type PayProgress } from '../components/PayDialog';
import { ProductGrid } from '../components/ProductGrid';
import { PrintQueueIndicator } from '../components/printing/PrintQueueIndicator';
import { SearchBox } from '../components/SearchBox';
import { OpenShiftPanel } from '../components/shift/OpenShiftPanel';
import { ShiftDialog } from '../components/shift/ShiftDialog';
import { BuyerPicker } from '../components/till/BuyerPicker';
import { LineEditDialog } from '../components/till/LineEditDialog';
import { OrderDiscountDialog } from '../components/till/OrderDiscountDialog';
import { ParkDialog } from '../components/till/ParkDialog';
import { useTierPriceSync } from '../components/till/useTierPriceSync';
import { WeightDialog } from '../components/WeightDialog';
import { useDisplayPublisher } from '../display/publishDisplay';
import { type MessageKey, type Params, useT } from '../i18n';
import { useCart, useCartPricing } from '../stores/cart';
import { onCartRestored } from '../stores/cartAutosave';
import { usePaymentSettings } from '../stores/paymentSettings';
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

/** The one dialog open over the till, if any. */
type TillDialog =
  | { kind: 'pay'; exactCash: boolean }
  | { kind: 'line'; index: number }
  | { kind: 'orderDiscount' }
  | { kind: 'buyer' }
  | { kind: 'park' }
  | { kind: 'shift' };

/** Till shortcuts (also printed on the buttons); see docs/till.md. */
const SHORTCUTS: Record<string, TillDialog['kind'] | 'exact' | 'search' | 'new'> = {
  F2: 'search',
  F4: 'new',
  F6: 'buyer',
  F7: 'orderDiscount',
  F8: 'park',
  F9: 'pay',
  F10: 'exact',
  F12: 'shift',
};

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
  const { totals, problem: priceProblem } = useCartPricing();
  const loadSettings = usePaymentSettings((s) => s.load);
  useTierPriceSync();

  const [category, setCategory] = useState<string | null>(null);
  const [weighing, setWeighing] = useState<Weighing | null>(null);
  const [dialog, setDialog] = useState<TillDialog | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  // The customer display follows the cart, and the payment while the pay dialog is open.
  const [payment, setPayment] = useState<PayProgress | null>(null);
  useDisplayPublisher(payment);
  const searchRef = useRef<HTMLInputElement>(null);
  const latestQuery = useRef(search.query);
  latestQuery.current = search.query;
  const dialogOpen = weighing !== null || dialog !== null;
  // The cart in progress came back after a reload or a crash: say what was left out, if anything.
  useEffect(() => onCartRestored(setNotes), []);

  // No sale without an open shift: until one is open the cart's place holds the float count.
  const [shift, setShift] = useState<{ shift: Shift | null; businessDay: string; today?: string } | null>(
    null,
  );
  const loadShift = useCallback(() => {
    call('shifts.current', {})
      .then((current) => {
        setShift(current);
        // A shift opened on an earlier business day cannot take today's sales: count it first.
        if (current.shift && current.shift.businessDay !== current.today) {
          setNotice({ key: 'shift.stale', params: { day: current.shift.businessDay, today: current.today } });
        }
      })
      .catch((err: unknown) =>
        setNotice(err instanceof ApiError ? { text: err.message } : { key: 'api.unreachable' }),
      );
  }, []);
  useEffect(loadShift, [loadShift]);
  const hasShift = shift?.shift != null;

  // PPN, rounding and QRIS as the manager last saved them; read again each time the till opens.
  useEffect(() => {
    loadSettings().catch(() => setNotice({ key: 'api.unreachable' }));
  }, [loadSettings]);

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);

  // Back to the search box whenever no dialog is open, ready for the next scan.
  useEffect(() => {
    if (!dialogOpen && hasShift) focusSearch();
  }, [dialogOpen, hasShift, focusSearch]);

  const canPay = hasShift && lines.length > 0 && priceProblem === null;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialogOpen || event.ctrlKey || event.altKey || event.metaKey) return;
      const action =
        SHORTCUTS[event.key] ?? (event.key === '/' && !isTyping(event.target) ? 'search' : undefined);
      if (action) {
        event.preventDefault();
        if (action === 'search') focusSearch();
        else if (action === 'new') document.querySelector<HTMLElement>('[data-testid="clear-cart"]')?.click();
        else if (action === 'pay' || action === 'exact') {
          if (canPay) setDialog({ kind: 'pay', exactCash: action === 'exact' });
        } else if (action === 'orderDiscount') {
          if (lines.length > 0) setDialog({ kind: 'orderDiscount' });
        } else if (action !== 'line' && hasShift) setDialog({ kind: action } as TillDialog);
      } else if (event.key.length === 1 && event.key !== ' ' && !isTyping(event.target)) {
        // A scan or typing while a tile has focus lands in the search box, not nowhere.
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialogOpen, focusSearch, canPay, lines.length, hasShift]);

  const results = search.results;
  const visible = useMemo(
    () => (category ? results.filter((p) => p.category === category) : results),
    [category, results],
  );
  // The engine answers a page: say so when it was full, or the cashier thinks that is everything.
  const typed = search.query.trim() !== '';
  const page = typed ? LIST_PAGE : MAX_LIST_PRODUCTS;
  const capped = (!typed || search.settled) && results.length >= page ? page : null;

  /** `qtyMilli` comes from a scale label; without it weighed goods open the weight dialog. */
  const pick = (product: Product, qtyMilli?: number) => {
    // Refused only once the till knows there is no shift; while it is still asking (just after
    // switching screens) a scan is not lost, and the engine checks the shift at payment anyway.
    if (shift && !shift.shift) {
      setNotice({ key: 'shift.needed' });
      return;
    }
    const expired = expiredBatch(product.id);
    setNotice(
      expired
        ? {
            key: 'stock.till.expired',
            params: { name: product.name, code: expired.batchCode, date: expired.expiresOn },
          }
        : null,
    );
    setNotes([]);
    if (qtyMilli !== undefined) add(product, qtyMilli);
    else if (product.soldByWeight) setWeighing({ product });
    else add(product);
  };

  // The grid of tiles gets one stable handler, so typing in the search box does not redraw it.
  const pickRef = useRef(pick);
  pickRef.current = pick;
  const onPick = useCallback((product: Product) => pickRef.current(product), []);

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
      // Whatever the cashier typed while the search ran stays in the box.
      if (latestQuery.current.trim() === text) setQuery('');
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

  // Stable, so the memoised cart does not redraw on every key typed in the search box.
  const editWeight = useCallback((index: number) => {
    const line = useCart.getState().lines[index];
    if (line) setWeighing({ product: line.product, index, qtyMilli: line.qtyMilli });
  }, []);
  const cartActions = useMemo(
    () => ({
      pay: () => setDialog({ kind: 'pay', exactCash: false }),
      exact: () => setDialog({ kind: 'pay', exactCash: true }),
      editLine: (index: number) => setDialog({ kind: 'line', index }),
      orderDiscount: () => setDialog({ kind: 'orderDiscount' }),
      buyer: () => setDialog({ kind: 'buyer' }),
      park: () => setDialog({ kind: 'park' }),
      shift: () => setDialog({ kind: 'shift' }),
    }),
    [],
  );

  const problem = search.error;

  return (
    <>
      {problem && <OfflineBanner problem={problem} onRetry={search.reload} />}
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
          {notes.map((note) => (
            <p key={note} className="notice" role="status" data-testid="resume-note">
              {note}
            </p>
          ))}
          {capped !== null && (
            <p className="muted grid-capped" data-testid="search-capped">
              {t('search.capped', { n: capped.toLocaleString('id-ID') })}
            </p>
          )}
          {visible.length > 0 ? (
            <ProductGrid products={visible} onPick={onPick} />
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
        {shift === null ? (
          // Asking the engine whether a shift is open: neither the cart nor the float count yet.
          <aside className="cart" aria-busy="true" aria-label={t('cart.title')} />
        ) : !hasShift ? (
          <OpenShiftPanel
            businessDay={shift.businessDay}
            onOpened={(opened) => {
              setNotice(null);
              setShift({ shift: opened, businessDay: opened.businessDay });
            }}
          />
        ) : (
          <CartPanel
            onPay={cartActions.pay}
            onExact={cartActions.exact}
            onEditWeight={editWeight}
            onEditLine={cartActions.editLine}
            onOrderDiscount={cartActions.orderDiscount}
            onBuyer={cartActions.buyer}
            onPark={cartActions.park}
            onShift={cartActions.shift}
          />
        )}
      </main>

      {weighing && (
        <WeightDialog
          product={weighing.product}
          initialQtyMilli={weighing.qtyMilli}
          onConfirm={onWeighed}
          onClose={() => setWeighing(null)}
        />
      )}
      {dialog?.kind === 'pay' && (
        <PayDialog
          total={totals.total}
          exactCash={dialog.exactCash}
          onProgress={setPayment}
          onClose={() => {
            setPayment(null);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'line' && lines[dialog.index] && (
        <LineEditDialog
          index={dialog.index}
          line={lines[dialog.index] as (typeof lines)[number]}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'orderDiscount' && (
        <OrderDiscountDialog base={totals.subtotal - totals.lineDiscounts} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'buyer' && <BuyerPicker onClose={() => setDialog(null)} />}
      {dialog?.kind === 'park' && <ParkDialog onClose={() => setDialog(null)} onResumed={setNotes} />}
      {dialog?.kind === 'shift' && (
        <ShiftDialog
          onClose={() => setDialog(null)}
          onShiftClosed={() => {
            setDialog(null);
            loadShift();
          }}
        />
      )}
      <PrintQueueIndicator />
    </>
  );
}
