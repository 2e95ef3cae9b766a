// One cart line: quantity (or weight), an edited price with its reason, a line discount with its
// reason. Checked here the way the engine checks them, so the cashier hears about a problem now
// rather than at the pay button; the engine checks again at commit.
import { type FormEvent, useState } from 'react';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { discountAmount, lineGross, PricingError } from '../../../shared/pricing';
import { formatQty, MAX_QTY_MILLI } from '../../../shared/quantity';
import { useT } from '../../i18n';
import { type CartLine, listPriceOf, useCart } from '../../stores/cart';
import { Modal } from '../Modal';
import { parseCash, parseWeightKg } from '../parseInput';
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

  const parseQty = (): number | string => {
    if (product.soldByWeight) {
      const weight = parseWeightKg(qty);
      return weight.ok ? weight.qtyMilli : t(weight.error);
    }
    // Thousands may come back grouped (`1.000`); pieces are whole numbers.
    const whole = qty.trim().replace(/\./g, '');
    if (!/^\d{1,5}$/.test(whole)) return t('line.qtyInvalid');
    const qtyMilli = Number(whole) * 1000;
    if (qtyMilli <= 0) return t('line.qtyZero');
    if (qtyMilli > MAX_QTY_MILLI) return t('line.qtyTooLarge');
    return qtyMilli;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const qtyMilli = parseQty();
    if (typeof qtyMilli === 'string') return setError(qtyMilli);
    const unitPrice = price.trim() === '' ? undefined : parseCash(price);
    const edited = unitPrice !== undefined && unitPrice !== listPrice;
    if (edited && priceReason.trim() === '') return setError(t('line.priceReasonNeeded'));
    const parsed = parseDiscount(discount, t);
    if (!parsed.ok) return setError(parsed.error);
    if (parsed.discount && discount.reason.trim() === '') return setError(t('discount.reasonNeeded'));
    try {
      discountAmount(lineGross(unitPrice ?? listPrice, qtyMilli), parsed.discount);
    } catch (err) {
      if (err instanceof PricingError) return setError(err.message);
      throw err;
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
            onChange={(e) => setQty(e.target.value)}
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
            onChange={(e) => setPrice(e.target.value === '' ? '' : formatNumber(parseCash(e.target.value)))}
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
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="line-edit-save">
            {t('weight.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
