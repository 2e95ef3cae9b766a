// Indonesian is the first language and the source of every key; en.ts must match it key for key.
// Each screen area keeps its texts in areas/<area>.id.ts and .en.ts, merged here.
import { afterSaleId } from './areas/afterSale.id';
import { authId } from './areas/auth.id';
import { backupId } from './areas/backup.id';
import { batchesId } from './areas/batches.id';
import { catalogId } from './areas/catalog.id';
import { catalogPackageId } from './areas/catalogPackage.id';
import { clockId } from './areas/clock.id';
import { displayId } from './areas/display.id';
import { paymentsId } from './areas/payments.id';
import { peopleId } from './areas/people.id';
import { printingId } from './areas/printing.id';
import { qrisId } from './areas/qris.id';
import { reportsId } from './areas/reports.id';
import { settingsId } from './areas/settings.id';
import { setupId } from './areas/setup.id';
import { stockId } from './areas/stock.id';
import { tillId } from './areas/till.id';
import { uiId } from './areas/ui.id';

export const id = {
  ...authId,
  ...catalogId,
  ...catalogPackageId,
  ...stockId,
  ...printingId,
  ...qrisId,
  ...reportsId,
  ...paymentsId,
  ...peopleId,
  ...afterSaleId,
  ...displayId,
  ...backupId,
  ...batchesId,
  ...settingsId,
  ...clockId,
  ...setupId,
  ...tillId,
  ...uiId,
  'app.name': 'Karya POS',
  'nav.sale': 'Kasir',
  'app.device': 'Perangkat',
  'app.businessDay': 'Hari usaha',
  'app.loading': 'Memuat…',
  'app.offline': 'Mesin kasir belum siap',
  'app.retry': 'Coba lagi',
  'app.dayNotClosed': 'Hari usaha {day} belum ditutup dengan laporan Z',

  'lang.switch': 'Ganti bahasa ke English',

  'search.label': 'Cari produk',
  'search.placeholder': 'Cari nama, SKU, atau scan barcode (F2)',
  'search.notFound': 'Produk “{query}” tidak ditemukan',
  'search.empty': 'Tidak ada produk',
  'search.capped': 'Menampilkan {n} produk pertama. Ketik lebih lengkap (atau scan) untuk yang lain.',
  'category.label': 'Kategori',
  'category.all': 'Semua',
  'product.perKg': '/kg',

  'weight.title': 'Berat {name}',
  'weight.label': 'Berat (kg)',
  'weight.pricePerKg': 'Harga {price} per kg',
  'weight.invalid': 'Berat tidak valid. Tulis angka dengan paling banyak 3 desimal, contoh 1,25',
  'weight.zero': 'Berat harus lebih dari 0 kg',
  'weight.tooLarge': 'Berat terlalu besar',
  'weight.add': 'Tambahkan',
  'weight.save': 'Simpan',

  'cart.title': 'Keranjang',
  'cart.empty': 'Keranjang masih kosong. Pilih produk di sebelah kiri.',
  'cart.each': '@ {price}',
  'cart.plus': 'Tambah satu {name}',
  'cart.minus': 'Kurangi satu {name}',
  'cart.editWeight': 'Ubah berat',
  'cart.remove': 'Hapus {name}',
  'cart.subtotal': 'Subtotal',
  'cart.total': 'TOTAL',
  'cart.items': '{count} baris',
  'cart.pay': 'Bayar',
  'cart.clear': 'Kosongkan',
  'cart.clearConfirm': 'Kosongkan keranjang?',
  'cart.clearYes': 'Ya, kosongkan',

  'pay.title': 'Pembayaran',
  'pay.total': 'Total',
  'pay.cash': 'Uang diterima',
  'pay.exact': 'Uang pas',
  'pay.change': 'Kembalian',
  'pay.short': 'Kurang {amount}',
  'pay.confirm': 'Selesaikan',
  'pay.saving': 'Menyimpan…',
  'pay.done': 'Transaksi berhasil',
  'pay.receiptNo': 'No. Transaksi',
  'pay.newSale': 'Transaksi baru',

  'dialog.cancel': 'Batal',
  'dialog.close': 'Tutup',

  'api.unreachable': 'Tidak dapat terhubung ke mesin kasir. Periksa aplikasi lalu coba lagi.',
  'api.badReply': 'Jawaban mesin kasir tidak dapat dibaca.',
  'api.forbidden': 'Akses ditolak. Buka ulang kasir dari aplikasi Karya POS.',
} as const;

export type MessageKey = keyof typeof id;
export type Dictionary = Record<MessageKey, string>;
