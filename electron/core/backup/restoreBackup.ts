// Restoring a backup over the live database, from the admin screen. The chosen file is copied next
// to the database and checked first (a Karya database, intact, not newer than this app); then a
// safety backup of the current data is made; then SQLite's backup API writes the copy INTO the
// live file in one transaction. The engine's connection stays open and sees the restored data, and
// a power cut halfway leaves the old database as it was.
//
// The device code inside the backup is the till's identity (receipt numbers, Zs, batches). A backup
// of another till is refused (DEVICE_MISMATCH) unless the admin confirms a takeover by naming that
// till's code: this till then IS that till (replacing a broken laptop). Every restore that goes
// ahead is written into the audit log of the restored database, right after the swap: an entry
// written before would be replaced with everything else.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Sessions } from '../auth/sessions';
import type { Actor, EngineContext } from '../context';
import { loadMigrations, migrate } from '../db/migrate';
import { EngineError } from '../errors';
import { ensureInstallId } from '../settings/installId';
import { ensureDeviceSettings } from '../settings/settings';
import { storageError } from '../storageErrors';
import type { BackupEntry } from './backupFiles';
import { backupDevice, RESTORABLE_NAME } from './backupFiles';
import {
  backupFoldersToList,
  defaultBackupFolder,
  readBackupSettings,
  rememberDevice,
} from './backupSettings';
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
  /** This till's device code before, when the restore took over another till's code. */
  takenOverFrom: string | null;
}

export interface RestoreOptions {
  /** Confirms taking over another till's identity: must name the device code in the backup. */
  takeover?: { fromDevice: string };
  /** Who restores (named in the audit entry). */
  actor: Actor;
}

/**
 * Where a backup named `file` lies: the folder in use, then (default folder) the old flat folder
 * and the folder of the device code in its name. Null when it is in none of them.
 */
export function findBackup(
  dbPath: string,
  device: string,
  file: string,
): { path: string; folder: string } | null {
  const settings = readBackupSettings(dbPath);
  const folders = backupFoldersToList(dbPath, settings, device);
  const named = backupDevice(file);
  if (settings.folder === null && named) folders.push(defaultBackupFolder(dbPath, named));
  for (const folder of folders) {
    const path = join(folder, file);
    if (existsSync(path)) return { path, folder };
  }
  return null;
}

/** The refusal for a backup of another till, naming both codes; the screen offers the takeover. */
export function deviceMismatch(file: string, backup: string, here: string): EngineError {
  return new EngineError('DEVICE_MISMATCH', 'backup.deviceMismatch', { file, backup, here });
}

/** Copies `file` beside the database and checks it; the caller removes the copy. */
function stageAndInspect(ctx: EngineContext, file: string): { staged: string; info: DatabaseFileInfo } {
  if (!RESTORABLE_NAME.test(file)) {
    throw new EngineError('INVALID_INPUT', 'backup.badBackupName');
  }
  const found = findBackup(ctx.dbPath, ctx.device.device, file);
  if (!found) {
    const settings = readBackupSettings(ctx.dbPath);
    const where = backupFoldersToList(ctx.dbPath, settings, ctx.device.device)[0] ?? '';
    throw new EngineError('NOT_FOUND', 'backup.backupNotIn', { file, where });
  }
  const staged = `${ctx.dbPath}.restore`;
  stageCopy(found.path, staged);
  try {
    return { staged, info: inspectDatabaseFile(staged, loadMigrations(ctx.migrationsDir)) };
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  } finally {
    removeSideFiles(staged);
  }
}

/** What `backup.inspect` answers: the backup's device code and this till's, without restoring. */
export function inspectBackup(ctx: EngineContext, file: string) {
  return serialised(ctx.db, async () => {
    const { staged, info } = stageAndInspect(ctx, file);
    rmSync(staged, { force: true });
    return {
      file,
      device: info.device,
      thisDevice: ctx.device.device,
      sales: info.sales,
      schemaVersion: info.schemaVersion,
    };
  });
}

/**
 * The restore's audit entries, in the restored database (its users are not ours: the person is
 * named, and linked by id only when the restored file has that user under the same name).
 */
function auditRestore(
  ctx: EngineContext,
  actor: Actor,
  entries: {
    action: 'backup.restore' | 'device.takeover';
    subject: string;
    detail: Record<string, unknown>;
  }[],
): void {
  let userId: number | null = null;
  let userName = 'Sistem';
  if (actor.kind === 'user') {
    userName = actor.name;
    const same = ctx.db
      .prepare('SELECT id FROM users WHERE id = ? AND name = ?')
      .get(actor.userId, actor.name);
    if (same) userId = actor.userId;
  }
  const insert = ctx.db.prepare(
    `INSERT INTO audit_log (at, device, action, user_id, user_name, approved_by_name, subject, detail)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    for (const entry of entries) {
      insert.run(
        at,
        ctx.device.device,
        entry.action,
        userId,
        userName,
        entry.subject,
        JSON.stringify(entry.detail),
      );
    }
  })();
}

/** Copies the chosen backup beside the live database; a flash drive may vanish halfway. */
function stageCopy(source: string, staged: string): void {
  try {
    copyFileSync(source, staged);
  } catch (error) {
    rmSync(staged, { force: true });
    throw (
      storageError(error, {
        DISK_FULL: 'backup.fullCannotCopy',
        IO_ERROR: 'backup.unreadableNoChange',
      }) ?? error
    );
  }
}

export function restoreBackup(
  ctx: EngineContext,
  file: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  return serialised(ctx.db, async () => {
    const migrations = loadMigrations(ctx.migrationsDir);
    const here = ctx.device.device;
    const staged = `${ctx.dbPath}.restore`;
    try {
      const { info } = stageAndInspect(ctx, file);
      // A backup without a device code (none stored yet) keeps this till's: not another identity.
      const other = info.device !== null && info.device !== here ? info.device : null;
      const asked = options.takeover?.fromDevice ?? null;
      if (other !== null && asked === null) throw deviceMismatch(file, other, here);
      if (asked !== null && asked !== (info.device ?? here)) {
        throw new EngineError('INVALID_INPUT', 'backup.takeoverCodeMismatch', {
          asked,
          file,
          value: info.device ?? here,
        });
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
        // The running engine takes the restored till's identity: receipts, Zs and batches from now
        // on carry its device code (the top bar shows it after signing in again).
        ctx.device = ensureDeviceSettings(ctx.db, ctx.device);
        ensureInstallId(ctx.db);
        ctx.schemaVersion = schemaVersion;
        // The restored file has its own users and PINs: everyone signs in again.
        ctx.sessions = new Sessions();
        const detail = {
          file,
          safetyCopy: safetyCopy.file,
          backupDevice: info.device,
          deviceBefore: here,
          sales: info.sales,
        };
        try {
          auditRestore(ctx, options.actor, [
            { action: 'backup.restore', subject: file, detail },
            ...(other !== null
              ? [{ action: 'device.takeover' as const, subject: `${here} → ${other}`, detail }]
              : []),
          ]);
        } catch (error) {
          // The data is restored already: saying it failed would be wrong. The log keeps it.
          ctx.log.error('backup.restoreAuditFailed', error, { file });
        }
        return { safetyCopy, schemaVersion };
      });
      try {
        rememberDevice(ctx.dbPath, ctx.device.device);
      } catch (error) {
        ctx.log.error('backup.rememberDeviceFailed', error, { file });
      }
      ctx.log.warn(other !== null ? 'backup.takeover' : 'backup.restored', {
        file,
        safetyCopy: safetyCopy.file,
        schemaVersion,
        device: ctx.device.device,
        deviceBefore: here,
      });
      return { restored: file, safetyCopy, info, schemaVersion, takenOverFrom: other !== null ? here : null };
    } catch (error) {
      if (error instanceof EngineError) {
        ctx.log.warn('backup.restoreRefused', { file, code: error.code });
        throw error;
      }
      ctx.log.error('backup.restoreFailed', error, { file });
      throw (
        storageError(error, {
          DISK_FULL: 'backup.restoreFull',
          IO_ERROR: 'backup.restoreIo',
        }) ?? error
      );
    } finally {
      rmSync(staged, { force: true });
    }
  });
}
