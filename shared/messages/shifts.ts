// Refusals of the engine's shifts area (electron/core/shifts/), in both languages.
import type { Catalogue } from './types';

export const shifts = {
  'shifts.shiftFromOtherDay': {
    id: 'Shift Anda dibuka pada hari usaha {businessDay}, sekarang sudah hari usaha {today}: tutup shift itu dulu (hitung laci), lalu buka shift baru.',
    en: 'Your shift was opened on business day {businessDay}, it is now business day {today}: close that shift first (count the drawer), then open a new shift.',
  },
  'shifts.shiftNotOpen': {
    id: 'Shift belum dibuka: buka shift dulu dengan menghitung uang modal di laci.',
    en: 'The shift is not open: open a shift first by counting the float in the drawer.',
  },
  'shifts.signInFirst': {
    id: 'Masuk dengan PIN dulu.',
    en: 'Sign in with your PIN first.',
  },
  'shifts.noReceiptPrinter': {
    id: 'Belum ada printer struk, jadi laci kas tidak dapat dibuka dari sini. Manajer dapat menambahkannya di menu Printer.',
    en: 'There is no receipt printer yet, so the cash drawer cannot be opened from here. A manager can add one in the Printers menu.',
  },
  'shifts.printerNoDrawer': {
    id: 'Printer {name} tidak diatur untuk membuka laci kas. Manajer dapat menyalakan "Buka laci kas" pada printer itu di menu Printer.',
    en: 'Printer {name} is not set up to open the cash drawer. A manager can turn on "Open cash drawer" for that printer in the Printers menu.',
  },
  'shifts.systemDialogNoDrawer': {
    id: 'Printer {name} memakai dialog cetak sistem, yang tidak dapat membuka laci kas.',
    en: 'Printer {name} uses the system print dialog, which cannot open the cash drawer.',
  },
  'shifts.noSaleNeedsManager': {
    id: 'Membuka laci tanpa penjualan perlu persetujuan manajer: minta manajer memasukkan PIN.',
    en: 'Opening the drawer without a sale needs manager approval: ask a manager to enter their PIN.',
  },
  'shifts.drawerNotOpened': {
    id: 'Laci kas tidak terbuka: {message}',
    en: 'The cash drawer did not open: {message}',
  },
  'shifts.shiftNeedsPin': {
    id: 'Shift hanya untuk orang yang masuk dengan PIN.',
    en: 'Shifts are only for people signed in with a PIN.',
  },
  'shifts.noOpenShift': {
    id: 'Belum ada shift yang terbuka untuk Anda di kasir ini.',
    en: 'You have no open shift on this till yet.',
  },
  'shifts.countNotFloat': {
    id: 'Hitungan uang ({value}) tidak sama dengan modal ({openingFloat}).',
    en: 'The money counted ({value}) does not equal the float ({openingFloat}).',
  },
  'shifts.alreadyOpen': {
    id: 'Shift Anda di kasir ini sudah terbuka.',
    en: 'Your shift on this till is already open.',
  },
  'shifts.shiftUnreadable': {
    id: 'Shift tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The shift was saved but could not be read back.',
  },
  'shifts.cashMoveNeedsShift': {
    id: 'Kas masuk/keluar dicatat pada laci shift yang terbuka: masuk dengan PIN di layar Kasir dan buka shift. Baris perintah tidak memegang laci.',
    en: 'Cash in/out is recorded in the drawer of an open shift: sign in with your PIN on the Till screen and open a shift. The command line does not hold a drawer.',
  },
  'shifts.shiftNotFound': {
    id: 'Shift tidak ditemukan.',
    en: 'Shift not found.',
  },
  'shifts.shiftNoNotFound': {
    id: 'Shift nomor {shiftId} tidak ditemukan.',
    en: 'Shift number {shiftId} was not found.',
  },
  'shifts.ownSummaryOnly': {
    id: 'Kasir hanya dapat melihat ringkasan shiftnya sendiri.',
    en: 'Cashiers can only see the summary of their own shift.',
  },
  'shifts.shiftNotOnTill': {
    id: 'Shift nomor {shiftId} tidak ditemukan di kasir ini.',
    en: 'Shift number {shiftId} was not found on this till.',
  },
  'shifts.userShiftClosed': {
    id: 'Shift {userName} sudah ditutup.',
    en: "{userName}'s shift is already closed.",
  },
  'shifts.onlyManagerClosesOthers': {
    id: 'Hanya manajer yang boleh menutup shift orang lain.',
    en: "Only a manager may close someone else's shift.",
  },
  'shifts.takeoverNoteRequired': {
    id: 'Tulis catatan kenapa shift {userName} ditutup oleh {name} (misalnya: pulang tanpa menutup shift).',
    en: "Write a note on why {userName}'s shift is closed by {name} (for example: went home without closing the shift).",
  },
  'shifts.varianceOverLimit': {
    id: 'Selisih kas melebihi batas: minta manajer memasukkan PIN.',
    en: 'The cash difference exceeds the limit: ask a manager to enter their PIN.',
  },
  'shifts.shiftClosed': {
    id: 'Shift ini sudah ditutup.',
    en: 'This shift is already closed.',
  },
  'shifts.closedUnreadable': {
    id: 'Shift tertutup tetapi tidak dapat dibaca kembali.',
    en: 'The shift was closed but could not be read back.',
  },
  'shifts.cashOutAlwaysApproved': {
    id: 'Setiap kas keluar oleh kasir perlu persetujuan manajer: minta manajer memasukkan PIN.',
    en: 'Every cash out by a cashier needs manager approval: ask a manager to enter their PIN.',
  },
  'shifts.cashOutOverLimit': {
    id: 'Kas keluar {amount} melebihi batas {limit}: minta manajer memasukkan PIN.',
    en: 'Cash out of {amount} exceeds the limit of {limit}: ask a manager to enter their PIN.',
  },
  'shifts.cashOutOverDrawer': {
    id: 'Kas keluar {amount} lebih besar dari uang yang seharusnya ada di laci: periksa jumlahnya, atau minta manajer memasukkan PIN.',
    en: 'Cash out of {amount} is more than the money that should be in the drawer: check the amount, or ask a manager to enter their PIN.',
  },
} as const satisfies Catalogue;
