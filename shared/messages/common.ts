// Messages every area shares: the wording of refused input, roles and durations used as params,
// and the wrapper for text that has no key yet.
import type { Catalogue } from './types';

export const common = {
  // Text that reached an error without a key (an old caller, a message from a library): shown as is.
  'common.plain': { id: '{text}', en: '{text}' },
  'common.role.cashier': { id: 'kasir', en: 'cashier' },
  'common.role.manager': { id: 'manajer', en: 'manager' },
  'common.role.admin': { id: 'admin', en: 'admin' },
  'common.seconds': { id: '{n} detik', en: '{n} seconds' },
  'common.minutes': { id: '{n} menit', en: '{n} minutes' },
  'common.deactivated': { id: 'dinonaktifkan', en: 'be deactivated' },
  'common.becomeRole': { id: 'menjadi {role}', en: 'become {role}' },
  'common.cashier': { id: 'kasir', en: 'the cashier' },
  'common.noDate': { id: '(tanpa tanggal)', en: '(no date)' },
  'common.unknownCommand': { id: 'Perintah tidak dikenal: {name}', en: 'Unknown command: {name}' },
  'common.internal': {
    id: 'Terjadi kesalahan internal; tidak ada data yang berubah.',
    en: 'Something went wrong inside the app; no data was changed.',
  },
  'common.internalShort': { id: 'Terjadi kesalahan internal', en: 'Something went wrong inside the app' },
  'common.unknownCommandShort': { id: 'Perintah tidak dikenal', en: 'Unknown command' },
  'common.foreignOrigin': {
    id: 'Permintaan ditolak: asal tidak dikenal',
    en: 'Request refused: unknown origin',
  },

  // ---------- refused input (electron/core/validate.ts) ----------
  'input.invalid': { id: 'Data tidak valid: {problem}', en: 'Invalid data: {problem}' },
  'input.at': { id: '{where}: {problem}', en: '{where}: {problem}' },
  'input.also': { id: '{first}; {next}', en: '{first}; {next}' },
  // A place in a list: "Baris 2", "Payment 1".
  'input.position': { id: '{label} {n}', en: '{label} {n}' },
  'input.within': { id: '{outer} › {inner}', en: '{outer} › {inner}' },
  'input.controlCharacter': {
    id: 'Teks tidak boleh berisi karakter kendali (seperti NUL) (ditemukan {character})',
    en: 'Text may not contain control characters (such as NUL) (found {character})',
  },
  'input.oneLine': {
    id: '{field} harus satu baris, tanpa ganti baris atau tab',
    en: '{field} must be one line, without line breaks or tabs',
  },
  // Zod's own checks, for fields whose contract does not word its refusals itself.
  'input.required': { id: 'wajib diisi', en: 'required' },
  'input.wrongType': { id: 'jenis isian salah', en: 'wrong kind of value' },
  'input.notNumber': { id: 'harus berupa angka', en: 'must be a number' },
  'input.notText': { id: 'harus berupa teks', en: 'must be text' },
  'input.notYesNo': { id: 'harus ya atau tidak', en: 'must be yes or no' },
  'input.notList': { id: 'harus berupa daftar', en: 'must be a list' },
  'input.notWhole': { id: 'harus bilangan bulat', en: 'must be a whole number' },
  'input.tooSmall': { id: 'paling sedikit {minimum}', en: 'at least {minimum}' },
  'input.notPositive': { id: 'harus lebih dari 0', en: 'must be more than 0' },
  'input.tooBig': { id: 'paling banyak {maximum}', en: 'at most {maximum}' },
  'input.tooShort': {
    id: 'terlalu pendek (paling sedikit {minimum} karakter)',
    en: 'too short (at least {minimum} characters)',
  },
  'input.tooLong': {
    id: 'terlalu panjang (paling banyak {maximum} karakter)',
    en: 'too long (at most {maximum} characters)',
  },
  'input.tooFew': { id: 'paling sedikit {minimum} butir', en: 'at least {minimum} items' },
  'input.tooMany': { id: 'paling banyak {maximum} butir', en: 'at most {maximum} items' },
  'input.badFormat': { id: 'bentuknya tidak sesuai', en: 'not in the expected form' },
  'input.notAllowed': { id: 'pilihan tidak dikenal', en: 'not one of the allowed choices' },
  'input.unknownField': { id: 'ada isian yang tidak dikenal', en: 'there is a field that is not known' },
  'input.notValid': { id: 'tidak valid', en: 'not valid' },
} as const satisfies Catalogue;
