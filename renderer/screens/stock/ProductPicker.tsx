// Finds a product by name, SKU or barcode (the catalogue can hold 50,000, so it asks the engine
// as you type rather than loading them all).
import { useEffect, useState } from 'react';
import type { Product } from '../../../shared/contract';
import { call } from '../../api/client';
import { FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from './useStockData';

const DELAY_MS = 150;

interface ProductPickerProps {
  label: string;
  value: Product | null;
  onChange: (product: Product | null) => void;
  /** Hides products that cannot be chosen here (e.g. another unit's goods on a receipt). */
  filter?: (product: Product) => boolean;
  testId: string;
}

export function ProductPicker({ label, value, onChange, filter, testId }: ProductPickerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ query: string; products: readonly Product[] }>({
    query: '',
    products: [],
  });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const query = text.trim();
    if (query === '') {
      setFound({ query: '', products: [] });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call('products.list', { query, limit: 20 })
        .then((products) => {
          if (!live) return;
          setFound({ query, products: filter ? products.filter(filter) : products });
          setError(null);
        })
        .catch((err: unknown) => live && setError(messageOf(err)));
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, filter]);

  const query = text.trim();
  const hits = found.query === query ? found.products : [];

  if (value) {
    return (
      <div className="ui-row">
        <span className="ui-label">{label}</span>
        <div className="stock-picked" data-testid={`${testId}-picked`}>
          <span>
            <strong>{value.name}</strong> <span className="muted ui-code-text">{value.sku}</span>
          </span>
          <button type="button" className="btn btn-small" onClick={() => onChange(null)}>
            {t('stock.change')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="stock-picker">
      <FormRow
        label={label}
        error={error}
        help={query !== '' && found.query === query && hits.length === 0 ? t('stock.noProducts') : undefined}
      >
        <input
          type="search"
          data-testid={testId}
          placeholder={t('stock.productSearch')}
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </FormRow>
      {hits.length > 0 && (
        <ul className="stock-options">
          {hits.map((product) => (
            <li key={product.id}>
              <button
                type="button"
                data-testid={`${testId}-option`}
                data-sku={product.sku}
                onClick={() => {
                  onChange(product);
                  setText('');
                }}
              >
                <strong>{product.name}</strong>
                <span className="muted">
                  <span className="ui-code-text">{product.sku}</span> · {product.producerName}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
