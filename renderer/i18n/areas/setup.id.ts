// Indonesian texts of first-run setup; setup.en.ts must match key for key.
export const setupId = {
  'setup.title': 'Selamat datang di Karya POS',
  'setup.intro':
    'Ini pertama kali aplikasi dibuka di laptop ini. Isi dua langkah berikut; belum ada yang disimpan sampai Anda menekan “Selesai”.',
  'setup.step': 'Langkah {n} dari 2',
  'setup.till.title': 'Kasir ini',
  'setup.device': 'Kode perangkat',
  'setup.deviceHelp':
    '2–8 huruf atau angka, berbeda untuk setiap laptop kasir (kantor wilayah membedakan kasir dari kode ini). Tidak bisa diganti setelah penjualan pertama.',
  'setup.devicePreview': 'Nomor struk akan tampak seperti',
  'setup.deviceInvalid': 'Kode perangkat harus 2 sampai 8 huruf atau angka, tanpa spasi atau tanda baca.',
  'setup.storeName': 'Nama stan atau outlet (kepala struk)',
  'setup.storeNamePlaceholder': 'contoh: Karya Lapas Palu',
  'setup.storeNameMissing': 'Isi nama stan atau outlet.',
  'setup.address': 'Alamat (paling banyak 3 baris)',
  'setup.addressTooLong': 'Alamat paling banyak 3 baris, masing-masing 40 huruf.',
  'setup.zone': 'Zona waktu',
  'setup.zoneHelp': 'Hari usaha dan jam di struk mengikuti zona ini.',
  'setup.zoneLaptop': '{zone} (zona laptop ini)',
  'setup.receiptPreview': 'Contoh kepala struk',
  'setup.next': 'Lanjut',
  'setup.admin.title': 'Admin',
  'setup.admin.intro':
    'Admin mengatur kasir ini dan menambah kasir serta manajer di layar Pengguna. Tidak ada PIN bawaan: pilih PIN sendiri.',
  'setup.name': 'Nama admin',
  'setup.pin': 'PIN admin (4–6 angka)',
  'setup.pinConfirm': 'Ulangi PIN',
  'setup.pinShort': 'PIN harus 4 sampai 6 angka.',
  'setup.mismatch': 'Kedua PIN tidak sama.',
  'setup.back': 'Kembali',
  'setup.submit': 'Selesai dan masuk',
} as const;
