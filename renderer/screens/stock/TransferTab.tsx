// Goods moving between two locations; sending stock out to an event is a transfer to it.
import { useState } from 'react';
import type { Location } from '../../../shared/contract';
import { call } from '../../api/client';
import { DataTable, FormRow, qtyOf, readQty } from '../../components/ui';
import { useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
import { lineColumns, type QtyLine } from './lineColumns';
import { ProductPicker } from './ProductPicker';
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
  const [lines, setLines] = useState<QtyLine[]>([]);
  // After a save was tried, every line that cannot be sent says why in place, empty ones too.
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);

  const submit = () => {
    if (from === null || to === null) return;
    setTried(true);
    const parsed = [];
    for (const line of lines) {
      const qty = readQty(line.qty, { soldByWeight: line.product.soldByWeight });
      if (!qty.ok) {
        setOutcome({ kind: 'error', text: `${line.product.name}: ${t(qty.error)}` });
        return;
      }
      parsed.push({ productId: line.product.id, qty: qtyOf(qty.value) });
    }
    setSaving(true);
    call('stock.transfer', { fromLocationId: from, toLocationId: to, lines: parsed, reference })
      .then(() => {
        setOutcome({ kind: 'done', text: t('stock.transfer.done', { count: parsed.length }) });
        setLines([]);
        setReference('');
        setTried(false);
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }))
      .finally(() => setSaving(false));
  };

  const columns = lineColumns<QtyLine>({
    t,
    qtyTestId: 'transfer-qty',
    tried,
    onQty: (productId, qty) =>
      setLines((current) => current.map((l) => (l.product.id === productId ? { ...l, qty } : l))),
    onRemove: (productId) => setLines((current) => current.filter((l) => l.product.id !== productId)),
  });

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
        <FormRow label={t('stock.reference')} className="stock-grow">
          <input
            data-testid="transfer-reference"
            maxLength={60}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
          />
        </FormRow>
      </div>
      {lines.length > 0 && (
        <DataTable
          columns={columns}
          rows={lines}
          rowKey={(line) => line.product.id}
          rowProps={(line) => ({ 'data-testid': 'transfer-line', 'data-sku': line.product.sku })}
        />
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
