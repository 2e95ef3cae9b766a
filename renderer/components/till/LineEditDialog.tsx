// One cart line: quantity (or weight), an edited price with its reason, a line discount with its
// reason. Checked here the way the engine checks them, each refusal under its own field, so the
// cashier hears about a problem now rather than at the pay button; the engine checks again at commit.
import { type FormEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { formatNumber, formatRupiah } from '../../../shared/money';
import { discountAmount, lineGross, PricingError } from '../../../shared/pricing';
import { formatQty } from '../../../shared/quantity';
import { errorText } from '../../api/client';
import { useT } from '../../i18n';
import { type CartLine, listPriceOf, useCart } from '../../stores/cart';
import { isLargeQty } from '../parseInput';
import { Banner, Dialog, FormRow, MoneyField, QtyField, readMoney, readQty } from '../ui';
import {
  type DiscountErrors,
  DiscountFields,
  draftOf,
  NO_DISCOUNT_ERRORS,
  readDiscount,
} from './DiscountFields';

interface FieldErrors {
  qty: string | null;
  price: string | null;
  priceReason: string | null;
  discount: DiscountErrors;
}

const NO_ERRORS: FieldErrors = { qty: null, price: null, priceReason: null, discount: NO_DISCOUNT_ERRORS };

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
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const tierPrices = useCart((s) => s.tierPrices);
  const cart = useCart.getState;
  const listPrice = listPriceOf(line, tierPrices);
  const { product } = line;
  const rules = { soldByWeight: product.soldByWeight };
  // The quantity follows the cart's line until the person types in it: an add of the same product
  // that lands while the dialog is open (a scan already on its way) is shown, and not undone on save.
  const [qtyTyped, setQty] = useState<string | null>(null);
  const qty = qtyTyped ?? formatQty(line.qtyMilli, product.soldByWeight);
  const [price, setPrice] = useState(line.unitPrice === undefined ? '' : formatNumber(line.unitPrice));
  const [priceReason, setPriceReason] = useState(line.priceReason ?? '');
  const [discount, setDiscount] = useState(draftOf(line.discount, line.discountReason));
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  // What no single field can say: the discount is more than the line.
  const [error, setError] = useState<string | null>(null);
  // Bumped on each refused save, so the first field marked red takes the focus.
  const [refusals, setRefusals] = useState(0);
  // A quantity far above the usual (a code typed into it?) is asked about once before it is taken.
  const [largeAsked, setLargeAsked] = useState<number | null>(null);

  useLayoutEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const readQtyMilli = readQty(qty, rules);
  const largeQty =
    readQtyMilli.ok &&
    readQtyMilli.value !== line.qtyMilli &&
    isLargeQty(readQtyMilli.value, product.soldByWeight)
      ? `${formatQty(readQtyMilli.value, product.soldByWeight)} ${product.unit}`
      : null;
  const confirmingLarge = readQtyMilli.ok && largeQty !== null && largeAsked === readQtyMilli.value;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const priceRead = readMoney(price, { optional: true });
    const unitPrice = priceRead.ok ? (priceRead.value ?? undefined) : undefined;
    const edited = unitPrice !== undefined && unitPrice !== listPrice;
    const discountRead = readDiscount(discount, t);
    const found: FieldErrors = {
      qty: readQtyMilli.ok ? null : t(readQtyMilli.error),
      price: priceRead.ok ? null : t(priceRead.error),
      priceReason: edited && priceReason.trim() === '' ? t('line.priceReasonNeeded') : null,
      discount: discountRead.ok ? NO_DISCOUNT_ERRORS : discountRead.errors,
    };
    setErrors(found);
    if (!readQtyMilli.ok || !priceRead.ok || found.priceReason || !discountRead.ok) {
      setError(null);
      setRefusals((n) => n + 1);
      return;
    }
    const qtyMilli = readQtyMilli.value;
    try {
      discountAmount(lineGross(unitPrice ?? listPrice, qtyMilli), discountRead.discount);
    } catch (err) {
      if (err instanceof PricingError) return setError(errorText(err));
      throw err;
    }
    if (largeQty !== null && !confirmingLarge) {
      setError(null);
      return setLargeAsked(qtyMilli);
    }
    if (qtyTyped !== null) cart().setQty(index, qtyMilli);
    cart().setPrice(index, edited ? unitPrice : undefined, priceReason.trim());
    cart().setLineDiscount(index, discountRead.discount, discount.reason.trim());
    onClose();
  };

  const clear = (change: Partial<Omit<FieldErrors, 'discount'>>) => {
    setErrors({ ...errors, ...change });
    setError(null);
  };

  return (
    <Dialog
      title={product.name}
      onClose={onClose}
      className="line-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" data-testid="line-edit-save">
            {confirmingLarge ? t('line.largeQtyConfirm', { qty: largeQty }) : t('weight.save')}
          </button>
        </>
      }
    >
      <form noValidate id={formId} ref={formRef} className="line-form" onSubmit={submit}>
        <div className="till-big-field">
          <QtyField
            label={product.soldByWeight ? t('weight.label') : t('line.qty', { unit: product.unit })}
            testId="line-edit-qty"
            messageTestId="line-edit-qty-error"
            rules={rules}
            value={qty}
            error={errors.qty}
            onChange={(next) => {
              setQty(next);
              clear({ qty: null });
            }}
          />
        </div>
        <MoneyField
          label={t('line.price', { price: formatRupiah(listPrice) })}
          optional
          testId="line-edit-price"
          messageTestId="line-edit-price-error"
          placeholder={formatNumber(listPrice)}
          value={price}
          error={errors.price}
          onChange={(next) => {
            setPrice(next);
            clear({ price: null, priceReason: null });
          }}
        />
        <FormRow
          label={t('line.priceReason')}
          error={errors.priceReason}
          messageTestId="line-edit-price-reason-error"
        >
          <input
            data-testid="line-edit-price-reason"
            maxLength={120}
            value={priceReason}
            onChange={(e) => {
              setPriceReason(e.target.value);
              clear({ priceReason: null });
            }}
          />
        </FormRow>
        <DiscountFields
          draft={discount}
          errors={errors.discount}
          testId="line-discount"
          onChange={(next, changed) => {
            setDiscount(next);
            setErrors({
              ...errors,
              discount: changed ? { ...errors.discount, [changed]: null } : errors.discount,
            });
            setError(null);
          }}
        />
        {error && (
          <Banner tone="error" testId="line-edit-error">
            {error}
          </Banner>
        )}
        {!error && confirmingLarge && (
          <Banner tone="warn" testId="line-edit-large">
            {t('line.largeQty', { qty: largeQty, confirm: t('line.largeQtyConfirm', { qty: largeQty }) })}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}
