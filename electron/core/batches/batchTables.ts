// The rows of a batch's CSV files and workbook sheets, for a person at the office: Indonesian
// headers, local times in the device's zone, amounts as whole rupiah, quantities as decimals. The
// JSON files are the record; these say the same in a form a spreadsheet opens.
import type { BatchTotals, RefundDoc, SaleDoc, UnitSplit } from '../../../shared/batch/format';
import { csvRecord } from '../../../shared/csv';
import type { XlsxCell } from '../../../shared/xlsx';

export const SALE_HEADER = [
  'No struk',
  'Hari usaha',
  'Waktu',
  'Kasir',
  'Pembeli',
  'Subtotal',
  'Diskon',
  'PPN',
  'Pembulatan',
  'Total',
  'Dibayar',
  'Kembalian',
  'Pembayaran',
  'Status',
  'Alasan batal',
  'ID transaksi',
];
export const LINE_HEADER = [
  'No struk',
  'Hari usaha',
  'Baris',
  'SKU',
  'Produk',
  'Jumlah',
  'Satuan',
  'Harga satuan',
  'Harga daftar',
  'Total baris',
  'Diskon baris',
  'Bagian diskon transaksi',
  'PPN',
  'Bersih',
  'Kode unit',
  'Unit produksi',
  'Bengkel kerja',
  'Status',
];
export const REFUND_HEADER = [
  'No retur',
  'Hari usaha',
  'Waktu',
  'No struk asal',
  'Hari struk asal',
  'Metode',
  'Jumlah',
  'Alasan',
  'Disetujui oleh',
  'Petugas',
];
export const UNIT_HEADER = [
  'Kode unit',
  'Unit produksi',
  'Penjualan bersih',
  'PNBP',
  'Premi',
  'Modal kerja',
  'PNBP (%)',
  'Premi (%)',
  'Modal kerja (%)',
];

/**
 * `2026-11-28 10:05:00` in `timeZone`. The zone's offset is asked of Intl once per UTC hour (a
 * zone changes its offset only on the hour), then applied by arithmetic: 100,000 sales would
 * otherwise spend seconds in Intl.
 */
export function localTime(timeZone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const offsets = new Map<string, number>();
  const offsetAt = (at: Date): number => {
    const hour = at.toISOString().slice(0, 13);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const parts = format.formatToParts(at);
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
      const local = Date.UTC(
        get('year'),
        get('month') - 1,
        get('day'),
        get('hour'),
        get('minute'),
        get('second'),
      );
      offset = local - Math.floor(at.getTime() / 1000) * 1000;
      offsets.set(hour, offset);
    }
    return offset;
  };
  return (instant) => {
    const at = new Date(instant);
    const local = new Date(Math.floor(at.getTime() / 1000) * 1000 + offsetAt(at)).toISOString();
    return `${local.slice(0, 10)} ${local.slice(11, 19)}`;
  };
}

/** 2000 → 2, 1250 → 1.25: a decimal point, as CSV readers and formulas expect. */
export function qtyNumber(milli: number): number {
  return milli / 1000;
}

const percent = (bp: number) => bp / 100;

export function saleRow(sale: SaleDoc, time: (instant: string) => string): XlsxCell[] {
  return [
    sale.receiptNo,
    sale.businessDay,
    time(sale.createdAt),
    sale.cashierName ?? 'Sistem',
    sale.buyer?.name ?? '',
    sale.subtotal,
    sale.lineDiscounts + sale.orderDiscount,
    sale.ppn,
    sale.rounding,
    sale.total,
    sale.paid,
    sale.change,
    sale.payments.map((p) => `${p.method} ${p.amount}`).join('; '),
    sale.void ? 'batal' : 'selesai',
    sale.void?.reason ?? '',
    sale.id,
  ];
}

export function lineRows(sale: SaleDoc): XlsxCell[][] {
  return sale.lines.map((line) => [
    sale.receiptNo,
    sale.businessDay,
    line.lineNo,
    line.sku,
    line.name,
    qtyNumber(line.qtyMilli),
    line.unit,
    line.unitPrice,
    line.listPrice,
    line.lineTotal,
    line.lineDiscount,
    line.orderDiscountShare,
    line.ppn,
    line.netTotal,
    line.producerCode,
    line.producerName,
    line.workshopName ?? '',
    sale.void ? 'batal' : 'selesai',
  ]);
}

export function refundRow(refund: RefundDoc, time: (instant: string) => string): XlsxCell[] {
  return [
    refund.refundNo,
    refund.businessDay,
    time(refund.createdAt),
    refund.saleReceiptNo,
    refund.saleBusinessDay,
    refund.method,
    refund.amount,
    refund.reason,
    refund.approvedBy,
    refund.userName ?? 'Sistem',
  ];
}

/** Per producing unit with the proceeds split, then the cash rounding (no unit's) and the total. */
export function unitRows(totals: BatchTotals, units: readonly UnitSplit[]): XlsxCell[][] {
  const splits = new Map(units.map((u) => [u.code, u]));
  const rows: XlsxCell[][] = totals.byUnit.map((unit) => {
    const split = splits.get(unit.code);
    return [
      unit.code,
      unit.name,
      unit.amount,
      unit.pnbp,
      unit.premi,
      unit.capital,
      split ? percent(split.pnbpBp) : null,
      split ? percent(split.premiBp) : null,
      split ? percent(split.capitalBp) : null,
    ];
  });
  rows.push(['', 'Pembulatan tunai (bukan milik unit)', totals.roundingKept]);
  rows.push(['', 'TOTAL BERSIH', totals.net]);
  return rows;
}

/** One CSV record with its CRLF (the shared writer: formulas guarded, numbers as they are). */
export function csvLine(cells: readonly XlsxCell[], first = false): string {
  return csvRecord(cells, first);
}
