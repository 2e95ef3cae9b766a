// Workshops (bengkel kerja) of the producing units: the kitchen, the weaving room, the farm.
import { type FormEvent, useState } from 'react';
import type { Workshop } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
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

  const columns: Column<Workshop>[] = [
    { key: 'name', header: t('catalog.field.name'), cell: (w) => w.name },
    { key: 'producer', header: t('catalog.field.producer'), cell: (w) => w.producerName },
    { key: 'products', header: t('catalog.field.products'), kind: 'num', cell: (w) => w.productCount },
    {
      key: 'status',
      header: t('catalog.field.status'),
      cell: (w) => (w.active ? t('catalog.status.active') : t('catalog.status.inactive')),
    },
  ];

  return (
    <div className="cat-body cat-split">
      <section className="cat-panel" aria-label={t('catalog.tab.workshops')}>
        <div className="cat-toolbar">
          <FormRow label={t('catalog.field.producer')} className="cat-grow">
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
          </FormRow>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="workshop-new"
            onClick={() =>
              // The filtered unit, or none: never silently the first in the list.
              open({ producerCode: producer, name: '', active: true })
            }
          >
            {t('catalog.workshops.new')}
          </button>
        </div>
        {done && <Banner tone="success">{done}</Banner>}
        <DataTable
          fill
          testId="workshops"
          columns={columns}
          rows={shown}
          rowKey={(w) => w.id}
          rowProps={() => ({ 'data-testid': 'workshop-row' })}
          onRowClick={edit}
          empty={t('catalog.workshops.none')}
        />
      </section>
      {draft && (
        <section className="cat-panel cat-editor" aria-label={t('catalog.workshops.form')}>
          <div className="cat-editor-head">
            <h2>{draft.id === undefined ? t('catalog.workshops.new') : draft.name}</h2>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setDraft(null)}>
              {t('dialog.close')}
            </button>
          </div>
          {error && (
            <Banner tone="error" testId="workshop-error">
              {error}
            </Banner>
          )}
          <form className="cat-form" noValidate onSubmit={(e) => void submit(e)}>
            <FormRow label={t('catalog.field.producer')} required wide>
              <select
                data-testid="workshop-producer"
                value={draft.producerCode}
                onChange={(e) => setDraft({ ...draft, producerCode: e.target.value })}
              >
                {draft.producerCode === '' && (
                  <option value="" disabled>
                    {t('catalog.form.pickProducer')}
                  </option>
                )}
                {lookups.producers.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name} ({p.code})
                  </option>
                ))}
              </select>
            </FormRow>
            <FormRow label={t('catalog.field.name')} required wide>
              <input
                data-testid="workshop-name"
                value={draft.name}
                maxLength={80}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </FormRow>
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
          </form>
        </section>
      )}
    </div>
  );
}
