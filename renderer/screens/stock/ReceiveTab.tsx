// Goods arriving from a producing unit: a delivery note with its reference and one or more lines,
// each optionally with a batch code and an expiry date.
import { useCallback, useState } from 'react';
import type { Location, Product } from '../../../shared/contract';
import { call } from '../../api/client';
import { DataTable, FormRow, qtyOf, readQty } from '../../components/ui';
import { useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
import { lineColumns, type QtyLine } from './lineColumns';
import { ProductPicker } from './ProductPicker';
import { messageOf } from './useStockData';

interface Line extends QtyLine {
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
  // After a save was tried, every line that cannot be sent says why in place, empty ones too.
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  // One receipt comes from one unit: the first line decides which.
  const producer = lines[0]?.product;
  const sameUnit = useCallback(
    (product: Product) => !producer || product.producerCode === producer.producerCode,
    [producer],
  );

  const update = (productId: number, patch: Partial<Line>) =>
    setLines((current) =>
      current.map((line) => (line.product.id === productId ? { ...line, ...patch } : line)),
    );

  const submit = () => {
    const target = locationId ?? sellingLocationId;
    if (!producer || target === null) return;
    setTried(true);
    const parsed = [];
    for (const line of lines) {
      const qty = readQty(line.qty, { soldByWeight: line.product.soldByWeight });
      if (!qty.ok) {
        setOutcome({ kind: 'error', text: `${line.product.name}: ${t(qty.error)}` });
        return;
      }
      parsed.push({
        productId: line.product.id,
        qty: qtyOf(qty.value),
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
        setTried(false);
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }))
      .finally(() => setSaving(false));
  };

  const columns = lineColumns<Line>({
    t,
    qtyTestId: 'receive-qty',
    tried,
    onQty: (productId, qty) => update(productId, { qty }),
    onRemove: (productId) => setLines((current) => current.filter((l) => l.product.id !== productId)),
    extra: [
      {
        key: 'batch',
        header: t('stock.col.batch'),
        cell: (line) => (
          <input
            className="stock-batch"
            data-testid="receive-batch"
            aria-label={t('stock.col.batch')}
            maxLength={40}
            value={line.batchCode}
            onChange={(event) => update(line.product.id, { batchCode: event.target.value })}
          />
        ),
      },
      {
        key: 'expiry',
        header: t('stock.col.expiresOn'),
        cell: (line) => (
          <input
            type="date"
            data-testid="receive-expiry"
            aria-label={t('stock.col.expiresOn')}
            value={line.expiresOn}
            onChange={(event) => update(line.product.id, { expiresOn: event.target.value })}
          />
        ),
      },
    ],
  });

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
        <FormRow label={t('stock.reference')} required className="stock-grow">
          <input
            data-testid="receive-reference"
            placeholder={t('stock.reference.placeholder')}
            maxLength={60}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
          />
        </FormRow>
      </div>
      {producer && (
        <p data-testid="receive-producer">
          {t('stock.receive.from')} <strong>{producer.producerName}</strong> ({producer.producerCode})
        </p>
      )}
      {lines.length > 0 && (
        <DataTable
          columns={columns}
          rows={lines}
          rowKey={(line) => line.product.id}
          rowProps={(line) => ({ 'data-testid': 'receive-line', 'data-sku': line.product.sku })}
        />
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
