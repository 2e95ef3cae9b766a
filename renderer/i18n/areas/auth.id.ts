// Indonesian texts of the sign-in screens and the app shell; auth.en.ts must match key for key.
export const authId = {
  'auth.title': 'Masuk',
  'auth.pickUser': 'Siapa yang bertugas?',
  'auth.pin': 'PIN',
  'auth.pinPlaceholder': '4–6 angka',
  'auth.signIn': 'Masuk',
  'auth.back': 'Ganti pengguna',
  'auth.signOut': 'Keluar',
  'auth.signedInAs': 'Masuk sebagai',
  'auth.noUsers': 'Belum ada pengguna aktif. Hubungi admin.',
  'auth.role.cashier': 'Kasir',
  'auth.role.manager': 'Manajer',
  'auth.role.admin': 'Admin',
  'setup.title': 'Selamat datang di Karya POS',
  'setup.intro':
    'Ini pertama kali aplikasi dibuka. Buat akun admin dengan PIN pilihan Anda; tidak ada PIN bawaan.',
  'setup.name': 'Nama admin',
  'setup.pin': 'PIN admin (4–6 angka)',
  'setup.pinConfirm': 'Ulangi PIN',
  'setup.mismatch': 'Kedua PIN tidak sama.',
  'setup.submit': 'Buat admin dan masuk',
  'nav.label': 'Menu',
} as const;
