// Who is buying: walk-in by default, or a named buyer or UMKM reseller picked from the list (or a
// named buyer added on the spot). A reseller's tier prices then apply to the cart.
import { type FormEvent, useEffect, useState } from 'react';
import type { Buyer } from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { useT } from '../../i18n';
import { useCart } from '../../stores/cart';
import { Modal } from '../Modal';

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
    <Modal title={t('buyer.title')} onClose={onClose} className="buyer-dialog">
      <input
        className="big-input"
        data-testid="buyer-search"
        data-autofocus
        placeholder={t('buyer.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
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
      <form className="buyer-new" onSubmit={(e) => void addNamed(e)}>
        <input
          data-testid="buyer-new-name"
          placeholder={t('buyer.newName')}
          maxLength={80}
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <input
          data-testid="buyer-new-phone"
          placeholder={t('buyer.newPhone')}
          maxLength={30}
          value={newPhone}
          onChange={(e) => setNewPhone(e.target.value)}
        />
        <button type="submit" className="btn" data-testid="buyer-new-save">
          {t('buyer.add')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert" data-testid="buyer-error">
          {error}
        </p>
      )}
    </Modal>
  );
}
