// Product categories: the chips at the till and the filter here. Renaming moves the products along.
import { type FormEvent, useState } from 'react';
import type { Category } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { catalogueChanged } from '../../stores/catalogue';
import type { CatalogLookups } from './useCatalogLookups';
import { messageOf } from './useCatalogLookups';

interface Draft {
  originalName?: string;
  name: string;
  sortOrder: string;
}

export function CategoriesTab({ lookups }: { lookups: CatalogLookups }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const open = (next: Draft) => {
    setError(null);
    setDone(null);
    setDraft(next);
  };
  const edit = (c: Category) => open({ originalName: c.name, name: c.name, sortOrder: String(c.sortOrder) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const sortOrder = Number(draft.sortOrder.trim() || '0');
    try {
      const saved = await call('categories.save', {
        originalName: draft.originalName,
        name: draft.name,
        sortOrder: Number.isInteger(sortOrder) ? sortOrder : undefined,
      });
      setDone(t('catalog.categories.saved', { name: saved.name }));
      catalogueChanged();
      setDraft(null);
      lookups.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const columns: Column<Category>[] = [
    { key: 'name', header: t('catalog.field.name'), cell: (c) => c.name },
    { key: 'order', header: t('catalog.field.sortOrder'), kind: 'num', cell: (c) => c.sortOrder },
    { key: 'products', header: t('catalog.field.products'), kind: 'num', cell: (c) => c.productCount },
  ];

  return (
    <div className="cat-body cat-split">
      <section className="cat-panel" aria-label={t('catalog.tab.categories')}>
        <div className="cat-toolbar">
          <p className="muted cat-grow">{t('catalog.categories.help')}</p>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="category-new"
            onClick={() => open({ name: '', sortOrder: '0' })}
          >
            {t('catalog.categories.new')}
          </button>
        </div>
        {done && <Banner tone="success">{done}</Banner>}
        <DataTable
          fill
          testId="categories"
          columns={columns}
          rows={lookups.categories}
          rowKey={(c) => c.name}
          rowProps={() => ({ 'data-testid': 'category-row' })}
          onRowClick={edit}
        />
      </section>
      {draft && (
        <section className="cat-panel cat-editor" aria-label={t('catalog.categories.form')}>
          <div className="cat-editor-head">
            <h2>{draft.originalName ?? t('catalog.categories.new')}</h2>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setDraft(null)}>
              {t('dialog.close')}
            </button>
          </div>
          {error && (
            <Banner tone="error" testId="category-error">
              {error}
            </Banner>
          )}
          <form className="cat-form" noValidate onSubmit={(e) => void submit(e)}>
            <FormRow label={t('catalog.field.name')} required wide>
              <input
                data-testid="category-name"
                value={draft.name}
                maxLength={60}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </FormRow>
            <FormRow label={t('catalog.field.sortOrder')}>
              <input
                data-testid="category-order"
                inputMode="numeric"
                value={draft.sortOrder}
                onChange={(e) => setDraft({ ...draft, sortOrder: e.target.value })}
              />
            </FormRow>
            <div className="cat-actions cat-wide">
              <button type="submit" className="btn btn-primary" data-testid="category-save">
                {t('catalog.form.save')}
              </button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
