// The Katalog page: the office's master catalogue (units with their split, products), what the next
// publish carries and publishing it (with a confirmation), importing a catalogue file, and the
// published packages to download for a USB stick. Everyone reads; admins change and publish.
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Banner, type Column, DataTable, Dialog, FormRow } from '../../../renderer/components/ui';
import type { CatalogueOverview, CataloguePackageInfo, CatalogueUnit } from '../../../shared/office/contract';
import { ApiError, call, errorText } from '../api';
import { useLang, useT } from '../i18n';
import { useSession } from '../session';
import { CatalogueImport } from './CatalogueImport';
import { CatalogueNames } from './CatalogueNames';
import { CatalogueProducts, StateChip } from './CatalogueProducts';
import { formatInstant } from './formatInstant';
import './statements.css';
import './catalogue.css';

export function download(file: { fileName: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const percent = (bp: number) => String(bp / 100);

const NEW_UNIT = { code: '', name: '', pnbp: '15', premi: '50', capital: '35', active: true };

/** Adds a unit, or (given one) changes its name, split or whether it is active; its code stays. */
function UnitForm(props: { editing: CatalogueUnit | null; onSaved: () => void; onCancel: () => void }) {
  const t = useT();
  const { editing } = props;
  const [unit, setUnit] = useState(() =>
    editing
      ? {
          code: editing.code,
          name: editing.name,
          pnbp: percent(editing.splitBp.pnbp),
          premi: percent(editing.splitBp.premi),
          capital: percent(editing.splitBp.capital),
          active: editing.active,
        }
      : NEW_UNIT,
  );
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await call('catalogue.saveUnit', {
        mode: editing ? 'update' : 'create',
        code: unit.code,
        name: unit.name,
        split: { pnbp: Number(unit.pnbp), premi: Number(unit.premi), capital: Number(unit.capital) },
        active: unit.active,
      });
      setUnit(NEW_UNIT);
      props.onSaved();
    } catch (err) {
      const field = err instanceof ApiError && err.code === 'INVALID_INPUT' ? err.path?.[0] : undefined;
      setProblem({ field: typeof field === 'string' ? field : null, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  const set = (key: keyof typeof unit) => (e: { target: { value: string } }) =>
    setUnit((u) => ({ ...u, [key]: e.target.value }));
  return (
    <form className="statement-form catalogue-unit-form" onSubmit={(e) => void save(e)} noValidate>
      <FormRow
        label={t('catalogue.unitCode')}
        error={problem?.field === 'code' ? problem.text : null}
        required
      >
        <input
          data-testid="catalogue-unit-code"
          maxLength={32}
          value={unit.code}
          readOnly={editing !== null}
          onChange={set('code')}
        />
      </FormRow>
      <FormRow
        label={t('catalogue.unitName')}
        error={problem?.field === 'name' ? problem.text : null}
        required
      >
        <input data-testid="catalogue-unit-name" maxLength={120} value={unit.name} onChange={set('name')} />
      </FormRow>
      <FormRow label={t('catalogue.pnbp')}>
        <input inputMode="decimal" value={unit.pnbp} onChange={set('pnbp')} />
      </FormRow>
      <FormRow label={t('catalogue.premi')}>
        <input inputMode="decimal" value={unit.premi} onChange={set('premi')} />
      </FormRow>
      <FormRow label={t('catalogue.capital')}>
        <input inputMode="decimal" value={unit.capital} onChange={set('capital')} />
      </FormRow>
      {editing && (
        <label className="catalogue-check">
          <input
            type="checkbox"
            checked={unit.active}
            onChange={(e) => setUnit((u) => ({ ...u, active: e.target.checked }))}
          />{' '}
          {t('catalogue.f.active')}
        </label>
      )}
      <div className="statement-form-actions">
        <button type="submit" className="btn" data-testid="catalogue-unit-add" disabled={busy}>
          {editing ? t('catalogue.save') : t('catalogue.unitAdd')}
        </button>
        {editing && (
          <button type="button" className="btn" onClick={props.onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {problem && (problem.field === null || problem.field === 'split') && (
        <Banner tone="error" testId="catalogue-unit-error">
          {problem.text}
        </Banner>
      )}
    </form>
  );
}

export function CatalogueScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const phase = useSession((s) => s.phase);
  const canEdit = phase.kind === 'in' && phase.user.role === 'admin';
  const [overview, setOverview] = useState<CatalogueOverview | null>(null);
  const [packages, setPackages] = useState<CataloguePackageInfo[]>([]);
  const [confirming, setConfirming] = useState(false);
  // Kept as the number, worded when shown, so it follows a switch of language.
  const [published, setPublished] = useState<number | null>(null);
  const [editingUnit, setEditingUnit] = useState<CatalogueUnit | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setOverview(await call('catalogue.overview', {}));
      setPackages(await call('catalogue.packages', {}));
    } catch (err) {
      setProblem(errorText(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (!overview) return problem ? <Banner tone="error">{problem}</Banner> : null;
  const next = overview.version + 1;
  const pendingTotal = Object.values(overview.pending).reduce((a, b) => a + b, 0);
  const pendingText = t('catalogue.pending', overview.pending);

  const publish = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const made = await call('catalogue.publish', { version: next });
      setPublished(made.version);
      await load();
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setConfirming(false);
      setBusy(false);
    }
  };

  const fetchFile = async (version?: number) => {
    setProblem(null);
    try {
      download(await call('catalogue.packageFile', version === undefined ? {} : { version }));
    } catch (err) {
      setProblem(errorText(err));
    }
  };

  const unitColumns: Column<CatalogueUnit>[] = [
    { key: 'code', header: t('catalogue.col.code'), kind: 'code', cell: (u) => u.code },
    {
      key: 'name',
      header: t('catalogue.col.name'),
      cell: (u) => (u.active ? u.name : `${u.name} (${t('catalogue.inactive')})`),
    },
    {
      key: 'split',
      header: t('catalogue.col.split'),
      cell: (u) =>
        `${percent(u.splitBp.pnbp)} / ${percent(u.splitBp.premi)} / ${percent(u.splitBp.capital)} %`,
    },
    { key: 'products', header: t('catalogue.col.products'), kind: 'num', cell: (u) => u.productCount },
    { key: 'state', header: t('catalogue.col.state'), cell: (u) => <StateChip changedIn={u.changedIn} /> },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: t('catalogue.col.actions'),
            kind: 'action' as const,
            cell: (u: CatalogueUnit) => (
              <button
                type="button"
                className="btn btn-small"
                data-testid="catalogue-unit-edit"
                onClick={() => setEditingUnit(u)}
              >
                {t('catalogue.edit')}
              </button>
            ),
          },
        ]
      : []),
  ];
  const packageColumns: Column<CataloguePackageInfo>[] = [
    { key: 'version', header: t('catalogue.col.version'), kind: 'num', cell: (p) => p.version },
    {
      key: 'basedOn',
      header: t('catalogue.col.basedOn'),
      cell: (p) => (p.basedOn === 0 ? t('catalogue.whole') : t('catalogue.since', { version: p.basedOn })),
    },
    {
      key: 'created',
      header: t('catalogue.col.created'),
      cell: (p) => `${formatInstant(p.createdAt, lang)}${p.createdBy ? ` · ${p.createdBy}` : ''}`,
    },
    { key: 'changes', header: t('catalogue.col.changes'), cell: (p) => t('catalogue.pending', p.changes) },
    {
      key: 'size',
      header: t('catalogue.col.size'),
      kind: 'num',
      cell: (p) => `${Math.max(1, Math.round(p.bytes / 1024))} KB`,
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: t('catalogue.col.actions'),
            kind: 'action' as const,
            cell: (p: CataloguePackageInfo) => (
              <button
                type="button"
                className="btn btn-small"
                data-testid="catalogue-package-download"
                onClick={() => void fetchFile(p.version)}
              >
                {t('catalogue.download')}
              </button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('catalogue.title')}
      </h2>
      <p className="statement-intro">{t('catalogue.intro')}</p>
      <div className="catalogue-publish" data-testid="catalogue-publish">
        <p className="catalogue-version" data-testid="catalogue-version">
          {overview.version === 0
            ? t('catalogue.versionNone')
            : t('catalogue.version', { version: overview.version })}
        </p>
        <p className="office-note" data-testid="catalogue-pending">
          {pendingTotal === 0 ? t('catalogue.pendingNone') : `${t('catalogue.pendingTitle')}: ${pendingText}`}
        </p>
        {canEdit && pendingTotal > 0 && (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="catalogue-publish-open"
            onClick={() => setConfirming(true)}
          >
            {t('catalogue.publish', { version: next })}
          </button>
        )}
        <p className="office-note catalogue-key">
          {t('catalogue.key')}: <code data-testid="catalogue-public-key">{overview.publicKey}</code>
        </p>
      </div>
      {published !== null && (
        <Banner tone="success" testId="catalogue-notice">
          {t('catalogue.published', { version: published })}
        </Banner>
      )}
      {problem && (
        <Banner tone="error" testId="catalogue-error">
          {problem}
        </Banner>
      )}

      <div className="catalogue-section">
        <h3 className="office-subtitle">{t('catalogue.units')}</h3>
        {overview.units.length > 0 && (
          <DataTable
            columns={unitColumns}
            rows={overview.units}
            rowKey={(u) => u.code}
            rowProps={(u) => ({ 'data-testid': 'catalogue-unit-row', 'data-code': u.code })}
            testId="catalogue-units"
            caption={t('catalogue.units')}
          />
        )}
        {canEdit && (
          <UnitForm
            key={editingUnit?.code ?? ''}
            editing={editingUnit}
            onCancel={() => setEditingUnit(null)}
            onSaved={() => {
              setEditingUnit(null);
              void load();
            }}
          />
        )}
      </div>

      <CatalogueNames overview={overview} canEdit={canEdit} onChanged={() => void load()} />
      <CatalogueProducts overview={overview} canEdit={canEdit} onChanged={() => void load()} />
      {canEdit && <CatalogueImport onImported={() => void load()} />}

      <div className="catalogue-section">
        <div className="office-page-head">
          <h3 className="office-subtitle">{t('catalogue.packages')}</h3>
          {canEdit && overview.version > 0 && (
            <button
              type="button"
              className="btn"
              data-testid="catalogue-download-whole"
              onClick={() => void fetchFile()}
            >
              {t('catalogue.downloadWhole')}
            </button>
          )}
        </div>
        {packages.length === 0 && <p className="office-note">{t('catalogue.packagesNone')}</p>}
        {packages.length > 0 && (
          <DataTable
            columns={packageColumns}
            rows={packages}
            rowKey={(p) => p.version}
            rowProps={(p) => ({ 'data-testid': 'catalogue-package-row', 'data-version': String(p.version) })}
            testId="catalogue-packages"
            caption={t('catalogue.packages')}
          />
        )}
      </div>

      {confirming && (
        <Dialog
          title={t('catalogue.publishTitle', { version: next })}
          onClose={() => setConfirming(false)}
          canClose={!busy}
          testId="catalogue-publish-dialog"
          footer={
            <>
              <button type="button" className="btn" onClick={() => setConfirming(false)} disabled={busy}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                data-testid="catalogue-publish-confirm"
                disabled={busy}
                onClick={() => void publish()}
              >
                {t('catalogue.publishConfirm')}
              </button>
            </>
          }
        >
          <p>{t('catalogue.publishText', { changes: pendingText })}</p>
        </Dialog>
      )}
    </section>
  );
}
