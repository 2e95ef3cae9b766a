// Workshops, categories and price tiers on the Katalog page: each listed, and (admins) one small
// form each to add one. A product names them; a till knows them by name (workshops per unit).
import { type FormEvent, useState } from 'react';
import { Banner, FormRow } from '../../../renderer/components/ui';
import type { CatalogueOverview } from '../../../shared/office/contract';
import { call, errorText } from '../api';
import { type OfficeKey, useT } from '../i18n';

function AddOne(props: {
  label: OfficeKey;
  testId: string;
  extra?: { label: OfficeKey; options: string[] };
  second?: OfficeKey;
  save: (value: string, other: string) => Promise<unknown>;
  onSaved: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState('');
  const [other, setOther] = useState(props.extra?.options[0] ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await props.save(value, other);
      setValue('');
      if (props.second) setOther('');
      props.onSaved();
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="statement-form" onSubmit={(e) => void submit(e)} noValidate>
      {props.extra && (
        <FormRow label={t(props.extra.label)}>
          <select value={other} onChange={(e) => setOther(e.target.value)}>
            {props.extra.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </FormRow>
      )}
      <FormRow label={t(props.label)} required>
        <input
          data-testid={`${props.testId}-value`}
          maxLength={80}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </FormRow>
      {props.second && (
        <FormRow label={t(props.second)} required>
          <input maxLength={60} value={other} onChange={(e) => setOther(e.target.value)} />
        </FormRow>
      )}
      <div className="statement-form-actions">
        <button type="submit" className="btn" data-testid={`${props.testId}-add`} disabled={busy}>
          {t('catalogue.add')}
        </button>
      </div>
      {problem && <Banner tone="error">{problem}</Banner>}
    </form>
  );
}

export function CatalogueNames(props: {
  overview: CatalogueOverview;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { overview } = props;
  return (
    <div className="catalogue-section">
      <h3 className="office-subtitle">{t('catalogue.names')}</h3>
      <p className="office-note" data-testid="catalogue-workshops">
        {t('catalogue.workshops')}:{' '}
        {overview.workshops.map((w) => `${w.name} (${w.unitCode})`).join(', ') || t('catalogue.noneYet')}
      </p>
      <p className="office-note" data-testid="catalogue-categories">
        {t('catalogue.categories')}:{' '}
        {overview.categories.map((c) => c.name).join(', ') || t('catalogue.noneYet')}
      </p>
      <p className="office-note" data-testid="catalogue-tiers">
        {t('catalogue.tiers')}:{' '}
        {overview.tiers.map((x) => `${x.code} (${x.name})`).join(', ') || t('catalogue.noneYet')}
      </p>
      {props.canEdit && (
        <div className="catalogue-names-forms">
          {overview.units.length > 0 && (
            <AddOne
              label="catalogue.workshop"
              testId="catalogue-workshop"
              extra={{ label: 'catalogue.f.producer', options: overview.units.map((u) => u.code) }}
              save={(name, producerCode) => call('catalogue.saveWorkshop', { producerCode, name })}
              onSaved={props.onChanged}
            />
          )}
          <AddOne
            label="catalogue.category"
            testId="catalogue-category"
            save={(name) => call('catalogue.saveCategory', { name })}
            onSaved={props.onChanged}
          />
          <AddOne
            label="catalogue.tierCode"
            second="catalogue.tierName"
            testId="catalogue-tier"
            save={(code, name) => call('catalogue.saveTier', { code, name })}
            onSaved={props.onChanged}
          />
        </div>
      )}
    </div>
  );
}
