import { useState } from 'react';
import { formatRupiah } from '../../shared/money';
import { formatQty } from '../../shared/quantity';
import { useT } from '../i18n';
import { type CartLine, useCart, useCartTotals } from '../stores/cart';

interface CartPanelProps {
  onPay: () => void;
  /** Weighed lines change weight through the weight dialog rather than +/- one kilo. */
  onEditWeight: (index: number) => void;
}

export function CartPanel({ onPay, onEditWeight }: CartPanelProps) {
  const t = useT();
  const lines = useCart((s) => s.lines);
  const totals = useCartTotals();
  const empty = lines.length === 0;

  return (
    <aside className="cart" aria-label={t('cart.title')}>
      <header className="cart-head">
        <h2>{t('cart.title')}</h2>
        {!empty && <span className="muted">{t('cart.items', { count: lines.length })}</span>}
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
              total={totals.lines[index]?.lineTotal ?? 0}
              onEditWeight={onEditWeight}
            />
          ))}
        </ol>
      )}

      <footer className="cart-foot">
        <div className="sum-row">
          <span>{t('cart.subtotal')}</span>
          <span data-testid="cart-subtotal">{formatRupiah(totals.subtotal)}</span>
        </div>
        <div className="sum-row total-row">
          <span>{t('cart.total')}</span>
          <span data-testid="cart-total">{formatRupiah(totals.total)}</span>
        </div>
        <button
          type="button"
          className="btn btn-pay"
          data-testid="pay-button"
          disabled={empty}
          onClick={onPay}
        >
          {t('cart.pay')}
        </button>
        {/* Remounts when the cart empties, so a pending confirm never survives into the next sale. */}
        <ClearCart key={empty ? 'empty' : 'full'} disabled={empty} />
      </footer>
    </aside>
  );
}

interface CartLineRowProps {
  line: CartLine;
  index: number;
  total: number;
  onEditWeight: (index: number) => void;
}

function CartLineRow({ line, index, total, onEditWeight }: CartLineRowProps) {
  const t = useT();
  const setQty = useCart((s) => s.setQty);
  const remove = useCart((s) => s.remove);
  const { product, qtyMilli } = line;

  return (
    <li className="cart-line" data-testid="cart-line" data-sku={product.sku}>
      <div className="line-main">
        <span className="line-name">{product.name}</span>
        <span className="line-detail">
          <span data-testid="line-qty">
            {formatQty(qtyMilli, product.soldByWeight)} {product.unit}
          </span>{' '}
          {t('cart.each', { price: formatRupiah(product.price) })}
        </span>
      </div>
      <span className="line-total" data-testid="line-total">
        {formatRupiah(total)}
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
}

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
