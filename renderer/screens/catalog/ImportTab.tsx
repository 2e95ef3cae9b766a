// Import and export of the catalogue. Import: pick a CSV or XLSX file, watch the rows go up, read
// the preview and every problem by row, cell and column; the import button stays off while there is any
// problem, because the engine imports all rows or none. Export and templates download as files.
import { useState } from 'react';
import { TEMPLATE } from '../../../shared/catalogueFile';
import type { ImportIssue } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { calendarDay } from '../../../shared/time';
import { call } from '../../api/client';
import { Banner, type Column, DataTable } from '../../components/ui';
import { useLang, useT } from '../../i18n';
import { download, type FileFormat, writeTable } from './catalogueFiles';
import { messageOf } from './useCatalogLookups';
import { useCatalogueImport } from './useCatalogueImport';
import './importTab.css';

const n = (value: number) => value.toLocaleString('id-ID');
const LIST_MAX = 12;

export function ImportTab({ onImported, timeZone }: { onImported: () => void; timeZone: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { state, pick, commit, reset } = useCatalogueImport(onImported);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const busy = ['reading', 'checking', 'committing'].includes(state.phase);
  const issues = state.headerIssues.length > 0 ? state.headerIssues : (state.preview?.issues ?? []);
  const issueCount =
    state.headerIssues.length > 0 ? state.headerIssues.length : (state.preview?.issueCount ?? 0);
  /** A long list of new names is cut short: the first dozen, then how many more. */
  const listOf = (items: string[]) =>
    items.length <= LIST_MAX
      ? items.join(', ')
      : t('catalog.import.andMore', {
          list: items.slice(0, LIST_MAX).join(', '),
          count: n(items.length - LIST_MAX),
        });
  const canImport = state.phase === 'preview' && state.preview !== null && issueCount === 0;
  const issueColumns: Column<ImportIssue>[] = [
    { key: 'row', header: t('catalog.import.row'), kind: 'num', cell: (issue) => n(issue.row) },
    { key: 'cell', header: t('catalog.import.cell'), kind: 'code', cell: (issue) => issue.cell ?? '—' },
    { key: 'column', header: t('catalog.import.column'), kind: 'code', cell: (issue) => issue.column ?? '—' },
    {
      key: 'problem',
      header: t('catalog.import.problem'),
      cell: (issue) => formatMessage(lang, issue.message.key, issue.message.params) ?? issue.message.key,
    },
  ];

  const exportAs = async (format: FileFormat) => {
    setExporting(true);
    setExportError(null);
    try {
      const table = await call('catalog.export', {});
      const day = calendarDay(new Date(), timeZone).replaceAll('-', '');
      download(await writeTable(table, format), `katalog-${day}.${format}`);
    } catch (err) {
      setExportError(messageOf(err));
    } finally {
      setExporting(false);
    }
  };

  const template = async (format: FileFormat) => {
    try {
      download(await writeTable(TEMPLATE, format), `templat-katalog.${format}`);
    } catch (err) {
      setExportError(messageOf(err));
    }
  };

  return (
    <div className="cat-body cat-import">
      <section className="cat-panel" aria-label={t('catalog.import.title')}>
        <h2>{t('catalog.import.title')}</h2>
        <p className="muted">{t('catalog.import.help')}</p>
        <div className="cat-inline">
          <label className={busy ? 'btn btn-primary cat-disabled' : 'btn btn-primary'}>
            {t('catalog.import.choose')}
            <input
              type="file"
              className="visually-hidden"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="import-file"
              disabled={busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = ''; // the same file may be picked again after fixing it
                if (file) void pick(file);
              }}
            />
          </label>
          <button
            type="button"
            className="btn btn-small"
            data-testid="template-csv"
            onClick={() => void template('csv')}
          >
            {t('catalog.import.templateCsv')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            data-testid="template-xlsx"
            onClick={() => void template('xlsx')}
          >
            {t('catalog.import.templateXlsx')}
          </button>
        </div>

        {state.fileName && (
          <p data-testid="import-file-name">{t('catalog.import.file', { name: state.fileName })}</p>
        )}
        {(state.phase === 'reading' || state.phase === 'checking') && (
          <div className="cat-progress" role="status" data-testid="import-progress">
            <progress />
            <span>
              {state.phase === 'reading'
                ? t('catalog.import.reading')
                : t('catalog.import.checking', { total: n(state.total) })}
            </span>
          </div>
        )}
        {state.phase === 'committing' && (
          <p className="cat-progress" role="status" data-testid="import-progress">
            {t('catalog.import.committing', { total: n(state.preview?.rows ?? 0) })}
          </p>
        )}
        {state.error && (
          <Banner tone="error" testId="import-error">
            {state.error}
          </Banner>
        )}

        {state.preview && (
          <div className="cat-preview" data-testid="import-preview">
            <h3>{t('catalog.import.preview')}</h3>
            <dl className="cat-counts">
              <div>
                <dt>{t('catalog.import.rows')}</dt>
                <dd data-testid="import-count-rows">{n(state.preview.rows)}</dd>
              </div>
              <div>
                <dt>{t('catalog.import.new')}</dt>
                <dd data-testid="import-count-new">{n(state.preview.counts.new)}</dd>
              </div>
              <div>
                <dt>{t('catalog.import.updated')}</dt>
                <dd data-testid="import-count-updated">{n(state.preview.counts.updated)}</dd>
              </div>
              <div>
                <dt>{t('catalog.import.unchanged')}</dt>
                <dd data-testid="import-count-unchanged">{n(state.preview.counts.unchanged)}</dd>
              </div>
              <div>
                <dt>{t('catalog.import.priceChanges')}</dt>
                <dd>{n(state.preview.priceChanges)}</dd>
              </div>
            </dl>
            {state.preview.newProducers.length > 0 && (
              <p data-testid="import-new-producers">
                {t('catalog.import.newProducers', {
                  list: listOf(state.preview.newProducers.map((p) => `${p.name} (${p.code})`)),
                })}
              </p>
            )}
            {state.preview.newCategories.length > 0 && (
              <p>{t('catalog.import.newCategories', { list: listOf(state.preview.newCategories) })}</p>
            )}
            {state.preview.newWorkshops.length > 0 && (
              <p>
                {t('catalog.import.newWorkshops', {
                  list: listOf(state.preview.newWorkshops.map((w) => `${w.name} (${w.producerCode})`)),
                })}
              </p>
            )}
          </div>
        )}

        {issues.length > 0 && (
          <div className="cat-issues">
            <Banner tone="error" testId="import-issue-summary">
              {t('catalog.import.issues', { count: n(issueCount) })}
            </Banner>
            <DataTable
              testId="import-issues"
              columns={issueColumns}
              rows={issues}
              rowKey={(issue) => `${issue.row}|${issue.cell}|${issue.column}|${issue.message.key}`}
              rowProps={(issue) => ({
                'data-testid': 'import-issue',
                'data-row': issue.row,
                'data-cell': issue.cell ?? '',
              })}
            />
            {issueCount > issues.length && (
              <p className="muted">
                {t('catalog.import.moreIssues', { count: n(issueCount - issues.length) })}
              </p>
            )}
          </div>
        )}

        {(state.preview || state.headerIssues.length > 0) && (
          <div className="cat-actions">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="import-commit"
              disabled={!canImport}
              onClick={() => void commit()}
            >
              {t('catalog.import.commit', { count: n(state.preview?.rows ?? 0) })}
            </button>
            <button type="button" className="btn" data-testid="import-reset" onClick={reset}>
              {t('dialog.cancel')}
            </button>
          </div>
        )}

        {state.result && (
          <Banner tone="success" testId="import-result">
            {t('catalog.import.done', {
              new: n(state.result.counts.new),
              updated: n(state.result.counts.updated),
              unchanged: n(state.result.counts.unchanged),
            })}
          </Banner>
        )}
      </section>

      <section className="cat-panel" aria-label={t('catalog.export.title')}>
        <h2>{t('catalog.export.title')}</h2>
        <p className="muted">{t('catalog.export.help')}</p>
        <div className="cat-inline">
          <button
            type="button"
            className="btn"
            data-testid="export-csv"
            disabled={exporting}
            onClick={() => void exportAs('csv')}
          >
            {t('catalog.export.csv')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="export-xlsx"
            disabled={exporting}
            onClick={() => void exportAs('xlsx')}
          >
            {t('catalog.export.xlsx')}
          </button>
        </div>
        {exportError && (
          <Banner tone="error" testId="export-error">
            {exportError}
          </Banner>
        )}
      </section>
    </div>
  );
}
