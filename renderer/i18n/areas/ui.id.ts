// The shared component kit (renderer/components/ui): field refusals and table texts.
export const uiId = {
  'ui.required': 'Wajib diisi',
  'ui.optional': 'boleh kosong',
  'ui.money.required': 'Isi jumlah rupiah, contoh 20.000',
  'ui.money.invalid': 'Tulis rupiah bulat tanpa sen, contoh 20.000',
  'ui.money.negative': 'Jumlah rupiah tidak boleh negatif',
  'ui.money.tooLarge': 'Paling banyak Rp 1.000.000.000.000',
  'ui.qty.invalid': 'Tulis jumlah berupa angka, contoh 2 atau 1,25',
  'ui.qty.whole': 'Barang satuan dihitung utuh: tulis bilangan bulat',
  'ui.qty.decimals': 'Paling banyak 3 angka di belakang koma',
  'ui.qty.positive': 'Jumlah harus lebih dari 0',
  'ui.qty.negative': 'Jumlah tidak boleh negatif',
  'ui.qty.tooLarge': 'Paling banyak 10.000 dalam satu baris',
  'ui.table.empty': 'Belum ada data',
  'ui.dialog.close': 'Tutup',
} as const;
