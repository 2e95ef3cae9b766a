// Indonesian texts of the clock warning (docs/clock.md); clock.en.ts must match key for key.
export const clockId = {
  'clock.title': 'Jam laptop tidak bisa dipercaya',
  'clock.behind':
    'Jam laptop menunjukkan waktu sebelum data terakhir yang sudah tersimpan. Penjualan dihentikan dulu supaya nomor struk, shift dan laporan tidak kacau.',
  'clock.ahead':
    'Jam laptop melompat lebih dari {hours} jam sejak kegiatan terakhir, padahal shift masih terbuka. Penjualan dihentikan dulu supaya shift dan laporan tidak kacau.',
  'clock.now': 'Jam laptop sekarang',
  'clock.newest': 'Data terakhir tersimpan',
  'clock.lastActivity': 'Kegiatan terakhir',
  'clock.whatToDo': 'Yang perlu dilakukan',
  'clock.fix': 'Betulkan tanggal dan jam laptop (zona {zone}), lalu tekan “Periksa lagi”.',
  'clock.orConfirm':
    'Jika jam laptop sudah benar, manajer atau admin mengonfirmasi jam ini dengan PIN; penjualan bisa lanjut.',
  'clock.recheck': 'Periksa lagi',
  'clock.confirm': 'Konfirmasi jam (PIN manajer)',
  'clock.stillWrong': 'Jam laptop masih belum cocok.',
  'clock.approvalReason': 'Terima jam laptop sekarang, {now}, sebagai jam yang benar?',
  'audit.action.clock.confirm': 'Jam dikonfirmasi',
} as const;
