// Backups and diagnostics, for the admin: where backups go (a flash drive too), how many to keep
// and how often; back up now; restore one after a confirmation; copy diagnostics for support.
// The engine checks every file before a restore and keeps a safety copy of what it replaces.
// A backup of another till (another device code) is refused; the takeover dialog then names both
// codes and asks the admin to type the backup's code to make this till that one (a new laptop in
// place of a broken one).
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import './backup.css';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BackupEntryInfo, BackupState } from '../../../shared/contract';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { ApiError, call } from '../../api/client';
import { Banner, type Column, DataTable, Dialog, FormRow } from '../../components/ui';
import { type MessageKey, useLang, useT } from '../../i18n';
import { useSession } from '../../stores/session';

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

export function formatBytes(bytes: number, lang: 'id' | 'en'): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

type Notice = { kind: 'ok' | 'warn' | 'error'; text: string } | null;
const TONE = { ok: 'success', warn: 'warn', error: 'error' } as const;

export function BackupScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [state, setState] = useState<BackupState | null>(null);
  const timeZone = useDeviceTimeZone();
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<'run' | 'save' | 'copy' | null>(null);
  const [restoring, setRestoring] = useState<BackupEntryInfo | null>(null);

  const load = useCallback(() => {
    call('backup.list', {})
      .then(setState)
      .catch((error: unknown) => setNotice({ kind: 'error', text: messageOf(error, t('api.unreachable')) }));
  }, [t]);

  useEffect(() => {
    load();
  }, [load]);

  const when = (entry: BackupEntryInfo) => formatZonedDateTime(new Date(entry.createdAt), timeZone);
  const columns: Column<BackupEntryInfo>[] = [
    {
      key: 'when',
      header: t('backup.col.when'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: when,
    },
    {
      key: 'kind',
      header: t('backup.col.kind'),
      cell: (entry) => (
        <>
          {t(`backup.kind.${entry.kind}` as MessageKey)}
          {entry.device !== null && entry.device !== state?.device && (
            <span className="backup-other" data-testid="backup-other-device">
              {t('backup.otherDevice', { device: entry.device })}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'size',
      header: t('backup.col.size'),
      kind: 'num',
      cell: (entry) => formatBytes(entry.bytes, lang),
    },
    { key: 'file', header: t('backup.col.file'), kind: 'code', cell: (entry) => entry.file },
    {
      key: 'restore',
      header: '',
      headerLabel: t('backup.restore'),
      kind: 'action',
      cell: (entry) => (
        <button
          type="button"
          className="btn btn-small"
          data-testid="backup-restore"
          onClick={() => setRestoring(entry)}
        >
          {t('backup.restore')}
        </button>
      ),
    },
  ];

  const runNow = async () => {
    setBusy('run');
    setNotice(null);
    try {
      const entry = await call('backup.run', {});
      setNotice({ kind: 'ok', text: t('backup.done', { file: entry.file }) });
      load();
    } catch (error) {
      setNotice({ kind: 'error', text: messageOf(error, t('api.unreachable')) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <main className="backup">
      <header>
        <h2>{t('backup.title')}</h2>
        <p className="muted">{t('backup.intro')}</p>
      </header>
      {notice && (
        <Banner tone={TONE[notice.kind]} testId={notice.kind === 'ok' ? 'backup-notice' : 'backup-error'}>
          {notice.text}
        </Banner>
      )}

      {state && (
        <BackupSettingsForm
          state={state}
          busy={busy === 'save'}
          onSaved={(next) => {
            setState(next);
            setNotice({ kind: 'ok', text: t('backup.saved') });
          }}
          onError={(text) => setNotice({ kind: 'error', text })}
        />
      )}

      <section className="backup-panel">
        <div className="backup-row">
          <h3>{t('backup.list')}</h3>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="backup-run"
            disabled={busy !== null}
            onClick={runNow}
          >
            {busy === 'run' ? t('backup.running') : t('backup.runNow')}
          </button>
        </div>
        {state && !state.folderReachable && (
          <Banner tone="error" testId="backup-folder-missing">
            {t('backup.folderMissing')}
          </Banner>
        )}
        {state && state.backups.length === 0 && <p className="muted">{t('backup.empty')}</p>}
        {state && state.backups.length > 0 && (
          <DataTable
            testId="backup-list"
            columns={columns}
            rows={state.backups}
            rowKey={(entry) => entry.file}
            rowProps={(entry) => ({ 'data-testid': 'backup-item', 'data-file': entry.file })}
          />
        )}
      </section>

      <DiagnosticsPanel />

      {restoring && (
        <RestoreDialog entry={restoring} when={when(restoring)} onClose={() => setRestoring(null)} />
      )}
    </main>
  );
}

function BackupSettingsForm(props: {
  state: BackupState;
  busy: boolean;
  onSaved: (state: BackupState) => void;
  onError: (message: string) => void;
}) {
  const t = useT();
  const [folder, setFolder] = useState(props.state.isDefaultFolder ? '' : props.state.folder);
  const [keep, setKeep] = useState(String(props.state.keep));
  const [interval, setIntervalMinutes] = useState(String(props.state.intervalMinutes));
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      props.onSaved(
        await call('backup.configure', {
          folder: folder.trim() === '' ? null : folder.trim(),
          // The engine refuses anything that is not a whole number in range, in Indonesian.
          keep: Number(keep),
          intervalMinutes: Number(interval),
        }),
      );
    } catch (error) {
      props.onError(messageOf(error, t('api.unreachable')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="backup-panel backup-settings" onSubmit={save} noValidate>
      <h3>{t('backup.settings')}</h3>
      <FormRow
        label={t('backup.folder')}
        help={
          <>
            {t('backup.folderHint')}
            <br />
            <span className="backup-path">
              {t('backup.folderDefault', { folder: props.state.defaultFolder })}
            </span>
          </>
        }
      >
        <input
          data-testid="backup-folder"
          value={folder}
          placeholder={props.state.defaultFolder}
          onChange={(e) => setFolder(e.target.value)}
          maxLength={500}
        />
      </FormRow>
      <div className="backup-numbers">
        <FormRow label={t('backup.keep')}>
          <input
            data-testid="backup-keep"
            inputMode="numeric"
            value={keep}
            onChange={(e) => setKeep(e.target.value)}
          />
        </FormRow>
        <FormRow label={t('backup.interval')}>
          <input
            data-testid="backup-interval"
            inputMode="numeric"
            value={interval}
            onChange={(e) => setIntervalMinutes(e.target.value)}
          />
        </FormRow>
      </div>
      <div>
        <button type="submit" className="btn" data-testid="backup-save" disabled={saving || props.busy}>
          {t('backup.save')}
        </button>
      </div>
    </form>
  );
}

type Restored = {
  file: string;
  sales: number;
  safety: string;
  takenOverFrom: string | null;
  device: string | null;
};
type Takeover = { device: string; thisDevice: string; sales: number };

function RestoreDialog({
  entry,
  when,
  onClose,
}: {
  entry: BackupEntryInfo;
  when: string;
  onClose: () => void;
}) {
  const t = useT();
  const signOut = useSession((s) => s.signOut);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Restored | null>(null);
  const [takeover, setTakeover] = useState<Takeover | null>(null);
  const [typed, setTyped] = useState('');
  const formId = useId();

  const restore = async (fromDevice?: string) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('backup.restore', {
        file: entry.file,
        ...(fromDevice !== undefined ? { takeover: { fromDevice } } : {}),
      });
      setDone({
        file: result.restored,
        sales: result.sales,
        safety: result.safetyCopy.file,
        takenOverFrom: result.takenOverFrom,
        device: result.device,
      });
      // The engine signed everyone out, so the next refused command ends this screen: the sign-in
      // screen keeps saying what happened (and, after a takeover, not to use the old laptop).
      useSession.getState().setNotices([
        {
          key: 'backup.restored',
          params: { file: result.restored, sales: result.sales, safety: result.safetyCopy.file },
          tone: 'success',
        },
        ...(result.takenOverFrom
          ? [
              {
                key: 'backup.takenOver',
                params: { device: result.device ?? '', before: result.takenOverFrom },
                tone: 'warn',
              } as const,
            ]
          : []),
      ]);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DEVICE_MISMATCH' && fromDevice === undefined) {
        // Another till's backup: ask which codes, then offer the takeover.
        try {
          const found = await call('backup.inspect', { file: entry.file });
          if (found.device !== null) {
            setTakeover({ device: found.device, thisDevice: found.thisDevice, sales: found.sales });
            return;
          }
        } catch {
          // Fall through: the refusal's own message names both codes.
        }
      }
      setError(messageOf(err, t('api.unreachable')));
    } finally {
      setBusy(false);
    }
  };

  // One Dialog throughout (its content changes): closing one dialog to open another would end here.
  if (done) {
    // The engine signed everyone out: the restored file has its own users and PINs.
    return (
      <Dialog
        title={t(done.takenOverFrom ? 'backup.takeoverTitle' : 'backup.restoreTitle')}
        onClose={signOut}
        className="backup-dialog"
        footer={
          <button type="button" className="btn btn-primary" data-testid="backup-sign-in" onClick={signOut}>
            {t('backup.signInAgain')}
          </button>
        }
      >
        <p className="backup-path" data-testid="backup-restored">
          {t('backup.restored', { file: done.file, sales: done.sales, safety: done.safety })}
        </p>
        {done.takenOverFrom && (
          <Banner tone="success" testId="backup-taken-over">
            {t('backup.takenOver', { device: done.device ?? '', before: done.takenOverFrom })}
          </Banner>
        )}
      </Dialog>
    );
  }
  if (takeover) {
    const codes = { device: takeover.device, thisDevice: takeover.thisDevice };
    const matches = typed.trim().toUpperCase() === takeover.device;
    return (
      <Dialog
        title={t('backup.takeoverTitle')}
        onClose={onClose}
        canClose={!busy}
        className="backup-dialog backup-takeover"
        footer={
          <>
            <button type="button" className="btn" disabled={busy} onClick={onClose}>
              {t('dialog.cancel')}
            </button>
            <button
              type="submit"
              form={formId}
              className="btn btn-danger"
              data-testid="takeover-confirm"
              disabled={busy || !matches}
            >
              {busy ? t('backup.restoring') : t('backup.takeoverConfirm', codes)}
            </button>
          </>
        }
      >
        <TakeoverBody
          formId={formId}
          entry={entry}
          when={when}
          takeover={takeover}
          typed={typed}
          onType={setTyped}
          error={error}
          onConfirm={() => {
            if (matches && !busy) void restore(typed.trim().toUpperCase());
          }}
        />
      </Dialog>
    );
  }
  return (
    <Dialog
      title={t('backup.restoreTitle')}
      onClose={onClose}
      canClose={!busy}
      className="backup-dialog"
      footer={
        <>
          <button type="button" className="btn" data-autofocus disabled={busy} onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="backup-restore-confirm"
            disabled={busy}
            onClick={() => restore()}
          >
            {busy ? t('backup.restoring') : t('backup.restoreConfirm')}
          </button>
        </>
      }
    >
      <p className="backup-path">{t('backup.restoreWarning', { file: entry.file, when })}</p>
      {error && (
        <Banner tone="error" testId="backup-restore-error">
          {error}
        </Banner>
      )}
    </Dialog>
  );
}

/**
 * Restoring another till's backup makes this till that one. Said plainly, with both codes, and
 * confirmed by typing the backup's code (not just a click), since receipts, Zs and batches carry it.
 */
function TakeoverBody({
  formId,
  entry,
  when,
  takeover,
  typed,
  onType,
  error,
  onConfirm,
}: {
  formId: string;
  entry: BackupEntryInfo;
  when: string;
  takeover: Takeover;
  typed: string;
  onType: (text: string) => void;
  error: string | null;
  onConfirm: () => void;
}) {
  const t = useT();
  const codes = { device: takeover.device, thisDevice: takeover.thisDevice };
  const input = useRef<HTMLInputElement>(null);
  // The dialog was already open (the plain restore's): put the cursor where the code goes.
  useEffect(() => {
    input.current?.focus();
  }, []);
  return (
    <>
      <Banner tone="warn" testId="takeover-codes">
        {t('backup.takeoverCodes', codes)}
      </Banner>
      <p className="backup-path">
        {t('backup.takeoverFile', { file: entry.file, when, sales: takeover.sales })}
      </p>
      <p>{t('backup.takeoverWhen', codes)}</p>
      <ul className="backup-takeover-list">
        <li>{t('backup.takeoverReceipts', codes)}</li>
        <li>{t('backup.takeoverOldLaptop', codes)}</li>
        <li>{t('backup.takeoverSafety', codes)}</li>
      </ul>
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <FormRow label={t('backup.takeoverType', codes)}>
          <input
            className="backup-takeover-code"
            data-testid="takeover-code"
            ref={input}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            maxLength={8}
            onChange={(e) => onType(e.target.value)}
          />
        </FormRow>
      </form>
      {error && (
        <Banner tone="error" testId="backup-restore-error">
          {error}
        </Banner>
      )}
    </>
  );
}

function DiagnosticsPanel() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [manual, setManual] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (manual === null || !area.current) return;
    area.current.focus();
    area.current.select();
    // Older route for a user-started copy where the async clipboard is refused.
    const copied = document.execCommand('copy');
    setNotice({
      kind: copied ? 'ok' : 'warn',
      text: copied ? t('backup.copied') : t('backup.copyManually'),
    });
  }, [manual, t]);

  const copy = async () => {
    setBusy(true);
    setNotice(null);
    setManual(null);
    try {
      const { text } = await call('diagnostics.collect', {});
      try {
        await navigator.clipboard.writeText(text);
        setNotice({ kind: 'ok', text: t('backup.copied') });
      } catch {
        setManual(text);
      }
    } catch (error) {
      setNotice({ kind: 'error', text: messageOf(error, t('api.unreachable')) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="backup-panel">
      <h3>{t('backup.diagnostics')}</h3>
      <p className="muted">{t('backup.diagnosticsIntro')}</p>
      <div>
        <button type="button" className="btn" data-testid="diagnostics-copy" disabled={busy} onClick={copy}>
          {t('backup.copyDiagnostics')}
        </button>
      </div>
      {notice && (
        <Banner tone={TONE[notice.kind]} testId="diagnostics-notice">
          {notice.text}
        </Banner>
      )}
      {manual !== null && (
        <textarea
          ref={area}
          className="backup-diagnostics"
          aria-label={t('backup.diagnostics')}
          readOnly
          value={manual}
          data-testid="diagnostics-text"
        />
      )}
    </section>
  );
}
