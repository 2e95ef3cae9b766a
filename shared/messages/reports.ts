// Refusals of the engine's reports area (electron/core/reports/), in both languages.
import type { Catalogue } from './types';

export const reports = {
  'reports.olderDayOpen': {
    id: 'Hari usaha {older} belum ditutup: buat laporan Z hari itu dulu, supaya nomor Z mengikuti urutan hari.',
    en: "Business day {older} has not been closed: make that day's Z report first, so Z numbers follow the order of days.",
  },
  'reports.shiftsStillOpen': {
    id: 'Masih ada shift terbuka ({names}): tutup semua shift dulu sebelum laporan Z.',
    en: 'There are still open shifts ({names}): close all shifts before the Z report.',
  },
  'reports.fromBeforeTo': {
    id: 'Tanggal awal tidak boleh sesudah tanggal akhir.',
    en: 'The start date cannot be after the end date.',
  },
  'reports.journalTooManyLines': {
    id: 'Rentang ini berisi {lines} baris penjualan; paling banyak {max} baris sekali unduh. Pilih rentang yang lebih pendek (misalnya per bulan).',
    en: 'This range holds {lines} sales lines; at most {max} lines can be downloaded at once. Choose a shorter range (a month at a time, say).',
  },
  'reports.rangeTooLong': {
    id: 'Rentang paling panjang {max} hari; pilih tanggal yang lebih dekat.',
    en: 'The range can be at most {max} days; choose dates closer together.',
  },
  'reports.noZReport': {
    id: 'Belum ada laporan Z di perangkat ini.',
    en: 'There is no Z report on this device yet.',
  },
  'reports.nothingNewToClose': {
    id: 'Semua penjualan hari usaha {day} sudah masuk laporan Z; belum ada yang baru untuk ditutup.',
    en: 'All sales of business day {day} are already in a Z report; there is nothing new to close.',
  },
  'reports.nothingOnDay': {
    id: 'Tidak ada shift maupun penjualan pada hari usaha {day}.',
    en: 'There are no shifts or sales on business day {day}.',
  },
  'reports.zNoMissing': {
    id: 'Laporan Z nomor {zNo} tidak ada.',
    en: 'Z report number {zNo} does not exist.',
  },
  'reports.dayNotClosed': {
    id: 'Hari usaha {day} belum ditutup.',
    en: 'Business day {day} has not been closed.',
  },
} as const satisfies Catalogue;
