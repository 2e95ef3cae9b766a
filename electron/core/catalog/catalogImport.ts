// The import commands. The screen sends the header (start), then the rows in chunks (stage), asks
// for a preview, and commits: the commit checks everything again and writes it in ONE transaction,
// or writes nothing when any row has a problem.
import type { Database } from 'better-sqlite3';
import { checkHeader } from '../../../shared/catalogueFile';
import type { ImportPreview, ImportResult, ParsedInput } from '../../../shared/contract';
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

export function startImport(
  db: Database,
  input: ParsedInput<'catalog.importStart'>,
  actor: Actor,
  now: Date,
): { importId: string | null; issues: ImportPreview['issues'] } {
  const issues = checkHeader(input.columns).map((issue) => ({ row: 1, ...issue }));
  if (issues.length > 0) return { importId: null, issues };
  const session = openImportSession(db, actor, input.fileName || 'katalog', input.columns, now);
  return { importId: session.id, issues: [] };
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
