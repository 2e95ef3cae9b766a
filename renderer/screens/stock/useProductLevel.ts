// What one product has at one location now, so a manager sees what an adjustment or a return to
// the unit will do before saving it. `reload` after the save; null while another product or
// location is still being read.
import { useCallback, useEffect, useState } from 'react';
import type { Product } from '../../../shared/contract';
import { call } from '../../api/client';

interface Level {
  productId: number;
  locationId: number;
  qtyMilli: number;
}

export function useProductLevel(product: Product | null, locationId: number | null) {
  const [level, setLevel] = useState<Level | null>(null);
  const reload = useCallback(() => {
    if (!product || locationId === null) return;
    call('stock.levels', { locationId, query: product.sku, limit: 20 })
      .then(({ rows }) =>
        setLevel({
          productId: product.id,
          locationId,
          qtyMilli: rows.find((row) => row.productId === product.id)?.qtyMilli ?? 0,
        }),
      )
      .catch(() => undefined);
  }, [product, locationId]);
  useEffect(reload, [reload]);
  const shown = product && level?.productId === product.id && level.locationId === locationId ? level : null;
  return { level: shown, reload };
}
