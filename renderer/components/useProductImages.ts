// Product pictures for the till's tiles, fetched for the tiles on screen and kept for the session:
// a picture changes rarely, and a restart (or sign-in) picks up a new one.
import { useEffect, useState } from 'react';
import { call } from '../api/client';

/** null: asked, and the product has no picture. */
const cache = new Map<number, string | null>();

export function useProductImages(ids: readonly number[]): ReadonlyMap<number, string | null> {
  const [, setVersion] = useState(0);
  const key = ids.join(',');

  useEffect(() => {
    const missing =
      key === ''
        ? []
        : key
            .split(',')
            .map(Number)
            .filter((id) => !cache.has(id))
            .slice(0, 500);
    if (missing.length === 0) return;
    let live = true;
    call('products.images', { ids: missing })
      .then((found) => {
        for (const id of missing) cache.set(id, null);
        for (const { productId, image } of found) cache.set(productId, image);
        if (live) setVersion((v) => v + 1);
      })
      // Pictures are a nicety: without them the tiles still sell.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);

  return cache;
}
