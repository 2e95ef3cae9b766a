// What goes over the wire: one zip of the batch folder (`<name>/manifest.json`, `<name>/sales.jsonl`
// ...), kept in the app's outbox folder until the office acknowledges it. It is made from the
// folder the export wrote when that folder is still there and unchanged; otherwise (the stick went
// to the office, the folder was edited) the batch is written again from the database, which gives
// the same bytes (batches are deterministic), and checked against the recorded manifest hash.

import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { canonicalPrettyJson } from '../../../../shared/batch/canonicalJson';
import { BATCH_FILES } from '../../../../shared/batch/format';
import type { BatchRecord } from '../../../../shared/contract';
import type { EngineContext } from '../../context';
import { EngineError } from '../../errors';
import { ensureInstallId } from '../../settings/installId';
import { closedDays } from '../batchPlan';
import { GENERATOR } from '../exportBatch';
import { FileSink, flushFolder, hashFileAsync, type WrittenFile } from '../fileSink';
import { storedDocuments, writeBatchFiles } from '../writeBatchFiles';
import { ZipWriter } from '../zipWriter';
import { packageOf, recordPackage } from './outbox';

const READ_BYTES = 1024 * 1024;

export interface BatchPackage {
  path: string;
  bytes: number;
  sha256: string;
}

export function outboxDir(dbPath: string): string {
  return join(dirname(dbPath), 'outbox');
}

export function packagePath(dbPath: string, batch: Pick<BatchRecord, 'name'>): string {
  return join(outboxDir(dbPath), `${batch.name}.zip`);
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** True when `folder` holds exactly what the batch recorded (every file's hash, the manifest's). */
async function folderIsIntact(folder: string, batch: BatchRecord): Promise<boolean> {
  try {
    if ((await hashFileAsync(join(folder, BATCH_FILES.manifest), pause)).sha256 !== batch.manifestSha256)
      return false;
    for (const file of batch.files) {
      const read = await hashFileAsync(join(folder, file.name), pause);
      if (read.bytes !== file.bytes || read.sha256 !== file.sha256) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Writes the batch again from the database into `folder`; refuses when the bytes differ. */
async function regenerate(ctx: EngineContext, batch: BatchRecord, folder: string): Promise<void> {
  const byDay = new Map(closedDays(ctx.db, batch.device).map((d) => [d.day, d]));
  const days = batch.days.map((day) => byDay.get(day));
  if (days.some((d) => d === undefined)) throw notRebuildable(batch);
  const plan = {
    device: batch.device,
    seq: batch.seq,
    prevHash: batch.prevHash,
    reexport: batch.reexport,
    days: days as NonNullable<(typeof days)[number]>[],
    from: batch.from,
    to: batch.to,
    batchId: batch.id,
    name: batch.name,
  };
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const content = await writeBatchFiles(
    {
      docs: storedDocuments(ctx.db, batch.device),
      timeZone: ctx.device.timeZone,
      generator: GENERATOR,
      installId: ensureInstallId(ctx.db),
      // A batch exported before format version 4 carried no stock file: rebuilt without it.
      formatVersion: batch.files.some((f) => f.name === BATCH_FILES.stock) ? 4 : 3,
      pause,
    },
    plan,
    folder,
  );
  // A batch exported before format version 3 had no install id in its manifest: rebuilt as it was.
  const { installId: _, ...before3 } = content.manifest;
  const text = [content.manifestText, canonicalPrettyJson({ ...before3, formatVersion: 2 })].find(
    (candidate) => createHash('sha256').update(candidate).digest('hex') === batch.manifestSha256,
  );
  if (text === undefined) throw notRebuildable(batch);
  const sink = new FileSink(join(folder, BATCH_FILES.manifest));
  sink.write(text);
  const manifest = sink.close();
  if (manifest.sha256 !== batch.manifestSha256) throw notRebuildable(batch);
}

function notRebuildable(batch: BatchRecord): EngineError {
  return new EngineError('CONFLICT', 'batches.notRebuildable', { seq: batch.seq, folder: batch.folder });
}

/** Copies one file into the zip a megabyte at a time, yielding between pieces. */
async function addFile(zip: ZipWriter, entryName: string, path: string): Promise<void> {
  const entry = zip.add(entryName);
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(READ_BYTES);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      entry.write(buffer.subarray(0, read));
      await pause();
    }
  } finally {
    closeSync(fd);
  }
  entry.end();
}

/**
 * The batch's zip in the outbox, made if missing. Written to a temp name, fsynced and renamed, so
 * a zip that exists is whole; its size and SHA-256 are kept with the outbox row, so later attempts
 * send it without reading it first.
 */
export async function packageBatch(ctx: EngineContext, batch: BatchRecord): Promise<BatchPackage> {
  const path = packagePath(ctx.dbPath, batch);
  const known = packageOf(ctx.db, batch.id);
  if (existsSync(path)) {
    if (known && statSync(path).size === known.bytes) return { path, ...known };
    rmSync(path, { force: true }); // made but not recorded (a crash in between): make it again
  }
  const dir = outboxDir(ctx.dbPath);
  mkdirSync(dir, { recursive: true });
  const rebuilt = join(dir, `.${batch.id}.folder`);
  const partial = join(dir, `.${batch.id}.zip.partial`);
  try {
    let source = batch.folder;
    if (!(await folderIsIntact(source, batch))) {
      ctx.log.warn('batch.upload.regenerate', { seq: batch.seq, folder: batch.folder });
      await regenerate(ctx, batch, rebuilt);
      source = rebuilt;
    }
    rmSync(partial, { force: true });
    const sink = new FileSink(partial);
    let written: WrittenFile;
    try {
      const zip = new ZipWriter((chunk) => sink.write(chunk));
      await addFile(zip, `${batch.name}/${BATCH_FILES.manifest}`, join(source, BATCH_FILES.manifest));
      // The checksum line is written from the recorded hash, not copied: it can only be right.
      zip.file(
        `${batch.name}/${BATCH_FILES.manifestSum}`,
        `${batch.manifestSha256}  ${BATCH_FILES.manifest}\n`,
      );
      for (const file of batch.files)
        await addFile(zip, `${batch.name}/${file.name}`, join(source, file.name));
      zip.finish();
      written = sink.close();
    } catch (error) {
      sink.abandon();
      throw error;
    }
    renameSync(partial, path);
    flushFolder(dir);
    if (ctx.db.open) recordPackage(ctx.db, batch.id, written.bytes, written.sha256);
    return { path, ...written };
  } finally {
    rmSync(partial, { force: true });
    rmSync(rebuilt, { recursive: true, force: true });
  }
}

/** The zip is no longer needed once the office has the batch. */
export function removePackage(dbPath: string, batch: Pick<BatchRecord, 'name'>): void {
  rmSync(packagePath(dbPath, batch), { force: true });
}

/**
 * Removes what a crash can leave in the outbox folder: temp files of an interrupted packing, and
 * zips of batches the office already acknowledged (a kill between recording the answer and removing
 * the zip). Zips of batches still on their way stay. Called between passes, never during packing.
 */
export function sweepOutbox(db: Database, dbPath: string): string[] {
  const dir = outboxDir(dbPath);
  if (!existsSync(dir)) return [];
  const waiting = new Set(
    (
      db
        .prepare(
          `SELECT b.name FROM batch_uploads u JOIN batches b ON b.id = u.batch_id
           WHERE u.state <> 'acknowledged'`,
        )
        .all() as { name: string }[]
    ).map((row) => `${row.name}.zip`),
  );
  const removed: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (waiting.has(entry)) continue;
    rmSync(join(dir, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}
