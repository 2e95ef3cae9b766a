// An online backup of the live database with SQLite's backup API: sales can go on while it copies,
// and the copy is a consistent snapshot. Written under a temporary name, checked, flushed and only
// then renamed, so a backup that is listed is a whole one, even after a power cut or a pulled drive.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { indonesian } from '../../../shared/messages';
import type { EngineContext } from '../context';
import { EngineError } from '../errors';
import { storageError } from '../storageErrors';
import type { BackupEntry, BackupKind } from './backupFiles';
import { newBackupName, removeStalePartials, rotateBackups } from './backupFiles';
import { backupFolder, readBackupSettings, rememberDevice } from './backupSettings';
import { serialised } from './maintenance';

export type BackupContext = Pick<EngineContext, 'db' | 'dbPath' | 'device' | 'now' | 'log'>;

export const BACKUP_FULL_MESSAGE = indonesian('backup.full');
export const BACKUP_IO_MESSAGE = indonesian('backup.io');

function flush(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The folder must exist: a missing flash drive is reported, not silently replaced by a new folder. */
export function ensureBackupFolder(dbPath: string, device: string): string {
  const settings = readBackupSettings(dbPath);
  const folder = backupFolder(dbPath, settings, device);
  if (settings.folder === null) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw storageError(error, { DISK_FULL: 'backup.full', IO_ERROR: 'backup.io' }) ?? error;
    }
  } else if (!existsSync(folder)) {
    throw new EngineError('IO_ERROR', 'backup.backupFolderMissing', { folder });
  }
  return folder;
}

/** Writes one backup now; callers already inside the backup queue (restore) use this directly. */
export async function writeBackup(ctx: BackupContext, kind: BackupKind): Promise<BackupEntry> {
  const started = Date.now();
  // Beside the database, so the start-up recovery finds this till's own folder and backups.
  try {
    rememberDevice(ctx.dbPath, ctx.device.device);
  } catch {
    // A full disk: the backup below says so; the note is written with the next one.
  }
  const settings = readBackupSettings(ctx.dbPath);
  const folder = ensureBackupFolder(ctx.dbPath, ctx.device.device);
  removeStalePartials(folder);
  const file = newBackupName(folder, ctx.device.device, ctx.now(), ctx.device.timeZone, kind);
  const target = join(folder, file);
  const partial = `${target}.partial`;
  try {
    await ctx.db.backup(partial);
    // Rollback-journal mode: the file stands alone (no -wal/-shm), also on a read-only drive.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') {
        throw new EngineError('IO_ERROR', 'backup.copyFailedCheck');
      }
    } finally {
      copy.close();
    }
    flush(partial);
    renameSync(partial, target);
    try {
      flush(folder); // the rename itself survives a power cut (not possible on Windows; harmless)
    } catch {
      // Directories cannot be opened for fsync everywhere.
    }
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    ctx.log.error('backup.failed', error, { kind, folder });
    if (error instanceof EngineError) throw error;
    throw storageError(error, { DISK_FULL: 'backup.full', IO_ERROR: 'backup.io' }) ?? error;
  }
  const removed = rotateBackups(folder, kind, settings.keep, file, ctx.device.device);
  const bytes = statSync(target).size;
  ctx.log.info('backup.done', { kind, file, bytes, ms: Date.now() - started, rotatedAway: removed.length });
  return { file, kind, createdAt: statSync(target).mtime.toISOString(), bytes, device: ctx.device.device };
}

/**
 * Backs the live database up into the chosen folder and rotates old backups of the same kind.
 * Day close calls this with 'dayclose'; the schedule with 'auto'; the admin screen with 'manual'.
 */
export function runBackup(ctx: BackupContext, kind: BackupKind): Promise<BackupEntry> {
  return serialised(ctx.db, () => writeBackup(ctx, kind));
}
