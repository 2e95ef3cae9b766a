// Refusals of the engine's search area (electron/core/search/), in both languages.
import type { Catalogue } from './types';

export const search = {
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
