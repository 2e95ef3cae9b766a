import type { backupId } from './backup.id';

export const backupEn: Record<keyof typeof backupId, string> = {
  'nav.backup': 'Backups',
  'backup.title': 'Backups and restore',
  'backup.intro':
    'Backups are made automatically while the app runs and at day close. Keep them on a USB stick too, so the data survives a broken laptop.',
  'backup.settings': 'Settings',
  'backup.folder': 'Backup folder',
  'backup.folderHint':
    "Full path, e.g. /media/usb/backups or E:\\backups. Leave empty for the default folder: one folder per device code, so tills' backups never mix.",
  'backup.folderDefault': 'Default: {folder}',
  'backup.folderMissing': 'The backup folder is not there. Plug in the USB stick or choose another folder.',
  'backup.keep': 'Backups to keep of each kind',
  'backup.interval': 'Automatic backup every (minutes, 0 = off)',
  'backup.save': 'Save settings',
  'backup.saved': 'Settings saved.',
  'backup.runNow': 'Back up now',
  'backup.running': 'Backing up…',
  'backup.done': 'Backup made: {file}',
  'backup.list': 'Backups in the folder',
  'backup.empty': 'No backups in this folder yet.',
  'backup.col.when': 'When',
  'backup.col.kind': 'Kind',
  'backup.col.size': 'Size',
  'backup.col.file': 'File',
  'backup.kind.auto': 'Automatic',
  'backup.kind.manual': 'Manual',
  'backup.kind.dayclose': 'Day close',
  'backup.kind.safety': 'Before a restore',
  'backup.restore': 'Restore',
  'backup.restoreTitle': 'Restore from this backup?',
  'backup.restoreWarning':
    'All data is replaced by backup {file} ({when}). Sales made after that are no longer in the till, but they are kept in a safety copy you can restore again. Everyone has to sign in again.',
  'backup.restoreConfirm': 'Yes, restore',
  'backup.restoring': 'Restoring…',
  'backup.restored':
    'Restored from {file} ({sales} sales). Safety copy of the previous data: {safety}. Please sign in again.',
  'backup.signInAgain': 'Sign in again',
  'backup.otherDevice': 'other till: {device}',
  'backup.takeoverTitle': 'Take over another till?',
  'backup.takeoverCodes': 'This backup is from device {device}; this till is {thisDevice}.',
  'backup.takeoverFile': 'File {file} ({when}), {sales} sales.',
  'backup.takeoverWhen':
    'Restore this backup only to replace the {device} laptop that broke or was lost. This till then becomes {device}:',
  'backup.takeoverReceipts':
    'Receipts, Z reports and office batches from now on are numbered {device} and continue the {device} sequence of this backup. The code {thisDevice} is no longer used on this laptop.',
  'backup.takeoverOldLaptop':
    'The old {device} laptop must not be used for selling alongside this till: its receipt numbers would clash and the office would refuse its batches.',
  'backup.takeoverSafety':
    'The current {thisDevice} data is kept first as a safety copy. Everyone signs in again with the PINs from the backup.',
  'backup.takeoverType': "Type the backup's device code ({device}) to confirm",
  'backup.takeoverConfirm': 'Take over as {device}',
  'backup.takenOver': 'This till is now {device} (was {before}). Do not use the old {device} laptop again.',
  'backup.diagnostics': 'Diagnostics',
  'backup.diagnosticsIntro':
    'To ask for help: copy the version, settings (without PINs or secrets) and recent logs, then paste them into a message to technical support.',
  'backup.copyDiagnostics': 'Copy diagnostics',
  'backup.copied': 'Diagnostics copied to the clipboard.',
  'backup.copyManually': 'The clipboard is not available. The text is selected: press Ctrl+C to copy it.',
};
