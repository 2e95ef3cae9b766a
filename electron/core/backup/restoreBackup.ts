// Restoring a backup over the live database, from the admin screen. The chosen file is copied next
// to the database and checked first (a Karya database, intact, not newer than this app); then a
// safety backup of the current data is made; then SQLite's backup API writes the copy INTO the
// live file in one transaction. The engine's connection stays open and sees the restored data, and
// a power cut halfway leaves the old database as it was.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Sessions } from '../auth/sessions';
import type { EngineContext } from '../context';
import { loadMigrations, migrate } from '../db/migrate';
import { EngineError } from '../errors';
import { ensureDeviceSettings } from '../settings/settings';
import { storageError } from '../storageErrors';
import type { BackupEntry } from './backupFiles';
import { RESTORABLE_NAME } from './backupFiles';
import { backupFolder, readBackupSettings } from './backupSettings';
import type { DatabaseFileInfo } from './inspectDatabase';
import { inspectDatabaseFile, removeSideFiles } from './inspectDatabase';
import { behindGate, serialised } from './maintenance';
import { writeBackup } from './runBackup';

export interface RestoreResult {
  restored: string;
  /** The backup of the data as it was just before, in case the wrong file was chosen. */
  safetyCopy: BackupEntry;
  info: DatabaseFileInfo;
  schemaVersion: number;
}

/** Copies the chosen backup beside the live database; a flash drive may vanish halfway. */
function stageCopy(source: string, staged: string): void {
  try {
    copyFileSync(source, staged);
  } catch (error) {
    rmSync(staged, { force: true });
    throw (
      storageError(error, {
        DISK_FULL: 'Disk penuh: cadangan tidak dapat disalin untuk dipulihkan. Database tidak diubah.',
        IO_ERROR: 'Berkas cadangan tidak dapat dibaca. Database tidak diubah.',
      }) ?? error
    );
  }
}

export function restoreBackup(ctx: EngineContext, file: string): Promise<RestoreResult> {
  return serialised(ctx.db, async () => {
    if (!RESTORABLE_NAME.test(file)) {
      throw new EngineError('INVALID_INPUT', 'Nama berkas cadangan tidak valid.');
    }
    const folder = backupFolder(ctx.dbPath, readBackupSettings(ctx.dbPath));
    const source = join(folder, file);
    if (!existsSync(source)) {
      throw new EngineError('NOT_FOUND', `Berkas cadangan ${file} tidak ada di ${folder}.`);
    }
    const staged = `${ctx.dbPath}.restore`;
    const migrations = loadMigrations(ctx.migrationsDir);
    stageCopy(source, staged);
    try {
      let info: DatabaseFileInfo;
      try {
        info = inspectDatabaseFile(staged, migrations);
      } finally {
        removeSideFiles(staged);
      }
      // From here on other commands wait: a sale acknowledged before this point is in the safety
      // copy; one asked for meanwhile is written into the restored database afterwards.
      const { safetyCopy, schemaVersion } = await behindGate(ctx.db, async () => {
        const safetyCopy = await writeBackup(ctx, 'safety');
        const source = new Database(staged, { readonly: true, fileMustExist: true });
        try {
          // One step for all pages: the live file is locked only for this one transaction.
          await source.backup(ctx.dbPath, { progress: () => 0x7fffffff });
        } finally {
          source.close();
          removeSideFiles(staged);
        }
        // An older backup is brought up to this app's schema, like any database at start.
        const schemaVersion = migrate(ctx.db, migrations);
        ctx.device = ensureDeviceSettings(ctx.db, ctx.device);
        ctx.schemaVersion = schemaVersion;
        // The restored file has its own users and PINs: everyone signs in again.
        ctx.sessions = new Sessions();
        return { safetyCopy, schemaVersion };
      });
      ctx.log.warn('backup.restored', { file, safetyCopy: safetyCopy.file, schemaVersion });
      return { restored: file, safetyCopy, info, schemaVersion };
    } catch (error) {
      if (error instanceof EngineError) {
        ctx.log.warn('backup.restoreRefused', { file, code: error.code });
        throw error;
      }
      ctx.log.error('backup.restoreFailed', error, { file });
      throw (
        storageError(error, {
          DISK_FULL:
            'Disk penuh: pemulihan dibatalkan dan database tidak diubah. Kosongkan ruang disk lalu coba lagi.',
          IO_ERROR: 'Pemulihan gagal membaca atau menulis disk; database tidak diubah.',
        }) ?? error
      );
    } finally {
      rmSync(staged, { force: true });
    }
  });
}
