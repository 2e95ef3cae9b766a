import './till/till.css';
import { memo, useState } from 'react';
import { formatRupiah } from '../../shared/money';
import { formatQty } from '../../shared/quantity';
import { exceedsDiscountLimit } from '../../shared/settlement';
import { useT } from '../i18n';
import { type CartLine, cartReduction, unitPriceOf, useCart, useCartPricing } from '../stores/cart';
import { usePaymentSettings } from '../stores/paymentSettings';
import { useSession } from '../stores/session';
import { Banner } from './ui';

interface CartPanelProps {
  onPay: () => void;
  /** Exact cash: pays the total in cash and completes, like F10 (one tap on a touch screen). */
  onExact: () => void;
  /** Weighed lines change weight through the weight dialog rather than +/- one kilo. */
  onEditWeight: (index: number) => void;
  /** Quantity, price and discount of one line. */
  onEditLine: (index: number) => void;
  onOrderDiscount: () => void;
  onBuyer: () => void;
  onPark: () => void;
  onShift: () => void;
}

export const CartPanel = memo(function CartPanel({
  onPay,
  onExact,
  onEditWeight,
  onEditLine,
  onOrderDiscount,
  onBuyer,
  onPark,
  onShift,
}: CartPanelProps) {
  const t = useT();
  const lines = useCart((s) => s.lines);
  const buyer = useCart((s) => s.buyer);
  const tierPrices = useCart((s) => s.tierPrices);
  const taxMode = usePaymentSettings((s) => s.settings?.taxMode ?? 'off');
  const { totals, problem } = useCartPricing();
  const empty = lines.length === 0;
  const settings = usePaymentSettings((s) => s.settings);
  const orderDiscount = useCart((s) => s.orderDiscount);
  const role = useSession((s) => s.user?.role);
  // Said before paying: more off the list prices than a cashier may give needs a manager's PIN.
  const { base, reduction } = cartReduction({ lines, orderDiscount, tierPrices }, totals);
  const needsManager =
    role === 'cashier' &&
    settings !== null &&
    exceedsDiscountLimit(reduction, base, {
      maxBp: settings.discountLimitBp,
      maxRupiah: settings.discountLimitRupiah,
    });

  return (
    <aside className="cart" aria-label={t('cart.title')}>
      <header className="cart-head">
        {/* The count is its own label beside the title (and heard after it): "Keranjang · 2 baris". */}
        <h2 id="cart-title">{t('cart.title')}</h2>{' '}
        {!empty && (
          <span className="muted cart-count" data-testid="cart-count">
            {lines.length === 1 ? t('cart.itemsOne') : t('cart.items', { count: lines.length })}
          </span>
        )}
        <button
          type="button"
          className="btn btn-small buyer-chip"
          data-testid="buyer-button"
          onClick={onBuyer}
        >
          <span data-testid="buyer-name">{buyer ? buyer.name : t('buyer.walkIn')}</span>
          {buyer?.tier && <small> · {buyer.tierName ?? buyer.tier}</small>}
          <kbd>F6</kbd>
        </button>
      </header>

      {empty ? (
        <p className="cart-empty">{t('cart.empty')}</p>
      ) : (
        <ol className="cart-lines">
          {lines.map((line, index) => (
            <CartLineRow
              // Lines have no id of their own; position is their identity until the cart changes.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={`${line.product.id}-${index}`}
              line={line}
              index={index}
              unitPrice={unitPriceOf(line, tierPrices)}
              gross={totals.lines[index]?.gross ?? 0}
              lineDiscount={totals.lines[index]?.lineDiscount ?? 0}
              onEditWeight={onEditWeight}
              onEditLine={onEditLine}
            />
          ))}
        </ol>
      )}

      <footer className="cart-foot">
        <div className="sum-row">
          <span>{t('cart.subtotal')}</span>
          <span data-testid="cart-subtotal">{formatRupiah(totals.subtotal)}</span>
        </div>
        {totals.discountTotal > 0 && (
          <div className="sum-row">
            <span>{t('cart.discount')}</span>
            <span data-testid="cart-discount">−{formatRupiah(totals.discountTotal)}</span>
          </div>
        )}
        {taxMode !== 'off' && (
          <div className="sum-row muted">
            <span>
              {t(taxMode === 'inclusive' ? 'cart.ppnIncluded' : 'cart.ppn', {
                dpp: formatRupiah(totals.dpp),
              })}
            </span>
            <span data-testid="cart-ppn">{formatRupiah(totals.ppn)}</span>
          </div>
        )}
        <div className="sum-row total-row">
          <span>{t('cart.total')}</span>
          <span data-testid="cart-total">{formatRupiah(totals.total)}</span>
        </div>
        {needsManager && (
          <p className="notice" data-testid="cart-needs-manager">
            {t('cart.needsManager')}
          </p>
        )}
        {problem && (
          <Banner tone="error" testId="cart-problem">
            {problem}
          </Banner>
        )}
        <div className="pay-row">
          <button
            type="button"
            className="btn btn-pay"
            data-testid="pay-button"
            disabled={empty || problem !== null}
            onClick={onPay}
          >
            {t('cart.pay')} <kbd>F9</kbd>
          </button>
          {/* The money in the buyer's hand is exactly the total: one tap sells, as F10 does. */}
          <button
            type="button"
            className="btn btn-exact"
            data-testid="exact-cash-button"
            disabled={empty || problem !== null}
            onClick={onExact}
          >
            <span>{t('cart.exact')}</span> <kbd>F10</kbd>
          </button>
        </div>
        <div className="cart-tools">
          <button
            type="button"
            className="btn btn-small"
            data-testid="order-discount"
            disabled={empty}
            onClick={onOrderDiscount}
          >
            {t('cart.orderDiscount')} <kbd>F7</kbd>
          </button>
          <button type="button" className="btn btn-small" data-testid="park-button" onClick={onPark}>
            {t('park.button')} <kbd>F8</kbd>
          </button>
          <button type="button" className="btn btn-small" data-testid="shift-button" onClick={onShift}>
            {t('shift.button')} <kbd>F12</kbd>
          </button>
        </div>
        {/* Remounts when the cart empties, so a pending confirm never survives into the next sale. */}
        <ClearCart key={empty ? 'empty' : 'full'} disabled={empty} />
      </footer>
    </aside>
  );
});

interface CartLineRowProps {
  line: CartLine;
  index: number;
  unitPrice: number;
  gross: number;
  lineDiscount: number;
  onEditWeight: (index: number) => void;
  onEditLine: (index: number) => void;
}

/**
 * One line; memoised on plain values, so adding the 101st line or typing in the search box does not
 * redraw the other hundred (what keeps a scan fast with a long cart).
 */
const CartLineRow = memo(function CartLineRow({
  line,
  index,
  unitPrice,
  gross,
  lineDiscount,
  onEditWeight,
  onEditLine,
}: CartLineRowProps) {
  const t = useT();
  const setQty = useCart((s) => s.setQty);
  const remove = useCart((s) => s.remove);
  const { product, qtyMilli } = line;

  return (
    <li className="cart-line" data-testid="cart-line" data-sku={product.sku}>
      <button
        type="button"
        className="line-main"
        data-testid="line-edit"
        title={t('line.edit')}
        onClick={() => onEditLine(index)}
      >
        <span className="line-name">{product.name}</span>
        <span className="line-detail">
          <span data-testid="line-qty">
            {formatQty(qtyMilli, product.soldByWeight)} {product.unit}
          </span>{' '}
          <span
            data-testid="line-price"
            className={unitPrice !== product.price ? 'price-changed' : undefined}
          >
            {t('cart.each', { price: formatRupiah(unitPrice) })}
          </span>
          {lineDiscount > 0 && (
            <span className="line-discount" data-testid="line-discount">
              {' '}
              {t('cart.lineDiscount', { amount: formatRupiah(lineDiscount) })}
            </span>
          )}
        </span>
      </button>
      <span className="line-total" data-testid="line-total">
        {formatRupiah(gross - lineDiscount)}
      </span>
      <div className="line-actions">
        {product.soldByWeight ? (
          <button
            type="button"
            className="btn btn-small"
            data-testid="edit-weight"
            onClick={() => onEditWeight(index)}
          >
            {t('cart.editWeight')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="btn btn-step"
              data-testid="qty-minus"
              aria-label={t('cart.minus', { name: product.name })}
              onClick={() => setQty(index, qtyMilli - 1000)}
            >
              −
            </button>
            <button
              type="button"
              className="btn btn-step"
              data-testid="qty-plus"
              aria-label={t('cart.plus', { name: product.name })}
              onClick={() => setQty(index, qtyMilli + 1000)}
            >
              +
            </button>
          </>
        )}
        <button
          type="button"
          className="btn btn-step btn-danger"
          data-testid="remove-line"
          aria-label={t('cart.remove', { name: product.name })}
          onClick={() => remove(index)}
        >
          ×
        </button>
      </div>
    </li>
  );
});

/** Emptying the cart asks once more: a mis-tap should not wipe a long order. */
function ClearCart({ disabled }: { disabled: boolean }) {
  const t = useT();
  const clear = useCart((s) => s.clear);
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <button
        type="button"
        className="btn btn-quiet"
        data-testid="clear-cart"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {t('cart.clear')}
      </button>
    );
  }
  return (
    <div className="clear-confirm">
      <span>{t('cart.clearConfirm')}</span>
      <button type="button" className="btn" data-testid="clear-cancel" onClick={() => setAsking(false)}>
        {t('dialog.cancel')}
      </button>
      <button
        type="button"
        className="btn btn-danger"
        data-testid="clear-confirm"
        onClick={() => {
          clear();
          setAsking(false);
        }}
      >
        {t('cart.clearYes')}
      </button>
    </div>
  );
}
