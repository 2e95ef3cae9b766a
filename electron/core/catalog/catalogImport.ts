// The import commands. The screen sends the header (start), then the rows in chunks (stage), asks
// for a preview, and commits: the commit checks everything again and writes it in ONE transaction,
// or writes nothing when any row has a problem.
import type { Database } from 'better-sqlite3';
import { checkHeader } from '../../../shared/catalogueFile';
import type { ImportPreview, ImportResult, ParsedInput } from '../../../shared/contract';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract';
import { columnName } from '../../../shared/xlsx';
import type { Actor } from '../context';
import { EngineError } from '../errors';
import { deferSearchIndexing } from '../search/deferIndexing';
import { applyImport } from './applyImport';
import {
  closeImportSession,
  type ImportSession,
  importSession,
  openImportSession,
  stageImportRows,
} from './importSessions';
import type { ImportPlan } from './planImport';
import { planImport } from './planImport';
import { actorName } from './productRules';
import { CatalogueFileError, readCatalogueFile } from './readCatalogueFile';

/** The header's problems as import issues, each with the address of the header cell it means. */
export function headerIssues(columns: readonly string[], headerRow: number): ImportPreview['issues'] {
  return checkHeader(columns).map(({ column, index, message }) => ({
    row: headerRow,
    column,
    cell: index === null ? null : `${columnName(index)}${headerRow}`,
    message,
  }));
}

export function startImport(
  db: Database,
  input: ParsedInput<'catalog.importStart'>,
  actor: Actor,
  now: Date,
): { importId: string | null; issues: ImportPreview['issues'] } {
  const issues = headerIssues(input.columns, 1);
  if (issues.length > 0) return { importId: null, issues };
  const session = openImportSession(db, actor, input.fileName || 'katalog', input.columns, now);
  return { importId: session.id, issues: [] };
}

/**
 * Reads a whole CSV or XLSX file in the engine (the screen sends its bytes, the command line its
 * path), checks the header and stages every row. Preview and commit then go as for importStart.
 */
export function importFile(
  db: Database,
  input: { fileName: string; bytes: Uint8Array },
  actor: Actor,
  now: Date,
): { importId: string | null; issues: ImportPreview['issues']; rows: number } {
  if (input.bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new EngineError('INVALID_INPUT', 'catalog.importFileTooBig', { max: MAX_IMPORT_FILE_BYTES / 1e6 });
  }
  let table: ReturnType<typeof readCatalogueFile>;
  try {
    table = readCatalogueFile(input.bytes);
  } catch (error) {
    if (error instanceof CatalogueFileError) throw EngineError.from('INVALID_INPUT', error.reason);
    throw error;
  }
  const issues = headerIssues(table.columns, table.headerRow);
  if (issues.length > 0) return { importId: null, issues, rows: table.rows.length };
  const session = openImportSession(db, actor, input.fileName || 'katalog', table.columns, now);
  stageImportRows(session, table.rows);
  return { importId: session.id, issues: [], rows: session.rows.length };
}

/** importFile for the screen: the bytes come as base64 (JSON carries no binary). */
export function importFileBase64(
  db: Database,
  input: ParsedInput<'catalog.importFile'>,
  actor: Actor,
  now: Date,
): ReturnType<typeof importFile> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.base64) || input.base64.length % 4 === 1) {
    throw new EngineError('INVALID_INPUT', 'catalog.importFileNotBase64');
  }
  return importFile(db, { fileName: input.fileName, bytes: Buffer.from(input.base64, 'base64') }, actor, now);
}

export function stageImport(db: Database, input: ParsedInput<'catalog.importStage'>, actor: Actor) {
  return { staged: stageImportRows(importSession(db, actor, input.importId), input.rows) };
}

function summary(session: ImportSession, plan: ImportPlan): ImportResult {
  return {
    importId: session.id,
    fileName: session.fileName,
    rows: session.rows.length,
    counts: plan.counts,
    priceChanges: plan.priceChanges,
    newProducers: plan.newProducers,
    newCategories: plan.newCategories,
    newWorkshops: plan.newWorkshops.map(({ producerCode, name }) => ({ producerCode, name })),
  };
}

export function previewImport(
  db: Database,
  input: ParsedInput<'catalog.importPreview'>,
  actor: Actor,
): ImportPreview {
  const session = importSession(db, actor, input.importId);
  const plan = planImport(db, session.columns, session.rows);
  return { ...summary(session, plan), issues: plan.issues, issueCount: plan.issueCount };
}

export function commitImport(
  db: Database,
  input: ParsedInput<'catalog.importCommit'>,
  actor: Actor,
  now: Date,
): ImportResult {
  const session = importSession(db, actor, input.importId);
  const result = db
    .transaction(() => {
      const plan = planImport(db, session.columns, session.rows);
      if (plan.issueCount > 0) {
        throw new EngineError('INVALID_INPUT', 'catalog.importCancelled', {
          issueCount: plan.issueCount,
          fileName: session.fileName,
        });
      }
      // Search indexing catches up once at the end instead of per row (docs/search.md).
      deferSearchIndexing(db, () => applyImport(db, plan, { at: now.toISOString(), by: actorName(actor) }));
      return summary(session, plan);
    })
    .immediate();
  closeImportSession(db, session.id);
  return result;
}

export function cancelImport(db: Database, input: ParsedInput<'catalog.importCancel'>, actor: Actor) {
  closeImportSession(db, importSession(db, actor, input.importId).id);
  return { ok: true as const };
}
