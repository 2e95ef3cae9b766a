// The X/Z report as files a manager keeps or sends on: an XLSX workbook (one sheet per table,
// numbers as numbers, then the sales journal line by line) and a PDF of the same tables and the
// journal grouped by sale. The engine makes them (`reports.file`), so the
// window only saves the bytes it is given; both doors work offline alike.

import type { DayReport } from '../../../shared/contract/reports';
import { formatNumber } from '../../../shared/money';
import type { PdfBlock, PdfDocument } from '../../../shared/pdfModel';
import {
  type Cell,
  periodText,
  type ReportTable,
  reportTables,
  reportTitle,
} from '../../../shared/reportTables';
import { formatZonedDateTime, laptopTimeZone, zoneNote } from '../../../shared/zoneLabel';
import { type XlsxStreamSheet, XlsxStreamWriter } from '../batches/xlsxStream';
import type { FontSet } from '../fonts/fonts';
import { writePdf } from '../pdf/writePdf';
import {
  JOURNAL_NAME,
  type JournalPart,
  journalColumns,
  journalPdfBlocks,
  journalRows,
  omittedNote,
} from './journalFiles';

/** `laporan-z3-2026-11-28`, `laporan-x-2026-11-01_2026-11-30`: a file name without extension. */
export function reportFileName(report: Pick<DayReport, 'zNo' | 'from' | 'to'>): string {
  const days = report.from === report.to ? report.from : `${report.from}_${report.to}`;
  return report.zNo === null ? `laporan-x-${days}` : `laporan-z${report.zNo}-${days}`;
}

/**
 * The workbook of the report. Times are in the till's `timeZone`; when the laptop's (`laptopZone`,
 * this process's by default) differs they say so (`28/11/2026 14.05 WITA`, `Jam (WITA)`).
 */
export function reportWorkbook(
  report: DayReport,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
  journal?: JournalPart,
): Uint8Array {
  const tables = reportTables(report, timeZone, laptopZone);
  const at = new Date(report.generatedAt);
  const journalWidths = journalColumns(zoneNote(at, timeZone, laptopZone)).map((c) => c.width);
  const sheets: XlsxStreamSheet[] = [
    ...tables.map((table) => ({ name: table.name, widths: table.columns.map((c) => c.width) })),
    ...(journal ? [{ name: JOURNAL_NAME, widths: 'entries' in journal ? journalWidths : [100] }] : []),
  ];
  // The streaming writer, so a journal of many days goes out as it is made (zlib level 1: fast).
  const chunks: Uint8Array[] = [];
  const writer = new XlsxStreamWriter(sheets, (chunk) => chunks.push(chunk), 1);
  for (const table of tables) {
    writer.startSheet();
    writer.row(table.columns.map((c) => c.header));
    for (const row of table.rows) writer.row(row.cells);
  }
  if (journal) {
    writer.startSheet();
    if ('entries' in journal) {
      for (const row of journalRows(journal.entries, timeZone, laptopZone, at)) writer.row(row);
    } else {
      writer.row(['Keterangan']);
      writer.row([omittedNote(journal.omitted)]);
    }
  }
  writer.finish();
  return Buffer.concat(chunks);
}

const qtyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });

function cellText(cell: Cell, kind: ReportTable['columns'][number]['kind']): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (kind === 'qty') return qtyFormat.format(cell);
  return formatNumber(cell);
}

/** What the PDF of the report says, as blocks; `reportPdf` writes it. Times as in the workbook. */
export function reportPdfDocument(
  report: DayReport,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
  journal?: JournalPart,
): PdfDocument {
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
        align: c.kind === 'text' || c.kind === 'code' ? 'left' : 'right',
        // Codes (unit codes, SKUs) are never wrapped or cut; names wrap instead.
        ...(c.kind === 'code' ? { wrap: false } : {}),
      })),
      rows: table.rows
        .filter((row) => !row.info)
        .map((row) => ({
          cells: row.cells.map((cell, i) => cellText(cell, table.columns[i]?.kind ?? 'text')),
          ...(row.bold ? { bold: true } : {}),
        })),
    });
  }
  if (journal && 'entries' in journal)
    blocks.push(...journalPdfBlocks(journal.entries, timeZone, laptopZone));
  else if (journal) {
    blocks.push({ type: 'heading', text: `${JOURNAL_NAME} (per struk)` });
    blocks.push({ type: 'text', text: omittedNote(journal.omitted) });
  }
  return {
    title: `${title} ${periodText(report)}`,
    blocks,
    footer: `Karya POS · ${title}`,
    // The report's own time, so the same report gives the same file.
    createdAt: Date.parse(report.generatedAt),
  };
}

/** The PDF file's bytes, drawn with `fonts` (the engine's resources/fonts). */
export function reportPdf(
  report: DayReport,
  fonts: FontSet,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
  journal?: JournalPart,
): Uint8Array {
  return writePdf(reportPdfDocument(report, timeZone, laptopZone, journal), fonts);
}

export const REPORT_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
} as const;
