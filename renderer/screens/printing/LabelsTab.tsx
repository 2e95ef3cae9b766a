// Barcode labels for goods without a maker's barcode: pick a product, how many, an expiry date.
import { useEffect, useState } from 'react';
import type { PrintPreview, Product } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { ReceiptPreview } from '../../components/printing/ReceiptPreview';
import { errorText } from '../../components/printing/usePrintJobs';
import { useT } from '../../i18n';

export function LabelsTab() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Product[]>([]);
  const [product, setProduct] = useState<Product | null>(null);
  const [copies, setCopies] = useState(1);
  const [expiry, setExpiry] = useState('');
  const [preview, setPreview] = useState<PrintPreview | null>(null);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('products.list', { query: query.trim(), limit: 12 })
        .then((found) => live && setResults(found))
        .catch((err: unknown) => live && setMessage({ text: errorText(err), bad: true }));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const input = () => {
    if (!product) return null;
    return { productId: product.id, copies, expiry: expiry === '' ? null : expiry };
  };

  const run = async (action: (label: NonNullable<ReturnType<typeof input>>) => Promise<string | null>) => {
    setMessage(null);
    const label = input();
    if (!label) {
      setMessage({ text: t('printing.labels.pick'), bad: true });
      return;
    }
    try {
      const text = await action(label);
      if (text) setMessage({ text, bad: false });
    } catch (err) {
      setMessage({ text: errorText(err), bad: true });
    }
  };

  return (
    <div className="printers-labels">
      <label className="printers-field">
        <span>{t('printing.labels.search')}</span>
        <input data-testid="label-search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <div className="printers-products">
        {results.length === 0 && <p className="print-muted">{t('printing.labels.none')}</p>}
        {results.map((found) => (
          <button
            key={found.id}
            type="button"
            className="btn btn-small"
            data-testid="label-product"
            data-sku={found.sku}
            aria-pressed={product?.id === found.id}
            onClick={() => {
              setProduct(found);
              setPreview(null);
            }}
          >
            {found.name} · {formatRupiah(found.price)}
          </button>
        ))}
      </div>
      <div className="printers-row">
        <label className="printers-field">
          <span>{t('printing.labels.copies')}</span>
          <input
            type="number"
            data-testid="label-copies"
            min={1}
            max={50}
            value={copies}
            onChange={(e) => setCopies(Math.max(1, Math.min(50, Math.trunc(Number(e.target.value)) || 1)))}
          />
        </label>
        <label className="printers-field">
          <span>{t('printing.labels.expiry')}</span>
          <input
            type="date"
            data-testid="label-expiry"
            value={expiry}
            onChange={(e) => setExpiry(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="btn"
          data-testid="label-preview"
          onClick={() =>
            void run(async (label) => {
              setPreview(await call('printing.previewLabel', label));
              return null;
            })
          }
        >
          {t('printing.labels.preview')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="label-print"
          onClick={() =>
            void run(async (label) => {
              await call('printing.printLabel', label);
              return t('printing.labels.queued', { count: label.copies, name: product?.name ?? '' });
            })
          }
        >
          {t('printing.labels.print')}
        </button>
      </div>
      {message && (
        <p
          className={message.bad ? 'error' : 'printers-ok'}
          role={message.bad ? 'alert' : 'status'}
          data-testid="label-message"
        >
          {message.text}
        </p>
      )}
      {preview && <ReceiptPreview preview={preview} />}
    </div>
  );
}
