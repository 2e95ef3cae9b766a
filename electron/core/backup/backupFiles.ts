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
}

/** `karya-BTH1-20261128-140500-auto.db`, optionally `-2` before `.db` for a second one that second. */
export const BACKUP_NAME =
  /^karya-([A-Z0-9]{2,8})-(\d{8})-(\d{6})-(auto|manual|dayclose|safety)(?:-\d+)?\.db$/;

/** What `backup.restore` accepts: a plain file name in the backup folder, never a path. */
export const RESTORABLE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.db$/;

/** `20261128140500` from a backup's name, for ordering; '' for other names. */
export function backupStamp(file: string): string {
  const match = BACKUP_NAME.exec(file);
  return match ? `${match[2]}${match[3]}` : '';
}

/** Newest first by the time in the name (a copy to a flash drive can change modification times). */
export function newestFirst(a: { file: string }, b: { file: string }): number {
  return (
    backupStamp(b.file).localeCompare(backupStamp(a.file)) ||
    b.file.localeCompare(a.file, 'en', { numeric: true })
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

/** A name not yet taken in `folder`. */
export function newBackupName(
  folder: string,
  device: string,
  at: Date,
  timeZone: string,
  kind: BackupKind,
): string {
  const base = `karya-${device}-${localStamp(at, timeZone)}-${kind}`;
  for (let n = 1; ; n++) {
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
      });
    } catch {
      // Removed while listing: skip it.
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
 * Keeps the newest `keep` backups of `kind` and removes the rest. Each kind rotates on its own, so
 * hourly automatic backups never push out the day-close ones.
 */
export function rotateBackups(folder: string, kind: BackupKind, keep: number): string[] {
  const removed: string[] = [];
  for (const entry of listBackups(folder)
    .filter((e) => e.kind === kind)
    .slice(keep)) {
    rmSync(join(folder, entry.file), { force: true });
    removed.push(entry.file);
  }
  return removed;
}
