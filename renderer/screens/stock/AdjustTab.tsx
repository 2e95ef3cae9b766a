// A correction with a reason: broken, spoiled, found, recounted. Plus adds, minus removes.
import { useState } from 'react';
import type { Location, Product } from '../../../shared/contract';
import { formatQty } from '../../../shared/quantity';
import { call } from '../../api/client';
import { FormRow, QtyField, qtyOf, readQty } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
import { ProductPicker } from './ProductPicker';
import { useProductLevel } from './useProductLevel';
import { messageOf } from './useStockData';

interface AdjustTabProps {
  locations: readonly Location[];
  sellingLocationId: number | null;
  onChanged: () => void;
}

export function AdjustTab({ locations, sellingLocationId, onChanged }: AdjustTabProps) {
  const t = useT();
  const [locationId, setLocationId] = useState<number | null>(sellingLocationId);
  const [product, setProduct] = useState<Product | null>(null);
  const [qty, setQty] = useState('');
  const [reason, setReason] = useState('');
  // Refusals of the form's own checks, in place under their field.
  const [qtyError, setQtyError] = useState<MessageKey | null>(null);
  const [reasonError, setReasonError] = useState<MessageKey | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const target = locationId ?? sellingLocationId;

  // Show what is there now, so the manager sees what the change will do.
  const { level: shownLevel, reload: loadLevel } = useProductLevel(product, target);

  const submit = () => {
    if (!product || target === null) return;
    const parsed = readQty(qty, { soldByWeight: product.soldByWeight, signed: true });
    const noReason = reason.trim() === '';
    setQtyError(parsed.ok ? null : parsed.error);
    setReasonError(noReason ? 'stock.adjust.reasonRequired' : null);
    setOutcome(null);
    if (!parsed.ok || noReason) return;
    setSaving(true);
    call('stock.adjust', { locationId: target, productId: product.id, qty: qtyOf(parsed.value), reason })
      .then(() => {
        setOutcome({ kind: 'done', text: t('stock.adjust.done', { name: product.name }) });
        setQty('');
        setReason('');
        loadLevel();
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }))
      .finally(() => setSaving(false));
  };

  return (
    <section className="stock-panel" aria-label={t('stock.tab.adjust')}>
      <p className="muted">{t('stock.adjust.intro')}</p>
      <div className="stock-toolbar">
        <LocationSelect
          label={t('stock.location')}
          locations={locations}
          value={target}
          onChange={setLocationId}
          testId="adjust-location"
        />
      </div>
      <ProductPicker
        label={t('stock.col.product')}
        value={product}
        onChange={setProduct}
        testId="adjust-product"
      />
      {product && shownLevel && (
        <p data-testid="adjust-level">
          {t('stock.adjust.now', {
            qty: `${formatQty(shownLevel.qtyMilli, product.soldByWeight)} ${product.unit}`,
          })}
        </p>
      )}
      <div className="stock-toolbar stock-fields">
        <QtyField
          label={t('stock.adjust.qty')}
          testId="adjust-qty"
          messageTestId="adjust-qty-error"
          rules={{ soldByWeight: product?.soldByWeight ?? false, signed: true }}
          value={qty}
          error={qtyError && t(qtyError)}
          onChange={(next) => {
            setQtyError(null);
            setQty(next);
          }}
        />
        <FormRow
          label={t('stock.reason')}
          required
          className="stock-grow"
          error={reasonError && t(reasonError)}
          messageTestId="adjust-reason-error"
        >
          <input
            data-testid="adjust-reason"
            placeholder={t('stock.reason.placeholder')}
            maxLength={200}
            value={reason}
            onChange={(event) => {
              setReasonError(null);
              setReason(event.target.value);
            }}
          />
        </FormRow>
      </div>
      <div className="stock-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="adjust-submit"
          disabled={saving || !product}
          onClick={submit}
        >
          {t('stock.adjust.submit')}
        </button>
      </div>
      <Feedback outcome={outcome} />
    </section>
  );
}
