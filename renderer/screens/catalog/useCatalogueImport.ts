// The import, step by step: read the file in a worker, send the header, stage the rows in chunks
// (the progress bar counts them), ask the engine for a preview, and commit in one transaction.
// The screen stays responsive throughout: parsing is off the main thread and each chunk is a
// separate, short engine call.
import { useCallback, useRef, useState } from 'react';
import type { ImportIssue, ImportPreview, ImportResult } from '../../../shared/contract';
import { call } from '../../api/client';
import { t } from '../../i18n';
import { FileReadError, readTable } from './catalogueFiles';
import { chunkRows } from './chunkRows';
import { messageOf } from './useCatalogLookups';

export type ImportPhase = 'idle' | 'reading' | 'staging' | 'checking' | 'preview' | 'committing' | 'done';

export interface ImportState {
  phase: ImportPhase;
  fileName: string | null;
  /** Rows sent so far and in the file, for the progress bar. */
  sent: number;
  total: number;
  /** Problems with the header row (nothing was staged). */
  headerIssues: ImportIssue[];
  preview: ImportPreview | null;
  result: ImportResult | null;
  error: string | null;
}

const IDLE: ImportState = {
  phase: 'idle',
  fileName: null,
  sent: 0,
  total: 0,
  headerIssues: [],
  preview: null,
  result: null,
  error: null,
};

export function useCatalogueImport(onImported: () => void) {
  const [state, setState] = useState<ImportState>(IDLE);
  const run = useRef(0); // a newer file makes an older run stop at its next step

  const forget = useCallback((importId: string | undefined) => {
    if (importId) void call('catalog.importCancel', { importId }).catch(() => undefined);
  }, []);

  const pick = useCallback(
    async (file: File) => {
      const ticket = ++run.current;
      const current = () => ticket === run.current;
      forget(state.preview?.importId);
      setState({ ...IDLE, phase: 'reading', fileName: file.name });
      try {
        const table = await readTable(file);
        if (!current()) return;
        const started = await call('catalog.importStart', { fileName: file.name, columns: table.columns });
        if (!current()) return;
        const importId = started.importId;
        if (!importId) {
          setState((s) => ({
            ...s,
            phase: 'preview',
            headerIssues: started.issues,
            total: table.rows.length,
          }));
          return;
        }
        setState((s) => ({ ...s, phase: 'staging', total: table.rows.length }));
        let sent = 0;
        for (const rows of chunkRows(table.rows)) {
          await call('catalog.importStage', { importId, rows });
          if (!current()) return forget(importId);
          sent += rows.length;
          const done = sent;
          setState((s) => ({ ...s, sent: done }));
        }
        setState((s) => ({ ...s, phase: 'checking' }));
        const preview = await call('catalog.importPreview', { importId });
        if (!current()) return forget(importId);
        setState((s) => ({ ...s, phase: 'preview', preview }));
      } catch (err) {
        const message =
          err instanceof FileReadError
            ? t('catalog.import.unreadable', { reason: err.message })
            : messageOf(err);
        if (current()) setState((s) => ({ ...s, phase: 'idle', error: message }));
      }
    },
    [forget, state.preview?.importId],
  );

  const commit = useCallback(async () => {
    const preview = state.preview;
    if (!preview || preview.issueCount > 0) return;
    setState((s) => ({ ...s, phase: 'committing', error: null }));
    try {
      const result = await call('catalog.importCommit', { importId: preview.importId });
      setState((s) => ({ ...s, phase: 'done', result, preview: null }));
      onImported();
    } catch (err) {
      // The engine checks again at commit; a refusal leaves the preview up with its message.
      setState((s) => ({ ...s, phase: 'preview', error: messageOf(err) }));
    }
  }, [state.preview, onImported]);

  const reset = useCallback(() => {
    run.current++;
    forget(state.preview?.importId);
    setState(IDLE);
  }, [forget, state.preview?.importId]);

  return { state, pick, commit, reset };
}
