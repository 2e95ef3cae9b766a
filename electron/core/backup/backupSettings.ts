// Where backups go, how many to keep and how often. Kept in a small JSON file beside the database,
// not inside it: it must be readable when the database is damaged (that is when backups matter),
// and restoring an old backup must not send new backups back to an old folder.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const DEFAULT_KEEP = 14;
export const DEFAULT_INTERVAL_MINUTES = 120;

export interface BackupSettings {
  /** null: the default folder beside the database. */
  folder: string | null;
  /** Backups of each kind kept; older ones of that kind are removed. */
  keep: number;
  /** Automatic backups while the app runs; 0 turns them off. */
  intervalMinutes: number;
}

const stored = z.object({
  folder: z.string().min(1).nullable().catch(null),
  keep: z.number().int().min(1).max(365).catch(DEFAULT_KEEP),
  intervalMinutes: z.number().int().min(0).max(1440).catch(DEFAULT_INTERVAL_MINUTES),
});

export function settingsFile(dbPath: string): string {
  return `${dbPath}.backup.json`;
}

export function defaultBackupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

export function readBackupSettings(dbPath: string): BackupSettings {
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(settingsFile(dbPath), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or unreadable: the defaults below.
  }
  return { folder: null, keep: DEFAULT_KEEP, intervalMinutes: DEFAULT_INTERVAL_MINUTES };
}

/** Write-then-rename, so a crash leaves the old settings or the new ones, never half a file. */
export function writeBackupSettings(dbPath: string, settings: BackupSettings): void {
  const file = settingsFile(dbPath);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(settings, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function backupFolder(dbPath: string, settings: BackupSettings): string {
  return settings.folder ?? defaultBackupFolder(dbPath);
}
