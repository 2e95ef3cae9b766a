// Refusals of the engine's catalog area (electron/core/catalog/), in both languages.
import type { Catalogue } from './types';

export const catalog = {
  'catalog.importCancelled': {
    id: 'Impor dibatalkan: {issueCount} masalah di berkas {fileName}, jadi tidak ada produk yang diimpor. Perbaiki berkasnya lalu coba lagi.',
    en: 'Import cancelled: {issueCount} problems in file {fileName}, so no products were imported. Fix the file and try again.',
  },
  'catalog.categoryNotFound': {
    id: 'Kategori {originalName} tidak ditemukan.',
    en: 'Category {originalName} was not found.',
  },
  'catalog.categoryExists': {
    id: 'Kategori {name} sudah ada.',
    en: 'Category {name} already exists.',
  },
  'catalog.categoryUnreadable': {
    id: 'Kategori tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The category was saved but could not be read back.',
  },
  'catalog.importGone': {
    id: 'Impor tidak ditemukan atau sudah berakhir. Pilih berkasnya lagi.',
    en: 'Import not found or already finished. Choose the file again.',
  },
  'catalog.importTooBig': {
    id: 'Berkas terlalu besar: paling banyak {value} baris sekali impor.',
    en: 'File too large: at most {value} rows per import.',
  },
  'catalog.sharesNot100': {
    id: 'Pembagian hasil (PNBP + premi + modal kerja) harus berjumlah 100%, sekarang {sum}.',
    en: 'The revenue split (PNBP + premium + working capital) must add up to 100%, now {sum}.',
  },
  'catalog.producerCodeTaken': {
    id: 'Kode unit produksi {code} sudah dipakai.',
    en: 'Producer code {code} is already in use.',
  },
  'catalog.producerNotFound': {
    id: 'Unit produksi {code} tidak ditemukan.',
    en: 'Producer {code} was not found.',
  },
  'catalog.producerUnreadable': {
    id: 'Unit produksi tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The producer was saved but could not be read back.',
  },
  'catalog.productNotFound': {
    id: 'Produk dengan id {id} tidak ditemukan.',
    en: 'Product with id {id} was not found.',
  },
  'catalog.imageNotBase64': {
    id: 'Data gambar bukan base64 yang sah.',
    en: 'The image data is not valid base64.',
  },
  'catalog.imageEmpty': {
    id: 'Berkas gambar kosong.',
    en: 'The image file is empty.',
  },
  'catalog.imageTooBig': {
    id: 'Gambar terlalu besar: {value} KB, paling besar {value2} KB.',
    en: 'Image too large: {value} KB, at most {value2} KB.',
  },
  'catalog.notAnImage': {
    id: 'Berkas bukan gambar PNG, JPEG atau WebP.',
    en: 'The file is not a PNG, JPEG or WebP image.',
  },
  'catalog.imageTypeMismatch': {
    id: 'Isi berkas adalah {actual}, bukan {mime}.',
    en: "The file's content is {actual}, not {mime}.",
  },
  'catalog.skuTaken': {
    id: 'SKU {sku} sudah dipakai produk {name}.',
    en: 'SKU {sku} is already used by product {name}.',
  },
  'catalog.barcodeEmpty': { id: 'Barcode kosong', en: 'The barcode is empty' },
  'catalog.barcodeCheckDigit': {
    id: 'Digit pemeriksa barcode {kind} {code} salah (seharusnya {expected})',
    en: 'The check digit of {kind} barcode {code} is wrong (it should be {expected})',
  },
  'catalog.barcodeShape': {
    id: 'Barcode {code} tidak valid: hanya huruf dan angka, 3 sampai 32 karakter',
    en: 'Barcode {code} is not valid: letters and digits only, 3 to 32 characters',
  },
  'catalog.barcodeTwice': {
    id: 'Barcode {code} tertulis lebih dari sekali',
    en: 'Barcode {code} is written more than once',
  },
  'catalog.weightNeedsDecimalUnit': {
    id: 'Produk yang dijual per berat harus memakai satuan berdesimal (misalnya kg); satuan {unit} hanya untuk jumlah bulat.',
    en: 'A product sold by weight needs a unit with decimals (such as kg); the unit {unit} is for whole quantities only.',
  },
  'catalog.barcodeTaken': {
    id: 'Barcode {code} sudah dipakai produk {name} ({sku}).',
    en: 'Barcode {code} is already used by product {name} ({sku}).',
  },
  'catalog.categoryMissing': {
    id: 'Kategori {category} belum ada. Tambahkan dulu di tab Kategori.',
    en: 'Category {category} does not exist yet. Add it first in the Categories tab.',
  },
  'catalog.unknownUnit': {
    id: 'Satuan {unit} tidak dikenal.',
    en: 'Unit {unit} is not known.',
  },
  'catalog.producerCodeNotFound': {
    id: 'Unit produksi {producerCode} tidak ditemukan.',
    en: 'Producer {producerCode} was not found.',
  },
  'catalog.workshopIdNotFound': {
    id: 'Bengkel dengan id {workshopId} tidak ditemukan.',
    en: 'Workshop with id {workshopId} was not found.',
  },
  'catalog.workshopOtherProducer': {
    id: 'Bengkel {name} milik unit {producerCode}, bukan {code}.',
    en: 'Workshop {name} belongs to producer {producerCode}, not {code}.',
  },
  'catalog.workshopExists': {
    id: 'Bengkel {name} sudah ada di unit {producerCode}.',
    en: 'Workshop {name} already exists at producer {producerCode}.',
  },
  'catalog.workshopNotFound': {
    id: 'Bengkel dengan id {id} tidak ditemukan.',
    en: 'Workshop with id {id} was not found.',
  },
  'catalog.workshopInUse': {
    id: 'Bengkel {name} masih dipakai {productCount} produk dari unit {producerCode}; unitnya tidak dapat diganti.',
    en: 'Workshop {name} is still used by {productCount} products of producer {producerCode}; its producer cannot be changed.',
  },
  'catalog.workshopUnreadable': {
    id: 'Bengkel tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The workshop was saved but could not be read back.',
  },
} as const satisfies Catalogue;
