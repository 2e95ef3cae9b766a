// Refusals of the office's batch intake (upload tokens, folder and zip imports), in both languages.
// Registered in shared/messages/index.ts as the `officeUploads` area. The batch's own problems
// (from `karya batch verify` and the receiver's checks) keep the receiver's Indonesian words.
import type { Catalogue } from '../messages/types';

export const officeUploads = {
  'officeUploads.tokenNotFound': {
    id: 'Token unggah nomor {id} tidak ditemukan.',
    en: 'Upload token number {id} was not found.',
  },
  'officeUploads.labelRequired': {
    id: 'Nama token wajib diisi (mis. kode atau nama kasir).',
    en: 'The token needs a name (e.g. the till’s code or name).',
  },
  'officeUploads.labelMax': {
    id: 'Nama token paling banyak 80 karakter.',
    en: 'The token’s name can be at most 80 characters.',
  },
  'officeUploads.pathRequired': {
    id: 'Tulis alamat folder di komputer server, mis. /media/flashdisk atau E:\\batch.',
    en: 'Type the folder’s path on the server computer, e.g. /media/usb or E:\\batch.',
  },
  'officeUploads.pathRelative': {
    id: 'Alamat folder harus lengkap dari akarnya (mis. /media/flashdisk atau E:\\batch), bukan {path}.',
    en: 'The folder path must be complete from its root (e.g. /media/usb or E:\\batch), not {path}.',
  },
  'officeUploads.pathMissing': {
    id: 'Folder {path} tidak ada di komputer server.',
    en: 'The folder {path} does not exist on the server computer.',
  },
  'officeUploads.notAFolder': {
    id: '{path} bukan folder. Pilih folder batch atau folder yang berisi folder batch.',
    en: '{path} is not a folder. Choose a batch folder or a folder holding batch folders.',
  },
  'officeUploads.noBatches': {
    id: 'Tidak ada folder batch di {path} (folder batch berisi manifest.json). Tidak ada yang disimpan.',
    en: 'There is no batch folder in {path} (a batch folder holds manifest.json). Nothing was stored.',
  },
  'officeUploads.tooManyBatches': {
    id: 'Terlalu banyak folder batch di {path} ({count}; paling banyak {maximum} sekali impor). Pilih folder yang lebih kecil.',
    en: 'Too many batch folders in {path} ({count}; at most {maximum} per import). Choose a smaller folder.',
  },
  'officeUploads.zipType': {
    id: 'Folder yang dijatuhkan harus dikirim sebagai zip.',
    en: 'A dropped folder must be sent as a zip.',
  },
  'officeUploads.notABatch': {
    id: 'Isi yang dijatuhkan bukan batch Karya POS: {reason}',
    en: 'What was dropped is not a Karya POS batch: {reason}',
  },
  'officeUploads.tooBig': {
    id: 'Folder yang dijatuhkan terlalu besar (batas {maximum} MB).',
    en: 'The dropped folder is too large (limit {maximum} MB).',
  },
} as const satisfies Catalogue;
