// Refusals of the engine's batches area (electron/core/batches/), in both languages.
import type { Catalogue } from './types';

export const batches = {
  'batches.chooseDay': {
    id: 'Pilih hari yang akan diekspor ulang.',
    en: 'Choose the day to export again.',
  },
  'batches.nothingToExport': {
    id: 'Tidak ada hari yang sudah ditutup dan belum diekspor.',
    en: 'There is no closed day that has not been exported.',
  },
  'batches.dayNotClosed': {
    id: 'Hari {day} belum ditutup dengan laporan Z di perangkat ini, jadi belum bisa diekspor.',
    en: 'Day {day} has not been closed with a Z report on this device, so it cannot be exported yet.',
  },
  'batches.dayNeverExported': {
    id: 'Hari {day} belum pernah diekspor: ekspor biasa dulu, bukan ekspor ulang.',
    en: 'Day {day} was never exported: do a normal export first, not a re-export.',
  },
  'batches.dayAlreadyExported': {
    id: 'Hari {day} sudah diekspor di batch #{seq}. Pilih "ekspor ulang" untuk mengirimnya lagi.',
    en: 'Day {day} was already exported in batch #{seq}. Choose "export again" to send it again.',
  },
  'batches.olderDayFirst': {
    id: 'Ekspor hari yang lebih lama dulu: hari {day} belum diekspor.',
    en: 'Export older days first: day {day} has not been exported.',
  },
  'batches.targetMissing': {
    id: 'Folder tujuan tidak ditemukan: {dir}. Pasang flashdisk atau pilih folder lain.',
    en: 'Target folder not found: {dir}. Plug in the flash drive or choose another folder.',
  },
  'batches.notAFolder': {
    id: '{dir} bukan folder.',
    en: '{dir} is not a folder.',
  },
  'batches.targetExists': {
    id: 'Folder {target} sudah ada dan bukan batch yang belum tercatat dari perangkat ini. Pindahkan folder itu atau pilih folder lain.',
    en: 'Folder {target} already exists and is not an unrecorded batch from this device. Move that folder or choose another.',
  },
  'batches.exportRaced': {
    id: 'Ekspor lain baru saja tercatat di perangkat ini. Ekspor lagi.',
    en: 'Another export was just recorded on this device. Export again.',
  },
  'batches.tokenRequired': {
    id: 'Token dari kantor wajib diisi untuk mengunggah batch.',
    en: 'The office token is required to upload batches.',
  },
  'batches.batchIdNotFound': {
    id: 'Batch {batchId} tidak ditemukan.',
    en: 'Batch {batchId} was not found.',
  },
  'batches.uploadNotSet': {
    id: 'Unggah ke kantor belum diatur: isi alamat server dan token kantor dulu (Ekspor → Kirim ke kantor).',
    en: 'Upload to the office is not set up: fill in the server address and office token first (Export → Send to office).',
  },
  'batches.alreadyReceived': {
    id: 'Batch #{seq} sudah diterima kantor.',
    en: 'Batch #{seq} has already been received by the office.',
  },
  'batches.batchNotFound': {
    id: 'Batch {id} tidak ditemukan.',
    en: 'Batch {id} was not found.',
  },
  'batches.full': {
    id: 'Folder tujuan penuh: batch TIDAK diekspor dan tidak ada hari yang ditandai terkirim. Kosongkan ruang di flashdisk atau pilih folder lain, lalu ekspor lagi.',
    en: 'The target folder is full: the batch was NOT exported and no day was marked as sent. Free space on the flash drive or choose another folder, then export again.',
  },
  'batches.io': {
    id: 'Folder tujuan tidak dapat ditulisi (flashdisk dicabut atau hanya-baca?): batch TIDAK diekspor dan tidak ada hari yang ditandai terkirim. Periksa flashdisk atau pilih folder lain, lalu ekspor lagi.',
    en: 'The target folder cannot be written to (flash drive pulled out or read-only?): the batch was NOT exported and no day was marked as sent. Check the flash drive or choose another folder, then export again.',
  },
  'batches.readBackDiffers': {
    id: 'Folder tujuan tidak dapat ditulisi (flashdisk dicabut atau hanya-baca?): batch TIDAK diekspor dan tidak ada hari yang ditandai terkirim. Periksa flashdisk atau pilih folder lain, lalu ekspor lagi. (Berkas {name} terbaca lain dari yang ditulis: media rusak?)',
    en: 'The target folder cannot be written to (flash drive pulled out or read-only?): the batch was NOT exported and no day was marked as sent. Check the flash drive or choose another folder, then export again. (File {name} reads back differently from what was written: damaged media?)',
  },
  'batches.notRebuildable': {
    id: 'Batch #{seq} tidak dapat disiapkan untuk dikirim: foldernya ({folder}) tidak ada atau berubah, dan membuatnya ulang dari database tidak memberi isi yang sama (pembagian hasil unit sudah diubah?). Pasang flashdisk berisi batch itu lalu kirim lagi.',
    en: "Batch #{seq} cannot be prepared for sending: its folder ({folder}) is missing or changed, and rebuilding it from the database does not give the same content (was a producer's revenue split changed?). Plug in the flash drive holding that batch, then send again.",
  },
  // Why an upload to the office has not got through yet (stored with the upload, shown in the list
  // of batches), and the till's own words for an office's refusal. What the office's server says in
  // its own words is stored as it came.
  'batches.upload.connectionRefused': {
    id: 'Server kantor tidak dapat dihubungi (koneksi ditolak). Dicoba lagi nanti.',
    en: 'The office server cannot be reached (connection refused). Will try again later.',
  },
  'batches.upload.noInternet': {
    id: 'Tidak ada internet atau nama server kantor tidak dikenal. Dicoba lagi nanti.',
    en: 'No internet, or the office server name is not known. Will try again later.',
  },
  'batches.upload.timedOut': {
    id: 'Server kantor tidak menjawab (batas waktu habis). Dicoba lagi nanti.',
    en: 'The office server did not answer (timed out). Will try again later.',
  },
  'batches.upload.dropped': {
    id: 'Koneksi ke server kantor terputus. Dicoba lagi nanti.',
    en: 'The connection to the office server dropped. Will try again later.',
  },
  'batches.upload.badCertificate': {
    id: 'Sertifikat HTTPS server kantor tidak sah ({code}). Periksa alamatnya; dicoba lagi nanti.',
    en: "The office server's HTTPS certificate is not valid ({code}). Check the address; will try again later.",
  },
  'batches.upload.unreachable': {
    id: 'Gagal menghubungi server kantor: {detail}. Dicoba lagi nanti.',
    en: 'Could not reach the office server: {detail}. Will try again later.',
  },
  'batches.upload.unknownAnswer': {
    id: 'Jawaban server kantor tidak dikenal (HTTP {status}). Dicoba lagi nanti.',
    en: 'The office server gave an answer the till does not know (HTTP {status}). Will try again later.',
  },
  'batches.upload.serverTrouble': {
    id: 'Server kantor sedang bermasalah (HTTP {status}). Dicoba lagi nanti.',
    en: 'The office server has a problem right now (HTTP {status}). Will try again later.',
  },
  'batches.upload.serverTroubleWhy': {
    id: 'Server kantor sedang bermasalah (HTTP {status}: {reason}). Dicoba lagi nanti.',
    en: 'The office server has a problem right now (HTTP {status}: {reason}). Will try again later.',
  },
  'batches.upload.unknownResent': {
    id: 'Kantor tidak mengenal unggahan ini lagi: dikirim ulang.',
    en: 'The office no longer knows this upload: sending it again.',
  },
  'batches.upload.notPrepared': {
    id: 'Batch #{seq} tidak dapat disiapkan untuk dikirim: {detail}',
    en: 'Batch #{seq} cannot be prepared for sending: {detail}',
  },
  'batches.upload.redirected': {
    id: 'Alamat server kantor dialihkan (HTTP {status}). Perbaiki alamat di pengaturan unggah, lalu kirim lagi.',
    en: 'The office server address redirects elsewhere (HTTP {status}). Correct the address in the upload settings, then send again.',
  },
  'batches.upload.redirectedTo': {
    id: 'Alamat server kantor dialihkan (HTTP {status} ke {location}). Perbaiki alamat di pengaturan unggah, lalu kirim lagi.',
    en: 'The office server address redirects elsewhere (HTTP {status} to {location}). Correct the address in the upload settings, then send again.',
  },
  'batches.upload.rejectedByOffice': {
    id: 'Ditolak oleh kantor.',
    en: 'Rejected by the office.',
  },
  'batches.upload.rejectedStatus': {
    id: 'Ditolak oleh server kantor (HTTP {status}).',
    en: 'Rejected by the office server (HTTP {status}).',
  },
  'batches.upload.tokenRejected': {
    id: 'Token ditolak oleh server kantor (HTTP {status}). Periksa token di pengaturan unggah, lalu kirim lagi.',
    en: 'The office server refused the token (HTTP {status}). Check the token in the upload settings, then send again.',
  },
  'batches.upload.tokenRejectedWhy': {
    id: 'Token ditolak oleh server kantor (HTTP {status}): {reason}. Periksa token di pengaturan unggah, lalu kirim lagi.',
    en: 'The office server refused the token (HTTP {status}): {reason}. Check the token in the upload settings, then send again.',
  },
} as const satisfies Catalogue;
