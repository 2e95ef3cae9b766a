// Indonesian texts of the QRIS reconciliation screen; qris.en.ts must match key for key.
export const qrisId = {
  'nav.qris': 'Rekonsiliasi QRIS',
  'qris.title': 'Rekonsiliasi QRIS',
  'qris.day': 'Hari usaha',
  'qris.statement': 'File mutasi QRIS (CSV dari aplikasi penyedia)',
  'qris.help':
    'Baris mutasi dicocokkan dengan pembayaran QRIS di kasir menurut nominal dan waktu (selisih paling lama 15 menit).',
  'qris.payments': 'Pembayaran QRIS di kasir ({count})',
  'qris.result': 'Hasil pencocokan',
  'qris.matched': 'Cocok ({count})',
  'qris.onlyTill': 'Hanya di kasir ({count}): dikonfirmasi tetapi tidak ada di mutasi',
  'qris.onlyStatement': 'Hanya di mutasi ({count}): uang masuk tanpa transaksi di kasir ini',
  'qris.receipt': 'No. transaksi',
  'qris.amount': 'Nominal',
  'qris.confirmedAt': 'Dikonfirmasi',
  'qris.confirmedBy': 'Oleh',
  'qris.statementAt': 'Waktu di mutasi',
  'qris.reference': 'Referensi',
  'qris.line': 'Baris',
  'qris.voided': 'dibatalkan',
  'qris.none': 'Tidak ada.',
} as const;
