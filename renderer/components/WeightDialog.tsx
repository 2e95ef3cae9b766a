// Asks the weight of a weighed product (fish, chillies) before it goes into the cart.
import { useState } from 'react';
import type { Product } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { lineGross } from '../../shared/pricing';
import { formatQty } from '../../shared/quantity';
import { type MessageKey, useT } from '../i18n';
import { Modal } from './Modal';
import { parseWeightKg } from './parseInput';

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

  const confirm = () => {
    if (parsed.ok) onConfirm(parsed.qtyMilli);
    else setError(parsed.error);
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
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="btn btn-primary" data-testid="weight-confirm" onClick={confirm}>
          {initialQtyMilli ? t('weight.save') : t('weight.add')}
        </button>
      </div>
    </Modal>
  );
}
