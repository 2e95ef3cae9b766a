// Refusals of the engine's search area (electron/core/search/), in both languages.
import type { Catalogue } from './types';

export const search = {
  'search.scalePrefixInvalid': {
    id: 'Awalan {prefix} tidak valid: harus 1 sampai 3 angka dan diawali 2 (rentang barcode toko)',
    en: 'Prefix {prefix} is not valid: it must be 1 to 3 digits starting with 2 (the in-store barcode range)',
  },
  'search.scaleLayoutLength': {
    id: 'Awalan {prefix}: panjang awalan + kode barang + nilai harus 12 angka (sekarang {used})',
    en: 'Prefix {prefix}: prefix + item code + value must be 12 digits long (now {used})',
  },
  'search.scaleCheckDigit': {
    id: 'Barcode timbangan {code} rusak (angka pemeriksa salah). Scan ulang atau timbang lagi.',
    en: 'Scale barcode {code} is damaged (wrong check digit). Scan it again or weigh again.',
  },
  'search.unknownBarcode': {
    id: 'Barcode {code} tidak dikenal.',
    en: 'Barcode {code} is not known.',
  },
  'search.unknownScaleBarcode': {
    id: 'Barcode timbangan {code} tidak dikenal: belum ada produk dengan PLU {plu}.',
    en: 'Scale barcode {code} is not known: no product has PLU {plu} yet.',
  },
  'search.notByWeight': {
    id: '{name} tidak dijual per berat; barcode timbangan {code} ditolak.',
    en: '{name} is not sold by weight; scale barcode {code} refused.',
  },
  'search.scaleZero': {
    id: 'Barcode timbangan {code} berisi jumlah 0; timbang ulang.',
    en: 'Scale barcode {code} holds a quantity of 0; weigh again.',
  },
  'search.scaleTooBig': {
    id: 'Jumlah pada barcode timbangan {code} terlalu besar.',
    en: 'The quantity on scale barcode {code} is too large.',
  },
  'search.productNoNotFound': {
    id: 'Produk nomor {productId} tidak ditemukan.',
    en: 'Product number {productId} was not found.',
  },
  'search.pluNotByWeight': {
    id: '{name} tidak dijual per berat; PLU timbangan hanya untuk produk yang ditimbang.',
    en: '{name} is not sold by weight; scale PLUs are only for weighed products.',
  },
  'search.pluTaken': {
    id: 'PLU {plu} sudah dipakai oleh {name}.',
    en: 'PLU {plu} is already used by {name}.',
  },
} as const satisfies Catalogue;
