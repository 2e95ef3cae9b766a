// The customer display: large type for the buyer across the counter. It reads what the till
// published (display.state, a few times a second, only redrawing when something changed) and needs
// nobody signed in: it shows only what the buyer is meant to see.
import './display.css';
import { useEffect, useState } from 'react';
import type { DisplayView } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { call } from '../api/client';
import { QrCode } from '../components/QrCode';
import { useT } from '../i18n';

const POLL_MS = 400;

function useDisplayView(): DisplayView | null {
  const [view, setView] = useState<DisplayView | null>(null);
  useEffect(() => {
    let revision = -1;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const state = await call('display.state', { sinceRevision: Math.max(revision, 0) });
        if (live && state.revision !== revision) {
          revision = state.revision;
          setView(state.view);
        }
      } catch {
        // The till restarting: keep the last picture and ask again.
      }
      if (live) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return view;
}

export function DisplayScreen() {
  const t = useT();
  const view = useDisplayView();

  if (!view || view.state === 'idle') {
    return (
      <main className="display display-idle" data-testid="display" data-state="idle">
        <h1>{view?.shopName ?? t('display.welcome')}</h1>
        <p>{t('display.tagline')}</p>
      </main>
    );
  }

  return (
    <main className="display" data-testid="display" data-state={view.state}>
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
