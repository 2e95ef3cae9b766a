// Refusals of the office's settlement statements (office/core/statements).
export const officeStatements = {
  'officeStatements.unitCode': {
    id: 'Kode UPT hanya huruf besar, angka dan tanda hubung (misalnya LPS-PALU), paling panjang 40.',
    en: 'A unit code is capital letters, digits and hyphens (LPS-PALU, say), at most 40 long.',
  },
  'officeStatements.periodTooLong': {
    id: 'Satu pernyataan paling panjang {max} hari; pilih periode yang lebih pendek.',
    en: 'A statement covers at most {max} days; choose a shorter period.',
  },
  'officeStatements.nothingSold': {
    id: 'Tidak ada penjualan maupun pengembalian {unit} dari {from} sampai {to} yang sudah sampai di kantor; belum ada yang bisa dinyatakan.',
    en: 'No sales or refunds of {unit} from {from} to {to} have reached the office; there is nothing to state yet.',
  },
  'officeStatements.notFound': {
    id: 'Pernyataan {number} tidak ada.',
    en: 'There is no statement {number}.',
  },
} as const;
