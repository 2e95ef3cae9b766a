// The settings screen: every change is audited with its value before and after.
export const settingsId = {
  'settings.title': 'Pengaturan',
  'settings.officeName': 'Nama kantor',
  'settings.officeNameHelp': 'Tampil di bilah atas. Kosong: “Karya Kantor”.',
  'settings.lateDeviceDays': 'Perangkat terlambat setelah (hari)',
  'settings.lateDeviceDaysHelp':
    'Perangkat yang tidak mengirim hari selama ini ditandai terlambat. 1 sampai 60.',
  'settings.sessionIdleHours': 'Sesi berakhir setelah diam (jam)',
  'settings.sessionIdleHoursHelp': 'Setelah tidak dipakai selama ini, orang harus masuk lagi. 1 sampai 72.',
  'settings.save': 'Simpan pengaturan',
  'settings.saved': 'Pengaturan disimpan.',
  'settings.unchanged': 'Tidak ada yang berubah.',
  'settings.readOnly': 'Hanya admin yang dapat mengubah pengaturan.',
  'settings.notWhole': 'Tulis bilangan bulat.',
  'settings.history': 'Riwayat perubahan',
  'settings.col.at': 'Waktu',
  'settings.col.by': 'Oleh',
  'settings.col.setting': 'Pengaturan',
  'settings.col.before': 'Sebelum',
  'settings.col.after': 'Sesudah',
  'settings.noHistory': 'Belum ada perubahan.',
  'settings.emptyValue': '(kosong)',
} as const;
