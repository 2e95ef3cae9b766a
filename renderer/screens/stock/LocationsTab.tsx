// Places that hold stock, where the till sells from, and whether it may sell below zero.
import { useRef, useState } from 'react';
import type { Location, LocationKind, StockSettings } from '../../../shared/contract';
import { call } from '../../api/client';
import { type Column, DataTable, FormRow } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
import { activeLocations, messageOf } from './useStockData';

const PLACE_KINDS: LocationKind[] = ['booth', 'outlet', 'warehouse'];

interface LocationsTabProps {
  locations: readonly Location[];
  settings: StockSettings | null;
  onChanged: () => void;
}

interface Draft {
  id?: number;
  code: string;
  name: string;
  kind: LocationKind;
  active: boolean;
}

const EMPTY: Draft = { code: '', name: '', kind: 'outlet', active: true };

export function LocationsTab({ locations, settings, onChanged }: LocationsTabProps) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const places = locations.filter((location) => location.kind !== 'event');

  const run = (promise: Promise<unknown>, done: string) =>
    promise
      .then(() => {
        setOutcome({ kind: 'done', text: done });
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }));

  const nameInput = useRef<HTMLInputElement>(null);
  // The form is under the list: bring it into view with the name ready to change.
  const edit = (location: Location) => {
    setDraft({
      id: location.id,
      code: location.code,
      name: location.name,
      kind: location.kind,
      active: location.active,
    });
    nameInput.current?.focus();
  };

  const columns: Column<Location>[] = [
    { key: 'code', header: t('stock.col.code'), kind: 'code', cell: (location) => location.code },
    { key: 'name', header: t('stock.col.name'), cell: (location) => location.name },
    {
      key: 'kind',
      header: t('stock.col.kind'),
      cell: (location) => t(`stock.locationKind.${location.kind}` as MessageKey),
    },
    {
      key: 'status',
      header: t('stock.col.status'),
      cell: (location) =>
        location.isDefault
          ? t('stock.selling')
          : location.active
            ? t('stock.status.active')
            : t('stock.status.inactive'),
    },
    {
      key: 'actions',
      header: '',
      headerLabel: t('stock.col.actions'),
      kind: 'action',
      cell: (location) => (
        <button
          type="button"
          className="btn btn-small"
          data-testid="location-edit"
          onClick={(event) => {
            // The row opens the same form; one click is enough.
            event.stopPropagation();
            edit(location);
          }}
        >
          {t('stock.edit')}
        </button>
      ),
    },
  ];

  const save = () => {
    const { id, ...fields } = draft;
    void run(
      call('locations.save', { ...(id !== undefined ? { id } : {}), ...fields }).then(() => setDraft(EMPTY)),
      t('stock.location.saved', { name: draft.name }),
    );
  };

  return (
    <section className="stock-panel" aria-label={t('stock.tab.locations')}>
      <h3>{t('stock.settings.title')}</h3>
      {settings && (
        <div className="stock-toolbar">
          <LocationSelect
            label={t('stock.settings.selling')}
            locations={activeLocations(locations)}
            value={settings.sellingLocationId}
            onChange={(id) =>
              void run(call('stock.saveSettings', { sellingLocationId: id }), t('stock.settings.saved'))
            }
            testId="selling-location"
          />
          <label className="stock-check">
            <input
              type="checkbox"
              data-testid="allow-negative"
              checked={settings.allowNegativeStock}
              onChange={(event) =>
                void run(
                  call('stock.saveSettings', { allowNegativeStock: event.target.checked }),
                  t('stock.settings.saved'),
                )
              }
            />
            {t('stock.settings.allowNegative')}
          </label>
        </div>
      )}
      <p className="muted">{t('stock.settings.allowNegativeHelp')}</p>

      <h3>{t('stock.locations.title')}</h3>
      <DataTable
        columns={columns}
        rows={places}
        rowKey={(location) => location.id}
        rowProps={(location) => ({ 'data-testid': 'location-row', 'data-code': location.code })}
        onRowClick={edit}
      />

      <h3>
        {draft.id === undefined ? t('stock.location.new') : t('stock.location.edit', { code: draft.code })}
      </h3>
      <div className="stock-toolbar">
        <FormRow label={t('stock.col.code')} required>
          <input
            data-testid="location-code"
            maxLength={16}
            value={draft.code}
            onChange={(event) => setDraft({ ...draft, code: event.target.value.toUpperCase() })}
          />
        </FormRow>
        <FormRow label={t('stock.col.name')} required className="stock-grow">
          <input
            ref={nameInput}
            data-testid="location-name"
            maxLength={80}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </FormRow>
        <FormRow label={t('stock.col.kind')}>
          <select
            data-testid="location-kind"
            value={draft.kind}
            disabled={draft.id !== undefined}
            onChange={(event) => setDraft({ ...draft, kind: event.target.value as LocationKind })}
          >
            {PLACE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`stock.locationKind.${kind}` as MessageKey)}
              </option>
            ))}
          </select>
        </FormRow>
        <label className="stock-check">
          <input
            type="checkbox"
            data-testid="location-active"
            checked={draft.active}
            onChange={(event) => setDraft({ ...draft, active: event.target.checked })}
          />
          {t('stock.status.active')}
        </label>
      </div>
      <div className="stock-actions">
        {draft.id !== undefined && (
          <button type="button" className="btn" onClick={() => setDraft(EMPTY)}>
            {t('dialog.cancel')}
          </button>
        )}
        <button type="button" className="btn btn-primary" data-testid="location-save" onClick={save}>
          {t('stock.save')}
        </button>
      </div>
      <Feedback outcome={outcome} />
    </section>
  );
}
