// The archive of accepted batch folders, `<data>/batches/<DEVICE>/<batch folder>/`: the same layout
// as the reference receiver's, so `karya batch verify` and `merge` work on it as on a USB stick. A
// folder is put in place whole and fsynced before its transaction commits, so the database can be
// rebuilt from the archive (PGlite writes without fsync: docs/research/office-app.md, section 1).
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { flushFolder } from '../../../electron/core/batches/fileSink';

export const ARCHIVE = 'batches';

export function archiveRoot(dataDir: string): string {
  return join(dataDir, ARCHIVE);
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves an upload's work folder (ours to take) to `target`, its files fsynced first and the folders
 * after the rename. A folder that is not ours (a USB stick's) is copied: copyFolderInto.
 */
export function moveFolderInto(from: string, target: string): void {
  const home = join(target, '..');
  mkdirSync(home, { recursive: true });
  for (const name of readdirSync(from)) fsyncFile(join(from, name));
  flushFolder(from);
  renameSync(from, target);
  flushFolder(home);
  flushFolder(join(home, '..'));
}

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(path: string): Promise<void> {
  try {
    await syncPath(path);
  } catch {
    // Windows cannot open a folder for fsync (as flushFolder).
  }
}

/**
 * A folder that is not ours (a USB stick keeps it) copied to `target` whole: into a hidden folder
 * beside it, each file fsynced, then renamed, so a copy cut short never stands under a batch's
 * name. It runs on Node's I/O threads: the ingest starts it, stores the batch's rows from the
 * folder it was given meanwhile, and waits for it before the transaction commits, so the copy's
 * writes and fsyncs overlap the database's work instead of holding the event loop. A copy that
 * fails removes its hidden folder and rejects (the transaction is then rolled back).
 */
export async function copyFolderInto(from: string, target: string): Promise<void> {
  const home = join(target, '..');
  await mkdir(home, { recursive: true });
  const building = join(home, `.copy-${randomUUID()}`);
  await mkdir(building);
  try {
    const names: string[] = [];
    for (const name of await readdir(from)) {
      if ((await stat(join(from, name))).isFile()) names.push(name);
    }
    // Every copy ends (done or failed) before the folder may be removed: none writes into it after.
    const copies = await Promise.allSettled(
      names.map(async (name) => {
        await copyFile(join(from, name), join(building, name));
        await syncPath(join(building, name));
      }),
    );
    const failed = copies.find((c): c is PromiseRejectedResult => c.status === 'rejected');
    if (failed) throw failed.reason;
    await syncFolder(building);
    await rename(building, target);
  } catch (error) {
    // The copy's own failure is the one told; a leftover is removed at the next start if this fails.
    await rm(building, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(home);
  await syncFolder(join(home, '..'));
}

/** Every batch folder in the archive as `{ device, name, path }`, hidden work folders left out. */
export function archivedFolders(root: string): { device: string; name: string; path: string }[] {
  if (!existsSync(root)) return [];
  const found: { device: string; name: string; path: string }[] = [];
  for (const device of readdirSync(root).sort()) {
    const home = join(root, device);
    if (device.startsWith('.') || !statSync(home).isDirectory()) continue;
    for (const name of readdirSync(home).sort()) {
      if (name.startsWith('.')) continue;
      if (statSync(join(home, name)).isDirectory()) found.push({ device, name, path: join(home, name) });
    }
  }
  return found;
}

/** Leftovers of copies cut short by a crash (never a batch: they have no batch's name). */
export function removeUnfinishedCopies(root: string): void {
  if (!existsSync(root)) return;
  for (const device of readdirSync(root)) {
    const home = join(root, device);
    if (!statSync(home).isDirectory()) continue;
    for (const name of readdirSync(home)) {
      if (name.startsWith('.copy-')) rmSync(join(home, name), { recursive: true, force: true });
    }
  }
}
