// The desktop app's way out when the database will not open (damaged): a dialog listing the newest
// backups, one button each, and Quit. Choosing one checks it, keeps the damaged file aside and puts
// the backup in place; main.ts then restarts the app. Electron types only, so tests use stand-ins.
import type { MessageBoxSyncOptions } from 'electron';
import type { RecoveryBackup } from './core/backup/recovery';
import { recoverFromBackup, recoveryBackups, recoveryText } from './core/backup/recovery';
import { EngineError } from './core/errors';

export interface RecoveryDialog {
  showMessageBoxSync(options: MessageBoxSyncOptions): number;
  showErrorBox(title: string, content: string): void;
}

export type RecoveryOutcome = { kind: 'restored'; from: string; keptAside: string } | { kind: 'quit' };

const KIND_LABEL: Record<RecoveryBackup['kind'], string> = {
  auto: 'otomatis',
  manual: 'manual',
  dayclose: 'tutup hari',
  safety: 'sebelum pemulihan',
};

export function offerRecovery(
  dialog: RecoveryDialog,
  error: EngineError,
  dbPath: string,
  migrationsDir: string,
): RecoveryOutcome {
  const backups = recoveryBackups(dbPath).slice(0, 3);
  if (backups.length === 0) {
    dialog.showErrorBox('Karya POS', recoveryText(error, dbPath, backups));
    return { kind: 'quit' };
  }
  const buttons = [
    ...backups.map(
      (b) => `Pulihkan ${b.file.replace(/^karya-/, '').replace(/\.db$/, '')} (${KIND_LABEL[b.kind]})`,
    ),
    'Keluar',
  ];
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Karya POS',
    message: 'Database Karya POS tidak dapat dibuka.',
    detail: `${error.message}\n\nPilih cadangan untuk dipulihkan (terbaru di atas). Database yang rusak tidak dihapus: disimpan di samping dengan nama karya.db.rusak-… untuk diperiksa.\n\nDatabase: ${dbPath}`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  const backup = backups[choice];
  if (!backup) return { kind: 'quit' };
  try {
    const recovered = recoverFromBackup(dbPath, backup.path, migrationsDir);
    return { kind: 'restored', from: recovered.restoredFrom, keptAside: recovered.keptAside };
  } catch (failure) {
    dialog.showErrorBox(
      'Karya POS',
      failure instanceof EngineError ? `Pemulihan gagal: ${failure.message}` : 'Pemulihan gagal.',
    );
    return { kind: 'quit' };
  }
}
