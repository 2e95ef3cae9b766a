// The archive of accepted batch folders, `<data>/batches/<DEVICE>/<batch folder>/`: the same layout
// as the reference receiver's, so `karya batch verify` and `merge` work on it as on a USB stick. A
// folder is put in place whole and fsynced before its transaction commits, so the database can be
// rebuilt from the archive (PGlite writes without fsync: docs/research/office-app.md, section 1).
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
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
 * Puts `from` at `target`: moved when it is ours to take (an upload's work folder), else copied
 * (a USB stick keeps its folder) into a hidden folder beside the target and renamed, so a copy cut
 * short never stands under a batch's name. Files and folders are fsynced.
 */
export function placeFolder(from: string, target: string, move: boolean): void {
  const home = join(target, '..');
  mkdirSync(home, { recursive: true });
  if (move) {
    for (const name of readdirSync(from)) fsyncFile(join(from, name));
    flushFolder(from);
    renameSync(from, target);
  } else {
    const building = join(home, `.copy-${randomUUID()}`);
    mkdirSync(building);
    try {
      for (const name of readdirSync(from)) {
        if (!statSync(join(from, name)).isFile()) continue;
        copyFileSync(join(from, name), join(building, name));
        fsyncFile(join(building, name));
      }
      flushFolder(building);
      renameSync(building, target);
    } catch (error) {
      rmSync(building, { recursive: true, force: true });
      throw error;
    }
  }
  flushFolder(home);
  flushFolder(join(home, '..'));
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
