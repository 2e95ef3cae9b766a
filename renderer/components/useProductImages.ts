// Product pictures for the till's tiles, fetched for the tiles in the page and kept for the session:
// a picture changes rarely; when a manager changes one on this till (Katalog > Produk), the product
// form forgets it, and the tiles ask for it again.
import { useEffect, useState } from 'react';
import { call } from '../api/client';

/** null: asked, and the product has no picture. */
const cache = new Map<number, string | null>();
/** Ids asked for and not answered yet, so a grid that scrolls on does not ask for them again. */
const asking = new Set<number>();
/** Every mounted user of the hook, redrawn when an answer lands (whichever tiles asked). */
const listeners = new Set<() => void>();

/**
 * A list scrolled past quickly changes its tiles every frame; asking only once the tiles have
 * stayed this long means one request for where it stops, not one per row it passed.
 */
const ASK_AFTER_MS = 80;
/** The most products.images takes at once. */
const MAX_IDS = 500;

function ask(ids: readonly number[]): void {
  const missing = ids.filter((id) => !cache.has(id) && !asking.has(id)).slice(0, MAX_IDS);
  if (missing.length === 0) return;
  for (const id of missing) asking.add(id);
  call('products.images', { ids: missing })
    .then((found) => {
      for (const id of missing) cache.set(id, null);
      for (const { productId, image } of found) cache.set(productId, image);
      for (const redraw of listeners) redraw();
    })
    // Pictures are a nicety: without them the tiles still sell (and the next scroll asks again).
    .catch(() => undefined)
    .finally(() => {
      for (const id of missing) asking.delete(id);
    });
}

/** A product's picture changed on this till: the next tiles that show it ask the engine again. */
export function forgetProductImage(productId: number): void {
  cache.delete(productId);
}

export function useProductImages(ids: readonly number[]): ReadonlyMap<number, string | null> {
  const [, setVersion] = useState(0);
  const key = ids.join(',');

  useEffect(() => {
    const redraw = () => setVersion((v) => v + 1);
    listeners.add(redraw);
    return () => {
      listeners.delete(redraw);
    };
  }, []);

  useEffect(() => {
    if (key === '') return;
    const timer = setTimeout(() => ask(key.split(',').map(Number)), ASK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return cache;
}
