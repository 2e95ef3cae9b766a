// The Penjualan export: the sales journal of any range of whole business days as a file to save,
// an XLSX workbook of one sheet written by the streaming writer (a year of a busy till is a few
// hundred thousand rows) or the same rows as CSV.
import type { ParsedInput, ReportFile } from '../../../shared/contract';
import { JOURNAL_MAX_DAYS } from '../../../shared/reportTables';
import { daysBetween } from '../../../shared/time';
import { laptopTimeZone, zoneNote } from '../../../shared/zoneLabel';
import { XlsxStreamWriter } from '../batches/xlsxStream';
import type { EngineContext } from '../context';
import { EngineError } from '../errors';
import { journalLineCount, journalLineTotal, salesJournal } from './journal';
import { JOURNAL_NAME, journalColumns, journalCsv, journalRows } from './journalFiles';
import { REPORT_MIME } from './reportFiles';

/**
 * The most lines one export holds. The engine serves the till from one thread: the file is made
 * while sales wait (about 2.5 s per 100,000 lines here, see docs/performance.md), and a workbook
 * sheet ends at 1,048,576 rows. A longer range is refused, counted first, before anything is read.
 */
export const JOURNAL_EXPORT_MAX_LINES = 150_000;

/** `penjualan-2026-12-05`, `penjualan-2026-11-01_2026-11-30`: without extension. */
export function journalFileName(from: string, to: string): string {
  return from === to ? `penjualan-${from}` : `penjualan-${from}_${to}`;
}

const joined = (chunks: readonly Uint8Array[]): Uint8Array => Buffer.concat(chunks);

export function journalExport(
  ctx: EngineContext,
  input: ParsedInput<'reports.journal'>,
  maxLines = JOURNAL_EXPORT_MAX_LINES,
): ReportFile & { entries: number; lines: number } {
  const { from, to, format } = input;
  if (from > to) throw new EngineError('INVALID_INPUT', 'reports.fromBeforeTo');
  if (daysBetween(from, to) > JOURNAL_MAX_DAYS) {
    throw new EngineError('INVALID_INPUT', 'reports.rangeTooLong', { max: JOURNAL_MAX_DAYS });
  }
  const scope = { device: ctx.device.device, from, to };
  const total = journalLineTotal(ctx.db, scope);
  if (total > maxLines) {
    throw new EngineError('INVALID_INPUT', 'reports.journalTooManyLines', { lines: total, max: maxLines });
  }
  const zone = ctx.device.timeZone;
  const laptop = input.laptopZone ?? laptopTimeZone();
  const now = ctx.now();
  const entries = salesJournal(ctx.db, scope);
  let bytes: Uint8Array;
  if (format === 'csv') {
    // UTF-8 in pieces of about 64 KB, so the text never sits in memory twice over.
    const chunks: Uint8Array[] = [];
    let piece = '';
    for (const record of journalCsv(entries, zone, laptop, now)) {
      piece += record;
      if (piece.length >= 65_536) {
        chunks.push(Buffer.from(piece, 'utf8'));
        piece = '';
      }
    }
    chunks.push(Buffer.from(piece, 'utf8'));
    bytes = joined(chunks);
  } else {
    const chunks: Uint8Array[] = [];
    const widths = journalColumns(zoneNote(now, zone, laptop)).map((c) => c.width);
    // zlib level 1: a big journal compresses nearly as well and several times faster.
    const writer = new XlsxStreamWriter([{ name: JOURNAL_NAME, widths }], (chunk) => chunks.push(chunk), 1);
    writer.startSheet();
    for (const row of journalRows(entries, zone, laptop, now)) writer.row(row);
    writer.finish();
    bytes = joined(chunks);
  }
  return {
    fileName: `${journalFileName(from, to)}.${format}`,
    mime: REPORT_MIME[format],
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    entries: entries.length,
    lines: journalLineCount(entries),
  };
}
