// A discount on the whole order, in rupiah or percent, with its reason. Spread over the lines by the
// shared pricing function, so each line's DPP and PPN stay right.
import { type FormEvent, useState } from 'react';
import { discountAmount, PricingError } from '../../../shared/pricing';
import { errorText } from '../../api/client';
import { useT } from '../../i18n';
import { useCart } from '../../stores/cart';
import { Modal } from '../Modal';
import { DiscountFields, draftOf, parseDiscount } from './DiscountFields';

/** `base` is what the order discount applies to: the lines after their own discounts. */
export function OrderDiscountDialog({ base, onClose }: { base: number; onClose: () => void }) {
  const t = useT();
  const current = useCart.getState();
  const [draft, setDraft] = useState(draftOf(current.orderDiscount, current.orderDiscountReason));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDiscount(draft, t);
    if (!parsed.ok) return setError(parsed.error);
    if (parsed.discount && draft.reason.trim() === '') return setError(t('discount.reasonNeeded'));
    try {
      discountAmount(base, parsed.discount);
    } catch (err) {
      if (err instanceof PricingError) return setError(errorText(err));
      throw err;
    }
    useCart.getState().setOrderDiscount(parsed.discount, draft.reason.trim());
    onClose();
  };

  return (
    <Modal title={t('discount.orderTitle')} onClose={onClose} className="line-dialog">
      <form className="line-form" onSubmit={submit}>
        <DiscountFields draft={draft} onChange={setDraft} testId="order-discount" />
        {error && (
          <p className="error" role="alert" data-testid="order-discount-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="order-discount-save">
            {t('weight.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
