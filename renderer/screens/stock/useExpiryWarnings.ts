// For the till: which products' next goods to sell have expired, so adding one shows a warning.
// Fetched when the till opens and again after each sale (the cart empties); a failure only means
// no warning, never a blocked sale.
import { useCallback, useEffect, useState } from 'react';
import type { ExpiryWarning } from '../../../shared/contract';
import { call } from '../../api/client';
import { useCart } from '../../stores/cart';

export function useExpiryWarnings(): (productId: number) => ExpiryWarning | undefined {
  const [warnings, setWarnings] = useState<ReadonlyMap<number, ExpiryWarning>>(new Map());
  const empty = useCart((s) => s.lines.length === 0);

  useEffect(() => {
    if (!empty) return;
    let live = true;
    call('stock.expiryWarnings', {})
      .then(({ warnings: list }) => live && setWarnings(new Map(list.map((w) => [w.productId, w]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [empty]);

  return useCallback((productId: number) => warnings.get(productId), [warnings]);
}
