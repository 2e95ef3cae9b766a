// Workshops (bengkel kerja) of the producing units: the kitchen, the weaving room, the farm.
import { type FormEvent, useState } from 'react';
import type { Workshop } from '../../../shared/contract';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import type { CatalogLookups } from './useCatalogLookups';
import { messageOf } from './useCatalogLookups';

interface Draft {
  id?: number;
  producerCode: string;
  name: string;
  active: boolean;
}

export function WorkshopsTab({ lookups }: { lookups: CatalogLookups }) {
  const t = useT();
  const [producer, setProducer] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const shown = lookups.workshops.filter((w) => producer === '' || w.producerCode === producer);

  const open = (next: Draft) => {
    setError(null);
    setDone(null);
    setDraft(next);
  };
  const edit = (w: Workshop) =>
    open({ id: w.id, producerCode: w.producerCode, name: w.name, active: w.active });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    try {
      const saved = await call('workshops.save', draft);
      setDone(t('catalog.workshops.saved', { name: saved.name }));
      setDraft(null);
      lookups.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="cat-body cat-split">
      <section className="cat-panel" aria-label={t('catalog.tab.workshops')}>
        <div className="cat-toolbar">
          <label className="cat-field cat-grow">
            {t('catalog.field.producer')}
            <select
              data-testid="workshop-filter"
              value={producer}
              onChange={(e) => setProducer(e.target.value)}
            >
              <option value="">{t('catalog.filter.all')}</option>
              {lookups.producers.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="workshop-new"
            onClick={() =>
              open({ producerCode: producer || (lookups.producers[0]?.code ?? ''), name: '', active: true })
            }
          >
            {t('catalog.workshops.new')}
          </button>
        </div>
        {done && (
          <p className="cat-done" role="status">
            {done}
          </p>
        )}
        <div className="cat-table-wrap">
          <table className="cat-table" data-testid="workshops">
            <thead>
              <tr>
                <th>{t('catalog.field.name')}</th>
                <th>{t('catalog.field.producer')}</th>
                <th className="cat-num">{t('catalog.field.products')}</th>
                <th>{t('catalog.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((w) => (
                <tr
                  key={w.id}
                  data-testid="workshop-row"
                  tabIndex={0}
                  onClick={() => edit(w)}
                  onKeyDown={(e) => e.key === 'Enter' && edit(w)}
                >
                  <td>{w.name}</td>
                  <td>{w.producerName}</td>
                  <td className="cat-num">{w.productCount}</td>
                  <td>{w.active ? t('catalog.status.active') : t('catalog.status.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="cat-empty">{t('catalog.workshops.none')}</p>}
        </div>
      </section>
      {draft && (
        <section className="cat-panel cat-editor" aria-label={t('catalog.workshops.form')}>
          <div className="cat-editor-head">
            <h2>{draft.id === undefined ? t('catalog.workshops.new') : draft.name}</h2>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setDraft(null)}>
              {t('dialog.close')}
            </button>
          </div>
          <form className="cat-form" onSubmit={(e) => void submit(e)}>
            <label className="cat-field cat-wide">
              {t('catalog.field.producer')}
              <select
                data-testid="workshop-producer"
                value={draft.producerCode}
                onChange={(e) => setDraft({ ...draft, producerCode: e.target.value })}
              >
                {lookups.producers.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name} ({p.code})
                  </option>
                ))}
              </select>
            </label>
            <label className="cat-field cat-wide">
              {t('catalog.field.name')}
              <input
                data-testid="workshop-name"
                value={draft.name}
                maxLength={80}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </label>
            <label className="cat-check">
              <input
                type="checkbox"
                checked={draft.active}
                onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
              />
              {t('catalog.status.active')}
            </label>
            <div className="cat-actions cat-wide">
              <button type="submit" className="btn btn-primary" data-testid="workshop-save">
                {t('catalog.form.save')}
              </button>
            </div>
            {error && (
              <p className="error cat-wide" role="alert" data-testid="workshop-error">
                {error}
              </p>
            )}
          </form>
        </section>
      )}
    </div>
  );
}
