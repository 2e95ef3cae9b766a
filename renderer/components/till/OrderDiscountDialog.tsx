// A discount on the whole order, in rupiah or percent, with its reason. Spread over the lines by the
// shared pricing function, so each line's DPP and PPN stay right.
import { type FormEvent, useId, useState } from 'react';
import { discountAmount, PricingError } from '../../../shared/pricing';
import { errorText } from '../../api/client';
import { useT } from '../../i18n';
import { useCart } from '../../stores/cart';
import { Banner, Dialog } from '../ui';
import {
  type DiscountErrors,
  DiscountFields,
  draftOf,
  NO_DISCOUNT_ERRORS,
  readDiscount,
} from './DiscountFields';

/** `base` is what the order discount applies to: the lines after their own discounts. */
export function OrderDiscountDialog({ base, onClose }: { base: number; onClose: () => void }) {
  const t = useT();
  const formId = useId();
  const current = useCart.getState();
  const [draft, setDraft] = useState(draftOf(current.orderDiscount, current.orderDiscountReason));
  const [errors, setErrors] = useState<DiscountErrors>(NO_DISCOUNT_ERRORS);
  // What no single field can say: the discount is more than the order.
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDiscount(draft, t);
    if (!read.ok) return setErrors(read.errors);
    try {
      discountAmount(base, read.discount);
    } catch (err) {
      if (err instanceof PricingError) return setError(errorText(err));
      throw err;
    }
    useCart.getState().setOrderDiscount(read.discount, draft.reason.trim());
    onClose();
  };

  return (
    <Dialog
      title={t('discount.orderTitle')}
      onClose={onClose}
      className="line-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" data-testid="order-discount-save">
            {t('weight.save')}
          </button>
        </>
      }
    >
      <form noValidate id={formId} className="line-form" onSubmit={submit}>
        <DiscountFields
          draft={draft}
          errors={errors}
          testId="order-discount"
          onChange={(next, changed) => {
            setDraft(next);
            if (changed) setErrors({ ...errors, [changed]: null });
            setError(null);
          }}
        />
        {error && (
          <Banner tone="error" testId="order-discount-error">
            {error}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}
