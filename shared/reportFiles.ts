// The X/Z report as files a manager keeps or sends on: an XLSX workbook (one sheet per table,
// numbers as numbers) and a PDF of the same tables. Both are made where the report is shown, so
// exporting works offline in Electron and in a browser alike.

import type { DayReport } from './contract/reports';
import { formatNumber } from './money';
import { type PdfBlock, writePdf } from './pdf';
import { type Cell, periodText, type ReportTable, reportTables, reportTitle } from './reportTables';
import { writeXlsxBook } from './xlsx';
import { formatZonedDateTime, laptopTimeZone } from './zoneLabel';

/** `laporan-z3-2026-11-28`, `laporan-x-2026-11-01_2026-11-30`: a file name without extension. */
export function reportFileName(report: Pick<DayReport, 'zNo' | 'from' | 'to'>): string {
  const days = report.from === report.to ? report.from : `${report.from}_${report.to}`;
  return report.zNo === null ? `laporan-x-${days}` : `laporan-z${report.zNo}-${days}`;
}

/**
 * The workbook of the report. Times are in the till's `timeZone`; when the laptop's (`laptopZone`,
 * the window's by default) differs they say so (`28/11/2026 14.05 WITA`, `Jam (WITA)`).
 */
export function reportWorkbook(
  report: DayReport,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
): Uint8Array {
  return writeXlsxBook(
    reportTables(report, timeZone, laptopZone).map((table) => ({
      name: table.name,
      rows: [table.columns.map((c) => c.header), ...table.rows.map((r) => r.cells)],
      widths: table.columns.map((c) => c.width),
    })),
  );
}

const qtyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });

function cellText(cell: Cell, kind: ReportTable['columns'][number]['kind']): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (kind === 'qty') return qtyFormat.format(cell);
  return formatNumber(cell);
}

/** The PDF of the report; times as in the workbook. */
export function reportPdf(
  report: DayReport,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
): Uint8Array {
  const title = `${reportTitle(report)}${report.zNo === null ? '' : ` ${report.zNo}`}`;
  const blocks: PdfBlock[] = [
    { type: 'title', text: `${title} · ${report.device}` },
    { type: 'text', text: periodText(report) },
    {
      type: 'text',
      text: `Dibuat ${formatZonedDateTime(new Date(report.generatedAt), timeZone, laptopZone)} · rupiah`,
    },
  ];
  for (const table of reportTables(report, timeZone, laptopZone)) {
    if (table.rows.length === 0) continue;
    blocks.push({ type: 'heading', text: table.name });
    blocks.push({
      type: 'table',
      columns: table.columns.map((c) => ({
        header: c.header,
        width: c.width,
        align: c.kind === 'text' ? 'left' : 'right',
      })),
      rows: table.rows
        .filter((row) => !row.info)
        .map((row) => ({
          cells: row.cells.map((cell, i) => cellText(cell, table.columns[i]?.kind ?? 'text')),
          ...(row.bold ? { bold: true } : {}),
        })),
    });
  }
  return writePdf({ title: `${title} ${periodText(report)}`, blocks, footer: `Karya POS · ${title}` });
}
