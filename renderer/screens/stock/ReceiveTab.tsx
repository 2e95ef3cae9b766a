// Goods arriving from a producing unit: a delivery note with its reference and one or more lines,
// each optionally with a batch code and an expiry date.
import { useCallback, useState } from 'react';
import type { Location, Product } from '../../../shared/contract';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
import { ProductPicker } from './ProductPicker';
import { parseQty, qtyOf } from './parseQty';
import { messageOf } from './useStockData';

interface Line {
  product: Product;
  qty: string;
  batchCode: string;
  expiresOn: string;
}

interface ReceiveTabProps {
  locations: readonly Location[];
  sellingLocationId: number | null;
  onChanged: () => void;
}

export function ReceiveTab({ locations, sellingLocationId, onChanged }: ReceiveTabProps) {
  const t = useT();
  const [locationId, setLocationId] = useState<number | null>(sellingLocationId);
  const [reference, setReference] = useState('');
  const [lines, setLines] = useState<Line[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  // One receipt comes from one unit: the first line decides which.
  const producer = lines[0]?.product;
  const sameUnit = useCallback(
    (product: Product) => !producer || product.producerCode === producer.producerCode,
    [producer],
  );

  const update = (index: number, patch: Partial<Line>) =>
    setLines((current) => current.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  const submit = () => {
    const target = locationId ?? sellingLocationId;
    if (!producer || target === null) return;
    const parsed = [];
    for (const line of lines) {
      const qty = parseQty(line.qty, { soldByWeight: line.product.soldByWeight });
      if (!qty.ok) {
        setOutcome({ kind: 'error', text: `${line.product.name}: ${t(qty.error)}` });
        return;
      }
      parsed.push({
        productId: line.product.id,
        qty: qtyOf(qty.qtyMilli),
        ...(line.batchCode.trim() ? { batchCode: line.batchCode.trim() } : {}),
        ...(line.expiresOn ? { expiresOn: line.expiresOn } : {}),
      });
    }
    setSaving(true);
    call('stock.receive', {
      locationId: target,
      producerCode: producer.producerCode,
      reference,
      lines: parsed,
    })
      .then(() => {
        setOutcome({ kind: 'done', text: t('stock.receive.done', { count: parsed.length, reference }) });
        setLines([]);
        setReference('');
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }))
      .finally(() => setSaving(false));
  };

  return (
    <section className="stock-panel" aria-label={t('stock.tab.receive')}>
      <p className="muted">{t('stock.receive.intro')}</p>
      <div className="stock-toolbar">
        <LocationSelect
          label={t('stock.receive.into')}
          locations={locations}
          value={locationId ?? sellingLocationId}
          onChange={setLocationId}
          testId="receive-location"
        />
        <label className="stock-field stock-grow">
          <span>{t('stock.reference')}</span>
          <input
            data-testid="receive-reference"
            placeholder={t('stock.reference.placeholder')}
            maxLength={60}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
          />
        </label>
      </div>
      {producer && (
        <p data-testid="receive-producer">
          {t('stock.receive.from')} <strong>{producer.producerName}</strong> ({producer.producerCode})
        </p>
      )}
      {lines.length > 0 && (
        <table className="stock-table">
          <thead>
            <tr>
              <th>{t('stock.col.product')}</th>
              <th>{t('stock.col.qty')}</th>
              <th>{t('stock.col.batch')}</th>
              <th>{t('stock.col.expiresOn')}</th>
              <th aria-label={t('stock.col.actions')} />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={line.product.id} data-testid="receive-line" data-sku={line.product.sku}>
                <td>
                  <strong>{line.product.name}</strong> <span className="muted">{line.product.unit}</span>
                </td>
                <td>
                  <input
                    className="stock-qty"
                    data-testid="receive-qty"
                    aria-label={t('stock.col.qty')}
                    inputMode="decimal"
                    value={line.qty}
                    onChange={(event) => update(index, { qty: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    data-testid="receive-batch"
                    aria-label={t('stock.col.batch')}
                    maxLength={40}
                    value={line.batchCode}
                    onChange={(event) => update(index, { batchCode: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    data-testid="receive-expiry"
                    aria-label={t('stock.col.expiresOn')}
                    value={line.expiresOn}
                    onChange={(event) => update(index, { expiresOn: event.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    aria-label={t('stock.removeLine', { name: line.product.name })}
                    onClick={() => setLines((current) => current.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProductPicker
        label={t('stock.addProduct')}
        value={null}
        filter={sameUnit}
        onChange={(product) => {
          if (product && !lines.some((line) => line.product.id === product.id)) {
            setLines((current) => [...current, { product, qty: '', batchCode: '', expiresOn: '' }]);
          }
        }}
        testId="receive-product"
      />
      <div className="stock-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="receive-submit"
          disabled={saving || lines.length === 0 || reference.trim() === ''}
          onClick={submit}
        >
          {t('stock.receive.submit')}
        </button>
      </div>
      <Feedback outcome={outcome} />
    </section>
  );
}
