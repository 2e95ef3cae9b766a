// Importing a catalogue file on the Katalog page (admins): the file is checked first (what it would
// add and change, and every problem with its cell), then imported in one go when it has none.
import { useState } from 'react';
import { Banner, FormRow } from '../../../renderer/components/ui';
import { formatMessage } from '../../../shared/messages';
import type { CatalogueImport as ImportAnswer } from '../../../shared/office/contract';
import { call, errorText } from '../api';
import { useLang, useT } from '../i18n';

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

export function CatalogueImport(props: { onImported: () => void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await call('catalogue.importFile', {
        fileName: file.name,
        base64: await base64Of(file),
        commit,
      });
      setAnswer(result);
      if (result.imported) props.onImported();
    } catch (err) {
      setAnswer(null);
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const toChange = answer ? answer.counts.new + answer.counts.updated : 0;
  return (
    <div className="catalogue-section">
      <h3 className="office-subtitle">{t('catalogue.import')}</h3>
      <p className="office-note">{t('catalogue.importHelp')}</p>
      <div className="statement-form">
        <FormRow label={t('catalogue.importFile')}>
          <input
            type="file"
            data-testid="catalogue-import-file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setAnswer(null);
            }}
          />
        </FormRow>
        <div className="statement-form-actions">
          <button
            type="button"
            className="btn"
            data-testid="catalogue-import-check"
            disabled={busy || !file}
            onClick={() => void run(false)}
          >
            {t('catalogue.importCheck')}
          </button>
          {answer && !answer.imported && answer.issueCount === 0 && toChange > 0 && (
            <button
              type="button"
              className="btn btn-primary"
              data-testid="catalogue-import-commit"
              disabled={busy}
              onClick={() => void run(true)}
            >
              {t('catalogue.importCommit', { count: toChange })}
            </button>
          )}
        </div>
      </div>
      {answer && (
        <div data-testid="catalogue-import-answer">
          {answer.imported && (
            <Banner tone="success">{t('catalogue.imported', { fileName: answer.fileName })}</Banner>
          )}
          <p className="office-note">
            {t('catalogue.importSummary', {
              rows: answer.rows,
              new: answer.counts.new,
              updated: answer.counts.updated,
              unchanged: answer.counts.unchanged,
              priceChanges: answer.priceChanges,
            })}
          </p>
          {answer.issueCount > 0 && (
            <>
              <Banner tone="error">{t('catalogue.importIssues', { count: answer.issueCount })}</Banner>
              <ul className="catalogue-issues" data-testid="catalogue-import-issues">
                {answer.issues.map((issue) => (
                  <li key={`${issue.row}-${issue.column}-${issue.message.key}`}>
                    <code>{issue.cell ?? issue.row}</code>{' '}
                    {formatMessage(lang, issue.message.key, issue.message.params)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {problem && <Banner tone="error">{problem}</Banner>}
    </div>
  );
}
