// Indonesian texts of the customer display; display.en.ts must match key for key.
export const displayId = {
  'display.welcome': 'Selamat datang',
  'display.tagline': 'Produk karya warga binaan Sulawesi Tengah',
  'display.items': 'Belanjaan',
  'display.more': 'dan {count} barang lain',
  'display.discount': 'Diskon',
  'display.total': 'Total',
  'display.scan': 'Pindai dengan aplikasi pembayaran Anda',
  'display.due': 'Dibayar',
  'display.change': 'Kembalian',
  'display.thanks': 'Terima kasih',
  'display.button': 'Layar pembeli',
  'display.openHelp': 'Buka alamat ini di browser pada layar kedua (menghadap pembeli):',
} as const;
