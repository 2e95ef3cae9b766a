// The customer display: large type for the buyer across the counter. It reads what the till
// published and needs nobody signed in: it shows only what the buyer is meant to see. It asks
// `display.state` with the revision it shows, and the engine answers when that changes (or after
// a while with the same view), so a scan shows up at once without asking many times a second.
import './display.css';
import { useEffect, useState } from 'react';
import type { DisplayView } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { call } from '../api/client';
import { QrCode } from '../components/QrCode';
import { useT } from '../i18n';

/** Never ask more often than this, whatever the answers (an old engine, a busy door). */
const MIN_GAP_MS = 250;
/** After a failed read (the till restarting), wait this long before asking again. */
const RETRY_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function useDisplayView(): { view: DisplayView | null; connected: boolean } {
  const [view, setView] = useState<DisplayView | null>(null);
  const [connected, setConnected] = useState(true);
  useEffect(() => {
    let live = true;
    let revision: number | undefined;
    const follow = async () => {
      while (live) {
        const started = Date.now();
        try {
          const state = await call(
            'display.state',
            revision === undefined ? {} : { sinceRevision: revision },
          );
          if (!live) return;
          setConnected(true);
          if (state.revision !== revision) {
            revision = state.revision;
            setView(state.view);
          }
        } catch {
          // Keep the last picture and ask again; say so if it lasts.
          if (live) setConnected(false);
          await sleep(RETRY_MS);
        }
        await sleep(Math.max(0, MIN_GAP_MS - (Date.now() - started)));
      }
    };
    void follow();
    return () => {
      live = false;
    };
  }, []);
  return { view, connected };
}

export function DisplayScreen() {
  const t = useT();
  const { view, connected } = useDisplayView();
  const offline = !connected && (
    <p className="display-offline" role="status" data-testid="display-offline">
      {t('display.waiting')}
    </p>
  );

  if (!view || view.state === 'idle') {
    return (
      <main className="display display-idle" data-testid="display" data-state="idle">
        <h1>{t('display.welcome')}</h1>
        {view?.shopName && <p className="display-shop">{view.shopName}</p>}
        <p>{t('display.tagline')}</p>
        {offline}
      </main>
    );
  }

  return (
    <main className="display" data-testid="display" data-state={view.state}>
      {offline}
      <section className="display-lines" aria-label={t('display.items')}>
        <ol>
          {view.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines come as a list without ids
            <li key={i} data-testid="display-line">
              <span className="display-name">{line.name}</span>
              <span className="display-qty">{line.qtyText}</span>
              <span className="display-amount">{formatRupiah(line.amount)}</span>
            </li>
          ))}
        </ol>
        {view.lineCount > view.lines.length && (
          <p className="display-more">{t('display.more', { count: view.lineCount - view.lines.length })}</p>
        )}
      </section>
      <section className="display-side">
        {view.discount > 0 && (
          <p className="display-row">
            <span>{t('display.discount')}</span>
            <span>−{formatRupiah(view.discount)}</span>
          </p>
        )}
        {view.ppn > 0 && (
          <p className="display-row">
            <span>PPN</span>
            <span>{formatRupiah(view.ppn)}</span>
          </p>
        )}
        <p className="display-total">
          <span>{t('display.total')}</span>
          <strong data-testid="display-total">{formatRupiah(view.total)}</strong>
        </p>
        {view.state === 'paying' && view.qris && (
          <figure className="display-qris">
            <QrCode size={320} data={view.qris.payload} label={t('display.scan')} />
            <figcaption>
              <strong data-testid="display-qris-amount">{formatRupiah(view.qris.amount)}</strong>
              <span>{view.qris.merchant ?? ''}</span>
              <span>{t('display.scan')}</span>
            </figcaption>
          </figure>
        )}
        {view.state === 'paying' && !view.qris && view.due !== null && (
          <p className="display-due">
            <span>{t('display.due')}</span>
            <strong data-testid="display-due">{formatRupiah(view.due)}</strong>
          </p>
        )}
        {view.state === 'paid' && (
          <div className="display-paid">
            <p>
              <span>{t('display.change')}</span>
              <strong data-testid="display-change">{formatRupiah(view.change ?? 0)}</strong>
            </p>
            <p className="display-thanks">{t('display.thanks')}</p>
          </div>
        )}
      </section>
    </main>
  );
}
