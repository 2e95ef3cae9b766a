// Backup files in a folder: how they are named, listed and rotated. The name says which till, when
// (local time of the till) and why, so a person browsing a flash drive can tell them apart.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUP_KINDS = ['auto', 'manual', 'dayclose', 'safety'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupEntry {
  file: string;
  kind: BackupKind;
  /** When the file was written (its modification time), ISO 8601. */
  createdAt: string;
  bytes: number;
  /** The device code in the name: which till the backup is of (the restore checks the contents). */
  device: string | null;
}

/** `karya-BTH1-20261128-140500-auto.db`, optionally `-2` before `.db` for a second one that second. */
export const BACKUP_NAME =
  /^karya-([A-Z0-9]{2,8})-(\d{8})-(\d{6})-(auto|manual|dayclose|safety)(?:-(\d{1,9}))?\.db$/;

/** What `backup.restore` accepts: a plain file name in the backup folder, never a path. */
export const RESTORABLE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.db$/;

/** The device code a backup's name carries, or null for other names. */
export function backupDevice(file: string): string | null {
  return BACKUP_NAME.exec(file)?.[1] ?? null;
}

/** `20261128140500` from a backup's name, for ordering; '' for other names. */
export function backupStamp(file: string): string {
  const match = BACKUP_NAME.exec(file);
  return match ? `${match[2]}${match[3]}` : '';
}

/** 1 for the first backup of a second, n for the one named `-n`; 0 for names that are not ours. */
export function backupNumber(file: string): number {
  const match = BACKUP_NAME.exec(file);
  return match ? Number(match[5] ?? 1) : 0;
}

/**
 * Newest first by the time in the name (a copy to a flash drive can change modification times),
 * then by the number within that second: `-10` after `-2` after the unnumbered first. (Comparing
 * the names as text put `-2.db` before `.db`, so a second backup in one second rotated itself away.)
 */
export function newestFirst(a: { file: string }, b: { file: string }): number {
  return (
    backupStamp(b.file).localeCompare(backupStamp(a.file)) ||
    backupNumber(b.file) - backupNumber(a.file) ||
    (a.file < b.file ? 1 : a.file > b.file ? -1 : 0)
  );
}

function localStamp(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}${get('month')}${get('day')}-${get('hour')}${get('minute')}${get('second')}`;
}

/**
 * A name not yet taken in `folder`, numbered after every backup of the same second and kind that is
 * there (or being written), so the newest always carries the highest number: a name freed by
 * rotation is never given to a newer backup, which would then sort as the older one.
 */
export function newBackupName(
  folder: string,
  device: string,
  at: Date,
  timeZone: string,
  kind: BackupKind,
): string {
  const base = `karya-${device}-${localStamp(at, timeZone)}-${kind}`;
  let highest = 0;
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    // A folder that cannot be listed: the writes that follow say what is wrong.
  }
  for (const name of names) {
    const file = name.replace(/\.partial$/, '');
    if (file === `${base}.db` || (file.startsWith(`${base}-`) && BACKUP_NAME.test(file))) {
      highest = Math.max(highest, backupNumber(file));
    }
  }
  for (let n = highest + 1; ; n++) {
    const name = n === 1 ? `${base}.db` : `${base}-${n}.db`;
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.partial`))) return name;
  }
}

/** Karya backups in `folder`, newest first; an unreadable or missing folder lists nothing. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const file of names) {
    const match = BACKUP_NAME.exec(file);
    if (!match) continue;
    try {
      const stat = statSync(join(folder, file));
      if (!stat.isFile()) continue;
      entries.push({
        file,
        kind: match[4] as BackupKind,
        createdAt: stat.mtime.toISOString(),
        bytes: stat.size,
        device: match[1] ?? null,
      });
    } catch {
      // Removed while listing: skip it.
    }
  }
  return entries.sort(newestFirst);
}

/**
 * Backups in several folders, newest first, each with its folder; a name found in two folders is
 * listed once, from the first (restore looks in the same order).
 */
export function listBackupsIn(folders: readonly string[]): (BackupEntry & { folder: string })[] {
  const seen = new Set<string>();
  const entries: (BackupEntry & { folder: string })[] = [];
  for (const folder of folders) {
    for (const entry of listBackups(folder)) {
      if (seen.has(entry.file)) continue;
      seen.add(entry.file);
      entries.push({ ...entry, folder });
    }
  }
  return entries.sort(newestFirst);
}

/**
 * Removes `.partial` files left by a backup that was cut off (power cut, pulled drive). Only old
 * ones: a fresh one may belong to a backup another process is writing right now.
 */
export function removeStalePartials(folder: string, olderThanMs = 60 * 60_000): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!/^karya-.*\.db\.partial(-journal)?$/.test(name)) continue;
    try {
      if (Date.now() - statSync(join(folder, name)).mtimeMs < olderThanMs) continue;
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Gone already.
    }
  }
  return removed;
}

/**
 * Keeps the newest `keep` backups of `kind` (the one just written always among them) and removes
 * the rest. Each kind rotates on its own, so hourly automatic backups never push out the day-close
 * ones; with `device`, each till on its own too, so one till never rotates another's away.
 */
export function rotateBackups(
  folder: string,
  kind: BackupKind,
  keep: number,
  /** The backup just written: never removed, whatever the names say. */
  just?: string,
  /** Only this till's backups count (a flash drive may hold several tills'). */
  device?: string,
): string[] {
  const removed: string[] = [];
  const ofKind = listBackups(folder).filter(
    (e) => e.kind === kind && (device === undefined || e.device === device),
  );
  const kept =
    just === undefined
      ? ofKind
      : [...ofKind.filter((e) => e.file === just), ...ofKind.filter((e) => e.file !== just)];
  for (const entry of kept.slice(keep)) {
    rmSync(join(folder, entry.file), { force: true });
    removed.push(entry.file);
  }
  return removed;
}
