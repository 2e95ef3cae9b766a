// The office's own lock on its data folder. PGlite takes none: two processes opened one folder at
// once and one's committed rows were silently gone afterwards (docs/research/office-app.md,
// section 1). The archive of batch folders lives there too, so the lock is taken on PostgreSQL as
// well: one office server per data folder, whatever its database.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EngineError } from '../../electron/core/errors';

export const LOCK_FILE = 'karya-office.lock';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** True when a process with this id runs on this machine (EPERM: it runs, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): { text: string; holder: LockHolder | null } | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return {
        text,
        holder: { pid: parsed.pid, host: parsed.host, startedAt: String(parsed.startedAt ?? '') },
      };
    }
  } catch {
    // A lock file cut short (the holder died while writing it) holds no live owner.
  }
  return { text, holder: null };
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes `<dataDir>/karya-office.lock` (created with O_EXCL, holding our pid) or refuses with
 * LOCKED naming the folder and the holder. A lock whose process is gone on this machine is taken
 * over; one held on another host (a shared folder) is never guessed at.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (tryCreate(path, text)) return { path, release: () => releaseIfMine(path, text) };
    const found = readHolder(path);
    if (found === null) continue; // removed meanwhile: try again
    const { holder } = found;
    if (holder && (holder.host !== mine.host || isAlive(holder.pid))) {
      throw new EngineError('LOCKED', 'officeDb.folderInUse', {
        folder: dataDir,
        pid: holder.pid,
        host: holder.host,
      });
    }
    // Stale: move it aside under a name of our own, so two starters cannot both remove it; put it
    // back when what we moved was not the stale lock we read (someone took it over meanwhile).
    const aside = `${path}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readFileSync(aside, 'utf8');
    if (moved !== found.text) {
      try {
        linkSync(aside, path);
      } catch {
        // The new holder's file is gone from its place; the next round reads whoever holds it now.
      }
    }
    unlinkSync(aside);
  }
  throw new EngineError('LOCKED', 'officeDb.folderInUse', { folder: dataDir, pid: 0, host: mine.host });
}

function releaseIfMine(path: string, text: string): void {
  try {
    if (readFileSync(path, 'utf8') === text) unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
