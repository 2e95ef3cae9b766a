// Refusals of the office's master catalogue and its packages, in both languages. Registered in
// shared/messages/index.ts as the `officeCatalogue` area. A rule the till has too keeps the till's
// words (catalog.*), so the same product is refused the same way at the office and at a booth.
import type { Catalogue } from '../messages/types';

export const officeCatalogue = {
  'officeCatalogue.dayShape': {
    id: 'Tanggal berlaku harus berupa tanggal (TTTT-BB-HH).',
    en: 'The effective day must be a date (YYYY-MM-DD).',
  },
  'officeCatalogue.dayPast': {
    id: 'Harga baru tidak dapat berlaku mundur: tanggal berlaku {day} sebelum hari ini ({today}).',
    en: 'A new price cannot apply backwards: the effective day {day} is before today ({today}).',
  },
  'officeCatalogue.skuNotFound': {
    id: 'Produk dengan SKU {sku} tidak ditemukan.',
    en: 'No product has the SKU {sku}.',
  },
  'officeCatalogue.workshopUnknown': {
    id: 'Unit {code} tidak punya bengkel bernama {name}. Tambahkan dulu di daftar bengkel.',
    en: 'Unit {code} has no workshop named {name}. Add it to the workshop list first.',
  },
  'officeCatalogue.tierUnknown': {
    id: 'Tingkat harga {code} belum ada. Tambahkan dulu di daftar tingkat harga.',
    en: 'Price tier {code} does not exist yet. Add it to the price tier list first.',
  },
  'officeCatalogue.tierTwice': {
    id: 'Tingkat harga {code} disebut dua kali.',
    en: 'Price tier {code} is given twice.',
  },
  'officeCatalogue.tierCode': {
    id: 'Kode tingkat harga hanya huruf besar dan angka, 1-16 karakter (mis. GROSIR).',
    en: 'A price tier code is capital letters and digits only, 1-16 characters (e.g. GROSIR).',
  },
  'officeCatalogue.tierName': {
    id: 'Nama tingkat harga wajib diisi (paling banyak 60 karakter).',
    en: 'The price tier needs a name (at most 60 characters).',
  },
  'officeCatalogue.nothingToPublish': {
    id: 'Tidak ada perubahan sejak versi {version}: tidak ada yang diterbitkan.',
    en: 'Nothing has changed since version {version}: there is nothing to publish.',
  },
  'officeCatalogue.versionMoved': {
    id: 'Katalog baru saja diterbitkan orang lain (versi {version}). Muat ulang dan periksa lagi.',
    en: 'Someone else has just published the catalogue (version {version}). Reload and check again.',
  },
  'officeCatalogue.packageNotFound': {
    id: 'Paket katalog versi {version} tidak ada.',
    en: 'There is no catalogue package of version {version}.',
  },
  'officeCatalogue.nothingPublished': {
    id: 'Katalog belum pernah diterbitkan.',
    en: 'The catalogue has not been published yet.',
  },
} as const satisfies Catalogue;
