// Kasir terdaftar on the devices page (EnrolDevices.tsx), Indonesian.
export const enrolId = {
  'enrol.title': 'Kasir terdaftar',
  'enrol.intro':
    'Kasir yang didaftarkan kantor. File pendaftaran diunduh di sini lalu dibuka di penyiapan pertama kasir: kode perangkat, nama, alamat unggah, token, kunci kantor dan katalog terisi tanpa mengetik.',
  'enrol.start': 'Daftarkan kasir',
  'enrol.none': 'Belum ada kasir yang didaftarkan dari kantor.',
  'enrol.col.device': 'Kode',
  'enrol.col.name': 'Nama dan lokasi',
  'enrol.col.state': 'Status',
  'enrol.col.file': 'File pendaftaran',
  'enrol.col.catalogue': 'Katalog di file',
  'enrol.col.actions': 'Tindakan',
  'enrol.sending': 'Sudah mengirim',
  'enrol.notSending': 'Terdaftar, belum mengirim',
  'enrol.fileAt': '{at} (ke-{count})',
  'enrol.noCatalogue': 'Tanpa katalog',
  'enrol.downloadAgain': 'Unduh lagi',
  'enrol.dialogTitle': 'Daftarkan kasir baru',
  'enrol.device': 'Kode perangkat',
  'enrol.deviceHelp':
    '2 sampai 8 huruf atau angka, tanpa spasi, mis. PLU2. Tercetak di setiap nomor struk; tidak boleh sama dengan kasir lain.',
  'enrol.name': 'Nama stan atau outlet',
  'enrol.nameHelp': 'Baris pertama struk.',
  'enrol.location': 'Lokasi',
  'enrol.locationHelp': 'Baris kedua struk, mis. alamat stan.',
  'enrol.uploadUrl': 'Alamat unggah',
  'enrol.uploadUrlHelp':
    'Alamat kantor ini tempat kasir mengirim batch-nya: https, atau http hanya ke komputer ini.',
  'enrol.secretBefore':
    'File pendaftaran memuat token unggah kasir ini, sebuah rahasia: simpan di flashdisk yang dibawa petugas, jangan dikirim lewat pesan, dan hapus setelah kasir disiapkan.',
  'enrol.submit': 'Daftarkan dan unduh file',
  'enrol.given': '{file} sudah diunduh, dengan katalog versi {version}.',
  'enrol.givenNoCatalogue':
    '{file} sudah diunduh, tanpa katalog: kantor belum menerbitkan katalog, jadi kasir memakai katalog contohnya sampai menerima paket katalog.',
  'enrol.secret': 'File ini memuat token rahasia; hapus setelah kasir disiapkan.',
  'enrol.againTitle': 'Unduh lagi file pendaftaran {device}?',
  'enrol.againText':
    'File baru memuat token unggah baru dan katalog terkini. Token di file sebelumnya dicabut sekarang: kasir yang sudah memakainya tidak bisa mengirim batch sampai tokennya diganti. File pendaftaran hanya dibuka di penyiapan pertama kasir; untuk kasir yang sudah berjalan, buat token di halaman Token unggah.',
} as const;
