// Goods moving between two locations; sending stock out to an event is a transfer to it.
import { useState } from 'react';
import type { Location, Product } from '../../../shared/contract';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
import { ProductPicker } from './ProductPicker';
import { parseQty, qtyOf } from './parseQty';
import { messageOf } from './useStockData';

interface TransferTabProps {
  locations: readonly Location[];
  sellingLocationId: number | null;
  /** Preset destination, e.g. an event chosen on the events tab. */
  initialTo: number | null;
  onChanged: () => void;
}

export function TransferTab({ locations, sellingLocationId, initialTo, onChanged }: TransferTabProps) {
  const t = useT();
  const [from, setFrom] = useState<number | null>(sellingLocationId);
  const [to, setTo] = useState<number | null>(initialTo);
  const [reference, setReference] = useState('');
  const [lines, setLines] = useState<{ product: Product; qty: string }[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);

  const submit = () => {
    if (from === null || to === null) return;
    const parsed = [];
    for (const line of lines) {
      const qty = parseQty(line.qty, { soldByWeight: line.product.soldByWeight });
      if (!qty.ok) {
        setOutcome({ kind: 'error', text: `${line.product.name}: ${t(qty.error)}` });
        return;
      }
      parsed.push({ productId: line.product.id, qty: qtyOf(qty.qtyMilli) });
    }
    setSaving(true);
    call('stock.transfer', { fromLocationId: from, toLocationId: to, lines: parsed, reference })
      .then(() => {
        setOutcome({ kind: 'done', text: t('stock.transfer.done', { count: parsed.length }) });
        setLines([]);
        setReference('');
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }))
      .finally(() => setSaving(false));
  };

  return (
    <section className="stock-panel" aria-label={t('stock.tab.transfer')}>
      <p className="muted">{t('stock.transfer.intro')}</p>
      <div className="stock-toolbar">
        <LocationSelect
          label={t('stock.transfer.from')}
          locations={locations}
          value={from}
          onChange={setFrom}
          testId="transfer-from"
        />
        <LocationSelect
          label={t('stock.transfer.to')}
          locations={locations}
          value={to}
          onChange={setTo}
          testId="transfer-to"
        />
        <label className="stock-field stock-grow">
          <span>{t('stock.reference')}</span>
          <input
            data-testid="transfer-reference"
            maxLength={60}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
          />
        </label>
      </div>
      {lines.length > 0 && (
        <table className="stock-table">
          <thead>
            <tr>
              <th>{t('stock.col.product')}</th>
              <th>{t('stock.col.qty')}</th>
              <th aria-label={t('stock.col.actions')} />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={line.product.id} data-testid="transfer-line" data-sku={line.product.sku}>
                <td>
                  <strong>{line.product.name}</strong> <span className="muted">{line.product.unit}</span>
                </td>
                <td>
                  <input
                    className="stock-qty"
                    data-testid="transfer-qty"
                    aria-label={t('stock.col.qty')}
                    inputMode="decimal"
                    value={line.qty}
                    onChange={(event) =>
                      setLines((current) =>
                        current.map((l, i) => (i === index ? { ...l, qty: event.target.value } : l)),
                      )
                    }
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
        onChange={(product) => {
          if (product && !lines.some((line) => line.product.id === product.id)) {
            setLines((current) => [...current, { product, qty: '' }]);
          }
        }}
        testId="transfer-product"
      />
      <div className="stock-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="transfer-submit"
          disabled={saving || lines.length === 0 || from === null || to === null}
          onClick={submit}
        >
          {t('stock.transfer.submit')}
        </button>
      </div>
      <Feedback outcome={outcome} />
    </section>
  );
}
