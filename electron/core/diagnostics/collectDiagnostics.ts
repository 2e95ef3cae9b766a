// The text an admin copies and sends to support: versions, the device, database health, settings
// without secrets, backups and the tail of the logs. No PINs, session tokens, users' or buyers'
// names: only counts of people and sales.
import { statSync } from 'node:fs';
import { listBackups } from '../backup/backupFiles';
import { backupFolder, readBackupSettings } from '../backup/backupSettings';
import type { EngineContext } from '../context';
import { recentLogLines, redact } from '../logs/logger';

export const LOG_LINES_PER_FILE = 200;
/** Settings whose values are kept out of the text (printer passwords, upload keys, ...). */
const SECRET_KEY = /pin|secret|token|password|passwd|key|hash|credential|auth/i;

function count(ctx: EngineContext, table: string): string {
  try {
    return String((ctx.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n);
  } catch {
    return '-';
  }
}

function fileSize(path: string): string {
  try {
    return `${statSync(path).size} byte`;
  } catch {
    return '-';
  }
}

function settingsLines(ctx: EngineContext): string[] {
  let rows: { key: string; value: string }[];
  try {
    rows = ctx.db.prepare('SELECT key, value FROM settings ORDER BY key').all() as typeof rows;
  } catch {
    return ['  (tidak dapat dibaca)'];
  }
  return rows.map(({ key, value }) => {
    if (SECRET_KEY.test(key)) return `  ${key} = [disamarkan]`;
    const shown = value.length > 200 ? `${value.slice(0, 200)}… (${value.length} huruf)` : value;
    return `  ${key} = ${shown.replaceAll('\n', ' ')}`;
  });
}

export function collectDiagnostics(ctx: EngineContext): string {
  const settings = readBackupSettings(ctx.dbPath);
  const folder = backupFolder(ctx.dbPath, settings, ctx.device.device);
  const backups = listBackups(folder);
  const quick = (() => {
    try {
      return String(ctx.db.pragma('quick_check', { simple: true }));
    } catch (error) {
      return `gagal: ${(error as Error).message}`;
    }
  })();
  const lines = [
    'Karya POS — diagnostik',
    `Dibuat: ${ctx.now().toISOString()}`,
    '',
    '[Versi]',
    `  aplikasi ${ctx.appVersion}, skema ${ctx.schemaVersion}`,
    `  node ${process.versions.node}, electron ${process.versions.electron ?? '-'}, sqlite ${
      (ctx.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
    }`,
    `  sistem ${process.platform} ${process.arch}`,
    '',
    '[Perangkat]',
    `  kode ${ctx.device.device}, zona waktu ${ctx.device.timeZone}`,
    '',
    '[Database]',
    `  berkas ${ctx.dbPath} (${fileSize(ctx.dbPath)}, wal ${fileSize(`${ctx.dbPath}-wal`)})`,
    `  quick_check ${quick}, journal ${String(ctx.db.pragma('journal_mode', { simple: true }))}`,
    `  produk ${count(ctx, 'products')}, penjualan ${count(ctx, 'sales')}, pengguna ${count(ctx, 'users')}`,
    '',
    '[Pengaturan]',
    ...settingsLines(ctx),
    '',
    '[Cadangan]',
    `  folder ${folder}${settings.folder === null ? ' (bawaan)' : ''}`,
    `  simpan ${settings.keep} per jenis, otomatis tiap ${settings.intervalMinutes} menit`,
    `  ${backups.length} berkas; terbaru: ${backups[0] ? `${backups[0].file} ${backups[0].createdAt}` : '-'}`,
    '',
    '[Log]',
    ...(ctx.logDir
      ? recentLogLines(ctx.logDir, ['main', 'engine'], LOG_LINES_PER_FILE)
      : ['  (aplikasi ini tidak menulis berkas log)']),
  ];
  return redact(lines.join('\n'));
}
