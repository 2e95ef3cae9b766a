// The Penjualan export: the sales journal of any range of whole business days as a file to save,
// an XLSX workbook of one sheet written by the streaming writer (a year of a busy till is a few
// hundred thousand rows) or the same rows as CSV.
import type { ParsedInput, ReportFile } from '../../../shared/contract';
import { JOURNAL_MAX_DAYS } from '../../../shared/reportTables';
import { laptopTimeZone, zoneNote } from '../../../shared/zoneLabel';
import { XlsxStreamWriter } from '../batches/xlsxStream';
import type { EngineContext } from '../context';
import { EngineError } from '../errors';
import { journalLineCount, salesJournal } from './journal';
import { JOURNAL_NAME, journalColumns, journalCsv, journalRows } from './journalFiles';
import { REPORT_MIME } from './reportFiles';

/** Days from `from` to `to`, both counted. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** `penjualan-2026-12-05`, `penjualan-2026-11-01_2026-11-30`: without extension. */
export function journalFileName(from: string, to: string): string {
  return from === to ? `penjualan-${from}` : `penjualan-${from}_${to}`;
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function journalExport(
  ctx: EngineContext,
  input: ParsedInput<'reports.journal'>,
): ReportFile & { entries: number; lines: number } {
  const { from, to, format } = input;
  if (from > to) throw new EngineError('INVALID_INPUT', 'reports.fromBeforeTo');
  if (daysBetween(from, to) > JOURNAL_MAX_DAYS) {
    throw new EngineError('INVALID_INPUT', 'reports.rangeTooLong', { max: JOURNAL_MAX_DAYS });
  }
  const zone = ctx.device.timeZone;
  const laptop = input.laptopZone ?? laptopTimeZone();
  const now = ctx.now();
  const entries = salesJournal(ctx.db, { device: ctx.device.device, from, to });
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
