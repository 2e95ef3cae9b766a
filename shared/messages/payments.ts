// Refusals of the engine's payments area (electron/core/payments/), in both languages.
import type { Catalogue } from './types';

export const payments = {
  'payments.statementEmpty': { id: 'File mutasi kosong.', en: 'The statement file is empty.' },
  'payments.statementColumns': {
    id: 'Kolom tidak dikenali: perlu kolom tanggal/waktu dan nominal. Kolom yang ada: {columns}.',
    en: 'Columns not recognised: a date/time column and an amount column are needed. Columns found: {columns}.',
  },
  'payments.statementTime': {
    id: 'Baris {line}: waktu "{text}" tidak dapat dibaca.',
    en: 'Line {line}: the time "{text}" cannot be read.',
  },
  'payments.statementAmount': {
    id: 'Baris {line}: nominal "{text}" tidak dapat dibaca.',
    en: 'Line {line}: the amount "{text}" cannot be read.',
  },
  'payments.qrisBadTag': {
    id: 'QRIS rusak: tag tidak valid pada posisi {position}.',
    en: 'Damaged QRIS: invalid tag at position {position}.',
  },
  'payments.qrisCutTag': {
    id: 'QRIS rusak: isi tag {tag} terpotong.',
    en: 'Damaged QRIS: the value of tag {tag} is cut short.',
  },
  'payments.qrisLongTag': {
    id: 'QRIS: isi tag {tag} terlalu panjang.',
    en: 'QRIS: the value of tag {tag} is too long.',
  },
  'payments.qrisNotQris': {
    id: 'Bukan QRIS: harus diawali 000201.',
    en: 'Not a QRIS: it must start with 000201.',
  },
  'payments.qrisNoCrc': {
    id: 'QRIS rusak: tag CRC (63) tidak ada di akhir.',
    en: 'Damaged QRIS: the CRC tag (63) is missing at the end.',
  },
  'payments.qrisWrongCrc': {
    id: 'CRC QRIS salah (tertulis {given}, seharusnya {expected}). Salin ulang QRIS dari penyedia.',
    en: 'Wrong QRIS CRC (it says {given}, it should be {expected}). Copy the QRIS from the provider again.',
  },
  'payments.qrisNotRupiah': {
    id: 'QRIS ini bukan untuk Rupiah (tag 53 harus 360).',
    en: 'This QRIS is not for rupiah (tag 53 must be 360).',
  },
  'payments.qrisAmount': {
    id: 'Jumlah QRIS harus rupiah bulat lebih dari 0.',
    en: 'A QRIS amount must be whole rupiah above 0.',
  },
  'payments.cashierNamedOnly': {
    id: 'Kasir hanya boleh menambah pembeli bernama; reseller dan perubahan data pembeli oleh manajer.',
    en: 'Cashiers may only add named buyers; resellers and changes to buyers are for managers.',
  },
  'payments.resellerNeedsTier': {
    id: 'Reseller perlu tingkat harga (misalnya GROSIR).',
    en: 'A reseller needs a price tier (for example GROSIR).',
  },
  'payments.tierOnlyReseller': {
    id: 'Tingkat harga hanya untuk reseller.',
    en: 'Price tiers are only for resellers.',
  },
  'payments.tierNotFound': {
    id: 'Tingkat harga {tier} tidak ditemukan.',
    en: 'Price tier {tier} was not found.',
  },
  'payments.buyerNotFound': {
    id: 'Pembeli dengan id {id} tidak ditemukan.',
    en: 'Buyer with id {id} was not found.',
  },
  'payments.buyerUnreadable': {
    id: 'Pembeli tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The buyer was saved but could not be read back.',
  },
  'payments.vatRateNeeded': {
    id: 'Tarif PPN harus lebih dari 0% bila PPN dinyalakan.',
    en: 'The VAT rate must be more than 0% when VAT is on.',
  },
  'payments.tierUnreadable': {
    id: 'Tingkat harga tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The price tier was saved but could not be read back.',
  },
  'payments.tierCodeNotFound': {
    id: 'Tingkat harga {code} tidak ditemukan.',
    en: 'Price tier {code} was not found.',
  },
} as const satisfies Catalogue;
