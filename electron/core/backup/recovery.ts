// When the database cannot be opened at start (damaged, or not a database at all), the doors offer
// this way out instead of a crash: the backups that exist, and putting one in place of the damaged
// file. Works without an engine, because there is none; the damaged file is kept aside, never
// deleted, in case someone can still rescue data from it.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../../shared/contract';
import { loadMigrations } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR } from '../db/open';
import { EngineError } from '../errors';
import type { BackupEntry } from './backupFiles';
import { listBackups, newestFirst, RESTORABLE_NAME } from './backupFiles';
import { backupFolder, defaultBackupFolder, readBackupSettings } from './backupSettings';
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

/** Backups in the chosen folder and in the default one, newest first. */
export function recoveryBackups(dbPath: string): RecoveryBackup[] {
  const folders = [
    ...new Set([backupFolder(dbPath, readBackupSettings(dbPath)), defaultBackupFolder(dbPath)]),
  ];
  return folders
    .flatMap((folder) =>
      listBackups(folder).map((entry) => ({ ...entry, folder, path: join(folder, entry.file) })),
    )
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
): Recovered {
  const name = backupPath.split(/[\\/]/).at(-1) ?? '';
  if (!RESTORABLE_NAME.test(name) || !existsSync(backupPath)) {
    throw new EngineError('NOT_FOUND', `Berkas cadangan tidak ditemukan: ${backupPath}`);
  }
  const staged = `${dbPath}.restore`;
  copyFileSync(backupPath, staged);
  try {
    inspectDatabaseFile(staged, loadMigrations(migrationsDir));
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
  const lines = [`Karya POS tidak dapat dibuka: ${error.message}`, `Database: ${dbPath}`, ''];
  if (backups.length === 0) {
    lines.push(
      'Tidak ada cadangan yang ditemukan. Jangan hapus berkas database; hubungi dukungan teknis',
      'dengan berkas tersebut dan folder logs/ di sampingnya.',
    );
    return lines.join('\n');
  }
  lines.push('Cadangan yang tersedia (terbaru dulu):');
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
