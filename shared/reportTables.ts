// The X/Z report as labelled lines and tables, in Indonesian: the one wording the thermal print, the
// XLSX workbook and the PDF share, so a figure is called the same on paper and in every file.
// Amounts that are taken off (discounts, voids, refunds, cash out) are negative, so a column of
// lines adds up to the bold total below it. See docs/reports.md for what each figure means.
import type { DayReport } from './contract/reports';
import { formatLongDay } from './time';
import { formatZonedDateTime, laptopTimeZone, zoneNote } from './zoneLabel';

/** The longest range of days the Penjualan export takes at once (a year, leap day included). */
export const JOURNAL_MAX_DAYS = 366;

export const METHOD_LABELS: Record<string, string> = {
  cash: 'Tunai',
  qris: 'QRIS',
  transfer: 'Transfer',
  card: 'Kartu',
};

export function methodLabel(method: string): string {
  return METHOD_LABELS[method] ?? method;
}

/** `LAPORAN Z` for a closed day, `LAPORAN X` otherwise. */
export function reportTitle(report: Pick<DayReport, 'zNo'>): string {
  return report.zNo === null ? 'LAPORAN X' : 'LAPORAN Z';
}

/** `Sabtu, 28 November 2026`, or `28/11/2026 s.d. 30/11/2026` for a range of days. */
export function periodText(report: Pick<DayReport, 'from' | 'to'>): string {
  if (report.from === report.to) return formatLongDay(report.from);
  const short = (day: string) => day.split('-').reverse().join('/');
  return `${short(report.from)} s.d. ${short(report.to)}`;
}

/** `09.00-10.00`. */
export function hourText(hour: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hour)}.00-${two((hour + 1) % 24)}.00`;
}

/** Minus, without the `-0` a zero would print as. */
const minus = (value: number) => (value === 0 ? 0 : -value);

export interface ReportLine {
  label: string;
  amount: number;
  /** How many (sales, voids, refunds) when that is worth saying. */
  count?: number;
  /** A total the lines above add up to. */
  bold?: boolean;
}

/** gross - discounts + PPN added + rounding = sales total; - voids - refunds = net. */
export function salesLines(report: DayReport): ReportLine[] {
  return [
    { label: 'Penjualan kotor', amount: report.gross, count: report.salesCount },
    { label: 'Diskon', amount: minus(report.discounts) },
    { label: 'PPN ditambahkan', amount: report.ppnAdded },
    { label: 'Pembulatan', amount: report.rounding },
    { label: 'Total penjualan', amount: report.salesTotal, bold: true },
    { label: 'Batal', amount: minus(report.voids.amount), count: report.voids.count },
    { label: 'Retur', amount: minus(report.refunds.amount), count: report.refunds.count },
    { label: 'Bersih', amount: report.net, bold: true },
  ];
}

export function taxLines(report: DayReport): ReportLine[] {
  return [
    { label: 'DPP', amount: report.tax.dpp },
    { label: 'PPN', amount: report.tax.ppn },
  ];
}

/**
 * float + cash sales - cash voided - cash refunds + cash in - cash out - cash outside shifts = expected.
 * The line for cash outside shifts shows only when there is some (sales from the command line).
 */
export function cashLines(report: DayReport): ReportLine[] {
  const c = report.cash;
  const outside = c.outsideShifts ?? 0;
  return [
    { label: 'Modal awal', amount: c.openingFloat },
    { label: 'Penjualan tunai', amount: c.cashSales },
    { label: 'Tunai dibatalkan', amount: minus(c.cashVoided) },
    { label: 'Retur tunai', amount: minus(c.cashRefunds) },
    { label: 'Kas masuk', amount: c.cashIn },
    { label: 'Kas keluar', amount: minus(c.cashOut) },
    ...(outside !== 0 ? [{ label: 'Tunai di luar shift', amount: minus(outside) }] : []),
    { label: 'Seharusnya di laci', amount: c.expected, bold: true },
    { label: 'Dihitung (shift ditutup)', amount: c.counted },
    { label: 'Selisih', amount: c.variance, bold: true },
  ];
}

/** `code`: unit codes and SKUs, text that is never wrapped or cut. */
export type ColumnKind = 'text' | 'code' | 'money' | 'count' | 'qty';
export type Cell = string | number | null;

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters, for the spreadsheet and (proportionally) the PDF. */
  width: number;
}

export interface ReportTable {
  /** Sheet name in the workbook, heading in the PDF. */
  name: string;
  columns: ReportColumn[];
  /** `info` rows say what the report is (till, period); the PDF has them in its heading instead. */
  rows: { cells: Cell[]; bold?: boolean; info?: boolean }[];
}

const text = (header: string, width: number): ReportColumn => ({ header, kind: 'text', width });
const money = (header: string, width = 16): ReportColumn => ({ header, kind: 'money', width });
const count = (header: string, width = 12): ReportColumn => ({ header, kind: 'count', width });

function lineRows(lines: readonly ReportLine[]): ReportTable['rows'] {
  return lines.map((line) => ({
    cells: [line.label, line.count ?? null, line.amount],
    ...(line.bold ? { bold: true } : {}),
  }));
}

/**
 * Every table of the report. `timeZone` is the till's, for the shifts' times and the hours; when the
 * laptop's zone (`laptopZone`, this process's by default) differs, each time says `WITA` and the
 * hour column is headed `Jam (WITA)`. Product quantities are in the product's unit (kg for goods sold
 * by weight), not milli-units.
 */
export function reportTables(
  report: DayReport,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
): ReportTable[] {
  const at = (iso: string | null) => (iso ? formatZonedDateTime(new Date(iso), timeZone, laptopZone) : '-');
  const note = zoneNote(new Date(report.generatedAt), timeZone, laptopZone);
  const timeWidth = note === '' ? 17 : 18 + note.length;
  const summary: ReportTable = {
    name: 'Ringkasan',
    columns: [text('Keterangan', 30), count('Banyaknya'), money('Rupiah')],
    rows: [
      { cells: ['Perangkat', report.device, null], info: true },
      { cells: ['Periode', periodText(report), null], info: true },
      ...(report.zNo === null ? [] : [{ cells: ['No. Z', report.zNo, null], info: true }]),
      { cells: ['Dibuat', at(report.generatedAt), null], info: true },
      ...lineRows(salesLines(report)),
      ...lineRows(taxLines(report)),
      { cells: ['Pembulatan tunai (tanpa unit)', null, report.roundingKept] },
      ...lineRows(cashLines(report)),
    ],
  };
  const methods: ReportTable = {
    name: 'Per metode',
    columns: [text('Metode', 16), money('Penjualan'), money('Batal'), money('Retur'), money('Bersih')],
    rows: [
      ...report.byMethod.map((m) => ({
        cells: [methodLabel(m.method), m.sales, minus(m.voids), minus(m.refunds), m.net],
      })),
      {
        cells: [
          'Jumlah',
          sum(report.byMethod.map((m) => m.sales)),
          minus(sum(report.byMethod.map((m) => m.voids))),
          minus(sum(report.byMethod.map((m) => m.refunds))),
          sum(report.byMethod.map((m) => m.net)),
        ],
        bold: true,
      },
    ],
  };
  const cashiers: ReportTable = {
    name: 'Per kasir',
    columns: [text('Kasir', 24), count('Transaksi'), money('Rupiah')],
    rows: report.byCashier.map((c) => ({ cells: [c.name, c.salesCount, c.amount] })),
  };
  const units: ReportTable = {
    name: 'Per unit',
    columns: [
      { header: 'Kode', kind: 'code', width: 14 },
      text('Unit', 28),
      money('Rupiah'),
      money('PNBP'),
      money('Premi'),
      money('Modal'),
    ],
    rows: [
      ...report.byProducer.map((u) => ({ cells: [u.code, u.name, u.amount, u.pnbp, u.premi, u.capital] })),
      { cells: ['', 'Pembulatan tunai (tanpa unit)', report.roundingKept, null, null, null] },
      { cells: ['', 'Jumlah (= bersih)', report.net, null, null, null], bold: true },
    ],
  };
  const products: ReportTable = {
    name: 'Per produk',
    columns: [
      { header: 'SKU', kind: 'code', width: 14 },
      text('Produk', 34),
      text('Satuan', 8),
      { header: 'Jumlah', kind: 'qty', width: 10 },
      money('Rupiah'),
    ],
    rows: report.byProduct.map((p) => ({ cells: [p.sku, p.name, p.unit, p.qtyMilli / 1000, p.amount] })),
  };
  const categories: ReportTable = {
    name: 'Per kategori',
    columns: [text('Kategori', 24), money('Rupiah')],
    rows: report.byCategory.map((c) => ({ cells: [c.category, c.amount] })),
  };
  const hours: ReportTable = {
    name: 'Per jam',
    columns: [text(note === '' ? 'Jam' : `Jam (${note})`, 14), count('Transaksi'), money('Rupiah')],
    rows: report.byHour.map((h) => ({ cells: [hourText(h.hour), h.count, h.amount] })),
  };
  const shifts: ReportTable = {
    name: 'Shift',
    columns: [
      text('Kasir', 20),
      text('Dibuka', timeWidth),
      text('Ditutup', timeWidth),
      money('Seharusnya'),
      money('Dihitung'),
      money('Selisih'),
    ],
    rows: report.shifts.map((s) => ({
      cells: [s.userName, at(s.openedAt), at(s.closedAt), s.expectedCash, s.countedCash, s.variance],
    })),
  };
  return [summary, methods, cashiers, units, products, categories, hours, shifts];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
