// Exporting a batch, atomically. Everything is written into `<dir>/.<batchId>.partial`, each file
// fsynced and read back against the hash taken while writing; then the manifest (which names every
// file's hash) and its checksum; then the folder is renamed to its real name, and only then, in one
// transaction, the batch is recorded and its days marked exported. A crash or a pulled stick before
// the rename leaves a hidden .partial folder (removed by the next export) and nothing recorded.
//
// The one instant between the rename and the commit can leave a complete folder that is not
// recorded. Batches are deterministic (same days, same number: same bytes, same id), so that folder
// is exactly the batch the next export writes; the next export removes it first and writes it anew.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BATCH_FILES, type FileEntry, parseBatchFolderName } from '../../../shared/batch/format';
import type { BatchRecord, ParsedInput } from '../../../shared/contract';
import { indonesian } from '../../../shared/messages';
import { serialised } from '../backup/maintenance';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { ensureInstallId } from '../settings/installId';
import { storageError } from '../storageErrors';
import { type BatchPlan, planBatch } from './batchPlan';
import { FileSink, flushFolder, hashFile } from './fileSink';
import { getBatch } from './listBatches';
import { queueUpload } from './upload/outbox';
import { uploadTarget } from './upload/uploadSettings';
import { storedDocuments, writeBatchFiles } from './writeBatchFiles';

export const GENERATOR = 'Karya POS';

export const EXPORT_FULL_MESSAGE = indonesian('batches.full');
export const EXPORT_IO_MESSAGE = indonesian('batches.io');

const PARTIAL = /^\.[0-9A-HJKMNP-TV-Z]{26}\.partial$/;

export interface ExportHooks {
  /** Progress: a file of the batch was written and closed (the crash tests watch this). */
  onFile?: (name: string) => void;
}

/** Where a batch goes when no folder is given: the app's own `batches` folder, beside the database. */
export function defaultBatchFolder(dbPath: string): string {
  const dir = join(dirname(dbPath), 'batches');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function targetFolder(dir: string): string {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(dir);
  } catch {
    throw new EngineError('IO_ERROR', 'batches.targetMissing', { dir });
  }
  if (!stat.isDirectory()) throw new EngineError('INVALID_INPUT', 'batches.notAFolder', { dir });
  return dir;
}

/**
 * Leftovers of interrupted exports in `dir`: temp folders, and complete-looking folders of this
 * device numbered at or after the next batch (never recorded, so not delivered by this device).
 */
function removeLeftovers(dir: string, plan: BatchPlan): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (PARTIAL.test(entry)) {
      rmSync(path, { recursive: true, force: true });
      removed.push(entry);
      continue;
    }
    const named = parseBatchFolderName(entry);
    if (!named || named.device !== plan.device || named.seq < plan.seq) continue;
    try {
      const manifest = JSON.parse(readFileSync(join(path, BATCH_FILES.manifest), 'utf8')) as {
        device?: unknown;
        seq?: unknown;
      };
      if (manifest.device !== plan.device || manifest.seq !== named.seq) continue;
    } catch {
      continue; // Not a batch this device wrote: not ours to remove.
    }
    rmSync(path, { recursive: true, force: true });
    removed.push(entry);
  }
  if (removed.length > 0) flushFolder(dir);
  return removed;
}

/** Reads every file back from the disk and compares it with what was written. */
function readBack(folder: string, files: readonly FileEntry[]): void {
  for (const file of files) {
    const read = hashFile(join(folder, file.name));
    if (read.bytes !== file.bytes || read.sha256 !== file.sha256) {
      throw new EngineError('IO_ERROR', 'batches.readBackDiffers', { name: file.name });
    }
  }
}

function writeWhole(folder: string, name: string, text: string): FileEntry {
  const sink = new FileSink(join(folder, name));
  try {
    sink.write(text);
    return { name, ...sink.close() };
  } catch (error) {
    sink.abandon();
    throw error;
  }
}

function asEngineError(error: unknown): unknown {
  if (error instanceof EngineError) return error;
  return storageError(error, { DISK_FULL: 'batches.full', IO_ERROR: 'batches.io' }) ?? error;
}

export function exportBatch(
  ctx: EngineContext,
  input: ParsedInput<'batches.export'>,
  actor: Actor,
  hooks: ExportHooks = {},
): Promise<{ batch: BatchRecord; removed: string[] }> {
  // One export (or backup, or restore) at a time on this database.
  return serialised(ctx.db, async () => {
    const dir = targetFolder(input.dir ?? defaultBatchFolder(ctx.dbPath));
    const installId = ensureInstallId(ctx.db);
    const plan = planBatch(ctx.db, ctx.device.device, input);
    const partial = join(dir, `.${plan.batchId}.partial`);
    const target = join(dir, plan.name);
    let removed: string[];
    let manifestSha256: string;
    let files: FileEntry[];
    let content: Awaited<ReturnType<typeof writeBatchFiles>>;
    try {
      removed = removeLeftovers(dir, plan);
      if (existsSync(target)) {
        throw new EngineError('CONFLICT', 'batches.targetExists', { target });
      }
      mkdirSync(partial);
      content = await writeBatchFiles(
        {
          docs: storedDocuments(ctx.db, plan.device),
          timeZone: ctx.device.timeZone,
          generator: GENERATOR,
          installId,
          pause: () => new Promise((resolve) => setImmediate(resolve)),
          ...(hooks.onFile ? { onFile: hooks.onFile } : {}),
        },
        plan,
        partial,
      );
      files = content.manifest.files;
      readBack(partial, files);
      const manifest = writeWhole(partial, BATCH_FILES.manifest, content.manifestText);
      manifestSha256 = manifest.sha256;
      const sum = writeWhole(
        partial,
        BATCH_FILES.manifestSum,
        `${manifestSha256}  ${BATCH_FILES.manifest}\n`,
      );
      readBack(partial, [manifest, sum]);
      hooks.onFile?.(BATCH_FILES.manifest);
      flushFolder(partial);
      renameSync(partial, target);
      flushFolder(dir);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      ctx.log.error('batch.export.failed', error, { seq: plan.seq, dir });
      throw asEngineError(error);
    }

    const now = ctx.now().toISOString();
    const createdBy =
      actor.kind === 'user' ? { id: actor.userId, name: actor.name } : { id: null, name: 'Sistem' };
    try {
      ctx.db
        .transaction(() => {
          ctx.db
            .prepare(
              `INSERT INTO batches (id, device, seq, name, folder, first_day, last_day, days, reexport,
                                    first_receipt, last_receipt, sales_count, sales_total, net, counts, totals,
                                    files, manifest_sha256, prev_hash, created_at, created_by_id, created_by_name)
               VALUES (@id, @device, @seq, @name, @folder, @firstDay, @lastDay, @days, @reexport,
                       @firstReceipt, @lastReceipt, @salesCount, @salesTotal, @net, @counts, @totals,
                       @files, @manifestSha256, @prevHash, @createdAt, @createdById, @createdByName)`,
            )
            .run({
              id: plan.batchId,
              device: plan.device,
              seq: plan.seq,
              name: plan.name,
              folder: target,
              firstDay: plan.from,
              lastDay: plan.to,
              days: JSON.stringify([...new Set(plan.days.map((d) => d.day))]),
              reexport: plan.reexport ? 1 : 0,
              firstReceipt: content.manifest.receipts.first,
              lastReceipt: content.manifest.receipts.last,
              salesCount: content.counts.sales,
              salesTotal: content.totals.salesTotal,
              net: content.totals.net,
              counts: JSON.stringify(content.counts),
              totals: JSON.stringify(content.totals),
              files: JSON.stringify(files),
              manifestSha256,
              prevHash: plan.prevHash,
              createdAt: now,
              createdById: createdBy.id,
              createdByName: createdBy.name,
            });
          const day = ctx.db.prepare(
            'INSERT INTO batch_days (batch_id, device, z_no, business_day, reexport) VALUES (?, ?, ?, ?, ?)',
          );
          for (const d of plan.days) day.run(plan.batchId, plan.device, d.zNo, d.day, plan.reexport ? 1 : 0);
          // With upload set up, the batch enters the outbox with its record: never one without
          // the other, so a crash right after the export cannot leave a batch that is never sent.
          if (uploadTarget(ctx.db)) queueUpload(ctx.db, plan.batchId, ctx.now());
        })
        .immediate();
    } catch (error) {
      // Not recorded: the folder must not stay looking like a delivered batch.
      try {
        renameSync(target, partial);
        rmSync(partial, { recursive: true, force: true });
      } catch {
        // The next export removes it (an unrecorded batch of this device).
      }
      ctx.log.error('batch.record.failed', error, { seq: plan.seq });
      const message = error instanceof Error ? error.message : '';
      if (/BATCH_SEQ|BATCH_CHAIN|UNIQUE/.test(message)) {
        throw new EngineError('CONFLICT', 'batches.exportRaced');
      }
      throw asEngineError(error);
    }
    ctx.log.info('batch.exported', { seq: plan.seq, sales: content.counts.sales, name: plan.name });
    return { batch: getBatch(ctx.db, plan.batchId), removed };
  });
}
