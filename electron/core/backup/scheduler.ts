// Automatic backups while the app runs: every few minutes the engine asks whether one is due (the
// interval since the newest automatic backup has passed and something changed since), using the
// engine's clock so tests can move time.
import type { BackupEntry } from './backupFiles';
import { listBackups } from './backupFiles';
import { backupFolder, readBackupSettings } from './backupSettings';
import type { BackupContext } from './runBackup';
import { runBackup } from './runBackup';

export const DEFAULT_CHECK_EVERY_MS = 60_000;

export interface BackupScheduler {
  /** One check; resolves with the backup made, or null when none was due. Never rejects. */
  tick(): Promise<BackupEntry | null>;
  stop(): void;
}

function changesSoFar(ctx: BackupContext): number {
  return (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/**
 * `checkEveryMs` 0 makes no timer (tests call `tick`). A failed attempt (drive pulled out) is
 * retried after the interval too, not every minute, and logged each time.
 */
export function startBackupScheduler(
  ctx: BackupContext,
  checkEveryMs = DEFAULT_CHECK_EVERY_MS,
): BackupScheduler {
  let lastAttempt: number | null = null;
  let changesAtLastBackup: number | null = null;
  let running = false;

  async function tick(): Promise<BackupEntry | null> {
    if (running || !ctx.db.open) return null;
    running = true;
    try {
      const settings = readBackupSettings(ctx.dbPath);
      if (settings.intervalMinutes === 0) return null;
      const intervalMs = settings.intervalMinutes * 60_000;
      const now = ctx.now().getTime();
      const newestAuto = listBackups(backupFolder(ctx.dbPath, settings, ctx.device.device)).find(
        (b) => b.kind === 'auto',
      );
      const last = Math.max(lastAttempt ?? 0, newestAuto ? Date.parse(newestAuto.createdAt) : 0);
      if (now - last < intervalMs) return null;
      // Nothing written since our last backup: another copy of the same data is no use.
      if (changesAtLastBackup !== null && changesSoFar(ctx) === changesAtLastBackup) return null;
      lastAttempt = now;
      const changes = changesSoFar(ctx);
      const entry = await runBackup(ctx, 'auto');
      changesAtLastBackup = changes;
      return entry;
    } catch {
      // runBackup has logged it; the next due check tries again.
      return null;
    } finally {
      running = false;
    }
  }

  const timer = checkEveryMs > 0 ? setInterval(() => void tick(), checkEveryMs) : null;
  // The timer must never keep a command-line run or a test process alive.
  timer?.unref();
  return {
    tick,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
