// Enrolling a till (docs/office.md, Pendaftaran kasir): the office's refusals when it enrols one, and
// the till's when its first-run setup opens the enrolment file, in both languages. Every refusal of
// the file says that nothing was set.
import type { Catalogue } from './types';

export const enrolment = {
  // ---------- at the office ----------
  'enrolment.codeKnown': {
    id: 'Kode perangkat {device} sudah dikenal kantor ({why}). Setiap kasir memerlukan kode sendiri; pilih kode lain.',
    en: 'The device code {device} is already known to the office ({why}). Each till needs its own code; choose another.',
  },
  'enrolment.why.batches': {
    id: 'batch dari kode ini sudah diterima',
    en: 'batches from this code were received',
  },
  'enrolment.why.enrolled': { id: 'kode ini sudah didaftarkan', en: 'this code was enrolled already' },
  'enrolment.notEnrolled': {
    id: 'Kasir {device} belum didaftarkan di kantor ini.',
    en: 'Till {device} is not enrolled at this office.',
  },
  'enrolment.nameRequired': {
    id: 'Isi nama stan atau outlet kasir ini.',
    en: "Fill in this till's stand or outlet name.",
  },
  'enrolment.nameMax': {
    id: 'Nama stan paling banyak 40 karakter (baris pertama struk).',
    en: 'The stand name can be at most 40 characters (the first line of the receipt).',
  },
  'enrolment.locationMax': {
    id: 'Lokasi paling banyak 40 karakter (baris kedua struk).',
    en: 'The location can be at most 40 characters (the second line of the receipt).',
  },

  // ---------- at the till ----------
  'enrolment.notAFile': {
    id: '{name} bukan file pendaftaran Karya POS. Pilih file karya-pendaftaran-....zip dari kantor. Tidak ada yang diatur.',
    en: '{name} is not a Karya POS enrolment file. Choose the karya-pendaftaran-....zip file from the office. Nothing was set.',
  },
  'enrolment.zipBroken': {
    id: 'File pendaftaran rusak ({reason}). Minta kantor mengunduhnya lagi. Tidak ada yang diatur.',
    en: 'The enrolment file is damaged ({reason}). Ask the office to download it again. Nothing was set.',
  },
  'enrolment.tooBig': {
    id: 'File pendaftaran terlalu besar (batas {max} MB). Tidak ada yang diatur.',
    en: 'The enrolment file is too large (limit {max} MB). Nothing was set.',
  },
  'enrolment.invalid': {
    id: 'Isi file pendaftaran tidak sah ({file}: {reason}). Tidak ada yang diatur.',
    en: 'The enrolment file’s content is not valid ({file}: {reason}). Nothing was set.',
  },
  'enrolment.badSignature': {
    id: 'Tanda tangan file pendaftaran tidak cocok dengan kunci kantor di dalamnya: file ini telah diubah atau bukan dari kantor. Tidak ada yang diatur.',
    en: 'The enrolment file’s signature does not match the office key inside it: the file was changed or is not from the office. Nothing was set.',
  },
  'enrolment.fileMissing': {
    id: 'File pendaftaran tidak lengkap: {name} tidak ada. Tidak ada yang diatur.',
    en: 'The enrolment file is incomplete: {name} is missing. Nothing was set.',
  },
  'enrolment.fileChanged': {
    id: '{name} di dalam file pendaftaran tidak sama dengan yang ditandatangani kantor (ukuran atau SHA-256 berbeda). Tidak ada yang diatur.',
    en: '{name} inside the enrolment file is not what the office signed (its size or SHA-256 differs). Nothing was set.',
  },
  'enrolment.fileUnlisted': {
    id: 'File pendaftaran memuat {name}, yang tidak ditandatangani kantor. Tidak ada yang diatur.',
    en: 'The enrolment file holds {name}, which the office did not sign. Nothing was set.',
  },
  'enrolment.catalogueRefused': {
    id: 'Katalog di dalam file pendaftaran ditolak: {reason}',
    en: 'The catalogue inside the enrolment file was refused: {reason}',
  },
  'enrolment.issue.key': {
    id: 'kunci kantor bukan ed25519:... yang sah',
    en: 'the office key is not a valid ed25519:... key',
  },
  'enrolment.issue.url': {
    id: 'alamat unggah harus https, atau http ke komputer ini saja',
    en: 'the upload address must be https, or http to this computer only',
  },
  'enrolment.issue.version': {
    id: 'versi katalog tidak sama dengan paket di dalamnya',
    en: 'the catalogue version differs from the package inside',
  },
} as const satisfies Catalogue;
