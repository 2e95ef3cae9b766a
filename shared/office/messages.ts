// Refusals of the office server (office/server, office/core), in both languages. Registered in
// shared/messages/index.ts as the `office` area, so the office page words them as the till does.
import type { Catalogue } from '../messages/types';

export const office = {
  'office.role.viewer': { id: 'pemantau', en: 'viewer' },
  'office.role.finance': { id: 'keuangan', en: 'finance' },
  'office.role.admin': { id: 'admin', en: 'admin' },
  'office.roles.admin': { id: 'admin', en: 'an admin' },
  'office.roles.financeAdmin': { id: 'keuangan atau admin', en: 'finance or an admin' },

  'office.signInAgain': {
    id: 'Sesi berakhir atau belum masuk. Silakan masuk dengan nama dan kata sandi.',
    en: 'The session has ended or you are not signed in. Please sign in with your name and password.',
  },
  'office.onlyRoles': { id: 'Hanya {roles} yang boleh melakukan ini.', en: 'Only {roles} may do this.' },
  'office.signInFailed': { id: 'Nama atau kata sandi salah.', en: 'Wrong name or password.' },
  'office.locked': {
    id: 'Terlalu banyak kata sandi salah. Coba lagi dalam {minutes} menit.',
    en: 'Too many wrong passwords. Try again in {minutes} minutes.',
  },
  'office.firstAdminExists': {
    id: 'Admin pertama sudah ada. Silakan masuk dengan nama dan kata sandi.',
    en: 'The first admin already exists. Please sign in with your name and password.',
  },
  'office.nameTaken': { id: 'Nama {name} sudah dipakai.', en: 'The name {name} is already taken.' },
  'office.userNotFound': {
    id: 'Pengguna nomor {userId} tidak ditemukan.',
    en: 'User number {userId} was not found.',
  },
  'office.lastAdmin': {
    id: '{name} adalah satu-satunya admin aktif dan tidak dapat {what}. Jadikan orang lain admin dulu.',
    en: '{name} is the only active admin and cannot {what}. Make someone else an admin first.',
  },
  'office.lastAdmin.demote': { id: 'diturunkan perannya', en: 'be given another role' },
  'office.lastAdmin.deactivate': { id: 'dinonaktifkan', en: 'be deactivated' },
  'office.ownRole': {
    id: 'Anda tidak dapat mengubah peran Anda sendiri.',
    en: 'You cannot change your own role.',
  },
  'office.ownDeactivate': {
    id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    en: 'You cannot deactivate your own account.',
  },
  'office.wrongCurrentPassword': {
    id: 'Kata sandi sekarang salah.',
    en: 'The current password is wrong.',
  },

  'office.input.nameRequired': { id: 'Nama wajib diisi', en: 'Name is required' },
  'office.input.nameMax': { id: 'Nama paling banyak 60 karakter', en: 'Name can be at most 60 characters' },
  'office.input.passwordShort': {
    id: 'Kata sandi paling sedikit {minimum} karakter',
    en: 'The password needs at least {minimum} characters',
  },
  'office.input.passwordLong': {
    id: 'Kata sandi paling banyak {maximum} karakter',
    en: 'The password can be at most {maximum} characters',
  },
  'office.input.passwordBlank': {
    id: 'Kata sandi tidak boleh hanya spasi',
    en: 'The password cannot be only spaces',
  },
  'office.input.unknownRole': {
    id: 'Peran harus pemantau, keuangan atau admin',
    en: 'The role must be viewer, finance or admin',
  },
  'office.input.wholeBetween': {
    id: 'Harus bilangan bulat dari {minimum} sampai {maximum}',
    en: 'Must be a whole number from {minimum} to {maximum}',
  },
  'office.input.settingsEmpty': {
    id: 'Tidak ada pengaturan yang diubah',
    en: 'No setting was changed',
  },

  'office.input.month': {
    id: 'Bulan ditulis TTTT-BB, misalnya 2026-11',
    en: 'A month is written YYYY-MM, for example 2026-11',
  },
  'office.find.text': {
    id: 'Tulis nomor struk atau retur (huruf, angka dan tanda hubung, 2 sampai 40), misalnya PALU1-20261129-0001',
    en: 'Type a receipt or refund number (letters, digits and hyphens, 2 to 40), for example PALU1-20261129-0001',
  },

  'office.http.origin': {
    id: 'Permintaan ditolak: asal tidak dikenal.',
    en: 'Request refused: unknown origin.',
  },
  'office.http.host': { id: 'Permintaan ditolak: host tidak dikenal.', en: 'Request refused: unknown host.' },
  'office.http.json': { id: 'Permintaan harus berformat JSON.', en: 'The request must be JSON.' },
  'office.http.badJson': { id: 'Permintaan bukan JSON yang sah.', en: 'The request is not valid JSON.' },
  'office.http.tooBig': { id: 'Permintaan terlalu besar.', en: 'The request is too large.' },
  'office.http.command': { id: 'Nama perintah wajib diisi.', en: 'The command name is required.' },
  'office.http.method': { id: 'Metode tidak didukung.', en: 'Method not supported.' },
  'office.http.notFound': { id: 'Tidak ditemukan.', en: 'Not found.' },
  'office.http.badPath': { id: 'Alamat permintaan tidak sah.', en: 'The request address is not valid.' },
} as const satisfies Catalogue;
