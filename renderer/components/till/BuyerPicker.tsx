// Who is buying: walk-in by default, or a named buyer or UMKM reseller picked from the list (or a
// named buyer added on the spot). A reseller's tier prices then apply to the cart.
import { type FormEvent, useEffect, useState } from 'react';
import type { Buyer } from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { useT } from '../../i18n';
import { useCart } from '../../stores/cart';
import { Banner, Dialog, FormRow } from '../ui';

/** The tier prices of `buyer` for the products now in the cart (empty for named buyers). */
export async function tierPricesFor(
  buyer: Buyer | null,
  productIds: number[],
): Promise<Record<number, number>> {
  if (!buyer?.tier || productIds.length === 0) return {};
  const prices = await call('tierPrices.list', { tier: buyer.tier, productIds: [...new Set(productIds)] });
  return Object.fromEntries(prices.map((p) => [p.productId, p.price]));
}

export function BuyerPicker({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [buyers, setBuyers] = useState<Buyer[]>([]);
  const [newName, setNewName] = useState('');
  const [newPhone, setNewPhone] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('buyers.list', { query: query.trim() || undefined, limit: 50 })
      .then((found) => live && setBuyers(found))
      .catch(
        (err: unknown) => live && setError(err instanceof ApiError ? err.message : t('api.unreachable')),
      );
    return () => {
      live = false;
    };
  }, [query, t]);

  const choose = async (buyer: Buyer | null) => {
    try {
      const ids = useCart.getState().lines.map((l) => l.product.id);
      useCart.getState().setBuyer(buyer, await tierPricesFor(buyer, ids));
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('api.unreachable'));
    }
  };

  const addNamed = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const made = await call('buyers.save', { kind: 'named', name: newName, phone: newPhone || null });
      await choose(made);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('api.unreachable'));
    }
  };

  return (
    <Dialog
      title={t('buyer.title')}
      onClose={onClose}
      className="buyer-dialog"
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('dialog.close')}
        </button>
      }
    >
      <FormRow label={t('buyer.search')}>
        <input
          data-testid="buyer-search"
          data-autofocus
          autoComplete="off"
          maxLength={80}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </FormRow>
      <ul className="buyer-list">
        <li>
          <button type="button" className="btn" data-testid="buyer-walkin" onClick={() => void choose(null)}>
            {t('buyer.walkIn')}
          </button>
        </li>
        {buyers.map((buyer) => (
          <li key={buyer.id}>
            <button
              type="button"
              className="btn"
              data-testid="buyer-option"
              data-name={buyer.name}
              onClick={() => void choose(buyer)}
            >
              <strong>{buyer.name}</strong>
              <small className="muted">
                {buyer.kind === 'reseller'
                  ? t('buyer.reseller', { tier: buyer.tierName ?? buyer.tier ?? '' })
                  : ''}
                {buyer.phone ? ` · ${buyer.phone}` : ''}
              </small>
            </button>
          </li>
        ))}
      </ul>
      <form noValidate className="buyer-new" onSubmit={(e) => void addNamed(e)}>
        <FormRow label={t('buyer.newName')}>
          <input
            data-testid="buyer-new-name"
            maxLength={80}
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
          />
        </FormRow>
        <FormRow label={t('buyer.newPhone')}>
          <input
            data-testid="buyer-new-phone"
            type="tel"
            maxLength={30}
            value={newPhone}
            onChange={(e) => setNewPhone(e.target.value)}
          />
        </FormRow>
        <button type="submit" className="btn" data-testid="buyer-new-save">
          {t('buyer.add')}
        </button>
      </form>
      {error && (
        <Banner tone="error" testId="buyer-error">
          {error}
        </Banner>
      )}
    </Dialog>
  );
}
