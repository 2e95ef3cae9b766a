// The cart in progress is saved in the engine as the cashier works (`cart.save`), so a reload of the
// page or a crash of the window gives it back at the next start of the page (`cart.current`): like
// a parked cart, but automatic. A new cart (at sign-in, after a sale or emptying) is named to the
// engine at once under a new id; changes are saved once the cart is still for SAVE_DELAY_MS (at the
// latest SAVE_MAX_WAIT_MS after the first); never while locked or signed out. The engine ends the cart with the sale itself, and ignores a
// save of the sold cart that arrives after it, so a sold cart never comes back (docs/till.md).
import { call } from '../api/client';
import { loadResumed, type ResumeNotes } from '../components/till/ParkDialog';
import { cartInput } from '../components/till/saleInput';
import { t } from '../i18n';
import { type CartState, useCart } from './cart';
import { useSession } from './session';

/** Saved once the cart has been still this long (a stream of scans is not interrupted)... */
export const SAVE_DELAY_MS = 1000;
/** ...but never later than this after the first unsaved change. */
export const SAVE_MAX_WAIT_MS = 5000;

/** A new cart id: 16 random bytes, URL-safe. */
function newCartId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const isEmpty = (cart: CartState) =>
  cart.lines.length === 0 && cart.buyer === null && cart.orderDiscount === undefined;

type Listener = (notes: ResumeNotes) => void;

let cartId = newCartId();
let timer: ReturnType<typeof setTimeout> | undefined;
let dirty = false;
/** When the oldest unsaved change was made (performance.now()), or null when all is saved. */
let dirtySince: number | null = null;
/** The person whose cart the till holds; null while nobody is signed in. */
let owner: number | null = null;
/** True while the cart on screen is being replaced from outside (sign-out, restore): not saved. */
let quiet = false;
let started = false;
let onRestored: Listener | null = null;
let lastNotes: ResumeNotes = [];

function canSave(): boolean {
  const session = useSession.getState();
  return session.session !== null && !session.locked && !session.restoring && owner !== null;
}

function send(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!canSave()) return;
  dirty = false;
  dirtySince = null;
  // A refusal (a reason too long mid-edit, the engine away for a moment) keeps the last good save.
  void call('cart.save', { cartId, ...cartInput() }).catch(() => undefined);
}

function changed(cart: CartState, before: CartState): void {
  if (quiet) return;
  if (
    cart.lines === before.lines &&
    cart.buyer === before.buyer &&
    cart.orderDiscount === before.orderDiscount &&
    cart.orderDiscountReason === before.orderDiscountReason
  ) {
    return;
  }
  dirty = true;
  if (isEmpty(cart) && !isEmpty(before)) {
    // Sold, parked or emptied: the next cart is a new one, named to the engine at once.
    cartId = newCartId();
    send();
    return;
  }
  // Saved when the cart is still for a moment, so a stream of scans keeps the engine for their own
  // lookups; at the latest SAVE_MAX_WAIT_MS after the first change. (A sale stored before this save
  // is still recognised: the engine already knows the cart's id.)
  const now = performance.now();
  dirtySince ??= now;
  clearTimeout(timer);
  timer = setTimeout(send, Math.max(0, Math.min(SAVE_DELAY_MS, dirtySince + SAVE_MAX_WAIT_MS - now)));
}

/** Replaces the cart on screen without saving it. */
function quietly(action: () => void): void {
  quiet = true;
  try {
    action();
  } finally {
    quiet = false;
  }
}

async function restoreFor(userId: number): Promise<void> {
  let current: Awaited<ReturnType<typeof call<'cart.current'>>> = null;
  try {
    current = await call('cart.current', {});
  } catch {
    return;
  }
  if (owner !== userId) return;
  if (!current) {
    // Nothing to give back: tell the engine this till's new cart, so its sale is recognised even if
    // it is sold before the first save.
    if (isEmpty(useCart.getState())) send();
    return;
  }
  // The cashier already started a cart: keep what is on screen.
  if (!isEmpty(useCart.getState())) return;
  cartId = current.cartId;
  let notes: ResumeNotes = [];
  quiet = true;
  try {
    notes = await loadResumed(current, t);
  } catch {
    return;
  } finally {
    quiet = false;
  }
  lastNotes = notes;
  onRestored?.(notes);
}

function sessionChanged(): void {
  const { user, session, locked, restoring } = useSession.getState();
  if (restoring) return;
  const userId = session !== null && user ? user.id : null;
  if (userId !== owner) {
    // Another person (or nobody): the cart on screen was the last person's, kept for her in the engine.
    clearTimeout(timer);
    timer = undefined;
    dirty = false;
    dirtySince = null;
    owner = userId;
    quietly(() => useCart.getState().clear());
    cartId = newCartId();
    lastNotes = [];
    if (userId !== null && !locked) void restoreFor(userId);
    return;
  }
  // Unlocked with changes made just before the lock: save them now.
  if (!locked && dirty) send();
}

/** Starts saving the cart and giving it back at sign-in; once per page. */
export function startCartAutosave(): void {
  if (started) return;
  started = true;
  useCart.subscribe(changed);
  useSession.subscribe(sessionChanged);
  sessionChanged();
}

/**
 * The till hears what came back with a restored cart (moved prices are not checked on a reload, but
 * products no longer sold are named). Returns the unsubscribe function.
 */
export function onCartRestored(listener: Listener): () => void {
  onRestored = listener;
  if (lastNotes.length > 0) listener(lastNotes);
  return () => {
    if (onRestored === listener) onRestored = null;
  };
}
