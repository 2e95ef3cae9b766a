// Asks the weight of a weighed product (fish, chillies) before it goes into the cart.
import { useState } from 'react';
import type { Product } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { lineGross } from '../../shared/pricing';
import { formatQty } from '../../shared/quantity';
import { type MessageKey, useT } from '../i18n';
import { Modal } from './Modal';
import { isLargeQty, parseWeightKg } from './parseInput';

interface WeightDialogProps {
  product: Product;
  /** Set when changing the weight of a line already in the cart. */
  initialQtyMilli?: number;
  onConfirm: (qtyMilli: number) => void;
  onClose: () => void;
}

export function WeightDialog({ product, initialQtyMilli, onConfirm, onClose }: WeightDialogProps) {
  const t = useT();
  const [text, setText] = useState(initialQtyMilli ? formatQty(initialQtyMilli, true) : '');
  const [error, setError] = useState<MessageKey | null>(null);
  const parsed = parseWeightKg(text);
  // Over 100 kg is more likely a slip than a sale: asked once before it goes into the cart.
  const [largeAsked, setLargeAsked] = useState<number | null>(null);
  const large =
    parsed.ok && parsed.qtyMilli !== initialQtyMilli && isLargeQty(parsed.qtyMilli, true)
      ? `${formatQty(parsed.qtyMilli, true)} ${product.unit}`
      : null;
  const confirmingLarge = parsed.ok && large !== null && largeAsked === parsed.qtyMilli;

  const confirm = () => {
    if (!parsed.ok) return setError(parsed.error);
    if (large !== null && !confirmingLarge) return setLargeAsked(parsed.qtyMilli);
    onConfirm(parsed.qtyMilli);
  };

  return (
    <Modal title={t('weight.title', { name: product.name })} onClose={onClose} className="weight-dialog">
      <p className="muted">{t('weight.pricePerKg', { price: formatRupiah(product.price) })}</p>
      <label className="field">
        <span>{t('weight.label')}</span>
        <input
          className="big-input"
          data-testid="weight-input"
          data-autofocus
          inputMode="decimal"
          autoComplete="off"
          placeholder={t('weight.placeholder')}
          maxLength={12}
          value={text}
          aria-invalid={error !== null}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              confirm();
            }
          }}
        />
      </label>
      <p className="weight-preview" aria-live="polite">
        {parsed.ok ? formatRupiah(lineGross(product.price, parsed.qtyMilli)) : '\u00a0'}
      </p>
      {error && (
        <p className="error" role="alert" data-testid="error-message">
          {t(error)}
        </p>
      )}
      {confirmingLarge && (
        <p className="notice" role="alert" data-testid="weight-large">
          {t('line.largeQty', { qty: large, confirm: t('line.largeQtyConfirm', { qty: large }) })}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="btn btn-primary" data-testid="weight-confirm" onClick={confirm}>
          {confirmingLarge
            ? t('line.largeQtyConfirm', { qty: large })
            : initialQtyMilli
              ? t('weight.save')
              : t('weight.add')}
        </button>
      </div>
    </Modal>
  );
}
