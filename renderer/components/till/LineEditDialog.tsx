// One cart line: quantity (or weight), an edited price with its reason, a line discount with its
// reason. Checked here the way the engine checks them, so the cashier hears about a problem now
// rather than at the pay button; the engine checks again at commit.
import { type FormEvent, useState } from 'react';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { discountAmount, lineGross, PricingError } from '../../../shared/pricing';
import { formatQty } from '../../../shared/quantity';
import { errorText } from '../../api/client';
import { useT } from '../../i18n';
import { type CartLine, listPriceOf, useCart } from '../../stores/cart';
import { Modal } from '../Modal';
import {
  isLargeQty,
  parsePieces,
  parseUnitPrice,
  parseWeightKg,
  priceDraft,
  type QtyResult,
} from '../parseInput';
import { DiscountFields, draftOf, parseDiscount } from './DiscountFields';

export function LineEditDialog({
  index,
  line,
  onClose,
}: {
  index: number;
  line: CartLine;
  onClose: () => void;
}) {
  const t = useT();
  const tierPrices = useCart((s) => s.tierPrices);
  const cart = useCart.getState;
  const listPrice = listPriceOf(line, tierPrices);
  const { product } = line;
  const [qty, setQty] = useState(formatQty(line.qtyMilli, product.soldByWeight));
  const [price, setPrice] = useState(line.unitPrice === undefined ? '' : formatNumber(line.unitPrice));
  const [priceReason, setPriceReason] = useState(line.priceReason ?? '');
  const [discount, setDiscount] = useState(draftOf(line.discount, line.discountReason));
  const [error, setError] = useState<string | null>(null);
  // A quantity far above the usual (a code typed into it?) is asked about once before it is taken.
  const [largeAsked, setLargeAsked] = useState<number | null>(null);

  const parseQty = (): number | string => {
    // Thousands may come back grouped (`1.000`); pieces are whole numbers.
    const parsed: QtyResult = product.soldByWeight ? parseWeightKg(qty) : parsePieces(qty);
    return parsed.ok ? parsed.qtyMilli : t(parsed.error, parsed.params);
  };
  const parsedQty = parseQty();
  const largeQty =
    typeof parsedQty === 'number' &&
    parsedQty !== line.qtyMilli &&
    isLargeQty(parsedQty, product.soldByWeight)
      ? `${formatQty(parsedQty, product.soldByWeight)} ${product.unit}`
      : null;
  const confirmingLarge = largeQty !== null && largeAsked === parsedQty;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const qtyMilli = parsedQty;
    if (typeof qtyMilli === 'string') return setError(qtyMilli);
    const priced = parseUnitPrice(price);
    if (!priced.ok) return setError(t(priced.error));
    const unitPrice = priced.price;
    const edited = unitPrice !== undefined && unitPrice !== listPrice;
    if (edited && priceReason.trim() === '') return setError(t('line.priceReasonNeeded'));
    const parsed = parseDiscount(discount, t);
    if (!parsed.ok) return setError(parsed.error);
    if (parsed.discount && discount.reason.trim() === '') return setError(t('discount.reasonNeeded'));
    try {
      discountAmount(lineGross(unitPrice ?? listPrice, qtyMilli), parsed.discount);
    } catch (err) {
      if (err instanceof PricingError) return setError(errorText(err));
      throw err;
    }
    if (largeQty !== null && !confirmingLarge) {
      setError(null);
      return setLargeAsked(qtyMilli);
    }
    cart().setQty(index, qtyMilli);
    cart().setPrice(index, edited ? unitPrice : undefined, priceReason.trim());
    cart().setLineDiscount(index, parsed.discount, discount.reason.trim());
    onClose();
  };

  return (
    <Modal title={product.name} onClose={onClose} className="line-dialog">
      <form className="line-form" onSubmit={submit}>
        <label className="field">
          <span>{product.soldByWeight ? t('weight.label') : t('line.qty', { unit: product.unit })}</span>
          <input
            className="big-input"
            data-testid="line-edit-qty"
            data-autofocus
            inputMode="decimal"
            autoComplete="off"
            value={qty}
            aria-invalid={typeof parsedQty === 'string' && error !== null}
            onChange={(e) => {
              setQty(e.target.value);
              setError(null);
            }}
          />
        </label>
        <label className="field">
          <span>{t('line.price', { price: formatRupiah(listPrice) })}</span>
          <input
            data-testid="line-edit-price"
            inputMode="numeric"
            autoComplete="off"
            placeholder={formatNumber(listPrice)}
            value={price}
            aria-invalid={!parseUnitPrice(price).ok}
            onChange={(e) => {
              setPrice(priceDraft(e.target.value));
              setError(null);
            }}
          />
        </label>
        <label className="field">
          <span>{t('line.priceReason')}</span>
          <input
            data-testid="line-edit-price-reason"
            maxLength={120}
            value={priceReason}
            onChange={(e) => setPriceReason(e.target.value)}
          />
        </label>
        <DiscountFields draft={discount} onChange={setDiscount} testId="line-discount" />
        {error && (
          <p className="error" role="alert" data-testid="line-edit-error">
            {error}
          </p>
        )}
        {!error && confirmingLarge && (
          <p className="notice" role="alert" data-testid="line-edit-large">
            {t('line.largeQty', { qty: largeQty, confirm: t('line.largeQtyConfirm', { qty: largeQty }) })}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="line-edit-save">
            {confirmingLarge ? t('line.largeQtyConfirm', { qty: largeQty }) : t('weight.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
