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
  // ---------- import: reading the file ----------
  'catalog.fileNotXlsx': {
    id: 'Berkas ini bukan XLSX (buku kerja Excel). Simpan sebagai .xlsx atau .csv lalu pilih lagi.',
    en: 'This file is not an XLSX workbook. Save it as .xlsx or .csv and choose it again.',
  },
  'catalog.fileXlsxBroken': {
    id: 'Berkas XLSX rusak dan tidak dapat dibaca. Buka di Excel atau LibreOffice lalu simpan ulang.',
    en: 'The XLSX file is damaged and cannot be read. Open it in Excel or LibreOffice and save it again.',
  },
  'catalog.fileSheetMissing': {
    id: 'Lembar "{sheet}" tidak ada di berkas.',
    en: 'The file has no sheet "{sheet}".',
  },
  'catalog.fileNotCsv': {
    id: 'Berkas bukan CSV atau XLSX.',
    en: 'The file is neither CSV nor XLSX.',
  },
  'catalog.fileEmpty': {
    id: 'Berkas kosong: tidak ada baris judul kolom.',
    en: 'The file is empty: there is no header row.',
  },
  'catalog.importFileTooBig': {
    id: 'Berkas terlalu besar: paling besar {max} MB sekali impor. Bagi katalognya menjadi beberapa berkas.',
    en: 'File too large: at most {max} MB per import. Split the catalogue into several files.',
  },
  'catalog.importFileNotBase64': {
    id: 'Isi berkas tidak terkirim dengan benar. Pilih berkasnya lagi.',
    en: 'The file content did not arrive correctly. Choose the file again.',
  },
  'catalog.importFileUnreadable': {
    id: 'Berkas {path} tidak dapat dibaca: {reason}',
    en: 'File {path} cannot be read: {reason}',
  },
  // ---------- import: the header row ----------
  'catalog.importNoHeader': {
    id: 'Baris pertama harus berisi nama kolom: {columns}. Unduh templat untuk contoh.',
    en: 'The first row must name the columns: {columns}. Download the template for an example.',
  },
  'catalog.importColumnUnnamed': {
    id: 'Kolom ke-{number} tidak bernama.',
    en: 'Column {number} has no name.',
  },
  'catalog.importColumnUnknown': {
    id: 'Kolom tidak dikenal: {column}. Kolom yang boleh: {columns}.',
    en: 'Unknown column: {column}. Allowed columns: {columns}.',
  },
  'catalog.importColumnTwice': {
    id: 'Kolom {column} muncul lebih dari sekali.',
    en: 'Column {column} appears more than once.',
  },
  'catalog.importColumnMissing': {
    id: 'Kolom wajib tidak ada: {column}.',
    en: 'Required column missing: {column}.',
  },
  // ---------- import: cells and rows ----------
  'catalog.importCellFormula': {
    id: 'Sel berisi rumus ={formula} tanpa hasil tersimpan. Buka berkas di Excel atau LibreOffice lalu simpan ulang, atau ketik nilainya.',
    en: 'The cell holds the formula ={formula} without a stored result. Open the file in Excel or LibreOffice and save it again, or type the value.',
  },
  'catalog.importCellError': {
    id: 'Sel berisi galat {error}. Perbaiki rumusnya atau ketik nilainya.',
    en: 'The cell holds the error {error}. Fix its formula or type the value.',
  },
  'catalog.importCellDate': {
    id: 'Sel berisi tanggal ({date}), bukan teks atau angka. Ubah format sel ke Teks lalu ketik ulang isinya.',
    en: 'The cell holds a date ({date}), not text or a number. Format the cell as Text and type its content again.',
  },
  'catalog.importBarcodeLostZeros': {
    id: 'Barcode {code} tersimpan sebagai angka sehingga nol di depannya hilang; mungkin maksudnya {probably}. Ubah format sel ke Teks lalu ketik barcodenya lagi.',
    en: 'Barcode {code} is stored as a number, so its leading zeros were lost; it was probably {probably}. Format the cell as Text and type the barcode again.',
  },
  'catalog.importTooManyCells': {
    id: 'Baris ini berisi {cells} sel, lebih banyak dari {columns} judul kolom.',
    en: 'This row has {cells} cells, more than the {columns} column names.',
  },
  'catalog.importSkuEmpty': { id: 'SKU wajib diisi.', en: 'The SKU is required.' },
  'catalog.importSkuTooLong': {
    id: 'SKU paling panjang 64 karakter.',
    en: 'The SKU is at most 64 characters.',
  },
  'catalog.importSkuSpace': {
    id: 'SKU {sku} tidak boleh berisi spasi.',
    en: 'SKU {sku} may not contain spaces.',
  },
  'catalog.importSkuTwice': {
    id: 'SKU {sku} sudah ada di baris {row} berkas ini.',
    en: 'SKU {sku} is already on row {row} of this file.',
  },
  'catalog.importNameEmpty': { id: 'Nama produk wajib diisi.', en: 'The product name is required.' },
  'catalog.importNameTooLong': {
    id: 'Nama produk paling panjang 120 karakter.',
    en: 'The product name is at most 120 characters.',
  },
  'catalog.importCategoryEmpty': { id: 'Kategori wajib diisi.', en: 'The category is required.' },
  'catalog.importCategoryTooLong': {
    id: 'Kategori paling panjang 60 karakter.',
    en: 'The category is at most 60 characters.',
  },
  'catalog.importUnitEmpty': {
    id: 'Satuan wajib diisi ({units}).',
    en: 'The unit is required ({units}).',
  },
  'catalog.importUnitUnknown': {
    id: 'Satuan {unit} tidak dikenal. Satuan yang ada: {units}.',
    en: 'Unit {unit} is not known. Units: {units}.',
  },
  'catalog.importMoneyEmpty': { id: '{label} wajib diisi.', en: '{label} is required.' },
  'catalog.importMoneyNegative': {
    id: '{label} tidak boleh negatif ({text}).',
    en: '{label} may not be negative ({text}).',
  },
  'catalog.importMoneyFraction': {
    id: '{label} harus rupiah bulat, tanpa sen: {text}.',
    en: '{label} must be whole rupiah, without cents: {text}.',
  },
  'catalog.importMoneyAmbiguous': {
    id: '{label} {text} tidak jelas: tulis rupiah bulat, misalnya 15000 atau 15.000.',
    en: '{label} {text} is unclear: write whole rupiah, for example 15000 or 15.000.',
  },
  'catalog.importMoneyNotNumber': {
    id: '{label} harus berupa angka rupiah (misalnya 15000, 15.000 atau Rp 15.000), bukan {text}.',
    en: '{label} must be an amount in rupiah (for example 15000, 15.000 or Rp 15.000), not {text}.',
  },
  'catalog.importMoneyTooBig': {
    id: '{label} terlalu besar ({text}).',
    en: '{label} is too large ({text}).',
  },
  'catalog.importProducerCodeEmpty': {
    id: 'Kode unit produksi wajib diisi.',
    en: 'The producer code is required.',
  },
  'catalog.importProducerCodeShape': {
    id: 'Kode unit produksi {code} tidak valid: huruf, angka, titik, garis bawah atau tanda hubung.',
    en: 'Producer code {code} is not valid: letters, digits, dots, underscores or hyphens.',
  },
  'catalog.importProducerNameNeeded': {
    id: 'Unit produksi {code} belum ada; isi producer_name untuk membuatnya.',
    en: 'Producer {code} does not exist yet; fill in producer_name to create it.',
  },
  'catalog.importProducerNameTooLong': {
    id: 'Nama unit produksi paling panjang 120 karakter.',
    en: 'The producer name is at most 120 characters.',
  },
  'catalog.importProducerNameOther': {
    id: 'Unit produksi {code} bernama "{name}" di baris {row}.',
    en: 'Producer {code} is named "{name}" on row {row}.',
  },
  'catalog.importWeightFlag': {
    id: 'sold_by_weight harus 1 (per berat) atau 0, bukan {value}.',
    en: 'sold_by_weight must be 1 (by weight) or 0, not {value}.',
  },
  'catalog.importActiveFlag': {
    id: 'active harus 1 (dijual) atau 0, bukan {value}.',
    en: 'active must be 1 (for sale) or 0, not {value}.',
  },
  'catalog.importBarcodeTwice': {
    id: 'Barcode {code} juga ada di baris {row} berkas ini.',
    en: 'Barcode {code} is also on row {row} of this file.',
  },
  'catalog.importBarcodeTaken': {
    id: 'Barcode {code} sudah dipakai produk lain: {name} ({sku}).',
    en: 'Barcode {code} is already used by another product: {name} ({sku}).',
  },
  'catalog.importTextTooLong': {
    id: '{label} paling panjang {max} karakter.',
    en: '{label} is at most {max} characters.',
  },
  'catalog.importNoRows': {
    id: 'Berkas tidak berisi baris data di bawah judul kolom.',
    en: 'The file has no data rows below the header.',
  },
  // ---------- import: the command line (karya catalog import) ----------
  'catalog.cliFile': {
    id: 'Berkas {fileName}: {rows} baris data.',
    en: 'File {fileName}: {rows} data rows.',
  },
  'catalog.cliCounts': {
    id: 'Produk baru: {new}, diubah: {updated}, tetap: {unchanged}, harga berubah: {prices}.',
    en: 'New products: {new}, updated: {updated}, unchanged: {unchanged}, price changes: {prices}.',
  },
  'catalog.cliNewProducers': {
    id: 'Unit produksi baru yang akan dibuat: {list}',
    en: 'New producing units to be created: {list}',
  },
  'catalog.cliNewCategories': { id: 'Kategori baru: {list}', en: 'New categories: {list}' },
  'catalog.cliNewWorkshops': { id: 'Bengkel baru: {list}', en: 'New workshops: {list}' },
  'catalog.cliIssues': { id: '{count} masalah:', en: '{count} problems:' },
  'catalog.cliMoreIssues': { id: '  … dan {count} masalah lagi.', en: '  … and {count} more problems.' },
  'catalog.cliRow': { id: 'baris {row}', en: 'row {row}' },
  'catalog.cliCell': { id: 'sel {cell}', en: 'cell {cell}' },
  'catalog.cliNothingImported': {
    id: 'Tidak ada yang diimpor. Perbaiki setiap masalah di berkas lalu jalankan lagi.',
    en: 'Nothing was imported. Fix every problem in the file and run it again.',
  },
  'catalog.cliPreviewOnly': {
    id: 'Belum diimpor: ini pratinjau. Jalankan lagi dengan --commit untuk mengimpor.',
    en: 'Not imported yet: this is a preview. Run it again with --commit to import.',
  },
  'catalog.cliDone': {
    id: 'Impor selesai: {new} produk baru, {updated} diubah, {unchanged} tetap.',
    en: 'Import finished: {new} new products, {updated} updated, {unchanged} unchanged.',
  },
} as const satisfies Catalogue;
