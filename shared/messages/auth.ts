// Refusals of the engine's auth area (electron/core/auth/), in both languages.
import type { Catalogue } from './types';

export const auth = {
  'auth.signInAgain': {
    id: 'Sesi berakhir atau belum masuk. Silakan masuk dengan PIN.',
    en: 'The session has ended or you are not signed in. Please sign in with your PIN.',
  },
  'auth.onlyRole': {
    id: 'Hanya {value} yang boleh melakukan ini.',
    en: 'Only {value} may do this.',
  },
  'auth.needsManager': {
    id: 'Perlu persetujuan manajer: minta manajer memasukkan PIN.',
    en: 'Manager approval needed: ask a manager to enter their PIN.',
  },
  'auth.approverNotManager': {
    id: '{name} bukan manajer; persetujuan harus dari manajer atau admin.',
    en: '{name} is not a manager; approval must come from a manager or admin.',
  },
  'auth.userNotFound': {
    id: 'Pengguna nomor {userId} tidak ditemukan.',
    en: 'User number {userId} was not found.',
  },
  'auth.managerOnlyCashiers': {
    id: 'Manajer hanya boleh mengelola kasir; {name} adalah {value}. Minta admin.',
    en: 'Managers may only manage cashiers; {name} is {value}. Ask an admin.',
  },
  'auth.lastAdmin': {
    id: '{name} adalah satu-satunya admin aktif dan tidak dapat {what}. Jadikan orang lain admin dulu.',
    en: '{name} is the only active admin and cannot {what}. Make someone else admin first.',
  },
  'auth.managerAddsCashiers': {
    id: 'Manajer hanya boleh menambah kasir, bukan {value}.',
    en: 'Managers may only add cashiers, not {value}.',
  },
  'auth.ownRole': {
    id: 'Anda tidak dapat mengubah peran Anda sendiri.',
    en: 'You cannot change your own role.',
  },
  'auth.managerCannotPromote': {
    id: 'Manajer tidak boleh menjadikan orang {value}.',
    en: 'Managers may not make someone {value}.',
  },
  'auth.nameTaken': {
    id: 'Nama pengguna "{name}" sudah dipakai.',
    en: 'The user name "{name}" is already taken.',
  },
  'auth.currentPinNeeded': {
    id: 'Untuk mengganti PIN Anda sendiri, masukkan PIN Anda yang sekarang.',
    en: 'To change your own PIN, enter your current PIN.',
  },
  'auth.ownPinReset': {
    id: 'Anda tidak dapat mereset PIN Anda sendiri; ganti PIN Anda dengan PIN yang sekarang.',
    en: 'You cannot reset your own PIN; change your PIN using your current PIN.',
  },
  'auth.userMissingOrInactive': {
    id: 'Pengguna tidak ditemukan atau tidak aktif.',
    en: 'User not found or not active.',
  },
  'auth.pinNotReset': {
    id: 'PIN {name} tidak sedang direset; masuk dengan PIN yang ada.',
    en: "{name}'s PIN is not being reset; sign in with the existing PIN.",
  },
  'auth.ownActive': {
    id: 'Anda tidak dapat menonaktifkan atau mengaktifkan diri sendiri.',
    en: 'You cannot deactivate or activate yourself.',
  },
  'auth.openShiftFirst': {
    id: '{name} masih punya shift terbuka (shift {id}). Laci harus dihitung dan shift ditutup dulu: oleh {name} sendiri (F12), atau oleh manajer di Laporan → Tutup hari (Z). Setelah itu nonaktifkan.',
    en: '{name} still has an open shift (shift {id}). The drawer must be counted and the shift closed first: by {name} (F12), or by a manager in Reports → Close day (Z). Then deactivate.',
  },
  'auth.pinWasReset': {
    id: 'PIN {name} sudah direset. Pilih nama {name} di layar masuk dan buat PIN baru.',
    en: "{name}'s PIN has been reset. Choose the name {name} on the sign-in screen and create a new PIN.",
  },
  'auth.tooManyWrongPins': {
    id: 'Terlalu banyak PIN salah untuk {name}. Coba lagi dalam {wait}.',
    en: 'Too many wrong PINs for {name}. Try again in {wait}.',
  },
  'auth.wrongPinDelay': {
    id: 'PIN salah {failed} kali berturut-turut. Coba lagi dalam {delay}.',
    en: 'Wrong PIN {failed} times in a row. Try again in {delay}.',
  },
  'auth.wrongPin': {
    id: 'PIN salah. Sisa percobaan: {value}.',
    en: 'Wrong PIN. Attempts left: {value}.',
  },
} as const satisfies Catalogue;
