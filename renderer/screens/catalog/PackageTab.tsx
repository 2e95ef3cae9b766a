// "Paket katalog dari kantor": the catalogue version this till holds and the office key it trusts;
// a package fetched from the office (the upload address and token) or opened from a USB stick (a
// typed path, a picked zip or a picked folder); what it would change, grouped; and its apply, after
// a confirmation. Every refusal of the engine (a bad signature, a changed file, an older version)
// shows as it is, in the screen's language: nothing was applied. docs/catalogue-packages.md.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  FieldChange,
  PackageConflict,
  PackagePreview,
  PackageStatus,
  ProductChange,
} from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { formatRupiah } from '../../../shared/money';
import { formatDateTime, formatLongDay } from '../../../shared/time';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, Dialog, FormRow } from '../../components/ui';
import { type MessageKey, useLang, useT } from '../../i18n';
import { messageOf } from './useCatalogLookups';
import './packageTab.css';
import { base64Of } from '../../api/base64Of';
import { catalogueChanged } from '../../stores/catalogue';

const n = (value: number) => value.toLocaleString('id-ID');

type Busy = null | 'pull' | 'open' | 'apply';

export function PackageTab({ onApplied, timeZone }: { onApplied: () => void; timeZone: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [status, setStatus] = useState<PackageStatus | null>(null);
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const zipPicker = useRef<HTMLInputElement>(null);
  const folderPicker = useRef<HTMLInputElement>(null);

  const loadStatus = useCallback(() => {
    call('catalog.packageStatus', {})
      .then((next) => {
        setStatus(next);
        // A package opened before (this screen was left, or another manager opened it) comes back.
        if (next.open) {
          call('catalog.packagePreview', { packageId: next.open.id })
            .then(setPreview)
            .catch(() => undefined);
        }
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);
  useEffect(loadStatus, [loadStatus]);

  const run = async (kind: Busy, work: () => Promise<PackagePreview | null>) => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      const next = await work();
      setPreview(next);
      if (!next && kind === 'pull')
        setNotice(t('catalog.pkg.pullNone', { version: n(status?.heldVersion ?? 0) }));
    } catch (err) {
      setPreview(null);
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const pull = () => run('pull', async () => (await call('catalog.packagePull', {})).preview);
  const openPath = () => run('open', () => call('catalog.packageOpen', { path: path.trim() }));
  const openZip = (file: File) =>
    run('open', async () => call('catalog.packageOpen', { zipBase64: await base64Of(file) }));
  const openFolder = (files: File[]) =>
    run('open', async () =>
      call('catalog.packageOpen', {
        files: await Promise.all(
          files.map(async (file) => ({
            name: file.webkitRelativePath || file.name,
            data: await base64Of(file),
          })),
        ),
      }),
    );

  const apply = async () => {
    if (!preview) return;
    setConfirming(false);
    setBusy('apply');
    setError(null);
    try {
      const done = await call('catalog.packageApply', { packageId: preview.package.id });
      setPreview(null);
      setNotice(
        t('catalog.pkg.done', {
          version: n(done.package.version),
          new: n(done.changes.productsNew),
          changed: n(done.changes.productsChanged),
          prices: n(done.changes.priceChanges),
          held: n(done.heldVersion),
        }),
      );
      loadStatus();
      catalogueChanged();
      onApplied();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const noKey = status !== null && status.keyId === null;
  const disabled = busy !== null || noKey;

  return (
    <div className="cat-body cat-import pkg">
      <section className="cat-panel" aria-label={t('catalog.pkg.title')}>
        <h2>{t('catalog.pkg.title')}</h2>
        <p className="muted">{t('catalog.pkg.help')}</p>
        {noKey && (
          <Banner tone="warn" testId="pkg-no-key">
            {t('catalog.pkg.keyMissing')}
          </Banner>
        )}
        <div className="cat-inline">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="pkg-pull"
            disabled={disabled || status?.pullAvailable === false}
            onClick={() => void pull()}
          >
            {t('catalog.pkg.pull')}
          </button>
          {status && !status.pullAvailable && <span className="muted">{t('catalog.pkg.pullOff')}</span>}
        </div>
        <h3>{t('catalog.pkg.usb')}</h3>
        <form
          className="pkg-open"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim() !== '') void openPath();
          }}
        >
          <FormRow label={t('catalog.pkg.path')} help={t('catalog.pkg.pathHint')} className="cat-grow">
            <input
              data-testid="pkg-path"
              autoComplete="off"
              spellCheck={false}
              maxLength={500}
              value={path}
              onChange={(e) => setPath(e.target.value)}
            />
          </FormRow>
          <button
            type="submit"
            className="btn"
            data-testid="pkg-open"
            disabled={disabled || path.trim() === ''}
          >
            {t('catalog.pkg.open')}
          </button>
        </form>
        <div className="cat-inline">
          <button
            type="button"
            className="btn btn-small"
            data-testid="pkg-pick-zip"
            disabled={disabled}
            onClick={() => zipPicker.current?.click()}
          >
            {t('catalog.pkg.pickZip')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            data-testid="pkg-pick-folder"
            disabled={disabled}
            onClick={() => folderPicker.current?.click()}
          >
            {t('catalog.pkg.pickFolder')}
          </button>
          <input
            ref={zipPicker}
            type="file"
            hidden
            accept=".zip,application/zip"
            data-testid="pkg-zip-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void openZip(file);
            }}
          />
          <input
            ref={folderPicker}
            type="file"
            hidden
            multiple
            data-testid="pkg-folder-input"
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (files.length > 0) void openFolder(files);
            }}
          />
        </div>

        {busy && busy !== 'apply' && (
          <p className="cat-progress" role="status" data-testid="pkg-busy">
            {busy === 'pull' ? t('catalog.pkg.pulling') : t('catalog.pkg.opening')}
          </p>
        )}
        {error && (
          <Banner tone="error" testId="pkg-error">
            {error}
          </Banner>
        )}
        {notice && (
          <Banner tone="success" testId="pkg-notice">
            {notice}
          </Banner>
        )}
        {preview && (
          <PackagePreviewView
            preview={preview}
            timeZone={timeZone}
            lang={lang}
            busy={busy === 'apply'}
            onApply={() => setConfirming(true)}
            onClose={() => setPreview(null)}
          />
        )}
      </section>

      <section className="cat-panel" aria-label={t('catalog.pkg.status')}>
        <h2>{t('catalog.pkg.status')}</h2>
        <dl className="pkg-facts">
          <div>
            <dt>{t('catalog.pkg.held')}</dt>
            <dd data-testid="pkg-held">
              {status && status.heldVersion > 0 ? n(status.heldVersion) : t('catalog.pkg.heldNone')}
            </dd>
          </div>
          <div>
            <dt>{t('catalog.pkg.key')}</dt>
            <dd className="cat-mono" data-testid="pkg-key-id">
              {status?.keyId ?? t('catalog.pkg.keyNone')}
            </dd>
          </div>
          {status && status.scheduledPrices > 0 && (
            <div>
              <dt>{t('catalog.pkg.scheduled')}</dt>
              <dd data-testid="pkg-scheduled">{n(status.scheduledPrices)}</dd>
            </div>
          )}
        </dl>
        <h3>{t('catalog.pkg.applied')}</h3>
        {status && status.applied.length === 0 ? (
          <p className="muted">{t('catalog.pkg.appliedNone')}</p>
        ) : (
          <ul className="pkg-applied" data-testid="pkg-applied">
            {status?.applied.map((p) => (
              <li key={p.id}>
                <strong>
                  {p.basedOn === 0
                    ? t('catalog.pkg.whole', { version: n(p.version) })
                    : t('catalog.pkg.delta', { version: n(p.version), basedOn: n(p.basedOn) })}
                </strong>
                <span className="cat-sub">
                  {t('catalog.pkg.appliedBy', {
                    when: formatDateTime(new Date(p.appliedAt), timeZone),
                    who: p.appliedBy,
                    source: t(`catalog.pkg.source.${p.source}`),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {confirming && preview && (
        <Dialog
          title={t('catalog.pkg.confirmTitle', { version: n(preview.package.version) })}
          onClose={() => setConfirming(false)}
          testId="pkg-confirm"
          footer={
            <>
              <button type="button" className="btn" onClick={() => setConfirming(false)}>
                {t('dialog.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                data-testid="pkg-confirm-apply"
                onClick={() => void apply()}
              >
                {t('catalog.pkg.apply')}
              </button>
            </>
          }
        >
          <p>
            {t('catalog.pkg.confirmText', {
              new: n(preview.products.new.count),
              changed: n(preview.products.changed.count),
              deactivated: n(preview.products.deactivated.count),
              prices: n(preview.products.priceChanges),
            })}
          </p>
          {preview.conflicts.count > 0 && (
            <p>{t('catalog.pkg.confirmConflicts', { count: n(preview.conflicts.count) })}</p>
          )}
        </Dialog>
      )}
    </div>
  );
}

function PackagePreviewView({
  preview,
  timeZone,
  lang,
  busy,
  onApply,
  onClose,
}: {
  preview: PackagePreview;
  timeZone: string;
  lang: 'id' | 'en';
  busy: boolean;
  onApply: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const pkg = preview.package;
  const day = (d: string) => formatLongDay(d, lang, true);
  const yesNo = (value: string | null) =>
    value === 'true' ? t('catalog.pkg.yes') : value === 'false' ? t('catalog.pkg.no') : value;
  const shown = (change: FieldChange, value: string | null) => {
    if (value === null || value === '') return t('catalog.pkg.none');
    if (change.field === 'cost') return formatRupiah(Number(value));
    if (change.field === 'soldByWeight' || change.field === 'active') return yesNo(value) ?? value;
    return value;
  };
  const changesOf = (p: ProductChange) => (
    <ul className="pkg-changes">
      {p.price && (
        <li>
          {p.price.before === null
            ? t('catalog.pkg.priceFrom', { price: formatRupiah(p.price.after), day: day(p.price.from) })
            : t('catalog.pkg.priceChange', {
                before: formatRupiah(p.price.before),
                after: formatRupiah(p.price.after),
                day: day(p.price.from),
              })}
        </li>
      )}
      {p.scheduled.map((step) => (
        <li key={step.from} className="pkg-later">
          {t('catalog.pkg.later', { price: formatRupiah(step.price), day: day(step.from) })}
        </li>
      ))}
      {p.fields.map((change) => (
        <li key={change.field}>
          {t('catalog.pkg.fieldChange', {
            field: t(`catalog.pkg.field.${change.field}` as MessageKey),
            before: shown(change, change.before),
            after: shown(change, change.after),
          })}
        </li>
      ))}
    </ul>
  );
  const productColumns: Column<ProductChange>[] = [
    { key: 'sku', header: t('catalog.pkg.col.sku'), kind: 'code', cell: (p) => p.sku },
    {
      key: 'name',
      header: t('catalog.pkg.col.name'),
      cell: (p) => (
        <>
          {p.name}
          {p.wasLocal && <div className="cat-sub">{t('catalog.pkg.wasLocal')}</div>}
        </>
      ),
    },
    { key: 'changes', header: t('catalog.pkg.col.changes'), cell: changesOf },
  ];
  const conflictColumns: Column<PackageConflict>[] = [
    {
      key: 'local',
      header: t('catalog.pkg.col.local'),
      cell: (c) => (
        <>
          <span className="cat-mono">{c.localSku}</span> {c.localName}
        </>
      ),
    },
    { key: 'office', header: t('catalog.pkg.col.office'), kind: 'code', cell: (c) => c.officeSku },
    { key: 'code', header: t('catalog.pkg.col.barcode'), kind: 'code', cell: (c) => c.code ?? '—' },
    {
      key: 'outcome',
      header: t('catalog.pkg.col.outcome'),
      cell: (c) => formatMessage(lang, c.outcome.key, c.outcome.params) ?? c.outcome.key,
    },
  ];
  const split = (s: { pnbpBp: number; premiBp: number; capitalBp: number }) =>
    t('catalog.pkg.split', {
      pnbp: `${s.pnbpBp / 100}%`,
      premi: `${s.premiBp / 100}%`,
      capital: `${s.capitalBp / 100}%`,
    });
  const units = [...preview.units.new.items, ...preview.units.changed.items];
  const more = (group: { count: number; items: unknown[] }) =>
    group.count > group.items.length && (
      <p className="muted">{t('catalog.pkg.more', { count: n(group.count - group.items.length) })}</p>
    );
  const names = (
    label: MessageKey,
    group: {
      new: { count: number; items: { name: string; unitCode: string | null; code: string | null }[] };
      changed: { count: number; items: { name: string; unitCode: string | null; code: string | null }[] };
    },
    testId: string,
  ) => {
    const all = [...group.new.items, ...group.changed.items];
    if (all.length === 0) return null;
    const text = (r: (typeof all)[number]) =>
      r.unitCode ? `${r.name} (${r.unitCode})` : r.code ? `${r.name} (${r.code})` : r.name;
    return (
      <p data-testid={testId}>
        <strong>{t(label)}</strong>{' '}
        {group.new.items.length > 0 &&
          t('catalog.pkg.listNew', { list: group.new.items.map(text).join(', ') })}
        {group.new.items.length > 0 && group.changed.items.length > 0 && ' · '}
        {group.changed.items.length > 0 &&
          t('catalog.pkg.listChanged', { list: group.changed.items.map(text).join(', ') })}
      </p>
    );
  };
  const nothing =
    preview.products.new.count +
      preview.products.changed.count +
      preview.products.deactivated.count +
      units.length +
      preview.workshops.new.count +
      preview.workshops.changed.count +
      preview.categories.new.count +
      preview.categories.changed.count +
      preview.tiers.new.count +
      preview.tiers.changed.count ===
    0;

  return (
    <div className="cat-preview pkg-preview" data-testid="pkg-preview">
      <h3>{t('catalog.pkg.preview', { name: pkg.folderName })}</h3>
      <p>
        <strong>
          {pkg.basedOn === 0
            ? t('catalog.pkg.whole', { version: n(pkg.version) })
            : t('catalog.pkg.delta', { version: n(pkg.version), basedOn: n(pkg.basedOn) })}
        </strong>{' '}
        {t('catalog.pkg.from', {
          office: pkg.officeName,
          when: formatDateTime(new Date(pkg.createdAt), timeZone),
          source: t(`catalog.pkg.source.${pkg.source}`),
        })}
      </p>
      <p data-testid="pkg-versions">
        {preview.heldVersion === 0
          ? t('catalog.pkg.versionsFirst', { after: n(preview.heldAfter) })
          : t('catalog.pkg.versions', { held: n(preview.heldVersion), after: n(preview.heldAfter) })}
      </p>
      {preview.missing && (
        <Banner tone="warn" testId="pkg-missing">
          {t('catalog.pkg.missing', { from: n(preview.missing.from), to: n(preview.missing.to) })}
        </Banner>
      )}
      <dl className="cat-counts">
        <div>
          <dt>{t('catalog.pkg.count.new')}</dt>
          <dd data-testid="pkg-count-new">{n(preview.products.new.count)}</dd>
        </div>
        <div>
          <dt>{t('catalog.pkg.count.changed')}</dt>
          <dd data-testid="pkg-count-changed">{n(preview.products.changed.count)}</dd>
        </div>
        <div>
          <dt>{t('catalog.pkg.count.deactivated')}</dt>
          <dd data-testid="pkg-count-deactivated">{n(preview.products.deactivated.count)}</dd>
        </div>
        <div>
          <dt>{t('catalog.pkg.count.prices')}</dt>
          <dd data-testid="pkg-count-prices">{n(preview.products.priceChanges)}</dd>
        </div>
        <div>
          <dt>{t('catalog.pkg.count.scheduled')}</dt>
          <dd>{n(preview.products.scheduled)}</dd>
        </div>
        <div>
          <dt>{t('catalog.pkg.count.localKept')}</dt>
          <dd data-testid="pkg-count-local">{n(preview.localKept)}</dd>
        </div>
      </dl>
      {preview.products.skipped > 0 && (
        <p className="muted">{t('catalog.pkg.skipped', { count: n(preview.products.skipped) })}</p>
      )}
      {nothing && <Banner tone="info">{t('catalog.pkg.nothing')}</Banner>}

      {preview.conflicts.count > 0 && (
        <div className="pkg-group">
          <h4>{t('catalog.pkg.section.conflicts')}</h4>
          <DataTable
            testId="pkg-conflicts"
            columns={conflictColumns}
            rows={preview.conflicts.items}
            rowKey={(c) => `${c.kind}|${c.localSku}|${c.code ?? ''}`}
          />
          {more(preview.conflicts)}
        </div>
      )}
      {(
        [
          ['new', preview.products.new],
          ['changed', preview.products.changed],
          ['deactivated', preview.products.deactivated],
        ] as const
      ).map(
        ([kind, group]) =>
          group.count > 0 && (
            <div className="pkg-group" key={kind}>
              <h4>{t(`catalog.pkg.section.${kind}`)}</h4>
              <DataTable
                testId={`pkg-products-${kind}`}
                columns={productColumns}
                rows={group.items}
                rowKey={(p) => p.sku}
                rowProps={(p) => ({ 'data-sku': p.sku })}
              />
              {more(group)}
            </div>
          ),
      )}
      {units.length > 0 && (
        <div className="pkg-group">
          <h4>{t('catalog.pkg.section.units')}</h4>
          <DataTable
            testId="pkg-units"
            columns={[
              { key: 'code', header: t('catalog.pkg.col.code'), kind: 'code', cell: (u) => u.code },
              {
                key: 'name',
                header: t('catalog.pkg.col.name'),
                cell: (u) => (
                  <>
                    {u.name}
                    {u.splitBefore === null && <div className="cat-sub">{t('catalog.pkg.newRecord')}</div>}
                    {u.wasLocal && <div className="cat-sub">{t('catalog.pkg.wasLocal')}</div>}
                  </>
                ),
              },
              {
                key: 'split',
                header: t('catalog.pkg.col.split'),
                cell: (u) =>
                  u.splitBefore && JSON.stringify(u.splitBefore) !== JSON.stringify(u.split)
                    ? t('catalog.pkg.splitChange', { before: split(u.splitBefore), after: split(u.split) })
                    : split(u.split),
              },
            ]}
            rows={units}
            rowKey={(u) => u.code}
          />
        </div>
      )}
      {names('catalog.pkg.section.workshops', preview.workshops, 'pkg-workshops')}
      {names('catalog.pkg.section.categories', preview.categories, 'pkg-categories')}
      {names('catalog.pkg.section.tiers', preview.tiers, 'pkg-tiers')}

      <div className="cat-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="pkg-apply"
          disabled={busy}
          onClick={onApply}
        >
          {busy ? t('catalog.pkg.applying') : t('catalog.pkg.apply')}
        </button>
        <button type="button" className="btn" data-testid="pkg-close" disabled={busy} onClick={onClose}>
          {t('catalog.pkg.close')}
        </button>
      </div>
    </div>
  );
}
