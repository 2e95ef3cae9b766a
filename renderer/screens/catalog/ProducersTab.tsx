// Producing units (UPT) and how their proceeds are split: PNBP, premi for the prisoners, working
// capital, in percent with up to two decimals. The engine refuses a split that is not 100%.
import { type FormEvent, useState } from 'react';
import type { Producer } from '../../../shared/contract';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import type { CatalogLookups } from './useCatalogLookups';
import { messageOf } from './useCatalogLookups';

interface Draft {
  mode: 'create' | 'update';
  code: string;
  name: string;
  pnbp: string;
  premi: string;
  capital: string;
  active: boolean;
}

const EMPTY: Draft = {
  mode: 'create',
  code: '',
  name: '',
  pnbp: '15',
  premi: '50',
  capital: '35',
  active: true,
};

/** `33,33` or `33.33` as typed in Indonesia or elsewhere; NaN when it is not a number. */
function percentInput(text: string): number {
  const plain = text.trim().replace(',', '.');
  return plain === '' ? Number.NaN : Number(plain);
}

function percentText(value: number): string {
  return value.toLocaleString('id-ID', { maximumFractionDigits: 2 });
}

export function ProducersTab({ lookups }: { lookups: CatalogLookups }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const edit = (p: Producer) => {
    setError(null);
    setDone(null);
    setDraft({
      mode: 'update',
      code: p.code,
      name: p.name,
      pnbp: percentText(p.split.pnbp),
      premi: percentText(p.split.premi),
      capital: percentText(p.split.capital),
      active: p.active,
    });
  };

  const sum = draft ? percentInput(draft.pnbp) + percentInput(draft.premi) + percentInput(draft.capital) : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    try {
      const saved = await call('producers.save', {
        mode: draft.mode,
        code: draft.code,
        name: draft.name,
        split: {
          pnbp: percentInput(draft.pnbp),
          premi: percentInput(draft.premi),
          capital: percentInput(draft.capital),
        },
        active: draft.active,
      });
      setError(null);
      setDone(t('catalog.producers.saved', { name: saved.name }));
      setDraft(null);
      lookups.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="cat-body cat-split">
      <section className="cat-panel" aria-label={t('catalog.tab.producers')}>
        <div className="cat-toolbar">
          <p className="muted cat-grow">{t('catalog.producers.help')}</p>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="producer-new"
            onClick={() => {
              setError(null);
              setDone(null);
              setDraft(EMPTY);
            }}
          >
            {t('catalog.producers.new')}
          </button>
        </div>
        {done && (
          <p className="cat-done" role="status" data-testid="producer-saved">
            {done}
          </p>
        )}
        <div className="cat-table-wrap">
          <table className="cat-table" data-testid="producers">
            <thead>
              <tr>
                <th>{t('catalog.field.code')}</th>
                <th>{t('catalog.field.name')}</th>
                <th className="cat-num">{t('catalog.split.pnbp')}</th>
                <th className="cat-num">{t('catalog.split.premi')}</th>
                <th className="cat-num">{t('catalog.split.capital')}</th>
                <th className="cat-num">{t('catalog.field.products')}</th>
                <th>{t('catalog.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {lookups.producers.map((p) => (
                <tr
                  key={p.code}
                  data-testid="producer-row"
                  tabIndex={0}
                  onClick={() => edit(p)}
                  onKeyDown={(e) => e.key === 'Enter' && edit(p)}
                >
                  <td className="cat-mono">{p.code}</td>
                  <td>{p.name}</td>
                  <td className="cat-num">{percentText(p.split.pnbp)}%</td>
                  <td className="cat-num">{percentText(p.split.premi)}%</td>
                  <td className="cat-num">{percentText(p.split.capital)}%</td>
                  <td className="cat-num">{p.productCount}</td>
                  <td>{p.active ? t('catalog.status.active') : t('catalog.status.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {draft && (
        <section className="cat-panel cat-editor" aria-label={t('catalog.producers.form')}>
          <div className="cat-editor-head">
            <h2>{draft.mode === 'create' ? t('catalog.producers.new') : draft.name}</h2>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setDraft(null)}>
              {t('dialog.close')}
            </button>
          </div>
          <form className="cat-form" onSubmit={(e) => void submit(e)}>
            <label className="cat-field">
              {t('catalog.field.code')}
              <input
                data-testid="producer-code"
                value={draft.code}
                maxLength={32}
                readOnly={draft.mode === 'update'}
                onChange={(e) => setDraft({ ...draft, code: e.target.value })}
              />
            </label>
            <label className="cat-field cat-wide">
              {t('catalog.field.name')}
              <input
                data-testid="producer-name"
                value={draft.name}
                maxLength={120}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </label>
            {(['pnbp', 'premi', 'capital'] as const).map((part) => (
              <label key={part} className="cat-field">
                {t(`catalog.split.${part}`)} (%)
                <input
                  data-testid={`producer-${part}`}
                  inputMode="decimal"
                  value={draft[part]}
                  onChange={(e) => setDraft({ ...draft, [part]: e.target.value })}
                />
              </label>
            ))}
            <p
              className={Math.abs(sum - 100) < 0.001 ? 'cat-sum' : 'cat-sum cat-sum-bad'}
              data-testid="producer-sum"
            >
              {t('catalog.split.sum', { sum: Number.isNaN(sum) ? '?' : percentText(sum) })}
            </p>
            <label className="cat-check">
              <input
                type="checkbox"
                checked={draft.active}
                onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
              />
              {t('catalog.status.active')}
            </label>
            <div className="cat-actions cat-wide">
              <button type="submit" className="btn btn-primary" data-testid="producer-save">
                {t('catalog.form.save')}
              </button>
            </div>
            {error && (
              <p className="error cat-wide" role="alert" data-testid="producer-error">
                {error}
              </p>
            )}
          </form>
        </section>
      )}
    </div>
  );
}
