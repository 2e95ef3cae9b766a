// The consignment statement as a workbook, with the writer the settlement statements use: a
// summary sheet (the unit, the period, the totals at cost and at price) and one row per product
// with every flow's quantity and its values. Indonesian headings, numbers as numbers; no clock, so
// the same figures give the same bytes.
import { xlsxBytes } from '../../../electron/core/batches/xlsxStream';
import type { Consignment, ConsignmentFlow } from '../../../shared/office/stock';
import type { XlsxCell } from '../../../shared/xlsx';

const FLOWS = [
  ['sentOut', 'Dikirim UPT'],
  ['sold', 'Terjual'],
  ['refunded', 'Retur pembeli'],
  ['returned', 'Dikembalikan ke UPT'],
  ['adjusted', 'Penyesuaian'],
  ['short', 'Kurang'],
  ['remaining', 'Sisa'],
] as const;

export function consignmentFileName(c: Pick<Consignment, 'unit' | 'from' | 'to'>): string {
  return `konsinyasi-${c.unit}-${c.from}-${c.to}.xlsx`;
}

/** The workbook's sheets as rows: what the tests read back and what is written. */
export function consignmentRows(c: Consignment): { summary: XlsxCell[][]; products: XlsxCell[][] } {
  const uncosted = c.products.some((p) => FLOWS.some(([f]) => p[f].uncosted > 0));
  const summary: XlsxCell[][] = [
    ['Keterangan', 'Nilai modal', 'Nilai harga jual'],
    ['Dokumen', 'Laporan konsinyasi', null],
    ['Kode UPT', c.unit, null],
    ['Nama UPT', c.unitName ?? '', null],
    ['Dari hari usaha', c.from, null],
    ['Sampai hari usaha', c.to, null],
    ...FLOWS.map(([f, label]): XlsxCell[] => [label, c.totals[f].costValue, c.totals[f].priceValue]),
    [
      'Catatan',
      uncosted
        ? 'Sebagian mutasi tanpa harga modal: nilai modal tidak lengkap.'
        : 'Semua mutasi dengan harga modal.',
      null,
    ],
  ];
  const head: XlsxCell[] = ['Kode', 'Nama', 'Satuan', 'Awal'];
  for (const [, label] of FLOWS) head.push(label, `${label} (modal)`, `${label} (harga)`);
  const cells = (flow: ConsignmentFlow): XlsxCell[] => [
    flow.qtyMilli / 1000,
    flow.costValue,
    flow.priceValue,
  ];
  const products: XlsxCell[][] = [head];
  for (const p of c.products) {
    products.push([p.sku, p.name, p.unit, p.openingMilli / 1000, ...FLOWS.flatMap(([f]) => cells(p[f]))]);
  }
  products.push([
    'Jumlah',
    null,
    null,
    null,
    ...FLOWS.flatMap(([f]) => [null, c.totals[f].costValue, c.totals[f].priceValue]),
  ]);
  return { summary, products };
}

export function consignmentWorkbook(c: Consignment): Uint8Array {
  const { summary, products } = consignmentRows(c);
  return xlsxBytes([
    { name: 'Ringkasan', widths: [24, 40, 18], rows: summary },
    { name: 'Produk', widths: [12, 32, 8, 8, ...FLOWS.flatMap(() => [10, 14, 14])], rows: products },
  ]);
}
