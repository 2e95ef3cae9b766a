// The frame of the office page: top bar, navigation, sign-in, first admin, and the pages still empty.
export const shellId = {
  'app.name': 'Karya Kantor',
  'app.loading': 'Memuat…',
  'app.unreachable': 'Server kantor tidak menjawab. Periksa apakah `npm run office` masih berjalan.',
  'app.badReply': 'Jawaban server kantor tidak dapat dibaca.',
  'app.retry': 'Coba lagi',
  'lang.switch': 'Ganti bahasa ke English',

  'nav.label': 'Halaman kantor',
  'nav.overview': 'Ringkasan',
  'nav.statements': 'Pernyataan',
  'nav.devices': 'Perangkat',
  'nav.products': 'Produk',
  'nav.find': 'Cari',
  'nav.users': 'Pengguna',
  'nav.settings': 'Pengaturan',

  'shell.signedInAs': 'Masuk sebagai',
  'shell.signOut': 'Keluar',
  'shell.password': 'Kata sandi',
  'role.viewer': 'Pemantau',
  'role.finance': 'Keuangan',
  'role.admin': 'Admin',

  'signIn.title': 'Masuk',
  'signIn.intro': 'Masuk dengan nama dan kata sandi yang diberikan admin kantor.',
  'signIn.name': 'Nama',
  'signIn.password': 'Kata sandi',
  'signIn.submit': 'Masuk',
  'signIn.busy': 'Memeriksa…',

  'firstAdmin.title': 'Buat admin pertama',
  'firstAdmin.intro':
    'Kantor ini belum punya pengguna. Buat akun admin pertama: admin menambah pengguna lain dan mengubah pengaturan.',
  'firstAdmin.confirm': 'Ulangi kata sandi',
  'firstAdmin.mismatch': 'Kedua kata sandi tidak sama.',
  'firstAdmin.submit': 'Buat admin dan masuk',
  'password.help': 'Paling sedikit 8 karakter.',

  'own.title': 'Ganti kata sandi Anda',
  'own.current': 'Kata sandi sekarang',
  'own.new': 'Kata sandi baru',
  'own.confirm': 'Ulangi kata sandi baru',
  'own.save': 'Simpan kata sandi',
  'own.done': 'Kata sandi Anda diganti. Sesi Anda di peramban lain berakhir.',
  'common.cancel': 'Batal',
  'common.close': 'Tutup',

  'empty.soon': 'Belum tersedia',
  'empty.overview':
    'Ringkasan bulan ini dan hari ini: penjualan bersih per UPT dan per perangkat, serta perangkat yang terlambat. Tampil di sini setelah kantor menerima batch dari kasir.',
  'empty.statements':
    'Pernyataan penyelesaian per UPT untuk satu periode: bruto, retur, neto, dan bagian PNBP, premi dan modal kerja, sebagai XLSX dan PDF.',
  'empty.devices':
    'Daftar perangkat kasir: batch terakhir, hari terakhir, celah, duplikat, dan kode perangkat yang terlihat dua kali.',
  'empty.products': 'Produk terlaris per UPT dan per bulan.',
  'empty.find': 'Cari nomor struk atau nomor retur dari semua perangkat.',
} as const;
