// A reseller's tier prices for products added after the buyer was chosen: fetched once per product
// while that buyer stays on the sale.
import { useEffect, useRef } from 'react';
import { useCart } from '../../stores/cart';
import { tierPricesFor } from './BuyerPicker';

export function useTierPriceSync(): void {
  const lines = useCart((s) => s.lines);
  const buyer = useCart((s) => s.buyer);
  const checked = useRef<{ buyerId: number | null; ids: Set<number> }>({ buyerId: null, ids: new Set() });

  useEffect(() => {
    if (!buyer?.tier) return;
    if (checked.current.buyerId !== buyer.id) checked.current = { buyerId: buyer.id, ids: new Set() };
    const known = useCart.getState().tierPrices;
    const missing = lines
      .map((l) => l.product.id)
      .filter((id) => !(id in known) && !checked.current.ids.has(id));
    if (missing.length === 0) return;
    for (const id of missing) checked.current.ids.add(id);
    tierPricesFor(buyer, missing)
      .then((prices) => {
        // The buyer may have changed while the prices were on their way.
        if (useCart.getState().buyer?.id === buyer.id) useCart.getState().addTierPrices(prices);
      })
      .catch(() => {
        // Offline for a moment: try these products again on the next change.
        for (const id of missing) checked.current.ids.delete(id);
      });
  }, [lines, buyer]);
}
