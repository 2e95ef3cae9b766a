// Refusals of the engine's printing area (electron/core/printing/), in both languages.
import type { Catalogue } from './types';

export const printing = {
  'printing.jobNotFound': {
    id: 'Pekerjaan cetak tidak ditemukan.',
    en: 'Print job not found.',
  },
  'printing.jobPrintedUseReprint': {
    id: 'Pekerjaan ini sudah tercetak. Pakai Cetak ulang.',
    en: 'This job has already been printed. Use Reprint.',
  },
  'printing.jobSending': {
    id: 'Pekerjaan ini sedang dikirim ke printer.',
    en: 'This job is being sent to the printer.',
  },
  'printing.jobPrinted': {
    id: 'Pekerjaan ini sudah tercetak.',
    en: 'This job has already been printed.',
  },
  'printing.jobSendingWait': {
    id: 'Pekerjaan ini sedang dikirim ke printer; tunggu sebentar.',
    en: 'This job is being sent to the printer; wait a moment.',
  },
  'printing.productNotFound': {
    id: 'Produk tidak ditemukan.',
    en: 'Product not found.',
  },
  'printing.noEan13': {
    id: '{name} belum punya barcode EAN-13. Tambahkan barcode toko (13 angka, awalan 2) di katalog, lalu cetak label lagi.',
    en: '{name} has no EAN-13 barcode yet. Add a store barcode (13 digits, starting with 2) in the catalogue, then print the label again.',
  },
  'printing.printerNotFound': {
    id: 'Printer tidak ditemukan.',
    en: 'Printer not found.',
  },
  'printing.noDefaultPrinter': {
    id: 'Belum ada printer bawaan. Manajer dapat menambahkannya di menu Printer. Transaksi tetap tersimpan.',
    en: 'There is no default printer yet. A manager can add one in the Printers menu. The sale is still saved.',
  },
  'printing.printerNameTaken': {
    id: 'Sudah ada printer bernama "{name}".',
    en: 'A printer named "{name}" already exists.',
  },
  'printing.logoNotPng': {
    id: 'Logo tidak dapat dibaca sebagai gambar PNG.',
    en: 'The logo cannot be read as a PNG image.',
  },
} as const satisfies Catalogue;
