// When the database cannot be opened at start (damaged, or not a database at all), the doors offer
// this way out instead of a crash: the backups that exist, and putting one in place of the damaged
// file. Works without an engine, because there is none; the damaged file is kept aside, never
// deleted, in case someone can still rescue data from it.
//
// It never changes the till's identity: the device code comes from the settings file beside the
// database (noted at each backup) or, failing that, from the damaged file itself; only backups of
// that code are offered, and one whose contents carry another code is refused. Taking over another
// till's backup is done from the Cadangan screen, where the admin confirms it.
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ErrorCode } from '../../../shared/contract';
import { loadMigrations } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR } from '../db/open';
import { EngineError } from '../errors';
import type { BackupEntry } from './backupFiles';
import { backupDevice, listBackups, newestFirst, RESTORABLE_NAME } from './backupFiles';
import { backupRoot, defaultBackupFolder, readBackupSettings } from './backupSettings';
import { inspectDatabaseFile, removeSideFiles } from './inspectDatabase';

/** Refusals at start for which a backup is the way out. */
export const RECOVERABLE_CODES: readonly ErrorCode[] = ['DB_CORRUPT', 'DB_FOREIGN'];

export function isRecoverable(error: unknown): error is EngineError {
  return error instanceof EngineError && RECOVERABLE_CODES.includes(error.code);
}

export interface RecoveryBackup extends BackupEntry {
  folder: string;
  path: string;
}

/** The device code stored in the (damaged) database, if it can still be read; else null. */
function deviceInFile(dbPath: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    const row = db.prepare("SELECT value FROM settings WHERE key = 'device_code'").get() as
      | { value: string }
      | undefined;
    return row?.value ?? null;
  } catch {
    return null;
  } finally {
    try {
      db?.close();
    } catch {
      // Nothing to do for a file that would not even close.
    }
  }
}

/**
 * This till's device code when its database will not open: noted beside the database at each
 * backup, else read from the damaged file if it still can be; null when neither says.
 */
export function recoveryDevice(dbPath: string): string | null {
  return readBackupSettings(dbPath).device ?? deviceInFile(dbPath);
}

/**
 * Backups of this till, newest first: in the chosen folder, its own `backups/<DEVICE>/` and the
 * old flat `backups/`. When the device code is not known, every device folder is looked in; the
 * names (and the dialog's buttons) carry each backup's code.
 */
export function recoveryBackups(dbPath: string, device = recoveryDevice(dbPath)): RecoveryBackup[] {
  const settings = readBackupSettings(dbPath);
  const root = backupRoot(dbPath);
  let deviceFolders: string[] = [];
  if (device) deviceFolders = [defaultBackupFolder(dbPath, device)];
  else {
    try {
      deviceFolders = readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(root, e.name));
    } catch {
      deviceFolders = [];
    }
  }
  const folders = [...new Set([...(settings.folder ? [settings.folder] : []), ...deviceFolders, root])];
  const seen = new Set<string>();
  return folders
    .flatMap((folder) =>
      listBackups(folder).map((entry) => ({ ...entry, folder, path: join(folder, entry.file) })),
    )
    .filter((entry) => {
      if (device && entry.device !== device) return false;
      if (seen.has(entry.path)) return false;
      seen.add(entry.path);
      return true;
    })
    .sort(newestFirst);
}

export interface Recovered {
  restoredFrom: string;
  /** Where the damaged database now lies. */
  keptAside: string;
}

/**
 * Replaces the unopenable database at `dbPath` with the backup `backupPath`, after checking the
 * backup. The damaged file (and its -wal/-shm) move to `karya.db.rusak-<time>`.
 */
export function recoverFromBackup(
  dbPath: string,
  backupPath: string,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
  now = new Date(),
  /** This till's device code (null: not known); a backup carrying another one is refused. */
  device = recoveryDevice(dbPath),
): Recovered {
  const name = backupPath.split(/[\\/]/).at(-1) ?? '';
  if (!RESTORABLE_NAME.test(name) || !existsSync(backupPath)) {
    throw new EngineError('NOT_FOUND', 'backup.backupFileMissing', { backupPath });
  }
  const staged = `${dbPath}.restore`;
  copyFileSync(backupPath, staged);
  try {
    const info = inspectDatabaseFile(staged, loadMigrations(migrationsDir));
    const theirs = info.device ?? backupDevice(name);
    if (device && theirs && theirs !== device) {
      throw new EngineError('DEVICE_MISMATCH', 'backup.startupDeviceMismatch', { name, theirs, device });
    }
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  } finally {
    removeSideFiles(staged);
  }
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const aside = `${dbPath}.rusak-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${aside}${suffix}`);
  }
  renameSync(staged, dbPath);
  return { restoredFrom: backupPath, keptAside: aside };
}

/** The Indonesian text browser mode prints (and the log keeps) when the database will not open. */
export function recoveryText(error: EngineError, dbPath: string, backups: readonly RecoveryBackup[]): string {
  const device = backups[0]?.device ?? null;
  const lines = [`Karya POS tidak dapat dibuka: ${error.message}`, `Database: ${dbPath}`, ''];
  if (backups.length === 0) {
    lines.push(
      'Tidak ada cadangan yang ditemukan. Jangan hapus berkas database; hubungi dukungan teknis',
      'dengan berkas tersebut dan folder logs/ di sampingnya.',
    );
    return lines.join('\n');
  }
  const devices = new Set(backups.map((b) => b.device));
  lines.push(
    devices.size === 1 && device
      ? `Cadangan kasir ${device} yang tersedia (terbaru dulu):`
      : 'Cadangan yang tersedia (terbaru dulu; kode perangkat ada di nama berkas, pilih milik kasir ini):',
  );
  for (const backup of backups.slice(0, 10)) {
    lines.push(
      `  ${backup.file}  (${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC, ${backup.bytes} byte)`,
    );
  }
  lines.push(
    '',
    'Untuk memulihkan dari cadangan terbaru (database yang rusak disimpan di samping, tidak dihapus):',
    `  npx karya --db "${dbPath}" recover ${backups[0]?.file ?? ''}`,
  );
  return lines.join('\n');
}
