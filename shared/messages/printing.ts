// Refusals of the engine's printing area (electron/core/printing/), in both languages.
import type { Catalogue } from './types';

export const printing = {
  'printing.jobNotFound': {
    id: 'Pekerjaan cetak tidak ditemukan.',
    en: 'Print job not found.',
  },
  'printing.jobPrintedUseReprint': {
    id: 'Pekerjaan ini sudah tercetak. Pakai Cetak ulang.',
    en: 'This job has already been printed. Use Reprint.',
  },
  'printing.jobSending': {
    id: 'Pekerjaan ini sedang dikirim ke printer.',
    en: 'This job is being sent to the printer.',
  },
  'printing.jobPrinted': {
    id: 'Pekerjaan ini sudah tercetak.',
    en: 'This job has already been printed.',
  },
  'printing.jobSendingWait': {
    id: 'Pekerjaan ini sedang dikirim ke printer; tunggu sebentar.',
    en: 'This job is being sent to the printer; wait a moment.',
  },
  'printing.productNotFound': {
    id: 'Produk tidak ditemukan.',
    en: 'Product not found.',
  },
  'printing.noEan13': {
    id: '{name} belum punya barcode EAN-13. Tambahkan barcode toko (13 angka, awalan 2) di katalog, lalu cetak label lagi.',
    en: '{name} has no EAN-13 barcode yet. Add a store barcode (13 digits, starting with 2) in the catalogue, then print the label again.',
  },
  'printing.printerNotFound': {
    id: 'Printer tidak ditemukan.',
    en: 'Printer not found.',
  },
  'printing.noDefaultPrinter': {
    id: 'Belum ada printer bawaan. Manajer dapat menambahkannya di menu Printer. Transaksi tetap tersimpan.',
    en: 'There is no default printer yet. A manager can add one in the Printers menu. The sale is still saved.',
  },
  'printing.printerNameTaken': {
    id: 'Sudah ada printer bernama "{name}".',
    en: 'A printer named "{name}" already exists.',
  },
  'printing.logoNotPng': {
    id: 'Logo tidak dapat dibaca sebagai gambar PNG.',
    en: 'The logo cannot be read as a PNG image.',
  },
  // Why a job did not print (PrintError): stored with the job and shown in the print queue, or a
  // refusal when a printer profile is saved.
  'printing.stoppedClosing': {
    id: 'Pencetakan dihentikan karena aplikasi ditutup.',
    en: 'Printing stopped because the app is closing.',
  },
  'printing.noPrinterYet': {
    id: 'Belum ada printer. Manajer dapat menambahkannya di menu Printer.',
    en: 'There is no printer yet. A manager can add one in the Printers menu.',
  },
  'printing.failed': {
    id: 'Gagal mencetak: {detail}',
    en: 'Printing failed: {detail}',
  },
  'printing.drawerSystemDialog': {
    id: 'Printer {name} memakai dialog cetak sistem, yang tidak dapat membuka laci kas. Pakai printer struk dengan sambungan jaringan, USB atau serial.',
    en: 'Printer {name} uses the system print dialog, which cannot open the cash drawer. Use a receipt printer connected by network, USB or serial.',
  },
  'printing.statusNoAnswer': {
    id: 'Printer tidak menjawab pemeriksaan status dalam {seconds} detik. Periksa printer menyala dan tersambung. Bila printer ini memang tidak mendukung pemeriksaan status, matikan "Periksa status" di pengaturan printer.',
    en: 'The printer did not answer the status check within {seconds} seconds. Check that the printer is on and connected. If this printer does not support status checks, turn off "Check status" in the printer settings.',
  },
  'printing.problem.offline': {
    id: 'Printer sedang offline. Periksa lampu printer dan tombol FEED, lalu coba lagi.',
    en: 'The printer is offline. Check the printer light and the FEED button, then try again.',
  },
  'printing.problem.coverOpen': {
    id: 'Penutup printer terbuka. Tutup penutupnya dengan rapat, lalu coba lagi.',
    en: 'The printer cover is open. Close it firmly, then try again.',
  },
  'printing.problem.paperOut': {
    id: 'Kertas printer habis. Pasang gulungan kertas baru, lalu coba lagi.',
    en: 'The printer is out of paper. Put in a new paper roll, then try again.',
  },
  'printing.problem.paperNearEnd': {
    id: 'Kertas printer hampir habis. Siapkan gulungan kertas baru.',
    en: 'The printer paper is almost out. Have a new paper roll ready.',
  },
  'printing.problem.error': {
    id: 'Printer melaporkan kesalahan. Matikan lalu nyalakan printer, kemudian coba lagi.',
    en: 'The printer reports an error. Turn the printer off and on again, then try again.',
  },
  'printing.problem.cutter': {
    id: 'Pemotong kertas macet. Buka penutup, lepaskan kertas yang tersangkut, lalu coba lagi.',
    en: 'The paper cutter is jammed. Open the cover, free the stuck paper, then try again.',
  },
  'printing.problem.unrecoverable': {
    id: 'Printer mengalami kerusakan atau kepala cetak terlalu panas. Matikan printer beberapa menit.',
    en: 'The printer is damaged or its print head is too hot. Turn the printer off for a few minutes.',
  },
  'printing.tcpAddressInvalid': {
    id: 'Alamat printer "{target}" tidak valid; contoh 192.168.1.50:9100',
    en: 'Printer address "{target}" is not valid; for example 192.168.1.50:9100',
  },
  'printing.tcpEscposOnly': {
    id: 'Printer jaringan hanya menerima data ESC/POS.',
    en: 'A network printer only accepts ESC/POS data.',
  },
  'printing.tcpRefused': {
    id: 'Printer di {where} menolak sambungan. Pastikan alamat dan port benar (biasanya 9100) dan printer menyala.',
    en: 'The printer at {where} refused the connection. Make sure the address and port are right (usually 9100) and the printer is on.',
  },
  'printing.tcpUnknownHost': {
    id: 'Nama printer {where} tidak dikenal di jaringan. Periksa alamatnya atau pakai alamat IP.',
    en: 'The printer name {where} is not known on the network. Check the address or use an IP address.',
  },
  'printing.tcpUnreachable': {
    id: 'Printer di {where} tidak terjangkau. Periksa kabel LAN atau Wi-Fi dan pastikan printer di jaringan yang sama.',
    en: 'The printer at {where} cannot be reached. Check the LAN cable or Wi-Fi and make sure the printer is on the same network.',
  },
  'printing.tcpDropped': {
    id: 'Sambungan ke printer di {where} terputus saat mengirim. Coba lagi.',
    en: 'The connection to the printer at {where} dropped while sending. Try again.',
  },
  'printing.tcpConnectFailed': {
    id: 'Gagal tersambung ke printer di {where}: {detail}',
    en: 'Could not connect to the printer at {where}: {detail}',
  },
  'printing.tcpConnectTimeout': {
    id: 'Tidak dapat tersambung ke printer di {where} dalam {seconds} detik. Periksa printer menyala dan berada di jaringan yang sama.',
    en: 'Could not connect to the printer at {where} within {seconds} seconds. Check that the printer is on and on the same network.',
  },
  'printing.tcpStalled': {
    id: 'Printer di {where} berhenti menerima data (lebih dari {seconds} detik). Periksa kertas dan sambungan, lalu coba lagi.',
    en: 'The printer at {where} stopped taking data (for more than {seconds} seconds). Check the paper and the connection, then try again.',
  },
  'printing.serialEscposOnly': {
    id: 'Printer serial hanya menerima data ESC/POS.',
    en: 'A serial printer only accepts ESC/POS data.',
  },
  'printing.serialPortMissing': {
    id: 'Port {path} tidak ditemukan. Sambungkan printer (atau pasangkan Bluetooth-nya), lalu pilih port lagi di pengaturan printer.',
    en: 'Port {path} was not found. Connect the printer (or pair it over Bluetooth), then choose the port again in the printer settings.',
  },
  'printing.serialNoPermission': {
    id: 'Tidak ada izin membuka {path}. Di Linux, tambahkan pengguna ke grup dialout lalu masuk ulang; di Windows, tutup aplikasi lain yang memakai port ini.',
    en: 'No permission to open {path}. On Linux, add the user to the dialout group and sign in again; on Windows, close other apps using this port.',
  },
  'printing.serialBusy': {
    id: 'Port {path} sedang dipakai aplikasi lain. Tutup aplikasi itu lalu coba lagi.',
    en: 'Port {path} is in use by another app. Close that app, then try again.',
  },
  'printing.serialOpenFailed': {
    id: 'Gagal membuka port {path}: {detail}',
    en: 'Could not open port {path}: {detail}',
  },
  'printing.serialOpenTimeout': {
    id: 'Port {path} tidak terbuka dalam {seconds} detik.',
    en: 'Port {path} did not open within {seconds} seconds.',
  },
  'printing.serialStalled': {
    id: 'Printer di {path} berhenti menerima data (lebih dari {seconds} detik). Periksa kertas, baterai dan jarak Bluetooth, lalu coba lagi.',
    en: 'The printer at {path} stopped taking data (for more than {seconds} seconds). Check the paper, the battery and the Bluetooth distance, then try again.',
  },
  'printing.deviceEscposOnly': {
    id: 'Jalur perangkat hanya menerima data ESC/POS.',
    en: 'A device path only accepts ESC/POS data.',
  },
  'printing.deviceMissing': {
    id: '{path} tidak ada. Periksa kabel USB printer dan nyalakan printernya; di Windows, periksa nama printer bersama (share).',
    en: "{path} does not exist. Check the printer's USB cable and turn the printer on; on Windows, check the shared printer name.",
  },
  'printing.deviceNoPermission': {
    id: 'Tidak ada izin menulis ke {path}. Di Linux, tambahkan pengguna ke grup lp lalu masuk ulang.',
    en: 'No permission to write to {path}. On Linux, add the user to the lp group and sign in again.',
  },
  'printing.deviceBusy': {
    id: '{path} sedang dipakai. Tunggu pekerjaan cetak lain selesai, lalu coba lagi.',
    en: '{path} is in use. Wait for the other print job to finish, then try again.',
  },
  'printing.deviceIsFolder': {
    id: '{path} adalah folder, bukan printer.',
    en: '{path} is a folder, not a printer.',
  },
  'printing.deviceWriteFailed': {
    id: 'Gagal menulis ke {path}: {detail}',
    en: 'Could not write to {path}: {detail}',
  },
  'printing.deviceTimeout': {
    id: '{path} tidak menerima data dalam {seconds} detik. Periksa printer menyala dan kertasnya terpasang.',
    en: '{path} did not take the data within {seconds} seconds. Check that the printer is on and has paper.',
  },
  'printing.targetShape': {
    id: '{rule}. Ubah alamat printer di menu Printer.',
    en: '{rule}. Change the printer address in the Printers menu.',
  },
  'printing.targetInDataFolder': {
    id: '{target} menunjuk ke folder data Karya POS (tempat database), bukan ke printer. Ubah alamat printer di menu Printer.',
    en: '{target} points into the Karya POS data folder (where the database is), not to a printer. Change the printer address in the Printers menu.',
  },
  'printing.notADevice': {
    id: '{target} bukan perangkat printer ({kind}). Karya POS hanya menulis ke perangkat seperti /dev/usb/lp0; ubah alamat printer di menu Printer.',
    en: '{target} is not a printer device ({kind}). Karya POS only writes to devices such as /dev/usb/lp0; change the printer address in the Printers menu.',
  },
  'printing.fileKind.file': { id: 'file biasa', en: 'an ordinary file' },
  'printing.fileKind.folder': { id: 'folder', en: 'a folder' },
  'printing.fileKind.fifo': { id: 'pipa FIFO', en: 'a FIFO pipe' },
  'printing.fileKind.other': { id: 'jenis berkas lain', en: 'another kind of file' },
  'printing.cupsEscposOnly': {
    id: 'Antrean CUPS di sini dipakai untuk data ESC/POS mentah.',
    en: 'A CUPS queue here is used for raw ESC/POS data.',
  },
  'printing.cupsMissing': {
    id: 'Perintah lp (CUPS) tidak ada di komputer ini. Pasang paket cups-client, atau pilih jenis sambungan lain.',
    en: 'The lp command (CUPS) is not on this computer. Install the cups-client package, or choose another kind of connection.',
  },
  'printing.cupsCannotRun': {
    id: 'CUPS tidak dapat dijalankan: {detail}',
    en: 'CUPS cannot be run: {detail}',
  },
  'printing.cupsRefused': {
    id: 'CUPS menolak pekerjaan cetak untuk antrean {queue}: {reason}',
    en: 'CUPS refused the print job for queue {queue}: {reason}',
  },
  'printing.cupsRefusedCode': {
    id: 'CUPS menolak pekerjaan cetak untuk antrean {queue}: kode keluar {code}',
    en: 'CUPS refused the print job for queue {queue}: exit code {code}',
  },
  'printing.cupsTimeout': {
    id: 'CUPS tidak selesai menerima pekerjaan dalam {seconds} detik.',
    en: 'CUPS did not finish taking the job within {seconds} seconds.',
  },
  'printing.systemDesktopOnly': {
    id: 'Cetak lewat dialog sistem hanya tersedia di aplikasi desktop Karya POS, bukan di mode peramban.',
    en: 'Printing through the system dialog is only available in the Karya POS desktop app, not in browser mode.',
  },
  'printing.systemNeedsHtml': {
    id: 'Dialog cetak sistem memerlukan struk HTML.',
    en: 'The system print dialog needs an HTML receipt.',
  },
  'printing.systemTimeout': {
    id: 'Sistem operasi tidak selesai mencetak dalam {seconds} detik.',
    en: 'The operating system did not finish printing within {seconds} seconds.',
  },
  'printing.dialogCancelled': {
    id: 'Pencetakan dibatalkan di dialog cetak.',
    en: 'Printing was cancelled in the print dialog.',
  },
  'printing.systemUnknownPrinter': {
    id: 'Printer "{name}" tidak dikenal oleh sistem operasi. Periksa nama printer di pengaturan.',
    en: 'The operating system does not know printer "{name}". Check the printer name in the settings.',
  },
  'printing.systemFailed': {
    id: 'Sistem operasi gagal mencetak: {reason}',
    en: 'The operating system could not print: {reason}',
  },
  'printing.systemFailedUnknown': {
    id: 'Sistem operasi gagal mencetak: alasan tidak diketahui',
    en: 'The operating system could not print: reason unknown',
  },
} as const satisfies Catalogue;
