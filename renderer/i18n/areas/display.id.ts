// Indonesian texts of the customer display; display.en.ts must match key for key.
export const displayId = {
  'display.welcome': 'Selamat datang',
  'display.tagline': 'Produk karya warga binaan Sulawesi Tengah',
  'display.items': 'Belanjaan',
  'display.more': 'dan {count} barang lain',
  'display.discount': 'Diskon',
  'display.total': 'Total',
  'display.scan': 'Pindai dengan aplikasi pembayaran Anda',
  'display.due': 'Harus dibayar',
  'display.change': 'Kembalian',
  'display.thanks': 'Terima kasih',
  'display.waiting': 'Menunggu kasir…',
  'display.button': 'Layar pembeli',
  'display.openHelp':
    'Buka alamat ini di browser pada layar kedua (menghadap pembeli), lalu tekan F11 untuk layar penuh:',
  'display.openWindow': 'Buka jendela',
  'display.cannotOpen': 'Layar pembeli tidak dapat dibuka dari sini.',
} as const;
