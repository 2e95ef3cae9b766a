// Ekspor: the manager sends closed days to the regional office. Pick the days, see what will go
// (the engine's preview: the same figures the manifest will carry), type the folder of the USB
// stick, export, and see what was written: the files, their checksums and the batch's checksum.
// Earlier batches are listed below with their way to the office when upload is set up (the
// engine's outbox sends them in the background). The engine writes atomically and marks days
// exported only after the folder was written and read back.
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import './batches.css';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { BatchRecord, CommandOutput, UploadSettings } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { formatRupiah } from '../../../shared/money';
import { formatLongDay } from '../../../shared/time';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { ApiError, call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { useLang, useT } from '../../i18n';
import { useSession } from '../../stores/session';
import { formatBytes } from '../backup/BackupScreen';
import { BatchSummary } from './BatchSummary';
import { DayPicker, toggleDay } from './DayPicker';
import { UploadCell } from './UploadCell';
import { UploadPanel } from './UploadPanel';

/** While a batch waits for the office, the list asks the engine again this often. */
const UPLOAD_POLL_MS = 3000;

type Preview = CommandOutput<'batches.preview'>;
type Notice = { kind: 'ok' | 'error'; text: string } | null;

const DIR_KEY = 'karya.batches.dir';

function storedDir(): string {
  try {
    return globalThis.localStorage?.getItem(DIR_KEY) ?? '';
  } catch {
    return '';
  }
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

export function BatchesScreen() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reexport, setReexport] = useState(false);
  const [dir, setDir] = useState(storedDir);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [result, setResult] = useState<{ batch: BatchRecord; removed: string[] } | null>(null);
  const [history, setHistory] = useState<BatchRecord[]>([]);
  const timeZone = useDeviceTimeZone();
  const [upload, setUpload] = useState<UploadSettings | null>(null);
  const [sending, setSending] = useState(false);
  const isAdmin = useSession((s) => s.user?.role === 'admin');
  const asked = useRef(0);

  /** The days and, for `days` (or every waiting day), what the batch would hold. */
  const load = useCallback(
    async (days: readonly string[] | null, again: boolean) => {
      const ticket = ++asked.current;
      try {
        const answer = await call(
          'batches.preview',
          days === null ? { reexport: again } : { days: [...days], reexport: again },
        );
        if (ticket !== asked.current) return; // a newer choice is on its way
        setPreview(days !== null && days.length === 0 ? { ...answer, batch: null } : answer);
        if (days === null) setSelected(new Set(answer.batch?.days ?? []));
      } catch (error) {
        setNotice({ kind: 'error', text: messageOf(error, t('api.unreachable')) });
      }
    },
    [t],
  );

  const loadHistory = useCallback(() => {
    call('batches.list', {})
      .then(setHistory)
      .catch((error: unknown) => setNotice({ kind: 'error', text: messageOf(error, t('api.unreachable')) }));
  }, [t]);

  useEffect(() => {
    void load(null, false);
    loadHistory();
    call('batches.uploadSettings', {})
      .then(setUpload)
      .catch(() => undefined);
  }, [load, loadHistory]);

  // Batches on their way to the office change state in the background: follow them.
  const waiting = history.some((b) => b.upload?.state === 'pending' || b.upload?.state === 'sent');
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(loadHistory, UPLOAD_POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, loadHistory]);

  const send = async (b: BatchRecord) => {
    setSending(true);
    setNotice(null);
    try {
      await call('batches.upload', { batchId: b.id });
      setNotice({ kind: 'ok', text: t('batches.upload.queued', { seq: b.seq }) });
      loadHistory();
    } catch (error) {
      setNotice({ kind: 'error', text: messageOf(error, t('api.unreachable')) });
    } finally {
      setSending(false);
    }
  };
  const uploadOn = Boolean(upload?.url && upload.tokenSet);

  const toggle = (day: string) => {
    if (!preview) return;
    const next = toggleDay(preview.closedDays, selected, day, reexport);
    setSelected(next);
    void load([...next].sort(), reexport);
  };

  const switchMode = (again: boolean) => {
    setReexport(again);
    setSelected(new Set());
    setResult(null);
    if (again) void load([], true);
    else void load(null, false);
  };

  const exportNow = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setNotice(null);
    setResult(null);
    try {
      globalThis.localStorage?.setItem(DIR_KEY, dir.trim());
    } catch {
      // Remembering the folder is a convenience only.
    }
    try {
      const folder = dir.trim();
      const done = await call('batches.export', {
        ...(folder === '' ? {} : { dir: folder }),
        days: [...selected].sort(),
        reexport,
      });
      setResult(done);
      setNotice({ kind: 'ok', text: t('batches.done', { seq: done.batch.seq, folder: done.batch.folder }) });
      setReexport(false);
      await load(null, false);
      loadHistory();
    } catch (error) {
      setNotice({ kind: 'error', text: messageOf(error, t('api.unreachable')) });
    } finally {
      setBusy(false);
    }
  };

  const batch = preview?.batch ?? null;
  const day = (d: string) => formatLongDay(d, lang, true);
  const historyColumns: Column<BatchRecord>[] = [
    {
      key: 'no',
      header: t('batches.col.no'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (b) => (
        <>
          #{b.seq}
          {b.reexport && <span className="batches-tag">{t('batches.reexportTag')}</span>}
        </>
      ),
    },
    {
      key: 'period',
      header: t('batches.col.period'),
      cell: (b) => t('batches.period', { from: day(b.from), to: day(b.to) }),
    },
    { key: 'sales', header: t('batches.col.sales'), kind: 'num', cell: (b) => b.counts.sales },
    { key: 'net', header: t('batches.col.net'), kind: 'num', cell: (b) => formatRupiah(b.totals.net) },
    {
      key: 'when',
      header: t('batches.col.when'),
      cell: (b) => (
        <>
          <span className="ui-nowrap">{formatZonedDateTime(new Date(b.createdAt), timeZone)}</span>
          <br />
          <span className="ui-sub">{b.createdBy}</span>
        </>
      ),
    },
    {
      key: 'sha',
      header: t('batches.col.sha'),
      kind: 'code',
      cellProps: (b) => ({ title: b.manifestSha256 }),
      cell: (b) => `${b.manifestSha256.slice(0, 12)}…`,
    },
    {
      key: 'folder',
      header: t('batches.col.folder'),
      cellProps: () => ({ className: 'batches-path' }),
      cell: (b) => b.folder,
    },
    {
      key: 'upload',
      header: t('batches.col.upload'),
      cell: (b) => (
        <UploadCell
          batch={b}
          enabled={uploadOn}
          timeZone={timeZone}
          busy={sending}
          onSend={(picked) => void send(picked)}
        />
      ),
    },
  ];

  return (
    <main className="batches">
      <header>
        <h2>{t('batches.title')}</h2>
        <p className="muted">{t('batches.intro')}</p>
      </header>
      {notice && (
        <Banner
          tone={notice.kind === 'ok' ? 'success' : 'error'}
          testId={notice.kind === 'ok' ? 'batches-notice' : 'batches-error'}
        >
          {notice.text}
        </Banner>
      )}

      <div className="batches-columns">
        <div className="batches-stack">
          <section className="batches-panel" aria-labelledby="batches-days-title">
            <h3 id="batches-days-title">{t('batches.days')}</h3>
            <label className="batches-check">
              <input
                type="checkbox"
                data-testid="batches-reexport"
                checked={reexport}
                onChange={(e) => switchMode(e.target.checked)}
              />
              {t('batches.reexport')}
            </label>
            {preview && (
              <DayPicker
                days={preview.closedDays}
                selected={selected}
                reexport={reexport}
                onToggle={toggle}
              />
            )}
            {!reexport && <p className="muted batches-small">{t('batches.olderFirst')}</p>}
          </section>
          <form
            className="batches-panel"
            onSubmit={exportNow}
            aria-labelledby="batches-target-title"
            noValidate
          >
            <h3 id="batches-target-title">{t('batches.target')}</h3>
            <FormRow label={t('batches.dir')} help={t('batches.dirHint')}>
              <input
                data-testid="batches-dir"
                value={dir}
                placeholder="/media/usb"
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => setDir(e.target.value)}
              />
            </FormRow>
            <button
              type="submit"
              className="btn btn-primary"
              data-testid="batches-export"
              disabled={busy || !batch}
            >
              {busy ? t('batches.exporting') : t('batches.export')}
            </button>
          </form>
        </div>

        <section
          className="batches-panel"
          aria-labelledby="batches-preview-title"
          data-testid="batches-preview"
        >
          <h3 id="batches-preview-title">{t('batches.preview')}</h3>
          {!batch && (
            <p className="muted">
              {selected.size === 0
                ? t('batches.previewNone')
                : preview?.reason && formatMessage(lang, preview.reason.key, preview.reason.params)}
            </p>
          )}
          {batch && (
            <>
              <p className="batches-lead" data-testid="batches-preview-title">
                <strong>
                  {t(batch.reexport ? 'batches.batchNoReexport' : 'batches.batchNo', { seq: batch.seq })}
                </strong>{' '}
                · {t('batches.period', { from: day(batch.from), to: day(batch.to) })}
              </p>
              {batch.receipts.first && batch.receipts.last && (
                <p className="muted batches-small">
                  {t('batches.receipts', { first: batch.receipts.first, last: batch.receipts.last })}
                </p>
              )}
              <BatchSummary counts={batch.counts} totals={batch.totals} />
            </>
          )}
        </section>
      </div>

      {result && <ExportResult batch={result.batch} removed={result.removed} />}

      {upload && (
        <UploadPanel
          settings={upload}
          canEdit={isAdmin}
          onSaved={(saved) => {
            setUpload(saved);
            loadHistory();
          }}
        />
      )}

      <section className="batches-panel" aria-labelledby="batches-history-title">
        <h3 id="batches-history-title">{t('batches.history')}</h3>
        {history.length === 0 && <p className="muted">{t('batches.historyEmpty')}</p>}
        {history.length > 0 && (
          <DataTable
            testId="batches-history"
            columns={historyColumns}
            rows={history}
            rowKey={(b) => b.id}
            rowProps={(b) => ({ 'data-testid': 'batches-history-row', 'data-seq': b.seq })}
          />
        )}
      </section>
    </main>
  );
}

function ExportResult(props: { batch: BatchRecord; removed: string[] }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { batch } = props;
  const panel = useRef<HTMLElement>(null);
  // The result sits below the days and the preview: bring it into view once written.
  useEffect(() => {
    panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <section
      ref={panel}
      className="batches-panel"
      aria-labelledby="batches-result-title"
      data-testid="batches-result"
    >
      <h3 id="batches-result-title">{t('batches.result')}</h3>
      <p className="batches-path" data-testid="batches-result-folder">
        {batch.folder}
      </p>
      <p>
        {t('batches.checksum')}: <code data-testid="batches-checksum">{batch.manifestSha256}</code>
      </p>
      {props.removed.length > 0 && (
        <p className="muted">{t('batches.removed', { names: props.removed.join(', ') })}</p>
      )}
      <BatchSummary counts={batch.counts} totals={batch.totals} />
      <DataTable
        testId="batches-files"
        rows={batch.files}
        rowKey={(file) => file.name}
        rowProps={() => ({ 'data-testid': 'batches-file' })}
        columns={[
          { key: 'file', header: t('batches.col.file'), kind: 'code', cell: (file) => file.name },
          {
            key: 'size',
            header: t('batches.col.size'),
            kind: 'num',
            cell: (file) => formatBytes(file.bytes, lang),
          },
          {
            key: 'sha',
            header: t('batches.col.sha'),
            cellProps: () => ({ className: 'batches-hash' }),
            cell: (file) => file.sha256,
          },
        ]}
      />
    </section>
  );
}
