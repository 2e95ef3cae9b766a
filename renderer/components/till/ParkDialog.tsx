// Park the cart under a label (the buyer went to fetch money) and serve the next buyer; resume a
// parked cart later, even after a restart. Parked carts live in the database, not in the window.

import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ParkedCartSummary, ResumedCart } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { formatRupiah } from '../../../shared/money';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { ApiError, call } from '../../api/client';
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import { useLang, useT } from '../../i18n';
import { type CartLine, useCart } from '../../stores/cart';
import { Banner, Dialog, FormRow } from '../ui';
import { tierPricesFor } from './BuyerPicker';
import { cartInput } from './saleInput';

/** What the till should tell the cashier after a resume (moved prices, dropped products). */
export type ResumeNotes = string[];

interface ParkDialogProps {
  onClose: () => void;
  onResumed: (notes: ResumeNotes) => void;
}

/**
 * Puts a cart from the engine into the till (a parked cart resumed, or the cart in progress after a
 * reload): the buyer and her tier prices looked up again; returns what to tell the cashier.
 */
export async function loadResumed(
  resumed: Omit<ResumedCart, 'id' | 'label'>,
  t: ReturnType<typeof useT>,
): Promise<ResumeNotes> {
  const buyer =
    resumed.buyerId === null
      ? null
      : ((await call('buyers.list', { includeInactive: true, limit: 1000 })).find(
          (b) => b.id === resumed.buyerId,
        ) ?? null);
  const lines: CartLine[] = resumed.lines.map((line) => ({
    product: line.product,
    qtyMilli: line.qtyMilli,
    ...(line.unitPrice !== null
      ? { unitPrice: line.unitPrice, priceReason: line.priceReason ?? undefined }
      : {}),
    ...(line.discount ? { discount: line.discount, discountReason: line.discountReason ?? undefined } : {}),
  }));
  const tierPrices = await tierPricesFor(
    buyer,
    lines.map((l) => l.product.id),
  );
  useCart.getState().load({
    lines,
    orderDiscount: resumed.orderDiscount ?? undefined,
    orderDiscountReason: resumed.orderDiscountReason ?? undefined,
    buyer,
    tierPrices,
  });
  return [
    ...resumed.lines
      .filter((l) => l.priceChange)
      .map((l) =>
        t('park.priceMoved', {
          name: l.product.name,
          from: formatRupiah(l.priceChange?.from ?? 0),
          to: formatRupiah(l.priceChange?.to ?? 0),
        }),
      ),
    ...resumed.dropped.map(
      (d) => formatMessage(useLang.getState().lang, d.message.key, d.message.params) ?? d.message.key,
    ),
  ];
}

export function ParkDialog({ onClose, onResumed }: ParkDialogProps) {
  const timeZone = useDeviceTimeZone();
  const t = useT();
  const hasLines = useCart((s) => s.lines.length > 0);
  const formId = useId();
  const [label, setLabel] = useState('');
  const [parked, setParked] = useState<ParkedCartSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable'));

  useEffect(() => {
    call('parked.list', {})
      .then(setParked)
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : t('api.unreachable')));
  }, [t]);

  const park = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await call('parked.save', { label, ...cartInput() });
      useCart.getState().clear();
      onClose();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const resume = async (id: number) => {
    if (busy) return;
    // The cart on screen would be overwritten; it must be parked or sold first.
    if (useCart.getState().lines.length > 0) return setError(t('park.cartNotEmpty'));
    setBusy(true);
    try {
      onResumed(await loadResumed(await call('parked.resume', { id }), t));
      onClose();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const discard = async (id: number) => {
    try {
      await call('parked.delete', { id });
      setParked(parked.filter((p) => p.id !== id));
    } catch (err) {
      fail(err);
    }
  };

  return (
    <Dialog
      title={t('park.title')}
      onClose={onClose}
      canClose={!busy}
      className="park-dialog"
      footer={
        <>
          <button type="button" className="btn" disabled={busy} onClick={onClose}>
            {t('dialog.close')}
          </button>
          {hasLines && (
            <button
              type="submit"
              form={formId}
              className="btn btn-primary"
              data-testid="park-save"
              disabled={busy}
            >
              {t('park.save')}
            </button>
          )}
        </>
      }
    >
      {hasLines && (
        <form noValidate id={formId} className="park-form" onSubmit={(e) => void park(e)}>
          <div className="till-big-field">
            <FormRow label={t('park.label')}>
              <input
                data-testid="park-label"
                data-autofocus
                maxLength={40}
                placeholder={t('park.labelHint')}
                value={label}
                onChange={(e) => setLabel(e.target.value)}
              />
            </FormRow>
          </div>
        </form>
      )}
      <h3>{t('park.list')}</h3>
      {parked.length === 0 ? (
        <p className="muted" data-testid="park-empty">
          {t('park.none')}
        </p>
      ) : (
        <ul className="park-list">
          {parked.map((cart, i) => (
            <li key={cart.id} data-testid="parked-cart" data-label={cart.label}>
              <button
                type="button"
                className="btn park-resume"
                data-testid="park-resume"
                data-autofocus={!hasLines && i === 0 ? true : undefined}
                disabled={busy}
                onClick={() => void resume(cart.id)}
              >
                <strong>{cart.label}</strong>
                <span>{cart.preview}</span>
                <small className="muted">
                  {formatRupiah(cart.amount)} · {formatZonedDateTime(new Date(cart.createdAt), timeZone)}
                  {cart.userName ? ` · ${cart.userName}` : ''}
                </small>
              </button>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                data-testid="park-delete"
                aria-label={t('park.delete', { label: cart.label })}
                onClick={() => void discard(cart.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <Banner tone="error" testId="park-error">
          {error}
        </Banner>
      )}
    </Dialog>
  );
}
