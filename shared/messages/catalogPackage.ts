// Refusals and notes of the till's catalogue packages (electron/core/catalog/packages/), in both
// languages. Every refusal says that nothing was applied: a package is applied whole or not at all.
import type { Catalogue } from './types';

export const catalogPackage = {
  // ---------- trust ----------
  'catalogPackage.noKey': {
    id: 'Kasir ini belum memegang kunci publik kantor, jadi paket katalog tidak dapat diperiksa. Minta manajer mengisinya di Pengaturan > Kantor (satu baris ed25519:... dari kantor wilayah).',
    en: "This till does not hold the office's public key yet, so a catalogue package cannot be checked. Ask a manager to enter it under Settings > Office (one line ed25519:... from the regional office).",
  },
  'catalogPackage.keyInvalid': {
    id: 'Kunci kantor tidak sah: harus satu baris ed25519: diikuti 44 karakter base64, persis seperti yang diberikan kantor.',
    en: 'The office key is not valid: it must be one line, ed25519: followed by 44 base64 characters, exactly as the office gave it.',
  },
  'catalogPackage.otherKey': {
    id: 'Paket ini ditandatangani dengan kunci {keyId}, sedangkan kasir ini memercayai kunci kantor {heldKeyId}. Paket ditolak, tidak ada yang diterapkan.',
    en: 'This package is signed with key {keyId}, but this till trusts the office key {heldKeyId}. The package was refused; nothing was applied.',
  },
  'catalogPackage.badSignature': {
    id: 'Tanda tangan paket tidak cocok dengan kunci kantor {keyId}: paket ini bukan dari kantor atau isinya telah diubah. Paket ditolak, tidak ada yang diterapkan.',
    en: 'The package signature does not match office key {keyId}: the package is not from the office or was changed. The package was refused; nothing was applied.',
  },

  // ---------- reading the files ----------
  'catalogPackage.pathMissing': {
    id: 'Folder atau berkas {path} tidak ditemukan. Periksa flashdisk dan alamatnya.',
    en: 'Folder or file {path} was not found. Check the USB stick and the path.',
  },
  'catalogPackage.pathUnreadable': {
    id: '{path} tidak dapat dibaca ({code}). Periksa flashdisk-nya, lalu coba lagi.',
    en: '{path} cannot be read ({code}). Check the USB stick, then try again.',
  },
  'catalogPackage.notAPackage': {
    id: '{name} bukan paket katalog: tidak ada manifest.json. Pilih folder KATALOG-... (atau zip-nya) dari kantor.',
    en: '{name} is not a catalogue package: it has no manifest.json. Choose the KATALOG-... folder (or its zip) from the office.',
  },
  'catalogPackage.empty': {
    id: '{name} kosong: tidak ada berkas paket katalog di dalamnya.',
    en: '{name} is empty: it holds no catalogue package files.',
  },
  'catalogPackage.zipBroken': {
    id: 'Zip {name} tidak dapat dibuka ({reason}). Salin lagi dari kantor. Tidak ada yang diterapkan.',
    en: 'Zip {name} cannot be opened ({reason}). Copy it again from the office. Nothing was applied.',
  },
  'catalogPackage.tooBig': {
    id: 'Paket terlalu besar: paling banyak {max} MB setelah dibuka.',
    en: 'The package is too large: at most {max} MB unpacked.',
  },
  'catalogPackage.tooManyFiles': {
    id: 'Terlalu banyak berkas untuk sebuah paket katalog (sebuah paket berisi tiga berkas).',
    en: 'Too many files for a catalogue package (a package holds three files).',
  },
  'catalogPackage.fileTwice': {
    id: 'Berkas {name} ada dua kali di paket.',
    en: 'File {name} is in the package twice.',
  },

  // ---------- manifest, files, catalogue ----------
  'catalogPackage.manifestNotJson': {
    id: 'manifest.json paket bukan JSON yang sah (UTF-8). Paket ditolak, tidak ada yang diterapkan.',
    en: "The package's manifest.json is not valid JSON (UTF-8). The package was refused; nothing was applied.",
  },
  'catalogPackage.manifestInvalid': {
    id: 'manifest.json paket tidak sah: {reason}. Paket ditolak, tidak ada yang diterapkan.',
    en: "The package's manifest.json is not valid: {reason}. The package was refused; nothing was applied.",
  },
  'catalogPackage.fileMissing': {
    id: 'Berkas {name} yang disebut manifest tidak ada di paket. Paket ditolak, tidak ada yang diterapkan.',
    en: 'File {name}, named in the manifest, is not in the package. The package was refused; nothing was applied.',
  },
  'catalogPackage.fileSize': {
    id: 'Ukuran {name} tidak cocok: manifest menyebut {expected} byte, berkasnya {actual} byte. Paket rusak atau telah diubah; tidak ada yang diterapkan.',
    en: 'The size of {name} does not match: the manifest says {expected} bytes, the file has {actual}. The package is damaged or was changed; nothing was applied.',
  },
  'catalogPackage.fileHash': {
    id: 'Isi {name} tidak cocok dengan SHA-256 di manifest: paket rusak atau telah diubah. Paket ditolak, tidak ada yang diterapkan.',
    en: 'The content of {name} does not match the SHA-256 in the manifest: the package is damaged or was changed. The package was refused; nothing was applied.',
  },
  'catalogPackage.fileUnlisted': {
    id: 'Berkas {name} ada di paket tetapi tidak disebut manifest. Paket ditolak, tidak ada yang diterapkan.',
    en: 'File {name} is in the package but not named in the manifest. The package was refused; nothing was applied.',
  },
  'catalogPackage.catalogueNotJson': {
    id: 'catalogue.json paket bukan JSON yang sah (UTF-8). Paket ditolak, tidak ada yang diterapkan.',
    en: "The package's catalogue.json is not valid JSON (UTF-8). The package was refused; nothing was applied.",
  },
  'catalogPackage.catalogueInvalid': {
    id: 'catalogue.json paket tidak sah: {reason}. Paket ditolak, tidak ada yang diterapkan.',
    en: "The package's catalogue.json is not valid: {reason}. The package was refused; nothing was applied.",
  },
  'catalogPackage.countsDiffer': {
    id: 'catalogue.json berisi {actual} {what}, padahal manifest menyebut {expected}. Paket ditolak, tidak ada yang diterapkan.',
    en: 'catalogue.json holds {actual} {what}, but the manifest says {expected}. The package was refused; nothing was applied.',
  },
  'catalogPackage.issue.type': {
    id: '{path} berisi jenis nilai yang salah',
    en: '{path} holds the wrong kind of value',
  },
  'catalogPackage.issue.range': {
    id: '{path} di luar batas yang boleh',
    en: '{path} is out of the allowed range',
  },
  'catalogPackage.issue.format': { id: '{path} bentuknya salah', en: '{path} has the wrong form' },
  'catalogPackage.issue.value': {
    id: '{path} berisi nilai yang tidak dikenal',
    en: '{path} holds an unknown value',
  },
  'catalogPackage.issue.unknownField': {
    id: '{path} berisi kolom yang tidak dikenal ({fields})',
    en: '{path} holds unknown fields ({fields})',
  },
  'catalogPackage.issue.at': { id: '{path} tidak sah', en: '{path} is not valid' },
  'catalogPackage.issue.other': { id: 'isinya tidak sah', en: 'its content is not valid' },
  'catalogPackage.issue.basedOn': {
    id: 'versi {version} tidak mungkin berisi perubahan sejak versi {basedOn}',
    en: 'version {version} cannot hold the changes since version {basedOn}',
  },
  'catalogPackage.issue.fileName': {
    id: 'nama berkas {name} tidak boleh dipakai di daftar berkas',
    en: 'file name {name} may not be used in the file list',
  },
  'catalogPackage.records.units': { id: 'unit produksi', en: 'producing units' },
  'catalogPackage.records.workshops': { id: 'bengkel kerja', en: 'workshops' },
  'catalogPackage.records.categories': { id: 'kategori', en: 'categories' },
  'catalogPackage.records.tiers': { id: 'tingkat harga', en: 'price tiers' },
  'catalogPackage.records.products': { id: 'produk', en: 'products' },

  // ---------- against this till ----------
  'catalogPackage.older': {
    id: 'Paket {name} lebih lama dari katalog kasir ini: semua versinya sudah diterapkan (kasir memegang versi {held}). Paket ditolak, tidak ada yang diterapkan.',
    en: 'Package {name} is older than this till’s catalogue: every version in it is applied already (the till holds version {held}). The package was refused; nothing was applied.',
  },
  'catalogPackage.broken': {
    id: 'Paket ditolak, tidak ada yang diterapkan: {problem}.',
    en: 'The package was refused; nothing was applied: {problem}.',
  },
  'catalogPackage.brokenMore': {
    id: 'Paket ditolak, tidak ada yang diterapkan: {problem} (dan {count} masalah lain).',
    en: 'The package was refused; nothing was applied: {problem} (and {count} more problems).',
  },
  'catalogPackage.problem.twice': {
    id: '{what} {name} ada dua kali di paket',
    en: '{what} {name} is in the package twice',
  },
  'catalogPackage.problem.futureVersion': {
    id: '{what} {name} disebut berubah di versi {changedIn}, setelah versi paket {version}',
    en: '{what} {name} is said to have changed in version {changedIn}, after the package version {version}',
  },
  'catalogPackage.problem.tooLong': {
    id: '{name} terlalu panjang untuk kasir ini (paling banyak {max} karakter)',
    en: '{name} is too long for this till (at most {max} characters)',
  },
  'catalogPackage.problem.split': {
    id: 'pembagian hasil unit produksi {code} berjumlah {sum}, bukan 100%',
    en: 'the revenue split of producing unit {code} adds up to {sum}, not 100%',
  },
  'catalogPackage.problem.workshopUnit': {
    id: 'bengkel kerja {name} milik unit produksi {code}, yang tidak ada di paket maupun di kasir ini',
    en: 'workshop {name} belongs to producing unit {code}, which is neither in the package nor on this till',
  },
  'catalogPackage.problem.skuShape': {
    id: 'SKU {sku} tidak boleh berisi spasi dan paling panjang {max} karakter',
    en: 'SKU {sku} may not contain spaces and may be at most {max} characters long',
  },
  'catalogPackage.problem.unitMissing': {
    id: 'produk {sku} dibuat oleh unit produksi {code}, yang tidak ada di paket maupun di kasir ini',
    en: 'product {sku} is made by producing unit {code}, which is neither in the package nor on this till',
  },
  'catalogPackage.problem.workshopMissing': {
    id: 'produk {sku} dibuat di bengkel kerja {name} ({code}), yang tidak ada di paket maupun di kasir ini',
    en: 'product {sku} is made in workshop {name} ({code}), which is neither in the package nor on this till',
  },
  'catalogPackage.problem.categoryMissing': {
    id: 'produk {sku} masuk kategori {name}, yang tidak ada di paket maupun di kasir ini',
    en: 'product {sku} is in category {name}, which is neither in the package nor on this till',
  },
  'catalogPackage.problem.saleUnitMissing': {
    id: 'produk {sku} dijual per {unit}, satuan yang tidak dikenal kasir ini',
    en: 'product {sku} is sold per {unit}, a unit this till does not know',
  },
  'catalogPackage.problem.weightUnit': {
    id: 'produk {sku} dijual dengan timbangan, tetapi satuan {unit} tidak berdesimal',
    en: 'product {sku} is sold by weight, but unit {unit} has no decimals',
  },
  'catalogPackage.problem.tierMissing': {
    id: 'produk {sku} punya harga tingkat {code}, yang tidak ada di paket maupun di kasir ini',
    en: 'product {sku} has a price for tier {code}, which is neither in the package nor on this till',
  },
  'catalogPackage.problem.tierTwice': {
    id: 'produk {sku} punya dua harga untuk satu tingkat harga',
    en: 'product {sku} has two prices for one price tier',
  },
  'catalogPackage.problem.pricesOrder': {
    id: 'harga produk {sku} tidak urut menurut tanggal berlakunya',
    en: 'the prices of product {sku} are not in order of the day they apply from',
  },
  'catalogPackage.problem.barcode': {
    id: 'produk {sku}: {reason}',
    en: 'product {sku}: {reason}',
  },
  'catalogPackage.problem.barcodeTwice': {
    id: 'barcode {code} dipakai dua produk di paket, {sku} dan {other}',
    en: 'barcode {code} is used by two products in the package, {sku} and {other}',
  },
  'catalogPackage.outcome.takenOver': {
    id: 'Produk lokal dengan SKU yang sama menjadi produk kantor: nama, harga dan data lainnya diganti dari paket; stok, penjualan dan gambarnya tetap.',
    en: 'The local product with the same SKU becomes the office’s product: name, price and the other details come from the package; its stock, sales and image stay.',
  },
  'catalogPackage.outcome.barcodeMoved': {
    id: 'Barcode {code} pindah ke produk kantor; produk lokal tetap dijual dengan barcode lainnya.',
    en: 'Barcode {code} moves to the office’s product; the local product is still sold with its other barcodes.',
  },
  'catalogPackage.outcome.barcodeMovedNone': {
    id: 'Barcode {code} pindah ke produk kantor; produk lokal tetap ada tanpa barcode (beri barcode baru di form produk bila perlu).',
    en: 'Barcode {code} moves to the office’s product; the local product stays, without a barcode (give it a new one in the product form if needed).',
  },

  // ---------- opening and applying ----------
  'catalogPackage.notOpen': {
    id: 'Paket itu tidak sedang dibuka (mungkin sudah diterapkan, atau aplikasi dimulai ulang). Buka atau ambil paketnya lagi.',
    en: 'That package is not open (it may have been applied, or the app restarted). Open or fetch the package again.',
  },

  // ---------- pulling from the office ----------
  'catalogPackage.pullNotSet': {
    id: 'Alamat kantor dan token belum diatur: admin mengisinya di Ekspor > Kirim ke kantor lewat internet. Atau buka paket dari flashdisk.',
    en: 'The office address and token are not set: an admin enters them under Export > Send to the office over the internet. Or open a package from a USB stick.',
  },
  'catalogPackage.pullFailed': {
    id: 'Paket tidak dapat diambil dari kantor: {reason}',
    en: 'The package could not be fetched from the office: {reason}',
  },
  'catalogPackage.pullTokenRefused': {
    id: 'Kantor menolak token kasir ini (HTTP {status}). Periksa token di Ekspor > Kirim ke kantor lewat internet.',
    en: "The office refused this till's token (HTTP {status}). Check the token under Export > Send to the office over the internet.",
  },
  'catalogPackage.pullNotOffered': {
    id: 'Kantor belum menyediakan paket katalog di {url}. Tanyakan ke kantor, atau buka paket dari flashdisk.',
    en: 'The office does not offer catalogue packages at {url} yet. Ask the office, or open a package from a USB stick.',
  },
  'catalogPackage.pullStatus': {
    id: 'Server kantor menjawab dengan kesalahan (HTTP {status}). Coba lagi nanti.',
    en: 'The office server answered with an error (HTTP {status}). Try again later.',
  },
  'catalogPackage.pullNotZip': {
    id: 'Jawaban kantor bukan zip paket katalog (jenisnya {type}). Periksa alamat kantor di Ekspor > Kirim ke kantor lewat internet.',
    en: "The office's answer is not a catalogue package zip (its type is {type}). Check the office address under Export > Send to the office over the internet.",
  },
  'catalogPackage.net.refused': {
    id: 'server kantor tidak dapat dihubungi (koneksi ditolak).',
    en: 'the office server cannot be reached (connection refused).',
  },
  'catalogPackage.net.noInternet': {
    id: 'tidak ada internet, atau nama server kantor tidak dikenal.',
    en: 'no internet, or the office server name is not known.',
  },
  'catalogPackage.net.timedOut': {
    id: 'server kantor tidak menjawab (batas waktu habis).',
    en: 'the office server did not answer (timed out).',
  },
  'catalogPackage.net.dropped': {
    id: 'koneksi ke server kantor terputus.',
    en: 'the connection to the office server dropped.',
  },
  'catalogPackage.net.tooBig': {
    id: 'paketnya lebih dari {max} MB.',
    en: 'the package is larger than {max} MB.',
  },
  'catalogPackage.net.certificate': {
    id: 'sertifikat HTTPS server kantor tidak sah ({code}).',
    en: "the office server's HTTPS certificate is not valid ({code}).",
  },
  'catalogPackage.net.other': {
    id: '{detail}.',
    en: '{detail}.',
  },
} as const satisfies Catalogue;
