// Refusals of the engine's backup area (electron/core/backup/), in both languages.
import type { Catalogue } from './types';

export const backup = {
  'backup.folderMissing': {
    id: 'Folder tidak ditemukan: {folder}. Buat foldernya dulu atau pasang flashdisk.',
    en: 'Folder not found: {folder}. Create the folder first or plug in the flash drive.',
  },
  'backup.folderNotWritable': {
    id: 'Folder {folder} tidak dapat ditulisi. Pilih folder lain.',
    en: 'Folder {folder} cannot be written to. Choose another folder.',
  },
  'backup.notKaryaDatabase': {
    id: 'Berkas ini bukan database Karya POS dan tidak dipakai.',
    en: 'This file is not a Karya POS database and was not used.',
  },
  'backup.backupCorrupt': {
    id: 'Berkas cadangan ini rusak (pemeriksaan integritas gagal) dan tidak dipakai.',
    en: 'This backup file is damaged (integrity check failed) and was not used.',
  },
  'backup.noSchemaHistory': {
    id: 'Berkas ini tidak memiliki riwayat skema Karya POS dan tidak dipakai.',
    en: 'This file has no Karya POS schema history and was not used.',
  },
  'backup.backupTooNew': {
    id: 'Cadangan ini dibuat oleh versi Karya POS yang lebih baru (skema {newestApplied}, aplikasi ini {newestKnown}). Perbarui aplikasi dulu.',
    en: 'This backup was made by a newer version of Karya POS (schema {newestApplied}, this app {newestKnown}). Update the app first.',
  },
  'backup.schemaMismatch': {
    id: 'Riwayat skema cadangan ini tidak cocok dengan aplikasi (migrasi {version}_{name}).',
    en: "This backup's schema history does not match the app (migration {version}_{name}).",
  },
  'backup.notSqlite': {
    id: 'Berkas ini bukan database SQLite yang sah dan tidak dipakai.',
    en: 'This file is not a valid SQLite database and was not used.',
  },
  'backup.backupDamaged': {
    id: 'Berkas cadangan ini rusak dan tidak dipakai.',
    en: 'This backup file is damaged and was not used.',
  },
  'backup.backupUnreadable': {
    id: 'Berkas cadangan tidak dapat dibaca. Periksa flashdisk atau folder cadangan.',
    en: 'The backup file cannot be read. Check the flash drive or the backup folder.',
  },
  'backup.backupFileMissing': {
    id: 'Berkas cadangan tidak ditemukan: {backupPath}',
    en: 'Backup file not found: {backupPath}',
  },
  'backup.badBackupName': {
    id: 'Nama berkas cadangan tidak valid.',
    en: 'The backup file name is not valid.',
  },
  'backup.backupNotIn': {
    id: 'Berkas cadangan {file} tidak ada di {where}.',
    en: 'Backup file {file} is not in {where}.',
  },
  'backup.takeoverCodeMismatch': {
    id: 'Kode yang diketik ({asked}) tidak sama dengan kode perangkat di cadangan {file} ({value}). Database tidak diubah.',
    en: 'The code typed ({asked}) does not match the device code in backup {file} ({value}). The database was not changed.',
  },
  'backup.backupFolderMissing': {
    id: 'Folder cadangan tidak ditemukan: {folder}. Pasang flashdisk atau pilih folder lain di menu Cadangan.',
    en: 'Backup folder not found: {folder}. Plug in the flash drive or choose another folder in the Backup menu.',
  },
  'backup.startupDeviceMismatch': {
    id: 'Cadangan {name} berasal dari perangkat {theirs}, sedangkan kasir ini {device}. Pemulihan saat mulai tidak mengganti identitas kasir. Untuk mengganti laptop {theirs} yang rusak: jalankan aplikasi dengan database baru, lalu pulihkan cadangan ini lewat menu Cadangan dan konfirmasi ambil alih.',
    en: "Backup {name} comes from device {theirs}, while this till is {device}. Restoring at start-up does not change the till's identity. To replace the broken laptop {theirs}: start the app with a new database, then restore this backup in the Backup menu and confirm the takeover.",
  },
  'backup.deviceMismatch': {
    id: 'Cadangan {file} berasal dari perangkat {backup}, sedangkan kasir ini {here}. Memulihkannya membuat kasir ini menjadi {backup} (mengambil alih): hanya untuk mengganti laptop {backup} yang rusak. Untuk itu konfirmasi ambil alih dengan mengetik kode {backup}.',
    en: 'Backup {file} comes from device {backup}, while this till is {here}. Restoring it makes this till {backup} (a takeover): only to replace the broken laptop {backup}. To do that, confirm the takeover by typing the code {backup}.',
  },
  'backup.full': {
    id: 'Folder cadangan penuh: cadangan TIDAK dibuat. Database utama tetap aman. Kosongkan ruang di folder atau flashdisk cadangan, atau pilih folder lain.',
    en: 'The backup folder is full: the backup was NOT made. The main database is still safe. Free space in the backup folder or on the flash drive, or choose another folder.',
  },
  'backup.io': {
    id: 'Folder cadangan tidak dapat ditulisi: cadangan TIDAK dibuat. Database utama tetap aman. Periksa flashdisk atau pilih folder lain.',
    en: 'The backup folder cannot be written to: the backup was NOT made. The main database is still safe. Check the flash drive or choose another folder.',
  },
  'backup.copyFailedCheck': {
    id: 'Folder cadangan tidak dapat ditulisi: cadangan TIDAK dibuat. Database utama tetap aman. Periksa flashdisk atau pilih folder lain. (Salinan tidak lolos pemeriksaan.)',
    en: 'The backup folder cannot be written to: the backup was NOT made. The main database is still safe. Check the flash drive or choose another folder. (The copy failed its check.)',
  },
  'backup.fullCannotCopy': {
    id: 'Disk penuh: cadangan tidak dapat disalin untuk dipulihkan. Database tidak diubah.',
    en: 'The disk is full: the backup cannot be copied to be restored. The database was not changed.',
  },
  'backup.unreadableNoChange': {
    id: 'Berkas cadangan tidak dapat dibaca. Database tidak diubah.',
    en: 'The backup file cannot be read. The database was not changed.',
  },
  'backup.restoreFull': {
    id: 'Disk penuh: pemulihan dibatalkan dan database tidak diubah. Kosongkan ruang disk lalu coba lagi.',
    en: 'The disk is full: the restore was cancelled and the database was not changed. Free disk space and try again.',
  },
  'backup.restoreIo': {
    id: 'Pemulihan gagal membaca atau menulis disk; database tidak diubah.',
    en: 'The restore could not read or write the disk; the database was not changed.',
  },
} as const satisfies Catalogue;
