// Barcode labels for goods without a maker's barcode: pick a product, how many, an expiry date.
import { useEffect, useState } from 'react';
import type { PrintPreview, Product } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { call } from '../../api/client';
import { ReceiptPreview } from '../../components/printing/ReceiptPreview';
import { errorText } from '../../components/printing/usePrintJobs';
import { Banner, FormRow, QtyField, readQty } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';

/** Labels printed at once, as the engine allows. */
const MAX_COPIES = 50;
const COPIES = { soldByWeight: false } as const;

/** The number of labels typed, or why it cannot be printed. */
function readCopies(text: string): { ok: true; value: number } | { ok: false; error: MessageKey } {
  const read = readQty(text, COPIES);
  if (!read.ok) return read;
  const copies = read.value / 1000;
  return copies > MAX_COPIES ? { ok: false, error: 'printing.labels.tooMany' } : { ok: true, value: copies };
}

export function LabelsTab() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Product[]>([]);
  const [product, setProduct] = useState<Product | null>(null);
  const [copies, setCopies] = useState('1');
  const [copiesError, setCopiesError] = useState<MessageKey | null>(null);
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
    const count = readCopies(copies);
    setCopiesError(count.ok ? null : count.error);
    if (!product || !count.ok) return null;
    return { productId: product.id, copies: count.value, expiry: expiry === '' ? null : expiry };
  };

  const run = async (action: (label: NonNullable<ReturnType<typeof input>>) => Promise<string | null>) => {
    setMessage(null);
    const label = input();
    if (!product) {
      setMessage({ text: t('printing.labels.pick'), bad: true });
      return;
    }
    if (!label) return;
    try {
      const text = await action(label);
      if (text) setMessage({ text, bad: false });
    } catch (err) {
      setMessage({ text: errorText(err), bad: true });
    }
  };

  return (
    <div className="printers-labels">
      <FormRow label={t('printing.labels.search')}>
        <input
          type="search"
          data-testid="label-search"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </FormRow>
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
      <div className="printers-row printers-label-row">
        <QtyField
          label={t('printing.labels.copies')}
          testId="label-copies"
          messageTestId="label-copies-error"
          rules={COPIES}
          value={copies}
          error={copiesError && t(copiesError, { max: MAX_COPIES })}
          onChange={(text) => {
            setCopiesError(null);
            setCopies(text);
          }}
        />
        <FormRow label={t('printing.labels.expiry')}>
          <input
            type="date"
            data-testid="label-expiry"
            value={expiry}
            onChange={(e) => setExpiry(e.target.value)}
          />
        </FormRow>
        <div className="printers-buttons">
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
      </div>
      {message && (
        <Banner tone={message.bad ? 'error' : 'success'} testId="label-message">
          {message.text}
        </Banner>
      )}
      {preview && <ReceiptPreview preview={preview} />}
    </div>
  );
}
