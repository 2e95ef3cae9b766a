// The import, step by step: send the file's bytes to the engine, which reads it (CSV or XLSX),
// checks the header and stages every row; ask for a preview; commit in one transaction. The
// screen stays responsive: reading the file is the engine's work, off the page.
import { useCallback, useRef, useState } from 'react';
import type { ImportIssue, ImportPreview, ImportResult } from '../../../shared/contract';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { base64Of } from '../../api/base64Of';
import { call } from '../../api/client';
import { useLang } from '../../i18n';
import { catalogueChanged } from '../../stores/catalogue';
import { messageOf } from './useCatalogLookups';

export type ImportPhase = 'idle' | 'reading' | 'checking' | 'preview' | 'committing' | 'done';

export interface ImportState {
  phase: ImportPhase;
  fileName: string | null;
  /** Data rows in the file. */
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
        if (file.size > MAX_IMPORT_FILE_BYTES) {
          const lang = useLang.getState().lang;
          const max = MAX_IMPORT_FILE_BYTES / 1e6;
          const error = formatMessage(lang, 'catalog.importFileTooBig', { max }) ?? '';
          setState((s) => ({ ...s, phase: 'idle', error }));
          return;
        }
        const base64 = await base64Of(file);
        if (!current()) return;
        const started = await call('catalog.importFile', { fileName: file.name, base64 });
        const importId = started.importId;
        if (!importId) {
          if (!current()) return;
          setState((s) => ({ ...s, phase: 'preview', headerIssues: started.issues, total: started.rows }));
          return;
        }
        if (!current()) return forget(importId);
        setState((s) => ({ ...s, phase: 'checking', total: started.rows }));
        const preview = await call('catalog.importPreview', { importId });
        if (!current()) return forget(importId);
        setState((s) => ({ ...s, phase: 'preview', preview }));
      } catch (err) {
        if (current()) setState((s) => ({ ...s, phase: 'idle', error: messageOf(err) }));
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
      catalogueChanged();
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
