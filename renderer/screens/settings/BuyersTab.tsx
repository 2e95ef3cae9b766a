// Buyers a sale can name: named buyers (an office buying for an event, a regular) and UMKM
// resellers, who buy at their price tier. Walk-in buyers have no row. Inactive buyers stay listed
// here so they can be switched back on; the till's picker shows only active ones.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Buyer, BuyerKind, PriceTier } from '../../../shared/contract';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';

interface Draft {
  id: number | undefined;
  kind: BuyerKind;
  name: string;
  phone: string;
  note: string;
  tier: string;
  active: boolean;
}

const DELAY_MS = 150;

const draftOf = (b: Buyer): Draft => ({
  id: b.id,
  kind: b.kind,
  name: b.name,
  phone: b.phone ?? '',
  note: b.note ?? '',
  tier: b.tier ?? '',
  active: b.active,
});

export function BuyersTab() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [buyers, setBuyers] = useState<Buyer[]>([]);
  const [tiers, setTiers] = useState<PriceTier[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'name' | 'tier', MessageKey>>>({});
  const [done, setDone] = useState<string | null>(null);
  /** Bumped after a save so the list is asked for again. */
  const [version, setVersion] = useState(0);
  const nameInput = useRef<HTMLInputElement>(null);
  const tierSelect = useRef<HTMLSelectElement>(null);
  const editing = draft === null ? null : (draft.id ?? 'new');

  // The form opens with the name ready to type, for a new buyer and for the one picked.
  useEffect(() => {
    if (editing !== null) nameInput.current?.focus();
  }, [editing]);

  useEffect(() => {
    call('priceTiers.list', {})
      .then(setTiers)
      .catch((err: unknown) => setListError(messageOf(err)));
  }, []);

  // Asks the engine as the manager types (there may be many buyers); `version` reloads after a save.
  useEffect(() => {
    void version;
    let live = true;
    const timer = setTimeout(() => {
      call('buyers.list', { query: query.trim(), includeInactive: true, limit: 500 })
        .then((rows) => {
          if (!live) return;
          setBuyers(rows);
          setListError(null);
        })
        .catch((err: unknown) => live && setListError(messageOf(err)));
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, version]);

  const open = (next: Draft) => {
    setError(null);
    setFieldErrors({});
    setDone(null);
    setDraft(next);
  };

  const startNew = () =>
    open({
      id: undefined,
      kind: 'named',
      name: '',
      phone: '',
      note: '',
      tier: tiers[0]?.code ?? '',
      active: true,
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    // What the form can tell by itself is said under the field, and the field gets the focus.
    const problems: Partial<Record<'name' | 'tier', MessageKey>> = {};
    if (draft.name.trim() === '') problems.name = 'settings.buyers.nameRequired';
    if (draft.kind === 'reseller' && draft.tier === '') problems.tier = 'settings.buyers.tierRequired';
    setFieldErrors(problems);
    setError(null);
    if (problems.name) nameInput.current?.focus();
    else if (problems.tier) tierSelect.current?.focus();
    if (problems.name || problems.tier) return;
    try {
      const saved = await call('buyers.save', {
        ...(draft.id === undefined ? {} : { id: draft.id }),
        kind: draft.kind,
        name: draft.name,
        phone: draft.phone,
        note: draft.note,
        tier: draft.kind === 'reseller' ? draft.tier : null,
        active: draft.active,
      });
      setDone(t('settings.buyers.saved', { name: saved.name }));
      setDraft(null);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const fieldError = (field: 'name' | 'tier') => {
    const key = fieldErrors[field];
    return key ? t(key) : null;
  };

  const columns: Column<Buyer>[] = [
    {
      key: 'name',
      header: t('settings.buyers.name'),
      cell: (b) => (
        <>
          {b.name}
          {b.note && <div className="ui-sub">{b.note}</div>}
        </>
      ),
    },
    { key: 'kind', header: t('settings.buyers.kind'), cell: (b) => t(`settings.buyerKind.${b.kind}`) },
    { key: 'phone', header: t('settings.buyers.phone'), kind: 'code', cell: (b) => b.phone ?? '' },
    {
      key: 'tier',
      header: t('settings.buyers.tier'),
      cellProps: () => ({ 'data-testid': 'buyer-tier' }),
      cell: (b) => b.tierName ?? b.tier ?? '',
    },
    {
      key: 'status',
      header: t('settings.status'),
      cell: (b) => (b.active ? t('settings.active') : t('settings.inactive')),
    },
  ];

  return (
    <div className="cat-body cat-split">
      <section className="cat-panel" aria-label={t('settings.tab.buyers')}>
        <div className="cat-toolbar">
          <FormRow label={t('settings.buyers.search')} className="cat-grow">
            <input
              type="search"
              data-testid="buyers-search"
              autoComplete="off"
              maxLength={100}
              placeholder={t('settings.buyers.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </FormRow>
          <button type="button" className="btn btn-primary" data-testid="buyer-new" onClick={startNew}>
            {t('settings.buyers.new')}
          </button>
        </div>
        <p className="muted">{t('settings.buyers.help')}</p>
        {done && (
          <Banner tone="success" testId="buyer-saved">
            {done}
          </Banner>
        )}
        {listError && <Banner tone="error">{listError}</Banner>}
        <DataTable
          fill
          testId="buyers"
          className="settings-pick"
          columns={columns}
          rows={buyers}
          rowKey={(b) => b.id}
          rowProps={(b) => ({
            'data-testid': 'buyer-row',
            'data-name': b.name,
            'aria-selected': draft?.id === b.id,
          })}
          onRowClick={(b) => open(draftOf(b))}
          empty={t('settings.buyers.empty')}
        />
      </section>
      {draft && (
        <section className="cat-panel cat-editor" aria-label={t('settings.buyers.form')}>
          <div className="cat-editor-head">
            <h2>{draft.id === undefined ? t('settings.buyers.new') : draft.name}</h2>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setDraft(null)}>
              {t('dialog.close')}
            </button>
          </div>
          <form className="cat-form" onSubmit={(e) => void submit(e)} noValidate>
            <FormRow label={t('settings.buyers.kind')} wide>
              <select
                data-testid="buyer-kind"
                value={draft.kind}
                onChange={(e) =>
                  setDraft({ ...draft, kind: e.target.value === 'reseller' ? 'reseller' : 'named' })
                }
              >
                <option value="named">{t('settings.buyerKind.named')}</option>
                <option value="reseller">{t('settings.buyerKind.reseller')}</option>
              </select>
            </FormRow>
            {draft.kind === 'reseller' && (
              <FormRow
                label={t('settings.buyers.tier')}
                required
                wide
                error={fieldError('tier')}
                messageTestId="buyer-tier-error"
              >
                <select
                  ref={tierSelect}
                  data-testid="buyer-tier-select"
                  value={draft.tier}
                  onChange={(e) => setDraft({ ...draft, tier: e.target.value })}
                >
                  <option value="">{t('settings.buyers.pickTier')}</option>
                  {tiers.map((tier) => (
                    <option key={tier.code} value={tier.code}>
                      {tier.name} ({tier.code})
                    </option>
                  ))}
                </select>
              </FormRow>
            )}
            <FormRow
              label={t('settings.buyers.name')}
              required
              wide
              error={fieldError('name')}
              messageTestId="buyer-name-error"
            >
              <input
                ref={nameInput}
                data-testid="buyer-name"
                maxLength={80}
                autoComplete="off"
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </FormRow>
            <FormRow label={t('settings.buyers.phone')}>
              <input
                data-testid="buyer-phone"
                inputMode="tel"
                maxLength={30}
                autoComplete="off"
                value={draft.phone}
                onChange={(e) => setDraft({ ...draft, phone: e.target.value })}
              />
            </FormRow>
            <FormRow label={t('settings.buyers.note')} wide>
              <input
                data-testid="buyer-note"
                maxLength={200}
                autoComplete="off"
                value={draft.note}
                onChange={(e) => setDraft({ ...draft, note: e.target.value })}
              />
            </FormRow>
            <label className="cat-check">
              <input
                type="checkbox"
                data-testid="buyer-active"
                checked={draft.active}
                onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
              />
              {t('settings.active')}
            </label>
            <div className="cat-actions cat-wide">
              <button type="submit" className="btn btn-primary" data-testid="buyer-save">
                {t('settings.save')}
              </button>
            </div>
            {error && (
              <Banner tone="error" testId="buyer-error" className="cat-wide">
                {error}
              </Banner>
            )}
          </form>
        </section>
      )}
    </div>
  );
}
