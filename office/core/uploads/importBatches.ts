// Batch folders a person brings to the office: a path typed on the page (a USB stick, a shared
// folder) naming one batch folder or a folder of them, and a folder dropped on the page, which the
// browser sends as a zip. Each batch goes through the same verification as an upload (`karya batch
// verify`) and the same store (office/core/ingest), and gets the receiver's answer; a refused batch
// stores nothing, the others are stored each in its own transaction.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { EngineError } from '../../../electron/core/errors';
import type { CheckedBatch } from '../../../electron/office/verifyBatches';
import { BATCH_FILES } from '../../../shared/batch/format';
import { IMPORT_MAX_BATCHES, type ImportedBatch, type ImportResult } from '../../../shared/office/contract';
import type { Db } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { type IngestAnswer, ingestChecked, ingestFolders } from '../ingest';

const isBatch = (folder: string) => existsSync(join(folder, BATCH_FILES.manifest));
const hidden = (name: string) => name.startsWith('.') || name === '__MACOSX';

function subfolders(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !hidden(name))
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    });
}

/**
 * The batch folders under `root`: itself when it is one, else its folders that are (a USB stick as
 * the till exports to it), and one level further (`<DEVICE>/<batch folder>`, a receiver's or the
 * office's own archive). In name order, which is each device's batch order.
 */
export function batchFoldersIn(root: string): string[] {
  if (isBatch(root)) return [root];
  const found: string[] = [];
  for (const child of subfolders(root)) {
    if (isBatch(child)) found.push(child);
    else for (const inner of subfolders(child)) if (isBatch(inner)) found.push(inner);
  }
  return found;
}

/** The receiver's answer as one row of an import's result. */
export function importedBatch(folder: string, answer: IngestAnswer): ImportedBatch {
  const body = answer.body;
  const accepted = body.status === 'acknowledged';
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    folder,
    status: answer.status,
    outcome: accepted ? (body.duplicate === true ? 'duplicate' : 'stored') : 'refused',
    device: typeof body.device === 'string' ? body.device : null,
    seq: typeof body.seq === 'number' ? body.seq : null,
    receipt: typeof body.receipt === 'string' ? body.receipt : null,
    reason: accepted ? null : String(body.reason ?? ''),
    problems: strings(body.problems),
    notes: strings(body.notes),
  };
}

export function summarize(batches: ImportedBatch[]): ImportResult {
  return {
    batches,
    stored: batches.filter((b) => b.outcome === 'stored').length,
    duplicates: batches.filter((b) => b.outcome === 'duplicate').length,
    refused: batches.filter((b) => b.outcome === 'refused').length,
  };
}

export interface ImportBy {
  userId: number;
  at: Date;
  /** `<data>/batches` unless given. */
  archiveDir?: string;
}

/** One audit row per import: who brought what, and what came of it. */
async function auditImport(db: Db, by: ImportBy, from: string, result: ImportResult): Promise<void> {
  await recordAudit(db, {
    at: by.at,
    userId: by.userId,
    action: 'batches.import',
    target: from,
    detail: {
      stored: result.stored,
      duplicates: result.duplicates,
      refused: result.refused,
      batches: result.batches.map((b) => ({ folder: b.folder, status: b.status, receipt: b.receipt })),
    },
  });
}

/** `office.importFolder`: every batch folder at `path` on the server computer. */
export async function importFolder(db: Db, path: string, by: ImportBy): Promise<ImportResult> {
  if (!isAbsolute(path)) throw new EngineError('INVALID_INPUT', 'officeUploads.pathRelative', { path });
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new EngineError('NOT_FOUND', 'officeUploads.pathMissing', { path });
  }
  if (!stat.isDirectory()) throw new EngineError('INVALID_INPUT', 'officeUploads.notAFolder', { path });
  const folders = batchFoldersIn(path);
  if (folders.length === 0) throw new EngineError('INVALID_INPUT', 'officeUploads.noBatches', { path });
  if (folders.length > IMPORT_MAX_BATCHES) {
    throw new EngineError('INVALID_INPUT', 'officeUploads.tooManyBatches', {
      path,
      count: folders.length,
      maximum: IMPORT_MAX_BATCHES,
    });
  }
  const done = await ingestFolders(db, folders, {
    source: 'folder',
    userId: by.userId,
    ...(by.archiveDir ? { archiveDir: by.archiveDir } : {}),
  });
  const batches: ImportedBatch[] = done.map(({ folder, answer }) =>
    importedBatch(relative(path, folder) || (folder.split(/[\\/]/).at(-1) ?? folder), answer),
  );
  const result = summarize(batches);
  await auditImport(db, by, path, result);
  return result;
}

/** A dropped folder's batch, unzipped and checked by the upload worker: stored as from a folder. */
export async function importChecked(
  db: Db,
  folder: string,
  name: string,
  checked: CheckedBatch | undefined,
  reportProblems: readonly string[],
  by: ImportBy,
): Promise<ImportResult> {
  let answer: IngestAnswer;
  if (!checked) {
    answer = {
      status: 422,
      body: {
        status: 'rejected',
        reason: 'batch tidak sah: folder tidak dapat dibaca',
        problems: [...reportProblems],
      },
    };
  } else {
    answer = await ingestChecked(
      db,
      { ...checked, problems: [...checked.problems, ...reportProblems] },
      {
        folder,
        source: 'folder',
        userId: by.userId,
        ...(by.archiveDir ? { archiveDir: by.archiveDir } : {}),
      },
    );
  }
  const result = summarize([importedBatch(name, answer)]);
  await auditImport(db, by, `zip:${name}`, result);
  return result;
}
