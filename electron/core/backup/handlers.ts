import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupState, backupCommands } from '../../../shared/contract';
import type { EngineContext, HandlerMap } from '../context';
import { EngineError } from '../errors';
import { listBackupsIn } from './backupFiles';
import type { BackupSettings } from './backupSettings';
import {
  backupFolder,
  backupFoldersToList,
  defaultBackupFolder,
  readBackupSettings,
  writeBackupSettings,
} from './backupSettings';
import { inspectBackup, restoreBackup } from './restoreBackup';
import { runBackup } from './runBackup';

function state(ctx: EngineContext): BackupState {
  const settings = readBackupSettings(ctx.dbPath);
  const device = ctx.device.device;
  const folder = backupFolder(ctx.dbPath, settings, device);
  return {
    device,
    folder,
    isDefaultFolder: settings.folder === null,
    defaultFolder: defaultBackupFolder(ctx.dbPath, device),
    keep: settings.keep,
    intervalMinutes: settings.intervalMinutes,
    folderReachable: settings.folder === null || existsSync(folder),
    // With the default folder, also the backups made before per-device folders (`backups/`).
    backups: listBackupsIn(backupFoldersToList(ctx.dbPath, settings, device)).map(
      ({ folder: _, ...entry }) => entry,
    ),
  };
}

/** A chosen folder must exist and take a file now, so the first automatic backup does not fail. */
function checkWritable(folder: string): void {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new EngineError('NOT_FOUND', 'backup.folderMissing', { folder });
  }
  const probe = join(folder, `.karya-uji-tulis-${process.pid}`);
  try {
    writeFileSync(probe, 'ok');
  } catch {
    throw new EngineError('IO_ERROR', 'backup.folderNotWritable', { folder });
  } finally {
    rmSync(probe, { force: true });
  }
}

export const backupHandlers: HandlerMap<Exclude<keyof typeof backupCommands, 'diagnostics.collect'>> = {
  'backup.list': (ctx) => state(ctx),
  'backup.configure': (ctx, input) => {
    if (input.folder !== null) checkWritable(input.folder);
    const settings: BackupSettings = {
      folder: input.folder,
      keep: input.keep,
      intervalMinutes: input.intervalMinutes,
      device: ctx.device.device,
    };
    writeBackupSettings(ctx.dbPath, settings);
    ctx.log.info('backup.configured', { keep: input.keep, intervalMinutes: input.intervalMinutes });
    return state(ctx);
  },
  'backup.run': (ctx) => runBackup(ctx, 'manual'),
  'backup.restore': async (ctx, input, actor) => {
    const result = await restoreBackup(ctx, input.file, { takeover: input.takeover, actor });
    return {
      restored: result.restored,
      safetyCopy: result.safetyCopy,
      device: result.info.device,
      sales: result.info.sales,
      schemaVersion: result.schemaVersion,
      takenOverFrom: result.takenOverFrom,
    };
  },
  'backup.inspect': (ctx, input) => inspectBackup(ctx, input.file),
};
