// Goods sent back to the producing unit (UPT) that made them, with the return note's number. The
// engine refuses more than the location holds; the level is shown so the manager sees it first.
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

interface UnitReturnTabProps {
  locations: readonly Location[];
  sellingLocationId: number | null;
  onChanged: () => void;
}

export function UnitReturnTab({ locations, sellingLocationId, onChanged }: UnitReturnTabProps) {
  const t = useT();
  const [locationId, setLocationId] = useState<number | null>(sellingLocationId);
  const [product, setProduct] = useState<Product | null>(null);
  const [qty, setQty] = useState('');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [qtyError, setQtyError] = useState<MessageKey | null>(null);
  const [referenceError, setReferenceError] = useState<MessageKey | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const target = locationId ?? sellingLocationId;

  // Show what is there now, so the manager sees what the change will do.
  const { level: shownLevel, reload: loadLevel } = useProductLevel(product, target);

  const submit = () => {
    if (!product || target === null) return;
    const parsed = readQty(qty, { soldByWeight: product.soldByWeight });
    const noReference = reference.trim() === '';
    setQtyError(parsed.ok ? null : parsed.error);
    setReferenceError(noReference ? 'stock.unitReturn.referenceRequired' : null);
    setOutcome(null);
    if (!parsed.ok || noReference) return;
    setSaving(true);
    const amount = qtyOf(parsed.value);
    call('stock.returnToUnit', {
      locationId: target,
      productId: product.id,
      qty: amount,
      reference,
      ...(reason.trim() ? { reason } : {}),
    })
      .then(() => {
        setOutcome({
          kind: 'done',
          text: t('stock.unitReturn.done', {
            qty: `${formatQty(parsed.value, product.soldByWeight)} ${product.unit}`,
            name: product.name,
            unit: product.producerName,
          }),
        });
        setQty('');
        setReference('');
        setReason('');
        loadLevel();
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }))
      .finally(() => setSaving(false));
  };

  return (
    <section className="stock-panel" aria-label={t('stock.tab.unitReturn')}>
      <p className="muted">{t('stock.unitReturn.intro')}</p>
      <div className="stock-toolbar">
        <LocationSelect
          label={t('stock.location')}
          locations={locations}
          value={target}
          onChange={setLocationId}
          testId="unit-return-location"
        />
      </div>
      <ProductPicker
        label={t('stock.col.product')}
        value={product}
        onChange={setProduct}
        testId="unit-return-product"
      />
      {product && (
        <p data-testid="unit-return-unit">
          {t('stock.unitReturn.to', { unit: `${product.producerName} (${product.producerCode})` })}
        </p>
      )}
      {product && shownLevel && (
        <p data-testid="unit-return-level">
          {t('stock.adjust.now', {
            qty: `${formatQty(shownLevel.qtyMilli, product.soldByWeight)} ${product.unit}`,
          })}
        </p>
      )}
      <div className="stock-toolbar stock-fields">
        <QtyField
          label={t('stock.unitReturn.qty')}
          testId="unit-return-qty"
          messageTestId="unit-return-qty-error"
          rules={{ soldByWeight: product?.soldByWeight ?? false }}
          value={qty}
          error={qtyError && t(qtyError)}
          onChange={(next) => {
            setQtyError(null);
            setQty(next);
          }}
        />
        <FormRow
          label={t('stock.unitReturn.reference')}
          required
          error={referenceError && t(referenceError)}
          messageTestId="unit-return-reference-error"
        >
          <input
            data-testid="unit-return-reference"
            placeholder={t('stock.unitReturn.referencePlaceholder')}
            maxLength={60}
            value={reference}
            onChange={(event) => {
              setReferenceError(null);
              setReference(event.target.value);
            }}
          />
        </FormRow>
        <FormRow label={t('stock.unitReturn.reason')} className="stock-grow">
          <input
            data-testid="unit-return-reason"
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormRow>
      </div>
      <div className="stock-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="unit-return-submit"
          disabled={saving || !product}
          onClick={submit}
        >
          {t('stock.unitReturn.submit')}
        </button>
      </div>
      <Feedback outcome={outcome} />
    </section>
  );
}
