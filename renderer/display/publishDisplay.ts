// The till's side of the customer display: what the buyer should see (displayView.ts), sent to the
// engine when it changes. One request at a time and only the newest view: a burst of scans never
// arrives out of order. A failed send is tried again; a locked till (its session ended) waits until
// it is unlocked, because a refused session would sign the cashier out. The display is a courtesy,
// never a reason for a sale to stop, so nothing here ever throws at the till.
import { useEffect, useState } from 'react';
import type { DisplayView } from '../../shared/contract';
import { ApiError, call } from '../api/client';
import type { PayProgress } from '../components/PayDialog';
import { useCart, useCartTotals, useTax } from '../stores/cart';
import { usePaymentSettings } from '../stores/paymentSettings';
import { useSession } from '../stores/session';
import { displayViewOf } from './displayView';

const RETRY_MS = 2_000;
/** Scans closer together than this send one update. */
const SETTLE_MS = 40;

let accepted = '';
let pending: DisplayView | null = null;
/** The newest view asked for: sent again after a sign-in or unlock (signing out cleared it). */
let latest: DisplayView | null = null;
let sending = false;
let retry: ReturnType<typeof setTimeout> | undefined;

async function flush(): Promise<void> {
  const { session, locked } = useSession.getState();
  if (sending || !pending || !session || locked) return;
  const view = pending;
  pending = null;
  const text = JSON.stringify(view);
  if (text === accepted) return;
  sending = true;
  let failed = false;
  try {
    await call('display.publish', view);
    accepted = text;
  } catch (error) {
    // Bad input would fail again; anything else (the door restarting) is worth another try.
    failed = !(error instanceof ApiError && error.code === 'INVALID_INPUT');
    if (failed && !pending) pending = view;
  } finally {
    sending = false;
  }
  if (failed) {
    clearTimeout(retry);
    retry = setTimeout(() => void flush(), RETRY_MS);
  } else if (pending) {
    void flush();
  }
}

/** Shows `view` on the customer display (the newest call wins). */
export function publishDisplay(view: DisplayView): void {
  pending = view;
  latest = view;
  void flush();
}

// Unlocked or signed in again: the engine cleared the display when the session ended, so the
// newest view goes again (or what waited).
useSession.subscribe((now, before) => {
  if (now.session !== before.session) {
    accepted = '';
    if (!pending) pending = latest;
  }
  if (now.session && !now.locked) void flush();
});

/** The booth's name for the display: the receipt's first header line, read once per session. */
function useShopName(): string | null {
  const session = useSession((s) => s.session);
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!session) return;
    let live = true;
    call('printing.settings', {})
      .then((settings) => live && setName(settings.header[0]?.trim() || null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [session]);
  return name;
}

/** Keeps the display in step with the cart, and with the payment while the pay dialog is open. */
export function useDisplayPublisher(payment: PayProgress | null): void {
  const lines = useCart((s) => s.lines);
  const totals = useCartTotals();
  const tax = useTax();
  const merchant = usePaymentSettings((s) => s.settings?.qrisMerchant?.name ?? null);
  const shopName = useShopName();

  useEffect(() => {
    const view = displayViewOf({ lines, totals, tax, payment, merchant, shopName });
    const timer = setTimeout(() => publishDisplay(view), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [lines, totals, tax, payment, merchant, shopName]);
}
