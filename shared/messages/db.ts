// Refusals of the engine's db area (electron/core/db/), in both languages.
import type { Catalogue } from './types';

export const db = {
  'db.notKaryaDatabase': {
    id: 'Berkas ini bukan database Karya POS dan tidak akan dibuka.',
    en: 'This file is not a Karya POS database and will not be opened.',
  },
  'db.databaseTooNew': {
    id: 'Database ini dibuat oleh versi Karya POS yang lebih baru (skema {newestApplied}, aplikasi ini {newestKnown}). Perbarui aplikasi sebelum membukanya.',
    en: 'This database was made by a newer version of Karya POS (schema {newestApplied}, this app {newestKnown}). Update the app before opening it.',
  },
  'db.schemaMismatch': {
    id: 'Riwayat skema database tidak cocok dengan aplikasi (migrasi {version}_{name}).',
    en: "The database's schema history does not match the app (migration {version}_{name}).",
  },
  'db.cannotOpen': {
    id: 'Database tidak dapat dibuka: {message}',
    en: 'The database cannot be opened: {message}',
  },
  'db.corrupt': {
    id: 'Database rusak (pemeriksaan integritas gagal). Data tidak diubah; pulihkan dari cadangan terakhir.',
    en: 'The database is damaged (integrity check failed). No data was changed; restore from the latest backup.',
  },
  'db.notSqlite': {
    id: 'Berkas ini bukan database SQLite yang sah dan tidak akan dibuka.',
    en: 'This file is not a valid SQLite database and will not be opened.',
  },
  'db.diskFull': {
    id: 'Penyimpanan penuh: perubahan ini TIDAK tersimpan, dan data yang sudah tersimpan tetap aman. Kosongkan ruang disk (hapus berkas yang tidak perlu) lalu coba lagi.',
    en: 'Storage is full: this change was NOT saved, and data already saved is safe. Free disk space (delete files you do not need) and try again.',
  },
  'db.ioError': {
    id: 'Penyimpanan tidak dapat dibaca atau ditulisi: perubahan ini TIDAK tersimpan. Periksa disk atau flashdisk, lalu coba lagi.',
    en: 'Storage cannot be read or written: this change was NOT saved. Check the disk or flash drive, then try again.',
  },
  'db.corruptWrite': {
    id: 'Database rusak: perubahan ini TIDAK tersimpan. Tutup aplikasi dan pulihkan dari cadangan (lihat menu Cadangan atau petunjuk saat aplikasi dibuka).',
    en: 'The database is damaged: this change was NOT saved. Close the app and restore from a backup (see the Backup menu or the guidance when the app opens).',
  },
  'db.corruptNotOpened': {
    id: 'Database rusak dan tidak dibuka. Data tidak diubah; pulihkan dari cadangan terakhir.',
    en: 'The database is damaged and was not opened. No data was changed; restore from the latest backup.',
  },
  'db.fullCannotPrepare': {
    id: 'Disk penuh: database tidak dapat disiapkan. Kosongkan ruang disk lalu buka lagi.',
    en: 'The disk is full: the database cannot be prepared. Free disk space and open it again.',
  },
} as const satisfies Catalogue;
