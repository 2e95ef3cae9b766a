// Where backups go, how many to keep and how often. Kept in a small JSON file beside the database,
// not inside it: it must be readable when the database is damaged (that is when backups matter),
// and restoring an old backup must not send new backups back to an old folder.
//
// By default each till's backups go into a folder of its own device code, `backups/<DEVICE>/`
// beside the database, so backups of two tills (or of this till before and after it took over
// another's code) never mix. Backups made before that went straight into `backups/`: that old flat
// folder is still listed and restorable. A folder the admin chose (a flash drive) is used exactly
// as chosen: the file names carry the device code, and a restore checks it.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DEVICE_CODE_PATTERN } from '../../../shared/contract';

export const DEFAULT_KEEP = 14;
export const DEFAULT_INTERVAL_MINUTES = 120;

export interface BackupSettings {
  /** null: the default folder beside the database. */
  folder: string | null;
  /** Backups of each kind kept; older ones of that kind are removed. */
  keep: number;
  /** Automatic backups while the app runs; 0 turns them off. */
  intervalMinutes: number;
  /**
   * The device code of the database these settings sit beside, as last seen by the engine: finds
   * the till's own backup folder, and its own backups, when the database cannot be opened.
   */
  device: string | null;
}

const stored = z.object({
  folder: z.string().min(1).nullable().catch(null),
  keep: z.number().int().min(1).max(365).catch(DEFAULT_KEEP),
  intervalMinutes: z.number().int().min(0).max(1440).catch(DEFAULT_INTERVAL_MINUTES),
  device: z.string().regex(DEVICE_CODE_PATTERN).nullable().optional().catch(null),
});

export function settingsFile(dbPath: string): string {
  return `${dbPath}.backup.json`;
}

/** `backups/` beside the database: the root of the per-device folders, and the old flat folder. */
export function backupRoot(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** `backups/<DEVICE>/` beside the database. */
export function defaultBackupFolder(dbPath: string, device: string): string {
  return join(backupRoot(dbPath), device);
}

export function readBackupSettings(dbPath: string): BackupSettings {
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(settingsFile(dbPath), 'utf8')));
    if (parsed.success) return { ...parsed.data, device: parsed.data.device ?? null };
  } catch {
    // Missing or unreadable: the defaults below.
  }
  return { folder: null, keep: DEFAULT_KEEP, intervalMinutes: DEFAULT_INTERVAL_MINUTES, device: null };
}

/** Write-then-rename, so a crash leaves the old settings or the new ones, never half a file. */
export function writeBackupSettings(dbPath: string, settings: BackupSettings): void {
  const file = settingsFile(dbPath);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(settings, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Notes the till's device code beside the database when it changed (first backup, a takeover). */
export function rememberDevice(dbPath: string, device: string): void {
  const settings = readBackupSettings(dbPath);
  if (settings.device !== device) writeBackupSettings(dbPath, { ...settings, device });
}

/** Where new backups of `device` go: the chosen folder as it is, or `backups/<DEVICE>/`. */
export function backupFolder(dbPath: string, settings: BackupSettings, device: string): string {
  return settings.folder ?? defaultBackupFolder(dbPath, device);
}

/**
 * Every folder whose backups are listed for `device`: the folder in use; with the default, also
 * the old flat `backups/` of earlier versions and the other device folders beside it (this till's
 * backups from before a takeover, among them the safety copy made just before it).
 */
export function backupFoldersToList(dbPath: string, settings: BackupSettings, device: string): string[] {
  const folder = backupFolder(dbPath, settings, device);
  if (settings.folder !== null) return [folder];
  const root = backupRoot(dbPath);
  let others: string[] = [];
  try {
    others = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && DEVICE_CODE_PATTERN.test(e.name) && e.name !== device)
      .map((e) => join(root, e.name))
      .sort();
  } catch {
    // No backups yet.
  }
  return [folder, root, ...others];
}
