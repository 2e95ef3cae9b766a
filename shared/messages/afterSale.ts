// Refusals of the engine's afterSale area (electron/core/afterSale/), in both languages.
import type { Catalogue } from './types';

export const afterSale = {
  'afterSale.lineNotSoldAnyMore': {
    id: '{name} ({qty}) tidak dimasukkan: produk ini sudah tidak dijual.',
    en: '{name} ({qty}) was left out: this product is no longer sold.',
  },
  'afterSale.voidAlreadyVoided': {
    id: 'Transaksi ini sudah dibatalkan.',
    en: 'This sale has already been voided.',
  },
  'afterSale.voidAfterRefund': {
    id: 'Transaksi ini sudah diretur sebagian; kembalikan sisanya dengan retur, bukan pembatalan.',
    en: 'Part of this sale has already been refunded; return the rest with a refund, not a void.',
  },
  'afterSale.voidOtherDay': {
    id: 'Pembatalan hanya boleh pada hari transaksi ({day}); untuk hari lain gunakan retur.',
    en: 'A sale can only be voided on its own business day ({day}); on another day use a refund.',
  },
  'afterSale.voidAfterZ': {
    id: 'Transaksi ini sudah masuk laporan Z hari usaha {day}; gunakan retur.',
    en: 'This sale is already in the Z report of business day {day}; use a refund.',
  },
  'afterSale.refundVoided': {
    id: 'Transaksi ini sudah dibatalkan; tidak ada yang bisa diretur.',
    en: 'This sale has been voided; there is nothing to refund.',
  },
  'afterSale.refundAllBack': {
    id: 'Semua barang transaksi ini sudah diretur.',
    en: 'Every item of this sale has already been refunded.',
  },
  'afterSale.productIdNotFound': {
    id: 'Produk dengan id {productId} tidak ditemukan.',
    en: 'Product with id {productId} was not found.',
  },
  'afterSale.productNotSold': {
    id: 'Produk {name} sudah tidak dijual.',
    en: 'Product {name} is no longer sold.',
  },
  'afterSale.qtyWhole': {
    id: 'Jumlah {name} harus bilangan bulat.',
    en: 'The quantity of {name} must be a whole number.',
  },
  'afterSale.cartUnreadable': {
    id: 'Keranjang tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The cart was saved but could not be read back.',
  },
  'afterSale.parkedCartGone': {
    id: 'Keranjang parkir itu tidak ada lagi (mungkin sudah dilanjutkan).',
    en: 'That parked cart no longer exists (it may already have been resumed).',
  },
  'afterSale.saleHasNoLine': {
    id: 'Transaksi {receiptNo} tidak punya baris {lineNo}.',
    en: 'Sale {receiptNo} has no line {lineNo}.',
  },
  'afterSale.lineTwice': {
    id: 'Baris {lineNo} ({name}) disebut dua kali.',
    en: 'Line {lineNo} ({name}) is listed twice.',
  },
  'afterSale.refundQtyWhole': {
    id: 'Jumlah retur {name} harus bilangan bulat.',
    en: 'The refund quantity of {name} must be a whole number.',
  },
  'afterSale.refundExceedsSold': {
    id: 'Retur {name} melebihi yang terjual: terjual {sold} {unit}, sisa yang bisa diretur {left} {unit}.',
    en: 'Refund of {name} exceeds what was sold: sold {sold} {unit}, at most {left} {unit} can still be refunded.',
  },
  'afterSale.cashRefundNeedsShift': {
    id: 'Retur tunai keluar dari laci: buka shift Anda dulu di layar Kasir, atau kembalikan uang lewat transfer, QRIS atau kartu.',
    en: 'A cash refund comes out of the drawer: open your shift first on the Till screen, or refund by transfer, QRIS or card.',
  },
  'afterSale.refundUnreadable': {
    id: 'Retur tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The refund was saved but could not be read back.',
  },
  'afterSale.saleShiftClosed': {
    id: 'Shift {value} untuk transaksi ini sudah ditutup. Uang tunai dikembalikan dari laci shift Anda: buka shift Anda dulu di layar Kasir.',
    en: "Shift {value} of this sale is already closed. Cash is refunded from your own shift's drawer: open your shift first on the Till screen.",
  },
} as const satisfies Catalogue;
