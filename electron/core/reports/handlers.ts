// X and Z reports, printing them, and the audit log.
import type { DayClose, DayReport, ParsedInput, ReportFile, reportsCommands } from '../../../shared/contract';
import { reportModelFromDay } from '../../../shared/receipt/reportModel';
import { laptopTimeZone } from '../../../shared/zoneLabel';
import { listAudit } from '../audit/audit';
import { runBackup } from '../backup/runBackup';
import type { EngineContext, HandlerMap } from '../context';
import { EngineError } from '../errors';
import { fontSet } from '../fonts/fonts';
import { writePdf } from '../pdf/writePdf';
import { queueReport } from '../printing/handlers';
import { getReceiptSettings } from '../printing/receiptSettings';
import { closeDay, dayToClose, getDayClose, listDayCloses, openPart, zPart } from './closeDay';
import { dayReport, offsetMinutes } from './dayReport';
import { journalLineTotal, salesJournal } from './journal';
import { journalExport } from './journalExport';
import { JOURNAL_FILE_MAX_LINES, type JournalPart } from './journalFiles';
import { REPORT_MIME, reportFileName, reportPdfDocument, reportWorkbook } from './reportFiles';

/**
 * Days asked for: whole days, every Z of them. Nothing asked: what the next Z will close (the open
 * part of the oldest day not yet closed, or of today), so the X before a Z says what the Z will.
 */
function xReport(
  ctx: EngineContext,
  input: { from?: string | undefined; to?: string | undefined },
): DayReport {
  const scope = { device: ctx.device.device, timeZone: ctx.device.timeZone };
  if (input.from === undefined && input.to === undefined) {
    const day = dayToClose(ctx);
    return dayReport(ctx.db, { ...scope, from: day, to: day, part: openPart(ctx, day) }, ctx.now());
  }
  const from = input.from ?? input.to ?? '';
  const to = input.to ?? input.from ?? '';
  if (from > to) throw new EngineError('INVALID_INPUT', 'reports.fromBeforeTo');
  return dayReport(ctx.db, { ...scope, from, to }, ctx.now());
}

/** A Z report prints exactly as it was stored; without a day or number, the newest one. */
function storedZ(ctx: EngineContext, which: { day?: string | undefined; zNo?: number | undefined }) {
  if (which.day !== undefined || which.zNo !== undefined) return getDayClose(ctx, which);
  const newest = listDayCloses(ctx)[0];
  if (!newest) throw new EngineError('NOT_FOUND', 'reports.noZReport');
  return getDayClose(ctx, { zNo: newest.zNo });
}

function printReport(
  ctx: EngineContext,
  input: ParsedInput<'printing.printReport'>,
  actor: Parameters<typeof queueReport>[1],
) {
  const { report, close } = reportOf(ctx, input);
  const model = reportModelFromDay(report, {
    header: getReceiptSettings(ctx.db).header,
    timeZone: ctx.device.timeZone,
    printedAt: ctx.now(),
    printedBy: actor.kind === 'user' ? actor.name : null,
    ...(close ? { close } : {}),
  });
  // The queue's title names the job in the print list: `LAPORAN Z 3` or `LAPORAN X 2026-11-28`.
  const title = close ? `${model.title} ${close.zNo}` : `${model.title} ${report.from}`;
  return queueReport(ctx, actor, model, input.printerId, title);
}

/** The report asked for as the window shows it: an X of days, or a stored Z exactly as stored. */
function reportOf(
  ctx: EngineContext,
  input: {
    kind: 'x' | 'z';
    from?: string | undefined;
    to?: string | undefined;
    day?: string | undefined;
    zNo?: number | undefined;
  },
): { report: DayReport; close?: DayClose } {
  return input.kind === 'z' ? storedZ(ctx, input) : { report: xReport(ctx, input) };
}

/**
 * The sales journal of the same report: a Z's own part of its day; an X of dates, whole days; an X
 * without dates, what the next Z will close. A journal longer than the file takes is left out with
 * a note (JOURNAL_FILE_MAX_LINES), counted before anything is read.
 */
function journalOf(
  ctx: EngineContext,
  report: DayReport,
  close: DayClose | undefined,
  dated: boolean,
  format: 'xlsx' | 'pdf',
): JournalPart {
  const base = { device: ctx.device.device, from: report.from, to: report.to };
  const scope = close
    ? { ...base, part: zPart(ctx, close.zNo) }
    : dated
      ? base
      : { ...base, part: openPart(ctx, report.from) };
  const lines = journalLineTotal(ctx.db, scope);
  if (lines > JOURNAL_FILE_MAX_LINES[format]) return { omitted: lines };
  return { entries: salesJournal(ctx.db, scope) };
}

function reportFile(ctx: EngineContext, input: ParsedInput<'reports.file'>): ReportFile {
  const { report, close } = reportOf(ctx, input);
  const dated = input.from !== undefined || input.to !== undefined;
  const journal = journalOf(ctx, report, close, dated, input.format);
  const zone = ctx.device.timeZone;
  const laptop = input.laptopZone ?? laptopTimeZone();
  const bytes =
    input.format === 'xlsx'
      ? reportWorkbook(report, zone, laptop, journal)
      : writePdf(reportPdfDocument(report, zone, laptop, journal), fontSet(ctx.resourcesDir));
  return {
    fileName: `${reportFileName(report)}.${input.format}`,
    mime: REPORT_MIME[input.format],
    base64: Buffer.from(bytes).toString('base64'),
  };
}

export const reportsHandlers: HandlerMap<keyof typeof reportsCommands> = {
  'reports.x': (ctx, input) => xReport(ctx, input),
  'reports.z': async (ctx, input, actor) => {
    const closed = closeDay(ctx, input, actor);
    // The closed day goes into a backup at once (kind 'dayclose', kept apart from the hourly ones).
    // The Z is stored whatever happens to the backup; a failed backup is logged and shows on the
    // backup screen like any other.
    try {
      await runBackup(ctx, 'dayclose');
    } catch (error) {
      ctx.log.error('backup.dayclose.failed', error, { businessDay: closed.close.businessDay });
    }
    return closed;
  },
  'reports.zList': (ctx) => listDayCloses(ctx),
  'reports.zGet': (ctx, input) => getDayClose(ctx, input),
  'reports.file': (ctx, input) => reportFile(ctx, input),
  'reports.journal': (ctx, input) => journalExport(ctx, input),
  'printing.printReport': (ctx, input, actor) => printReport(ctx, input, actor),
  'audit.list': (ctx, input) => listAudit(ctx.db, input, offsetMinutes(ctx.device.timeZone, ctx.now())),
};
