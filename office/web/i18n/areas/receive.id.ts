// The "receive batches" page: batch folders from a USB stick or a shared folder, by their path on
// the office computer. Tills that upload need nothing here.
export const receiveId = {
  'nav.receive': 'Terima batch',
  'receive.title': 'Terima batch dari USB atau folder',
  'receive.intro':
    'Kasir yang mengunggah tidak perlu langkah ini. Untuk batch yang dibawa dengan USB: tulis folder di komputer kantor ini, berisi satu folder batch atau banyak (misalnya isi USB). Setiap batch diperiksa seperti karya batch verify sebelum disimpan; yang sudah ada tidak disimpan dua kali.',
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
};
