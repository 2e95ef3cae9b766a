// Asks the weight of a weighed product (fish, chillies) before it goes into the cart.
import { useState } from 'react';
import type { Product } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { lineGross } from '../../shared/pricing';
import { formatQty } from '../../shared/quantity';
import { type MessageKey, useT } from '../i18n';
import { isLargeQty } from './parseInput';
import { Banner, Dialog, QtyField, readQty } from './ui';
import './till/till.css';

/** Weighed goods: up to three decimals (1,255 kg), more than 0, at most 10.000 kg on a line. */
const BY_WEIGHT = { soldByWeight: true } as const;

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
  // Set by "Tambahkan": an empty or unreadable weight is named under the field.
  const [error, setError] = useState<MessageKey | null>(null);
  const read = readQty(text, BY_WEIGHT);
  // Over 100 kg is more likely a slip than a sale: asked once before it goes into the cart.
  const [largeAsked, setLargeAsked] = useState<number | null>(null);
  const large =
    read.ok && read.value !== initialQtyMilli && isLargeQty(read.value, true)
      ? `${formatQty(read.value, true)} ${product.unit}`
      : null;
  const confirmingLarge = read.ok && large !== null && largeAsked === read.value;

  const confirm = () => {
    if (!read.ok) return setError(read.error);
    if (large !== null && !confirmingLarge) return setLargeAsked(read.value);
    onConfirm(read.value);
  };

  return (
    <Dialog
      title={t('weight.title', { name: product.name })}
      onClose={onClose}
      className="weight-dialog"
      footer={
        <>
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
        </>
      }
    >
      <div className="line-form">
        <p className="muted">{t('weight.pricePerKg', { price: formatRupiah(product.price) })}</p>
        <div className="till-big-field">
          <QtyField
            label={t('weight.label')}
            testId="weight-input"
            messageTestId="error-message"
            rules={BY_WEIGHT}
            value={text}
            error={error && t(error)}
            onChange={(next) => {
              setText(next);
              setError(null);
            }}
            onEnter={confirm}
          />
        </div>
        <p className="weight-preview" aria-live="polite">
          {read.ok ? formatRupiah(lineGross(product.price, read.value)) : '\u00a0'}
        </p>
        {confirmingLarge && (
          <Banner tone="warn" testId="weight-large">
            {t('line.largeQty', { qty: large, confirm: t('line.largeQtyConfirm', { qty: large }) })}
          </Banner>
        )}
      </div>
    </Dialog>
  );
}
