// Indonesian texts of the backup and diagnostics screen (admin); backup.en.ts must match key for key.
export const backupId = {
  'nav.backup': 'Cadangan',
  'backup.title': 'Cadangan dan pemulihan',
  'backup.intro':
    'Cadangan dibuat otomatis saat aplikasi berjalan dan saat tutup hari. Simpan juga ke flashdisk agar data aman bila laptop rusak.',
  'backup.settings': 'Pengaturan',
  'backup.folder': 'Folder cadangan',
  'backup.folderHint':
    'Alamat lengkap, misalnya /media/usb/cadangan atau E:\\cadangan. Kosongkan untuk folder bawaan: satu folder per kode perangkat, agar cadangan kasir-kasir tidak tercampur.',
  'backup.folderDefault': 'Bawaan: {folder}',
  'backup.folderMissing': 'Folder cadangan tidak ditemukan. Pasang flashdisk atau pilih folder lain.',
  'backup.keep': 'Simpan berapa cadangan per jenis',
  'backup.interval': 'Cadangan otomatis tiap (menit, 0 = mati)',
  'backup.save': 'Simpan pengaturan',
  'backup.saved': 'Pengaturan tersimpan.',
  'backup.runNow': 'Cadangkan sekarang',
  'backup.running': 'Mencadangkan…',
  'backup.done': 'Cadangan dibuat: {file}',
  'backup.list': 'Cadangan di folder',
  'backup.empty': 'Belum ada cadangan di folder ini.',
  'backup.col.when': 'Waktu',
  'backup.col.kind': 'Jenis',
  'backup.col.size': 'Ukuran',
  'backup.col.file': 'Berkas',
  'backup.kind.auto': 'Otomatis',
  'backup.kind.manual': 'Manual',
  'backup.kind.dayclose': 'Tutup hari',
  'backup.kind.safety': 'Sebelum pemulihan',
  'backup.restore': 'Pulihkan',
  'backup.restoreTitle': 'Pulihkan dari cadangan?',
  'backup.restoreWarning':
    'Semua data diganti dengan isi cadangan {file} ({when}). Penjualan setelah waktu itu tidak ada lagi di kasir, tetapi disimpan dalam salinan pengaman yang bisa dipulihkan kembali. Semua pengguna harus masuk lagi.',
  'backup.restoreConfirm': 'Ya, pulihkan',
  'backup.restoring': 'Memulihkan…',
  'backup.restored':
    'Dipulihkan dari {file} ({sales} penjualan). Salinan pengaman data sebelumnya: {safety}. Silakan masuk lagi.',
  'backup.signInAgain': 'Masuk lagi',
  'backup.otherDevice': 'kasir lain: {device}',
  'backup.takeoverTitle': 'Ambil alih kasir lain?',
  'backup.takeoverCodes': 'Cadangan ini dari perangkat {device}; kasir ini {thisDevice}.',
  'backup.takeoverFile': 'Berkas {file} ({when}), {sales} penjualan.',
  'backup.takeoverWhen':
    'Pulihkan cadangan ini hanya untuk mengganti laptop {device} yang rusak atau hilang. Kasir ini lalu menjadi {device}:',
  'backup.takeoverReceipts':
    'Struk, laporan Z dan batch kantor berikutnya bernomor {device} dan melanjutkan urutan {device} dari cadangan ini. Kode {thisDevice} tidak dipakai lagi di laptop ini.',
  'backup.takeoverOldLaptop':
    'Laptop {device} yang lama tidak boleh dipakai berjualan lagi bersamaan dengan kasir ini: nomor struknya akan bentrok dan kantor akan menolak batchnya.',
  'backup.takeoverSafety':
    'Data {thisDevice} yang sekarang disimpan dulu sebagai salinan pengaman. Semua pengguna harus masuk lagi dengan PIN dari cadangan.',
  'backup.takeoverType': 'Ketik kode perangkat cadangan ({device}) untuk mengonfirmasi',
  'backup.takeoverConfirm': 'Ambil alih sebagai {device}',
  'backup.takenOver':
    'Kasir ini sekarang {device} (sebelumnya {before}). Jangan pakai laptop {device} yang lama lagi.',
  'backup.diagnostics': 'Diagnostik',
  'backup.diagnosticsIntro':
    'Untuk meminta bantuan: salin versi, pengaturan (tanpa PIN atau rahasia) dan log terbaru, lalu tempel ke pesan untuk dukungan teknis.',
  'backup.copyDiagnostics': 'Salin diagnostik',
  'backup.copied': 'Diagnostik tersalin ke papan klip.',
  'backup.copyManually': 'Papan klip tidak dapat dipakai. Teks sudah dipilih: tekan Ctrl+C untuk menyalin.',
} as const;
