// How the contract words refused input (the `error:` of its zod schemas), in both languages.
import type { Catalogue } from './types';

export const inputs = {
  'input.labelRequired': {
    id: 'Label wajib diisi',
    en: 'A label is required',
  },
  'input.labelHint': {
    id: 'Beri label, misalnya nama pembeli',
    en: "Give a label, for example the buyer's name",
  },
  'input.labelTooLong': {
    id: 'Label paling panjang 40 karakter',
    en: 'The label is at most 40 characters',
  },
  'input.reasonText': {
    id: 'Alasan harus berupa teks',
    en: 'The reason must be text',
  },
  'input.reasonMax120': {
    id: 'Alasan paling panjang 120 karakter',
    en: 'The reason is at most 120 characters',
  },
  'input.unknownProduct': {
    id: 'Produk tidak dikenal',
    en: 'Unknown product',
  },
  'input.reasonRequired': {
    id: 'Alasan wajib diisi',
    en: 'A reason is required',
  },
  'input.reasonMin3': {
    id: 'Tulis alasannya (paling sedikit 3 huruf)',
    en: 'Write the reason (at least 3 letters)',
  },
  'input.reasonMax200': {
    id: 'Alasan paling panjang 200 karakter',
    en: 'The reason is at most 200 characters',
  },
  'input.receiptNoRequired': {
    id: 'Nomor transaksi wajib diisi',
    en: 'The receipt number is required',
  },
  'input.receiptNoTooLong': {
    id: 'Nomor transaksi terlalu panjang',
    en: 'The receipt number is too long',
  },
  'input.dateText': {
    id: 'Tanggal harus berupa teks',
    en: 'The date must be text',
  },
  'input.dateFormat': {
    id: 'Tanggal harus berformat TTTT-BB-HH',
    en: 'The date must have the form YYYY-MM-DD',
  },
  'input.dateInvalid': {
    id: 'Tanggal tidak valid',
    en: 'The date is not valid',
  },
  'input.itemListInvalid': {
    id: 'Daftar barang tidak valid',
    en: 'The item list is not valid',
  },
  'input.parkEmpty': {
    id: 'Keranjang masih kosong; tidak ada yang diparkir',
    en: 'The cart is still empty; there is nothing to park',
  },
  'input.cartTooManyLines': {
    id: 'Terlalu banyak baris dalam satu keranjang',
    en: 'Too many lines in one cart',
  },
  'input.searchTooLong': {
    id: 'Teks pencarian terlalu panjang',
    en: 'The search text is too long',
  },
  'input.unknownSaleLine': {
    id: 'Baris transaksi tidak dikenal',
    en: 'Unknown sale line',
  },
  'input.refundListInvalid': {
    id: 'Daftar barang retur tidak valid',
    en: 'The list of returned items is not valid',
  },
  'input.chooseRefundItems': {
    id: 'Pilih barang yang diretur',
    en: 'Choose the items being returned',
  },
  'input.refundTooManyLines': {
    id: 'Terlalu banyak baris retur',
    en: 'Too many refund lines',
  },
  'input.refundMethod': {
    id: 'Cara pengembalian uang harus cash, qris, transfer atau card',
    en: 'The refund method must be cash, QRIS, transfer or card',
  },
  'input.referenceText': {
    id: 'Referensi harus berupa teks',
    en: 'The reference must be text',
  },
  'input.referenceMax64': {
    id: 'Referensi paling panjang 64 karakter',
    en: 'The reference is at most 64 characters',
  },
  'input.pinRequired': {
    id: 'PIN wajib diisi',
    en: 'The PIN is required',
  },
  'input.pinDigits': {
    id: 'PIN harus 4 sampai 6 angka',
    en: 'The PIN must be 4 to 6 digits',
  },
  'input.nameRequired': {
    id: 'Nama wajib diisi',
    en: 'The name is required',
  },
  'input.nameMax60': {
    id: 'Nama paling panjang 60 huruf',
    en: 'The name is at most 60 letters',
  },
  'input.unknownUser': {
    id: 'Pengguna tidak dikenal',
    en: 'Unknown user',
  },
  'input.unknownRole': {
    id: 'Peran tidak dikenal',
    en: 'Unknown role',
  },
  'input.nameOrRole': {
    id: 'Sebutkan nama atau peran yang baru',
    en: 'Give the new name or role',
  },
  'input.activeBoolean': {
    id: 'Aktif harus true atau false',
    en: 'Active must be true or false',
  },
  'input.chooseBackup': {
    id: 'Pilih berkas cadangan',
    en: 'Choose a backup file',
  },
  'input.backupName': {
    id: 'Nama berkas cadangan tidak valid',
    en: 'The backup file name is not valid',
  },
  'input.folderRequired': {
    id: 'Folder wajib diisi',
    en: 'The folder is required',
  },
  'input.folderTooLong': {
    id: 'Alamat folder terlalu panjang',
    en: 'The folder path is too long',
  },
  'input.folderFull': {
    id: 'Tulis alamat folder lengkap, misalnya /media/usb/cadangan atau E:\\cadangan',
    en: 'Write the full folder path, for example /media/usb/cadangan or E:\\cadangan',
  },
  'input.folderDotDot': {
    id: 'Alamat folder tidak boleh memuat ..',
    en: 'The folder path may not contain ..',
  },
  'input.folderInvalid': {
    id: 'Alamat folder tidak valid',
    en: 'The folder path is not valid',
  },
  'input.keepNumber': {
    id: 'Jumlah cadangan harus berupa angka',
    en: 'The number of backups must be a number',
  },
  'input.keepWhole': {
    id: 'Jumlah cadangan harus bilangan bulat',
    en: 'The number of backups must be a whole number',
  },
  'input.keepMin': {
    id: 'Simpan paling sedikit 1 cadangan',
    en: 'Keep at least 1 backup',
  },
  'input.keepMax': {
    id: 'Paling banyak 365 cadangan',
    en: 'At most 365 backups',
  },
  'input.intervalNumber': {
    id: 'Jarak waktu harus berupa angka',
    en: 'The interval must be a number',
  },
  'input.intervalWhole': {
    id: 'Jarak waktu harus menit bulat',
    en: 'The interval must be whole minutes',
  },
  'input.intervalNegative': {
    id: 'Jarak waktu tidak boleh negatif',
    en: 'The interval cannot be negative',
  },
  'input.intervalMax': {
    id: 'Jarak waktu paling lama 1440 menit (sehari)',
    en: 'The interval is at most 1440 minutes (a day)',
  },
  'input.daysList': {
    id: 'Hari harus berupa daftar tanggal',
    en: 'Days must be a list of dates',
  },
  'input.daysMax': {
    id: 'Paling banyak 366 hari dalam satu batch',
    en: 'At most 366 days in one batch',
  },
  'input.targetRequired': {
    id: 'Folder tujuan wajib diisi',
    en: 'The target folder is required',
  },
  'input.targetFull': {
    id: 'Tulis alamat folder lengkap, misalnya /media/usb atau E:\\',
    en: 'Write the full folder path, for example /media/usb or E:\\',
  },
  'input.serverText': {
    id: 'Alamat server kantor harus berupa teks',
    en: 'The office server address must be text',
  },
  'input.serverTooLong': {
    id: 'Alamat server terlalu panjang',
    en: 'The server address is too long',
  },
  'input.serverHttps': {
    id: 'Alamat server kantor harus lengkap, memakai HTTPS dan tanpa ?…, misalnya https://kantor.example.id/karya/batches (http:// hanya untuk komputer ini: 127.0.0.1 atau localhost)',
    en: 'The office server address must be complete, use HTTPS and have no ?…, for example https://kantor.example.id/karya/batches (http:// only for this computer: 127.0.0.1 or localhost)',
  },
  'input.tokenText': {
    id: 'Token harus berupa teks',
    en: 'The token must be text',
  },
  'input.tokenMin': {
    id: 'Token dari kantor paling sedikit 8 karakter',
    en: 'The office token is at least 8 characters',
  },
  'input.tokenTooLong': {
    id: 'Token terlalu panjang',
    en: 'The token is too long',
  },
  'input.enrolmentFile': {
    id: 'Pilih file pendaftaran dari kantor (karya-pendaftaran-....zip, paling besar 64 MB)',
    en: 'Choose the enrolment file from the office (karya-pendaftaran-....zip, at most 64 MB)',
  },
  'input.tokenChars': {
    id: 'Token hanya boleh berisi huruf, angka dan tanda baca, tanpa spasi',
    en: 'The token may only hold letters, digits and punctuation, no spaces',
  },
  'input.againYesNo': {
    id: 'Ekspor ulang harus ya/tidak',
    en: 'Export again must be yes/no',
  },
  'input.batchRequired': {
    id: 'Batch wajib dipilih',
    en: 'A batch must be chosen',
  },
  'input.batchNoInvalid': {
    id: 'Nomor batch tidak valid',
    en: 'The batch number is not valid',
  },
  'input.producerCodeRequired': {
    id: 'Kode unit produksi wajib diisi',
    en: 'The producer code is required',
  },
  'input.producerCodeChars': {
    id: 'Kode unit produksi: huruf, angka, titik, garis bawah atau tanda hubung, paling panjang 32',
    en: 'Producer code: letters, digits, dot, underscore or hyphen, at most 32',
  },
  'input.skuNoSpaces': {
    id: 'SKU tidak boleh berisi spasi',
    en: 'The SKU may not contain spaces',
  },
  'input.importIdRequired': {
    id: 'Nomor impor wajib diisi',
    en: 'The import number is required',
  },
  'input.activeYesNo': {
    id: 'Status aktif harus ya atau tidak',
    en: 'The active status must be yes or no',
  },
  'input.limitNumber': {
    id: 'Batas jumlah produk harus angka',
    en: 'The product limit must be a number',
  },
  'input.limitWhole': {
    id: 'Batas jumlah produk harus bilangan bulat',
    en: 'The product limit must be a whole number',
  },
  'input.limitMin': {
    id: 'Batas jumlah produk paling sedikit 1',
    en: 'The product limit is at least 1',
  },
  'input.limitMax': {
    id: 'Batas jumlah produk paling banyak 10.000',
    en: 'The product limit is at most 10,000',
  },
  'input.barcodeTooLong': {
    id: 'Barcode terlalu panjang',
    en: 'The barcode is too long',
  },
  'input.barcodeListInvalid': {
    id: 'Daftar barcode tidak valid',
    en: 'The barcode list is not valid',
  },
  'input.barcodesMax': {
    id: 'Paling banyak 20 barcode per produk',
    en: 'At most 20 barcodes per product',
  },
  'input.byWeightYesNo': {
    id: 'Dijual per berat harus ya atau tidak',
    en: 'Sold by weight must be yes or no',
  },
  'input.imageType': {
    id: 'Gambar harus PNG, JPEG atau WebP',
    en: 'The image must be PNG, JPEG or WebP',
  },
  'input.imageData': {
    id: 'Data gambar tidak valid',
    en: 'The image data is not valid',
  },
  'input.imageMax': {
    id: 'Gambar paling besar 500 KB',
    en: 'The image is at most 500 KB',
  },
  'input.productListInvalid': {
    id: 'Daftar produk tidak valid',
    en: 'The product list is not valid',
  },
  'input.productsMax500': {
    id: 'Paling banyak 500 produk sekaligus',
    en: 'At most 500 products at once',
  },
  'input.importMode': {
    id: 'Mode harus create atau update',
    en: 'The mode must be create or update',
  },
  'input.fileNameTooLong': {
    id: 'Nama berkas terlalu panjang',
    en: 'The file name is too long',
  },
  'input.headerInvalid': {
    id: 'Judul kolom tidak valid',
    en: 'The column headings are not valid',
  },
  'input.tooManyColumns': {
    id: 'Terlalu banyak kolom',
    en: 'Too many columns',
  },
  'input.cellTooLong': {
    id: 'Isi sel terlalu panjang',
    en: "A cell's content is too long",
  },
  'input.moneyNumber': {
    id: 'Jumlah uang harus berupa angka',
    en: 'The amount of money must be a number',
  },
  'input.moneyWhole': {
    id: 'Jumlah uang harus rupiah bulat',
    en: 'The amount of money must be whole rupiah',
  },
  'input.moneyNegative': {
    id: 'Jumlah uang tidak boleh negatif',
    en: 'The amount of money cannot be negative',
  },
  'input.moneyTooBig': {
    id: 'Jumlah uang terlalu besar',
    en: 'The amount of money is too large',
  },
  'input.qtyNumber': {
    id: 'Jumlah barang harus berupa angka',
    en: 'The quantity must be a number',
  },
  'input.qtyPositive': {
    id: 'Jumlah barang harus lebih dari 0',
    en: 'The quantity must be more than 0',
  },
  'input.qtyTooBig': {
    id: 'Jumlah barang terlalu besar',
    en: 'The quantity is too large',
  },
  'input.qtyDecimals': {
    id: 'Jumlah barang paling banyak 3 angka desimal',
    en: 'The quantity has at most 3 decimals',
  },
  'input.idInvalid': {
    id: 'Nomor data tidak valid',
    en: 'The record number is not valid',
  },
  'input.deviceCodeRequired': {
    id: 'Kode perangkat harus diisi',
    en: 'The device code is required',
  },
  'input.deviceCodeChars': {
    id: 'Kode perangkat harus 2 sampai 8 huruf atau angka, tanpa spasi atau tanda baca (contoh: PLU2)',
    en: 'The device code must be 2 to 8 letters or digits, without spaces or punctuation (example: PLU2)',
  },
  'input.zoneRequired': {
    id: 'Zona waktu harus diisi',
    en: 'The time zone is required',
  },
  'input.zoneTooLong': {
    id: 'Zona waktu terlalu panjang',
    en: 'The time zone is too long',
  },
  'input.zoneUnknown': {
    id: 'Zona waktu tidak dikenal: pakai nama IANA seperti Asia/Makassar (WITA), Asia/Jakarta (WIB) atau Asia/Jayapura (WIT)',
    en: 'Unknown time zone: use an IANA name such as Asia/Makassar (WITA), Asia/Jakarta (WIB) or Asia/Jayapura (WIT)',
  },
  'input.dayHourNumber': {
    id: 'Jam pergantian hari harus berupa angka',
    en: 'The day change hour must be a number',
  },
  'input.dayHourWhole': {
    id: 'Jam pergantian hari harus jam bulat',
    en: 'The day change hour must be a whole hour',
  },
  'input.dayHourMin': {
    id: 'Jam pergantian hari paling awal 0 (tengah malam)',
    en: 'The day change hour is at the earliest 0 (midnight)',
  },
  'input.dayHourMax': {
    id: 'Jam pergantian hari paling lambat 12',
    en: 'The day change hour is at the latest 12',
  },
  'input.textText': {
    id: 'Teks harus berupa tulisan',
    en: 'The text must be text',
  },
  'input.displayState': {
    id: 'Keadaan layar pembeli tidak dikenal',
    en: 'Unknown customer display state',
  },
  'input.lineCountNumber': {
    id: 'Jumlah baris harus berupa angka',
    en: 'The number of lines must be a number',
  },
  'input.lineCountWhole': {
    id: 'Jumlah baris harus bilangan bulat',
    en: 'The number of lines must be a whole number',
  },
  'input.lineCountNegative': {
    id: 'Jumlah baris tidak boleh negatif',
    en: 'The number of lines cannot be negative',
  },
  'input.lineCountTooBig': {
    id: 'Jumlah baris terlalu besar',
    en: 'The number of lines is too large',
  },
  'input.revisionNumber': {
    id: 'Revisi harus berupa angka',
    en: 'The revision must be a number',
  },
  'input.revisionWhole': {
    id: 'Revisi harus bilangan bulat',
    en: 'The revision must be a whole number',
  },
  'input.revisionNegative': {
    id: 'Revisi tidak boleh negatif',
    en: 'The revision cannot be negative',
  },
  'input.unknownManager': {
    id: 'Manajer tidak dikenal',
    en: 'Unknown manager',
  },
  'input.tierCodeRequired': {
    id: 'Kode tingkat harga wajib diisi',
    en: 'The price tier code is required',
  },
  'input.tierCodeChars': {
    id: 'Kode tingkat harga: huruf atau angka, paling panjang 16',
    en: 'Price tier code: letters or digits, at most 16',
  },
  'input.vatMode': {
    id: 'Mode PPN harus off, inclusive atau exclusive',
    en: 'The VAT mode must be off, inclusive or exclusive',
  },
  'input.cashRounding': {
    id: 'Pembulatan tunai harus 0 (mati), 100 atau 500',
    en: 'Cash rounding must be 0 (off), 100 or 500',
  },
  'input.qrisText': {
    id: 'QRIS harus berupa teks',
    en: 'The QRIS must be text',
  },
  'input.qrisTooLong': {
    id: 'QRIS terlalu panjang',
    en: 'The QRIS is too long',
  },
  'input.buyerKind': {
    id: 'Jenis pembeli harus named atau reseller',
    en: 'The buyer kind must be named or reseller',
  },
  'input.buyerNameRequired': {
    id: 'Nama pembeli wajib diisi',
    en: "The buyer's name is required",
  },
  'input.buyerNameMax': {
    id: 'Nama pembeli paling panjang 80 karakter',
    en: "The buyer's name is at most 80 characters",
  },
  'input.tierNameRequired': {
    id: 'Nama tingkat harga wajib diisi',
    en: 'The price tier name is required',
  },
  'input.tierNameMax': {
    id: 'Nama tingkat harga paling panjang 40 karakter',
    en: 'The price tier name is at most 40 characters',
  },
  'input.tooManyProducts': {
    id: 'Terlalu banyak produk',
    en: 'Too many products',
  },
  'input.printerNameRequired': {
    id: 'Nama printer wajib diisi',
    en: 'The printer name is required',
  },
  'input.printerNameMax': {
    id: 'Nama printer paling panjang 60 huruf',
    en: 'The printer name is at most 60 letters',
  },
  'input.connection': {
    id: 'Jenis sambungan printer tidak dikenal',
    en: 'Unknown printer connection type',
  },
  'input.printerAddressRequired': {
    id: 'Alamat printer wajib diisi',
    en: 'The printer address is required',
  },
  'input.printerAddressTooLong': {
    id: 'Alamat printer terlalu panjang',
    en: 'The printer address is too long',
  },
  'input.baudRate': {
    id: 'Kecepatan port serial tidak dikenal',
    en: 'Unknown serial port speed',
  },
  'input.paperWidth': {
    id: 'Lebar kertas harus 32, 42 atau 48 kolom',
    en: 'The paper width must be 32, 42 or 48 columns',
  },
  'input.codePage': {
    id: 'Halaman kode tidak dikenal',
    en: 'Unknown code page',
  },
  'input.qrMode': {
    id: 'Cara cetak QR tidak dikenal',
    en: 'Unknown way of printing QR',
  },
  'input.feedNumber': {
    id: 'Jumlah baris kosong harus angka',
    en: 'The number of blank lines must be a number',
  },
  'input.feedWhole': {
    id: 'Jumlah baris kosong harus bilangan bulat',
    en: 'The number of blank lines must be a whole number',
  },
  'input.feedMin': {
    id: 'Jumlah baris kosong paling sedikit 0',
    en: 'The number of blank lines is at least 0',
  },
  'input.feedMax': {
    id: 'Jumlah baris kosong paling banyak 12',
    en: 'The number of blank lines is at most 12',
  },
  'input.receiptLineMax': {
    id: 'Satu baris struk paling panjang 64 huruf',
    en: 'One receipt line is at most 64 letters',
  },
  'input.linesMax8': {
    id: 'Paling banyak 8 baris',
    en: 'At most 8 lines',
  },
  'input.expiryFormat': {
    id: 'Tanggal kedaluwarsa harus berbentuk YYYY-MM-DD',
    en: 'The expiry date must have the form YYYY-MM-DD',
  },
  'input.expiryInvalid': {
    id: 'Tanggal kedaluwarsa tidak valid',
    en: 'The expiry date is not valid',
  },
  'input.labelCountNumber': {
    id: 'Jumlah label harus angka',
    en: 'The number of labels must be a number',
  },
  'input.labelCountWhole': {
    id: 'Jumlah label harus bilangan bulat',
    en: 'The number of labels must be a whole number',
  },
  'input.labelCountMin': {
    id: 'Jumlah label paling sedikit 1',
    en: 'The number of labels is at least 1',
  },
  'input.labelCountMax': {
    id: 'Paling banyak 50 label sekali cetak',
    en: 'At most 50 labels per print',
  },
  'input.originPrefixMax': {
    id: 'Awalan asal barang paling panjang 40 huruf',
    en: 'The origin prefix is at most 40 letters',
  },
  'input.qrChoice': {
    id: 'Pilihan QR tidak dikenal',
    en: 'Unknown QR option',
  },
  'input.logoTooBig': {
    id: 'Logo terlalu besar (paling besar 200 KB)',
    en: 'The logo is too large (at most 200 KB)',
  },
  'input.logoPng': {
    id: 'Logo harus gambar PNG',
    en: 'The logo must be a PNG image',
  },
  'input.statementText': {
    id: 'Isi file mutasi harus berupa teks',
    en: "The statement file's content must be text",
  },
  'input.statementTooBig': {
    id: 'File mutasi terlalu besar (paling besar 5 MB)',
    en: 'The statement file is too large (at most 5 MB)',
  },
  'input.zOrDay': {
    id: 'Sebutkan nomor Z atau hari usaha (salah satu)',
    en: 'Give a Z number or a business day (one of them)',
  },
  'input.reportKind': {
    id: 'Jenis laporan harus x atau z',
    en: 'The report kind must be x or z',
  },
  'input.reportFormat': {
    id: 'Format berkas laporan harus xlsx atau pdf',
    en: 'The report file format must be xlsx or pdf',
  },
  'input.journalFormat': {
    id: 'Format berkas penjualan harus xlsx atau csv',
    en: 'The sales file format must be xlsx or csv',
  },
  'input.zUsesDay': {
    id: 'Laporan Z dicetak per hari usaha: pakai day, bukan from/to',
    en: 'The Z report is printed per business day: use a day, not a from/to range',
  },
  'input.xUsesRange': {
    id: 'Laporan X memakai from/to, bukan day',
    en: 'The X report uses a from/to range, not a day',
  },
  'input.percentNumber': {
    id: 'Diskon persen harus berupa angka',
    en: 'The discount percentage must be a number',
  },
  'input.percentBasisPoints': {
    id: 'Diskon persen dalam basis poin (10% = 1000)',
    en: 'The discount percentage is in basis points (10% = 1000)',
  },
  'input.percentNegative': {
    id: 'Diskon persen tidak boleh negatif',
    en: 'The discount percentage cannot be negative',
  },
  'input.percentMax': {
    id: 'Diskon persen paling besar 100%',
    en: 'The discount percentage is at most 100%',
  },
  'input.discountKind': {
    id: 'Jenis diskon harus amount (rupiah) atau percent',
    en: 'The discount kind must be amount (rupiah) or percent',
  },
  'input.paymentMethod': {
    id: 'Metode pembayaran harus cash, qris, transfer atau card',
    en: 'The payment method must be cash, QRIS, transfer or card',
  },
  'input.confirmYesNo': {
    id: 'Konfirmasi harus ya atau tidak',
    en: 'The confirmation must be yes or no',
  },
  'input.cartEmpty': {
    id: 'Keranjang masih kosong',
    en: 'The cart is still empty',
  },
  'input.saleTooManyLines': {
    id: 'Terlalu banyak baris dalam satu transaksi',
    en: 'Too many lines in one sale',
  },
  'input.paymentListInvalid': {
    id: 'Daftar pembayaran tidak valid',
    en: 'The payment list is not valid',
  },
  'input.noPayment': {
    id: 'Belum ada pembayaran',
    en: 'There is no payment yet',
  },
  'input.paymentsMax': {
    id: 'Paling banyak 10 pembayaran dalam satu transaksi',
    en: 'At most 10 payments in one sale',
  },
  'input.prefixRequired': {
    id: 'Awalan wajib diisi',
    en: 'The prefix is required',
  },
  'input.prefixDigits': {
    id: 'Awalan harus 1 sampai 3 angka',
    en: 'The prefix must be 1 to 3 digits',
  },
  'input.itemCodeLenNumber': {
    id: 'Panjang kode barang harus angka',
    en: 'The item code length must be a number',
  },
  'input.itemCodeLenWhole': {
    id: 'Panjang kode barang harus bilangan bulat',
    en: 'The item code length must be a whole number',
  },
  'input.itemCodeLenMin': {
    id: 'Kode barang paling sedikit 3 angka',
    en: 'The item code is at least 3 digits',
  },
  'input.itemCodeLenMax': {
    id: 'Kode barang paling banyak 6 angka',
    en: 'The item code is at most 6 digits',
  },
  'input.valueKind': {
    id: 'Jenis nilai harus berat (weight) atau harga (price)',
    en: 'The value kind must be weight or price',
  },
  'input.valueLenNumber': {
    id: 'Panjang nilai harus angka',
    en: 'The value length must be a number',
  },
  'input.valueLenWhole': {
    id: 'Panjang nilai harus bilangan bulat',
    en: 'The value length must be a whole number',
  },
  'input.valueLenMin': {
    id: 'Nilai paling sedikit 4 angka',
    en: 'The value is at least 4 digits',
  },
  'input.valueLenMax': {
    id: 'Nilai paling banyak 7 angka',
    en: 'The value is at most 7 digits',
  },
  'input.activeYesNo2': {
    id: 'Aktif harus ya atau tidak',
    en: 'Active must be yes or no',
  },
  'input.formatListInvalid': {
    id: 'Daftar format tidak valid',
    en: 'The format list is not valid',
  },
  'input.formatsMax': {
    id: 'Paling banyak 10 format barcode timbangan',
    en: 'At most 10 scale barcode formats',
  },
  'input.barcodeRequired': {
    id: 'Barcode wajib diisi',
    en: 'The barcode is required',
  },
  'input.pluNumber': {
    id: 'PLU harus angka',
    en: 'The PLU must be a number',
  },
  'input.pluWhole': {
    id: 'PLU harus bilangan bulat',
    en: 'The PLU must be a whole number',
  },
  'input.pluMin': {
    id: 'PLU paling kecil 1',
    en: 'The PLU is at least 1',
  },
  'input.pluMax': {
    id: 'PLU paling besar 999999',
    en: 'The PLU is at most 999999',
  },
  'input.storeNameRequired': {
    id: 'Nama stan atau outlet harus diisi',
    en: 'The stand or outlet name is required',
  },
  'input.storeNameMax': {
    id: 'Nama stan atau outlet paling panjang 40 huruf',
    en: 'The stand or outlet name is at most 40 letters',
  },
  'input.addressLineMax': {
    id: 'Satu baris alamat paling panjang 40 huruf',
    en: 'One address line is at most 40 letters',
  },
  'input.addressLinesMax': {
    id: 'Alamat paling banyak 3 baris',
    en: 'The address is at most 3 lines',
  },
  'input.denomination': {
    id: 'Pecahan uang tidak dikenal',
    en: 'Unknown denomination',
  },
  'input.piecesNumber': {
    id: 'Jumlah lembar harus angka',
    en: 'The number of pieces must be a number',
  },
  'input.piecesWhole': {
    id: 'Jumlah lembar harus bilangan bulat',
    en: 'The number of pieces must be a whole number',
  },
  'input.piecesNegative': {
    id: 'Jumlah lembar tidak boleh negatif',
    en: 'The number of pieces cannot be negative',
  },
  'input.piecesTooBig': {
    id: 'Jumlah lembar terlalu besar',
    en: 'The number of pieces is too large',
  },
  'input.countInvalid': {
    id: 'Hitungan uang tidak valid',
    en: 'The money count is not valid',
  },
  'input.cashMoveKind': {
    id: 'Jenis harus in (masuk) atau out (keluar)',
    en: 'The kind must be in or out',
  },
  'input.amountPositive': {
    id: 'Jumlah harus lebih dari Rp 0',
    en: 'The amount must be more than Rp 0',
  },
  'input.reasonMax100': {
    id: 'Alasan paling panjang 100 karakter',
    en: 'The reason is at most 100 characters',
  },
  'input.noteMax200': {
    id: 'Catatan paling panjang 200 karakter',
    en: 'The note is at most 200 characters',
  },
  'input.dateYmd': {
    id: 'Tanggal harus TTTT-BB-HH',
    en: 'The date must be YYYY-MM-DD',
  },
  'input.dateRequired': {
    id: 'Tanggal wajib diisi',
    en: 'The date is required',
  },
  'input.dateNotInCalendar': {
    id: 'Tanggal tidak ada di kalender',
    en: 'The date does not exist in the calendar',
  },
  'input.countNumber': {
    id: 'Jumlah hitung harus berupa angka',
    en: 'The counted quantity must be a number',
  },
  'input.countNegative': {
    id: 'Jumlah hitung tidak boleh negatif',
    en: 'The counted quantity cannot be negative',
  },
  'input.countTooBig': {
    id: 'Jumlah hitung terlalu besar',
    en: 'The counted quantity is too large',
  },
  'input.qtyDecimals3': {
    id: 'Jumlah paling banyak 3 angka desimal',
    en: 'The quantity has at most 3 decimals',
  },
  'input.adjustNumber': {
    id: 'Jumlah penyesuaian harus berupa angka',
    en: 'The adjustment must be a number',
  },
  'input.adjustZero': {
    id: 'Jumlah penyesuaian tidak boleh 0',
    en: 'The adjustment cannot be 0',
  },
  'input.adjustTooBig': {
    id: 'Jumlah penyesuaian terlalu besar',
    en: 'The adjustment is too large',
  },
  'input.locationCodeRequired': {
    id: 'Kode lokasi wajib diisi',
    en: 'The location code is required',
  },
  'input.locationCodeChars': {
    id: 'Kode lokasi 2-16 huruf besar, angka atau tanda -',
    en: 'Location code: 2-16 capital letters, digits or -',
  },
  'input.locationNameRequired': {
    id: 'Nama lokasi wajib diisi',
    en: 'The location name is required',
  },
  'input.locationNameMax': {
    id: 'Nama lokasi paling panjang 80 huruf',
    en: 'The location name is at most 80 letters',
  },
  'input.referenceMax60': {
    id: 'Referensi paling panjang 60 huruf',
    en: 'The reference is at most 60 letters',
  },
  'input.reasonMax200b': {
    id: 'Alasan paling panjang 200 huruf',
    en: 'The reason is at most 200 letters',
  },
  'input.productRequired': {
    id: 'Produk wajib dipilih',
    en: 'A product must be chosen',
  },
  'input.locationRequired': {
    id: 'Lokasi wajib dipilih',
    en: 'A location must be chosen',
  },
  'input.unknownLocation': {
    id: 'Lokasi tidak dikenal',
    en: 'Unknown location',
  },
  'input.addOneItem': {
    id: 'Tambahkan paling sedikit satu barang',
    en: 'Add at least one item',
  },
  'input.transferTooManyLines': {
    id: 'Terlalu banyak baris dalam satu mutasi',
    en: 'Too many lines in one transfer',
  },
  'input.locationKind': {
    id: 'Jenis lokasi tidak dikenal',
    en: 'Unknown location kind',
  },
  'input.producerRequired': {
    id: 'Unit produksi wajib dipilih',
    en: 'A producer must be chosen',
  },
  'input.deliveryNoteRequired': {
    id: 'Referensi (nomor surat jalan) wajib diisi',
    en: 'The reference (delivery note number) is required',
  },
  'input.returnNoteRequired': {
    id: 'Referensi (nomor berita acara pengembalian) wajib diisi',
    en: 'The reference (return note number) is required',
  },
  'input.batchCodeMax': {
    id: 'Kode batch paling panjang 40 huruf',
    en: 'The batch code is at most 40 letters',
  },
  'input.receiveTooManyLines': {
    id: 'Terlalu banyak baris dalam satu penerimaan',
    en: 'Too many lines in one receipt of goods',
  },
  'input.countListInvalid': {
    id: 'Daftar hitungan tidak valid',
    en: 'The count list is not valid',
  },
  'input.countTooManyLines': {
    id: 'Terlalu banyak baris hitungan',
    en: 'Too many count lines',
  },
  'input.fieldRequired': { id: '{field} wajib diisi', en: '{field} is required' },
  'input.fieldMaxChars': {
    id: '{field} paling panjang {max} karakter',
    en: '{field} is at most {max} characters',
  },
  'input.shareNumber': { id: 'Bagian {field} harus berupa angka', en: 'The {field} share must be a number' },
  'input.shareNegative': {
    id: 'Bagian {field} tidak boleh negatif',
    en: 'The {field} share cannot be negative',
  },
  'input.shareMax100': { id: 'Bagian {field} paling besar 100%', en: 'The {field} share is at most 100%' },
  'input.shareDecimals': {
    id: 'Bagian {field} paling banyak 2 angka desimal',
    en: 'The {field} share has at most 2 decimals',
  },
  'input.importChunkMax': { id: 'Paling banyak {max} baris sekali kirim', en: 'At most {max} rows per send' },
  'input.textMax': { id: 'Teks paling panjang {max} karakter', en: 'The text is at most {max} characters' },
  'input.linesMax': { id: 'Paling banyak {max} baris', en: 'At most {max} lines' },
  'input.fieldNumber': { id: '{field} harus berupa angka', en: '{field} must be a number' },
  'input.fieldBasisPoints': {
    id: '{field} harus bilangan bulat (basis poin, 1% = 100)',
    en: '{field} must be a whole number (basis points, 1% = 100)',
  },
  'input.fieldNegative': { id: '{field} tidak boleh negatif', en: '{field} cannot be negative' },
  'input.fieldMax100': { id: '{field} paling besar 100%', en: '{field} is at most 100%' },
  'input.fieldText': { id: '{field} harus berupa teks', en: '{field} must be text' },
  'input.cartIdText': { id: 'Nomor keranjang harus berupa teks', en: 'The cart number must be text' },
  'input.cartIdInvalid': { id: 'Nomor keranjang tidak valid', en: 'The cart number is not valid' },
  'input.printerTcp': {
    id: 'Alamat printer jaringan harus berbentuk host:port, contoh 192.168.1.50:9100',
    en: 'A network printer address must be host:port, for example 192.168.1.50:9100',
  },
  'input.printerCups': {
    id: 'Nama antrean CUPS hanya boleh huruf, angka, titik, garis bawah, @ dan tanda hubung',
    en: 'A CUPS queue name may only hold letters, digits, dots, underscores, @ and hyphens',
  },
  'input.printerDevice': {
    id: 'Jalur printer harus berupa perangkat, contoh /dev/usb/lp0, /dev/ttyUSB0, /dev/rfcomm0, COM3, \\\\.\\COM10 atau \\\\localhost\\POS58; file biasa tidak diterima',
    en: 'The printer path must be a device, for example /dev/usb/lp0, /dev/ttyUSB0, /dev/rfcomm0, COM3, \\\\.\\COM10 or \\\\localhost\\POS58; an ordinary file is not accepted',
  },
  'input.printerSerial': {
    id: 'Port serial harus berupa perangkat, contoh COM3, \\\\.\\COM10, /dev/rfcomm0 atau /dev/ttyUSB0',
    en: 'The serial port must be a device, for example COM3, \\\\.\\COM10, /dev/rfcomm0 or /dev/ttyUSB0',
  },
  'input.prefixesOverlap': {
    id: 'Awalan {first} dan {second} bertumpuk; satu label akan terbaca dua cara',
    en: 'Prefixes {first} and {second} overlap; one label would read two ways',
  },
  'input.packagePathRequired': {
    id: 'Tulis alamat folder atau zip paket katalog',
    en: 'Write the path of the catalogue package folder or zip',
  },
  'input.packagePathFull': {
    id: 'Tulis alamat lengkap, misalnya /media/usb/KATALOG-000012 atau E:\\KATALOG-000012.zip',
    en: 'Write the full path, for example /media/usb/KATALOG-000012 or E:\\KATALOG-000012.zip',
  },
  'input.packageData': {
    id: 'Isi berkas paket harus base64',
    en: 'The package file content must be base64',
  },
  'input.packageTooBig': {
    id: 'Paket terlalu besar untuk dikirim dari layar: paling banyak {max} MB; buka dari alamat foldernya',
    en: 'The package is too large to send from the screen: at most {max} MB; open it by its folder path',
  },
  'input.packageIdInvalid': {
    id: 'Paket tidak dikenal; buka paketnya lagi',
    en: 'Unknown package; open the package again',
  },
  'input.officeKeyText': {
    id: 'Kunci kantor harus satu baris teks (ed25519:...)',
    en: 'The office key must be one line of text (ed25519:...)',
  },
  'input.packageFileName': {
    id: 'Setiap berkas paket harus bernama',
    en: 'Every package file needs a name',
  },
  'input.packageFiles': {
    id: 'Daftar berkas paket tidak sah (paling banyak 16 berkas)',
    en: 'The list of package files is not valid (at most 16 files)',
  },
  'input.packageOneSource': {
    id: 'Berikan tepat satu: alamat folder atau zip, sebuah zip, atau berkas-berkas sebuah folder',
    en: 'Give exactly one: a folder or zip path, a zip, or the files of a folder',
  },
  'input.startedAtInvalid': {
    id: 'Waktu mulai keranjang harus berupa waktu ISO (UTC)',
    en: 'The cart start time must be an ISO time (UTC)',
  },
} as const satisfies Catalogue;
