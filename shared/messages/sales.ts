// Refusals of the engine's sales area (electron/core/sales/), in both languages.
import type { Catalogue } from './types';

export const sales = {
  'sales.qrisNotSet': {
    id: 'QRIS belum diatur: manajer mengisi QRIS statis di Pengaturan.',
    en: 'QRIS is not set up: a manager enters the static QRIS in Settings.',
  },
  'sales.qrisNotConfirmed': {
    id: 'Pembayaran QRIS belum dikonfirmasi: periksa dulu uang masuk di HP merchant, lalu tekan "Pembayaran diterima".',
    en: 'QRIS payment not confirmed: first check the money arrived on the merchant phone, then press "Payment received".',
  },
  'sales.discountOverLimit': {
    id: 'Diskon melebihi batas kasir: minta manajer memasukkan PIN untuk menyetujui.',
    en: "The discount exceeds the cashier's limit: ask a manager to enter their PIN to approve.",
  },
  'sales.priceLineIncomplete': {
    id: 'Baris harga tidak lengkap.',
    en: 'The price line is incomplete.',
  },
  'sales.saleUnreadable': {
    id: 'Transaksi tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The sale was saved but could not be read back.',
  },
  'sales.saleNotFound': {
    id: 'Transaksi {receiptNo} tidak ditemukan.',
    en: 'Sale {receiptNo} was not found.',
  },
  'sales.buyerNotFound': {
    id: 'Pembeli dengan id {buyerId} tidak ditemukan.',
    en: 'Buyer with id {buyerId} was not found.',
  },
  'sales.buyerInactive': {
    id: 'Pembeli {name} sudah tidak aktif.',
    en: 'Buyer {name} is no longer active.',
  },
  'sales.priceReasonRequired': {
    id: 'Alasan perubahan harga {name} wajib diisi.',
    en: 'A reason for changing the price of {name} is required.',
  },
  'sales.discountReasonRequired': {
    id: 'Alasan diskon {name} wajib diisi.',
    en: 'A reason for the discount on {name} is required.',
  },
  'sales.discountOverLine': {
    id: 'Diskon {name} ({value}) melebihi harga baris ({gross}).',
    en: 'The discount on {name} ({value}) exceeds the line price ({gross}).',
  },
  'sales.saleDiscountReasonRequired': {
    id: 'Alasan diskon transaksi wajib diisi.',
    en: 'A reason for the sale discount is required.',
  },
  'sales.saleDiscount': {
    id: 'Diskon transaksi: {message}',
    en: 'Sale discount: {message}',
  },
  'sales.noPaymentYet': {
    id: 'Belum ada pembayaran.',
    en: 'There is no payment yet.',
  },
  'sales.oneCashPayment': {
    id: 'Pembayaran tunai cukup dicatat satu kali.',
    en: 'Record the cash payment only once.',
  },
  'sales.paymentWhole': {
    id: 'Jumlah pembayaran harus rupiah bulat, tidak negatif.',
    en: 'A payment amount must be whole rupiah, not negative.',
  },
  'sales.nonCashPositive': {
    id: 'Pembayaran non-tunai harus lebih dari Rp 0.',
    en: 'A non-cash payment must be more than Rp 0.',
  },
  'sales.changeOnlyFromCash': {
    id: 'Kembalian hanya dari tunai: pembayaran non-tunai {nonCash} melebihi total {total}.',
    en: 'Change is only given from cash: the non-cash payment {nonCash} exceeds the total {total}.',
  },
  'sales.paymentShort': {
    id: 'Pembayaran kurang {left}: total {total}, dibayar {paid}.',
    en: 'Payment short by {left}: total {total}, paid {paid}.',
  },
  'sales.paidWithoutCash': {
    id: 'Total sudah lunas tanpa tunai; hapus pembayaran tunai supaya tidak ada kembalian dari non-tunai.',
    en: 'The total is already paid without cash; remove the cash payment so no change comes from a non-cash payment.',
  },
  'sales.cashShort': {
    id: 'Uang tunai kurang: perlu {due}, diterima {received}.',
    en: 'Not enough cash: {due} needed, {received} received.',
  },
  'sales.discountWhole': {
    id: 'Diskon harus rupiah bulat, tidak negatif.',
    en: 'A discount must be whole rupiah, not negative.',
  },
  'sales.discountOverPrice': {
    id: 'Diskon tidak boleh lebih besar dari harga.',
    en: 'A discount cannot be larger than the price.',
  },
  'sales.discountPercentRange': {
    id: 'Diskon persen harus antara 0 dan 100.',
    en: 'A discount percentage must be between 0 and 100.',
  },
} as const satisfies Catalogue;
