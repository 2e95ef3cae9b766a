// Receive batches: finance or an admin drops batch folders from a USB stick on the page (or picks
// the stick's folder), from whatever computer opens it, or names a folder on the office computer;
// every batch folder is verified and stored, each with the receiver's answer.
import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { Banner, type Column, DataTable, FormRow } from '../../../renderer/components/ui';
import type { ImportedBatch, ImportResult } from '../../../shared/office/contract';
import { ApiError, call, errorText, importZip } from '../api';
import { useT } from '../i18n';
import { useSession } from '../session';
import { type BatchToSend, groupBatches, type PickedFile, zipOf } from './dropBatches';
import { filesFromDrop, filesFromPicker } from './pickedFiles';
import './statements.css';

const noResult = (): ImportResult => ({ batches: [], stored: 0, duplicates: 0, refused: 0 });

function added(result: ImportResult, more: ImportResult): ImportResult {
  return {
    batches: [...result.batches, ...more.batches],
    stored: result.stored + more.stored,
    duplicates: result.duplicates + more.duplicates,
    refused: result.refused + more.refused,
  };
}

/** A zip the office could not read as a batch: a refused row, and the next batch still goes. */
function refusedRow(batch: BatchToSend, reason: string): ImportResult {
  return {
    ...noResult(),
    refused: 1,
    batches: [
      {
        folder: batch.name,
        status: 422,
        outcome: 'refused',
        device: null,
        seq: null,
        receipt: null,
        reason,
        problems: [],
        notes: [],
      },
    ],
  };
}

export function ReceiveScreen() {
  const t = useT();
  const phase = useSession((s) => s.phase);
  const canReceive = phase.kind === 'in' && (phase.user.role === 'finance' || phase.user.role === 'admin');
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState<{ done: number; total: number } | null>(null);
  const [ignored, setIgnored] = useState(0);
  const [over, setOver] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  /** Each batch in turn, zipped and sent; the answers gathered as one import's. */
  const send = async (files: PickedFile[]) => {
    setProblem(null);
    setResult(null);
    const { batches, ignored: left } = groupBatches(files);
    setIgnored(left);
    if (batches.length === 0) {
      setBusy(false);
      setProblem(t('receive.dropNone'));
      return;
    }
    setBusy(true);
    let gathered = noResult();
    try {
      for (const [i, batch] of batches.entries()) {
        setSending({ done: i, total: batches.length });
        try {
          gathered = added(gathered, await importZip(await zipOf(batch)));
        } catch (err) {
          // A zip that is no batch, or too big, is that batch's refusal; no session or no server
          // ends the sending.
          const key = err instanceof ApiError ? err.key : undefined;
          if (key === 'officeUploads.notABatch' || key === 'officeUploads.tooBig') {
            gathered = added(gathered, refusedRow(batch, (err as ApiError).message));
          } else throw err;
        }
        setResult(gathered);
      }
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setSending(null);
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (busy) return;
    // Busy from now: walking a big dropped folder takes a while, and a second drop must wait.
    setBusy(true);
    // Taken while the event runs: the browser empties what was dropped after it.
    const files = filesFromDrop(event.dataTransfer);
    void files.then(send, () => {
      setBusy(false);
      setProblem(t('receive.dropUnreadable'));
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    setIgnored(0);
    setBusy(true);
    try {
      setResult(await call('office.importFolder', { path }));
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<ImportedBatch>[] = [
    { key: 'folder', header: t('receive.col.folder'), kind: 'code', cell: (b) => b.folder },
    { key: 'device', header: t('receive.col.device'), kind: 'code', cell: (b) => b.device ?? '—' },
    {
      key: 'seq',
      header: t('receive.col.seq'),
      kind: 'num',
      cell: (b) => (b.seq === null ? '—' : `#${b.seq}`),
    },
    {
      key: 'outcome',
      header: t('receive.col.outcome'),
      cell: (b) => t(`receive.${b.outcome}`),
      cellProps: (b) => ({ 'data-testid': 'receive-outcome', 'data-outcome': b.outcome }),
    },
    {
      key: 'why',
      header: t('receive.col.why'),
      cell: (b) => [b.reason, ...b.problems, ...b.notes].filter(Boolean).join(' · ') || '—',
    },
  ];

  return (
    <section className="office-page" aria-labelledby="office-page-title">
      <h2 id="office-page-title" className="office-page-title">
        {t('receive.title')}
      </h2>
      <p className="statement-intro">{t('receive.intro')}</p>
      {!canReceive && <Banner tone="info">{t('receive.viewerNote')}</Banner>}
      {canReceive && (
        // biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the button inside does the same by keyboard
        <div
          className={`receive-drop${over ? ' receive-drop-over' : ''}`}
          data-testid="receive-drop"
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setOver(true);
          }}
          onDragLeave={(e) => {
            // Leaving for one of the area's own children is not leaving the area (no flicker).
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
          }}
          onDrop={onDrop}
        >
          <p className="receive-drop-title">{t('receive.dropTitle')}</p>
          <p className="receive-drop-help">{t('receive.dropHelp')}</p>
          <button
            type="button"
            className="btn btn-secondary"
            data-testid="receive-pick"
            disabled={busy}
            onClick={() => picker.current?.click()}
          >
            {t('receive.pick')}
          </button>
          <input
            ref={picker}
            type="file"
            hidden
            multiple
            data-testid="receive-picker"
            // The folder picker: every file below the folder chosen, with its path.
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              const files = filesFromPicker(e.currentTarget.files);
              e.currentTarget.value = '';
              void send(files);
            }}
          />
          {sending && (
            <p className="receive-drop-progress" role="status" data-testid="receive-sending">
              {t('receive.sending', { done: sending.done + 1, total: sending.total })}
            </p>
          )}
        </div>
      )}
      {canReceive && <h3 className="office-subtitle">{t('receive.orPath')}</h3>}
      {canReceive && (
        <form className="statement-form" onSubmit={(e) => void submit(e)} noValidate>
          <FormRow label={t('receive.path')} help={t('receive.pathHelp')}>
            <input
              data-testid="receive-path"
              className="receive-path"
              value={path}
              onChange={(e) => setPath(e.target.value)}
            />
          </FormRow>
          <div className="statement-form-actions">
            <button type="submit" className="btn btn-primary" data-testid="receive-submit" disabled={busy}>
              {busy ? t('receive.busy') : t('receive.submit')}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <Banner tone="error" testId="receive-error">
          {problem}
        </Banner>
      )}
      {result && (
        <>
          <Banner tone={result.refused > 0 ? 'warn' : 'success'} testId="receive-summary">
            {t('receive.summary', {
              stored: result.stored,
              duplicates: result.duplicates,
              refused: result.refused,
            })}
            {ignored > 0 && ` ${t('receive.ignored', { count: ignored })}`}
          </Banner>
          <DataTable
            columns={columns}
            rows={result.batches}
            rowKey={(b) => b.folder}
            testId="receive-batches"
          />
        </>
      )}
    </section>
  );
}
