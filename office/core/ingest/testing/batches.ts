// Real batch folders for the ingest tests, exported by a real till engine (tests/support), made
// once per test file: PLU1 sells and closes three days (a refund on each day of the day before's
// sale, a void, split payments, PPN and cash rounding) and exports #1 day 1, #2 day 2, #3 day 3,
// then #4 days 1-2 again (a re-export, its data files byte-identical). A second till that also
// calls itself PLU1 (another install id) exports its own #1. Made once per Vitest run and shared
// by the test files (sharedTillBatches): tests copy a folder before changing it.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, canonicalPrettyJson } from '../../../../shared/batch/canonicalJson';
import type { BatchManifest } from '../../../../shared/batch/format';
import type { BatchRecord } from '../../../../shared/contract';
import { sellAndCloseDays } from '../../../../tests/support/closedDays';
import { engineIn } from '../../../../tests/support/engine';
import { oncePerRun, runDir } from '../../../db/testing/backends';

export interface TillBatches {
  /** PLU1's #1-#4 (#4 re-exports days 1-2). */
  plu1: BatchRecord[];
  /** The other till calling itself PLU1: its #1. */
  twin: BatchRecord;
}

async function till(root: string, name: string, days: number, salesPerDay: number) {
  const dir = join(root, name);
  mkdirSync(dir);
  const t = engineIn(dir, { deviceCode: 'PLU1' });
  const closed = await sellAndCloseDays(t, { days, salesPerDay, taxAndRounding: true });
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  return { t, manager, usb, days: closed.days };
}

async function makeTillBatches(root: string): Promise<TillBatches> {
  mkdirSync(root, { recursive: true });
  const a = await till(root, 'a', 3, 4);
  const plu1: BatchRecord[] = [];
  for (const day of a.days)
    plu1.push((await a.manager.ok('batches.export', { dir: a.usb, days: [day] })).batch);
  plu1.push(
    (await a.manager.ok('batches.export', { dir: a.usb, days: a.days.slice(0, 2), reexport: true })).batch,
  );
  a.t.engine.close();
  const b = await till(root, 'b', 1, 2);
  const twin = (await b.manager.ok('batches.export', { dir: b.usb })).batch;
  b.t.engine.close();
  return { plu1, twin };
}

/** The batches, made by the first test file of the run that asks (in the run's folder). */
export async function sharedTillBatches(): Promise<TillBatches> {
  const made = await oncePerRun('till-batches', async () =>
    JSON.stringify(await makeTillBatches(join(runDir(), 'till-batches'))),
  );
  return JSON.parse(made) as TillBatches;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** A copy of a batch folder to change, under `dir`. */
export function copyOf(batch: BatchRecord, dir: string): string {
  const to = join(dir, batch.name);
  cpSync(batch.folder, to, { recursive: true });
  return to;
}

/** Rewrites one JSON-lines file of a folder document by document (canonical JSON, as the till writes). */
export function editLines<T>(folder: string, file: string, edit: (doc: T, index: number) => T): void {
  const path = join(folder, file);
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line, index) => edit(JSON.parse(line) as T, index));
  writeFileSync(path, docs.map((d) => `${canonicalJson(d)}\n`).join(''));
}

/** What a till that changed its data would write: the manifest's file hashes and its checksum fixed. */
export function rehash(folder: string, change: (m: BatchManifest) => void = () => {}): string {
  const path = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BatchManifest;
  for (const file of manifest.files) {
    const bytes = readFileSync(join(folder, file.name));
    file.bytes = bytes.length;
    file.sha256 = sha256(bytes);
  }
  change(manifest);
  const text = canonicalPrettyJson(manifest);
  writeFileSync(path, text);
  writeFileSync(join(folder, 'manifest.sha256'), `${sha256(text)}  manifest.json\n`);
  return sha256(text);
}
