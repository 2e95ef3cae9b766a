// Buyers a sale can name: named buyers (an office buying for an event, a regular) and UMKM
// resellers, who buy at their price tier. Walk-in buyers have no row. Inactive buyers stay listed
// here so they can be switched back on; the till's picker shows only active ones.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Buyer, BuyerKind, PriceTier } from '../../../shared/contract';
import { call } from '../../api/client';
import { useT } from '../../i18n';
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
  const [done, setDone] = useState<string | null>(null);
  /** Bumped after a save so the list is asked for again. */
  const [version, setVersion] = useState(0);
  const nameInput = useRef<HTMLInputElement>(null);
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
    if (draft.name.trim() === '') {
      setError(t('settings.buyers.nameRequired'));
      return;
    }
    if (draft.kind === 'reseller' && draft.tier === '') {
      setError(t('settings.buyers.tierRequired'));
      return;
    }
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

  return (
    <div className="cat-body cat-split">
      <section className="cat-panel" aria-label={t('settings.tab.buyers')}>
        <div className="cat-toolbar">
          <label className="cat-field cat-grow">
            {t('settings.buyers.search')}
            <input
              type="search"
              data-testid="buyers-search"
              autoComplete="off"
              maxLength={100}
              placeholder={t('settings.buyers.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          <button type="button" className="btn btn-primary" data-testid="buyer-new" onClick={startNew}>
            {t('settings.buyers.new')}
          </button>
        </div>
        <p className="muted">{t('settings.buyers.help')}</p>
        {done && (
          <p className="cat-done" role="status" data-testid="buyer-saved">
            {done}
          </p>
        )}
        {listError && (
          <p className="error" role="alert">
            {listError}
          </p>
        )}
        <div className="cat-table-wrap">
          <table className="cat-table" data-testid="buyers">
            <thead>
              <tr>
                <th>{t('settings.buyers.name')}</th>
                <th>{t('settings.buyers.kind')}</th>
                <th>{t('settings.buyers.phone')}</th>
                <th>{t('settings.buyers.tier')}</th>
                <th>{t('settings.status')}</th>
              </tr>
            </thead>
            <tbody>
              {buyers.map((b) => (
                <tr
                  key={b.id}
                  data-testid="buyer-row"
                  data-name={b.name}
                  tabIndex={0}
                  aria-selected={draft?.id === b.id}
                  onClick={() => open(draftOf(b))}
                  onKeyDown={(e) => e.key === 'Enter' && open(draftOf(b))}
                >
                  <td>
                    {b.name}
                    {b.note && <div className="cat-sub">{b.note}</div>}
                  </td>
                  <td>{t(`settings.buyerKind.${b.kind}`)}</td>
                  <td className="cat-mono">{b.phone ?? ''}</td>
                  <td data-testid="buyer-tier">{b.tierName ?? b.tier ?? ''}</td>
                  <td>{b.active ? t('settings.active') : t('settings.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {buyers.length === 0 && <p className="cat-empty">{t('settings.buyers.empty')}</p>}
        </div>
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
            <label className="cat-field cat-wide">
              {t('settings.buyers.kind')}
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
            </label>
            <label className="cat-field cat-wide">
              {t('settings.buyers.name')}
              <input
                ref={nameInput}
                data-testid="buyer-name"
                maxLength={80}
                autoComplete="off"
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </label>
            <label className="cat-field">
              {t('settings.buyers.phone')}
              <input
                data-testid="buyer-phone"
                inputMode="tel"
                maxLength={30}
                autoComplete="off"
                value={draft.phone}
                onChange={(e) => setDraft({ ...draft, phone: e.target.value })}
              />
            </label>
            {draft.kind === 'reseller' && (
              <label className="cat-field">
                {t('settings.buyers.tier')}
                <select
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
              </label>
            )}
            <label className="cat-field cat-wide">
              {t('settings.buyers.note')}
              <input
                data-testid="buyer-note"
                maxLength={200}
                autoComplete="off"
                value={draft.note}
                onChange={(e) => setDraft({ ...draft, note: e.target.value })}
              />
            </label>
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
              <p className="error cat-wide" role="alert" data-testid="buyer-error">
                {error}
              </p>
            )}
          </form>
        </section>
      )}
    </div>
  );
}
