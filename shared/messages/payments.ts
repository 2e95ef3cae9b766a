// Refusals of the engine's payments area (electron/core/payments/), in both languages.
import type { Catalogue } from './types';

export const payments = {
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
