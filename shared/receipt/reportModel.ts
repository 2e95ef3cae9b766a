// The X or Z report on thermal paper: the report's figures as label/value rows, already formatted,
// for the layout to right-align. The wording is the files' (reportTables.ts), so paper and files agree.
import type { DayClose, DayReport } from '../contract/reports';
import { formatNumber } from '../money';
import {
  cashLines,
  methodLabel,
  periodText,
  type ReportLine,
  reportTitle,
  salesLines,
  taxLines,
} from '../reportTables';
import { formatDateTime } from '../time';
import { formatZonedDateTime, laptopTimeZone, withZoneNote } from '../zoneLabel';
import type { ReportModel } from './model';

export interface ReportModelOptions {
  /** The receipt header lines (booth name first). */
  header: string[];
  /** The device's zone: every time on the paper is in it. */
  timeZone: string;
  /**
   * The zone of the laptop printing it (the process's by default): when it differs from the
   * device's, times read `05/12/2026 10.30 WITA`.
   */
  laptopZone?: string;
  /** When and by whom the paper is printed. */
  printedAt: Date;
  printedBy: string | null;
  /** The stored close, for a Z report. */
  close?: DayClose;
}

type Row = ReportModel['sections'][number]['rows'][number];

const amount = (value: number) => formatNumber(value);

function lineRow(line: ReportLine): Row {
  const label = line.count === undefined ? line.label : `${line.label} (${line.count})`;
  return { label, value: amount(line.amount), ...(line.bold ? { bold: true } : {}) };
}

function hhmm(iso: string | null, timeZone: string): string {
  return iso ? (formatDateTime(new Date(iso), timeZone).split(' ')[1] ?? '') : '';
}

export function reportModelFromDay(report: DayReport, options: ReportModelOptions): ReportModel {
  const { timeZone } = options;
  const laptop = options.laptopZone ?? laptopTimeZone();
  const at = (instant: Date) => formatZonedDateTime(instant, timeZone, laptop);
  const z = report.zNo !== null;
  const info: Row[] = [{ label: 'Perangkat', value: report.device }];
  if (z) info.push({ label: 'No. Z', value: String(report.zNo), bold: true });
  info.push({
    label: report.from === report.to ? 'Hari usaha' : 'Periode',
    value:
      report.from === report.to
        ? report.from.split('-').reverse().join('/')
        : `${report.from.split('-').reverse().join('/')} s.d. ${report.to.split('-').reverse().join('/')}`,
  });
  if (options.close) {
    info.push({ label: 'Ditutup', value: at(new Date(options.close.closedAt)) });
    info.push({ label: 'Oleh', value: options.close.closedBy });
  } else {
    info.push({ label: 'Dibuat', value: at(new Date(report.generatedAt)) });
  }

  // Optional lines print only when they say something (no PPN added, no rounding, no voids).
  const sales = salesLines(report).filter(
    (line) => line.bold || line.amount !== 0 || line.label === 'Penjualan kotor',
  );
  const sections: ReportModel['sections'] = [
    { rows: info },
    { heading: 'PENJUALAN', rows: sales.map(lineRow) },
  ];
  if (report.tax.ppn !== 0) sections.push({ heading: 'PAJAK', rows: taxLines(report).map(lineRow) });
  sections.push({
    heading: 'PER METODE BAYAR',
    rows: report.byMethod.map((m) => ({ label: methodLabel(m.method), value: amount(m.net) })),
  });
  sections.push({
    heading: 'PER KASIR',
    rows: report.byCashier.map((c) => ({ label: `${c.name} (${c.salesCount})`, value: amount(c.amount) })),
  });
  sections.push({
    heading: 'PER UNIT',
    rows: [
      ...report.byProducer.flatMap((u): Row[] => [
        { label: u.name, value: amount(u.amount), bold: true },
        { label: 'PNBP', value: amount(u.pnbp), indent: true },
        { label: 'Premi', value: amount(u.premi), indent: true },
        { label: 'Modal', value: amount(u.capital), indent: true },
      ]),
      { label: 'Pembulatan (tanpa unit)', value: amount(report.roundingKept) },
      { label: 'Jumlah', value: amount(report.net), bold: true },
    ],
  });
  if (report.byCategory.length > 0) {
    sections.push({
      heading: 'PER KATEGORI',
      rows: report.byCategory.map((c) => ({ label: c.category, value: amount(c.amount) })),
    });
  }
  sections.push({ heading: 'KAS', rows: cashLines(report).map(lineRow) });
  if (report.shifts.length > 0) {
    sections.push({
      heading: 'SHIFT',
      rows: report.shifts.flatMap((s): Row[] => [
        {
          // `Sri 08.55-14.00`, and once for both times `WITA` when the laptop's zone differs.
          label: withZoneNote(
            `${s.userName} ${hhmm(s.openedAt, timeZone)}-${hhmm(s.closedAt, timeZone) || '...'}`,
            new Date(s.openedAt),
            timeZone,
            laptop,
          ),
          value: s.closedAt ? '' : 'TERBUKA',
        },
        ...(s.closedAt
          ? [
              { label: 'Seharusnya', value: amount(s.expectedCash ?? 0), indent: true },
              { label: 'Dihitung', value: amount(s.countedCash ?? 0), indent: true },
              { label: 'Selisih', value: amount(s.variance ?? 0), indent: true },
            ]
          : []),
      ]),
    });
  }

  const footer = [`Dicetak ${at(options.printedAt)}`];
  if (options.printedBy) footer.push(`oleh ${options.printedBy}`);
  footer.push(z ? 'Laporan Z final' : 'Laporan X: bukan tutup hari');
  return {
    type: 'report',
    header: options.header,
    title: reportTitle(report),
    subtitle: periodText(report),
    sections,
    footer,
  };
}
