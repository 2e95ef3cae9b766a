// Producing units (UPT) and how their proceeds are split: PNBP, premi for the prisoners, working
// capital, in percent with up to two decimals. The engine refuses a split that is not 100%.
import { type FormEvent, useState } from 'react';
import type { Producer } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { catalogueChanged } from '../../stores/catalogue';
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
      catalogueChanged();
      setDraft(null);
      lookups.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const columns: Column<Producer>[] = [
    { key: 'code', header: t('catalog.field.code'), kind: 'code', cell: (p) => p.code },
    { key: 'name', header: t('catalog.field.name'), cell: (p) => p.name },
    ...(['pnbp', 'premi', 'capital'] as const).map(
      (part): Column<Producer> => ({
        key: part,
        header: t(`catalog.split.${part}`),
        kind: 'num',
        cell: (p) => `${percentText(p.split[part])}%`,
      }),
    ),
    { key: 'products', header: t('catalog.field.products'), kind: 'num', cell: (p) => p.productCount },
    {
      key: 'status',
      header: t('catalog.field.status'),
      cell: (p) => (p.active ? t('catalog.status.active') : t('catalog.status.inactive')),
    },
  ];

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
          <Banner tone="success" testId="producer-saved">
            {done}
          </Banner>
        )}
        <DataTable
          fill
          testId="producers"
          columns={columns}
          rows={lookups.producers}
          rowKey={(p) => p.code}
          rowProps={() => ({ 'data-testid': 'producer-row' })}
          onRowClick={edit}
        />
      </section>
      {draft && (
        <section className="cat-panel cat-editor" aria-label={t('catalog.producers.form')}>
          <div className="cat-editor-head">
            <h2>{draft.mode === 'create' ? t('catalog.producers.new') : draft.name}</h2>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setDraft(null)}>
              {t('dialog.close')}
            </button>
          </div>
          {error && (
            <Banner tone="error" testId="producer-error">
              {error}
            </Banner>
          )}
          <form className="cat-form" noValidate onSubmit={(e) => void submit(e)}>
            <FormRow label={t('catalog.field.code')} required>
              <input
                data-testid="producer-code"
                value={draft.code}
                maxLength={32}
                readOnly={draft.mode === 'update'}
                onChange={(e) => setDraft({ ...draft, code: e.target.value })}
              />
            </FormRow>
            <FormRow label={t('catalog.field.name')} required wide>
              <input
                data-testid="producer-name"
                value={draft.name}
                maxLength={120}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </FormRow>
            {(['pnbp', 'premi', 'capital'] as const).map((part) => (
              <FormRow key={part} label={`${t(`catalog.split.${part}`)} (%)`}>
                <input
                  className="ui-money"
                  data-testid={`producer-${part}`}
                  inputMode="decimal"
                  value={draft[part]}
                  onChange={(e) => setDraft({ ...draft, [part]: e.target.value })}
                />
              </FormRow>
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
          </form>
        </section>
      )}
    </div>
  );
}
