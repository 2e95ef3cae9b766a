// The "receive batches" page: batch folders from a USB stick or a shared folder, by their path on
// the office computer. Tills that upload need nothing here.
export const receiveId = {
  'nav.receive': 'Terima batch',
  'receive.title': 'Terima batch dari USB atau folder',
  'receive.intro':
    'Kasir yang mengunggah tidak perlu langkah ini. Untuk batch yang dibawa dengan USB: jatuhkan foldernya di sini, atau tulis foldernya di komputer kantor. Setiap batch diperiksa seperti karya batch verify sebelum disimpan; yang sudah ada tidak disimpan dua kali.',
  'receive.dropTitle': 'Jatuhkan folder batch di sini',
  'receive.dropHelp':
    'Satu folder batch, banyak sekaligus (misalnya seluruh isi USB), atau file .zip batch. Bisa dari komputer mana pun yang membuka halaman ini.',
  'receive.pick': 'Pilih folder…',
  'receive.sending': 'Mengirim batch {done} dari {total}…',
  'receive.dropNone':
    'Tidak ada folder batch dalam yang dijatuhkan: folder batch berisi manifest.json (atau jatuhkan file .zip batch).',
  'receive.dropUnreadable': 'Isi yang dijatuhkan tidak dapat dibaca oleh peramban. Coba pilih foldernya.',
  'receive.ignored': 'File yang dilewati (bukan bagian batch): {count}.',
  'receive.orPath': 'Atau tulis folder di komputer kantor',
  'receive.path': 'Folder di komputer kantor',
  'receive.pathHelp': 'Alamat lengkap, misalnya /media/usb/karya-batch atau E:\\karya-batch',
  'receive.submit': 'Periksa dan simpan',
  'receive.busy': 'Memeriksa…',
  'receive.summary': '{stored} disimpan, {duplicates} sudah ada, {refused} ditolak.',
  'receive.col.folder': 'Folder',
  'receive.col.device': 'Perangkat',
  'receive.col.seq': 'No. batch',
  'receive.col.outcome': 'Hasil',
  'receive.col.why': 'Keterangan',
  'receive.stored': 'Disimpan',
  'receive.duplicate': 'Sudah ada',
  'receive.refused': 'Ditolak',
  'receive.viewerNote': 'Hanya petugas keuangan atau admin yang dapat menerima batch.',
  'nav.tokens': 'Token unggah',
  'tokens.title': 'Token unggah kasir',
  'tokens.intro':
    'Kasir yang mengirim batch lewat jaringan memakai alamat kantor ini dan token miliknya sendiri (di kasir: Pengaturan → Unggah batch). Buat satu token untuk setiap kasir. Token hanya ditampilkan sekali; kantor hanya menyimpan sidiknya (SHA-256). Mencabut token menolak unggahan kasir itu mulai saat itu.',
  'tokens.label': 'Untuk kasir',
  'tokens.labelHelp': 'Nama yang mudah dikenali, misalnya BTH1 Booth Pameran Palu',
  'tokens.create': 'Buat token',
  'tokens.madeTitle': 'Token untuk {label} dibuat',
  'tokens.address': 'Alamat unggah',
  'tokens.token': 'Token',
  'tokens.onceNote':
    'Salin keduanya ke pengaturan Unggah batch di kasir sekarang: token ini tidak dapat ditampilkan lagi. Bila hilang, cabut dan buat yang baru.',
  'tokens.localAddress':
    'Halaman ini dibuka lewat alamat komputer kantor sendiri (127.0.0.1): kasir perlu alamat kantor di jaringan atau alamat HTTPS-nya (lihat docs/office.md), dengan /batches di belakangnya.',
  'tokens.none': 'Belum ada token. Kasir yang hanya membawa USB tidak memerlukannya.',
  'tokens.col.label': 'Untuk kasir',
  'tokens.col.created': 'Dibuat',
  'tokens.col.status': 'Status',
  'tokens.col.actions': 'Tindakan',
  'tokens.active': 'Aktif',
  'tokens.revokedAt': 'Dicabut {at}',
  'tokens.revoke': 'Cabut',
  'tokens.revokeTitle': 'Cabut token {label}?',
  'tokens.revokeText':
    'Unggahan dengan token ini ditolak mulai sekarang. Batch yang sudah diterima tetap ada. Kasir itu perlu token baru untuk mengunggah lagi.',
  'tokens.revoked': 'Token {label} dicabut.',
};
