// Writes the files of one batch into a folder and builds its manifest. Sales stream through a page
// at a time (the export yields between pages, so the till stays responsive and 100,000 sales stay
// a few megabytes of memory); the totals are summed from the same documents that go into the files.
// The workbook is written in a second pass over the rows, since its first sheet is the summary.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { canonicalJson, canonicalPrettyJson } from '../../../shared/batch/canonicalJson';
import {
  BATCH_FILES,
  BATCH_FORMAT,
  BATCH_FORMAT_VERSION,
  type BatchCounts,
  type BatchManifest,
  type BatchTotals,
  type FileEntry,
  type ManifestDay,
  type UnitSplit,
} from '../../../shared/batch/format';
import { BatchTotalsBuilder } from '../../../shared/batch/totals';
import { XlsxStreamWriter } from '../../../shared/xlsxStream';
import { refundDocs, saleDocPages, shiftDocs, zReportDoc } from './batchDocs';
import type { BatchPlan } from './batchPlan';
import {
  csvLine,
  LINE_HEADER,
  lineRows,
  localTime,
  REFUND_HEADER,
  refundRow,
  SALE_HEADER,
  saleRow,
  UNIT_HEADER,
  unitRows,
} from './batchTables';
import { FileSink, type WrittenFile } from './fileSink';

export interface BatchSource {
  db: Database;
  timeZone: string;
  generator: string;
  /** Called between pages: the export awaits it (a tick of the event loop in the engine). */
  pause: () => Promise<void>;
  /** Called with the files written so far (progress for tests and logs). */
  onFile?: (name: string) => void;
}

export interface BatchContent {
  manifest: BatchManifest;
  /** manifest.json exactly as written. */
  manifestText: string;
  counts: BatchCounts;
  totals: BatchTotals;
}

/** The producing units met in the batch, with their proceeds split as set on this device now. */
export function unitSplits(db: Database, codes: readonly string[]): UnitSplit[] {
  const rows = db
    .prepare(
      `SELECT code, name, pnbp_bp AS pnbpBp, premi_bp AS premiBp, capital_bp AS capitalBp
       FROM producers WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code`,
    )
    .all(JSON.stringify(codes)) as UnitSplit[];
  return rows;
}

/** Pass one: the JSON lines, the CSV files, the counts, the totals and the per-day figures. */
async function writeRecords(
  source: BatchSource,
  plan: BatchPlan,
  folder: string,
  files: Map<string, WrittenFile>,
) {
  const { db } = source;
  const time = localTime(source.timeZone);
  const counts: BatchCounts = {
    sales: 0,
    lines: 0,
    payments: 0,
    voids: 0,
    refunds: 0,
    refundLines: 0,
    shifts: 0,
    cashMovements: 0,
    zReports: 0,
  };
  const totals = new BatchTotalsBuilder();
  const days: ManifestDay[] = [];
  const sinks = new Map<string, FileSink>();
  const open = (name: string) => {
    const sink = new FileSink(join(folder, name));
    sinks.set(name, sink);
    return sink;
  };
  try {
    const sales = open(BATCH_FILES.sales);
    const salesCsv = open(BATCH_FILES.salesCsv);
    const linesCsv = open(BATCH_FILES.linesCsv);
    const refunds = open(BATCH_FILES.refunds);
    const refundsCsv = open(BATCH_FILES.refundsCsv);
    const cash = open(BATCH_FILES.cash);
    const zReports = open(BATCH_FILES.zReports);
    salesCsv.write(csvLine(SALE_HEADER, true));
    linesCsv.write(csvLine(LINE_HEADER, true));
    refundsCsv.write(csvLine(REFUND_HEADER, true));

    for (const closed of plan.days) {
      const z = zReportDoc(db, plan.device, closed.day);
      if (!z) throw new Error(`Laporan Z hari ${closed.day} hilang`);
      const day: ManifestDay = {
        day: closed.day,
        zNo: z.zNo,
        closedAt: z.closedAt,
        sales: 0,
        firstReceipt: null,
        lastReceipt: null,
        refunds: 0,
        firstRefund: null,
        lastRefund: null,
      };
      for (const page of saleDocPages(db, plan.device, [closed.day])) {
        let json = '';
        let salesText = '';
        let linesText = '';
        for (const sale of page) {
          json += `${canonicalJson(sale)}\n`;
          salesText += csvLine(saleRow(sale, time));
          for (const row of lineRows(sale)) linesText += csvLine(row);
          totals.addSale(sale);
          counts.sales++;
          counts.lines += sale.lines.length;
          counts.payments += sale.payments.length;
          if (sale.void) counts.voids++;
          day.sales++;
          day.firstReceipt ??= sale.receiptNo;
          day.lastReceipt = sale.receiptNo;
        }
        sales.write(json);
        salesCsv.write(salesText);
        linesCsv.write(linesText);
        await source.pause();
      }
      for (const refund of refundDocs(db, plan.device, closed.day)) {
        refunds.write(`${canonicalJson(refund)}\n`);
        refundsCsv.write(csvLine(refundRow(refund, time)));
        totals.addRefund(refund);
        counts.refunds++;
        counts.refundLines += refund.lines.length;
        day.refunds++;
        day.firstRefund ??= refund.refundNo;
        day.lastRefund = refund.refundNo;
      }
      for (const shift of shiftDocs(db, plan.device, closed.day)) {
        cash.write(`${canonicalJson(shift)}\n`);
        totals.addShift(shift);
        counts.shifts++;
        counts.cashMovements += shift.movements.length;
      }
      zReports.write(`${canonicalJson(z)}\n`);
      counts.zReports++;
      days.push(day);
    }
    const units = unitSplits(db, totals.unitCodes());
    const finished = totals.finish(units);
    const unitsCsv = open(BATCH_FILES.unitsCsv);
    unitsCsv.write(csvLine(UNIT_HEADER, true));
    for (const row of unitRows(finished, units)) unitsCsv.write(csvLine(row));
    for (const [name, sink] of sinks) {
      files.set(name, sink.close());
      source.onFile?.(name);
    }
    return { counts, totals: finished, units, days };
  } catch (error) {
    for (const sink of sinks.values()) sink.abandon();
    throw error;
  }
}

/** Pass two: the workbook, summary first, then sales, lines and refunds read again page by page. */
async function writeWorkbook(
  source: BatchSource,
  plan: BatchPlan,
  folder: string,
  totals: BatchTotals,
  units: readonly UnitSplit[],
): Promise<WrittenFile> {
  const { db } = source;
  const time = localTime(source.timeZone);
  const sink = new FileSink(join(folder, BATCH_FILES.xlsx));
  try {
    const book = new XlsxStreamWriter(
      [
        { name: 'Ringkasan unit', widths: [12, 36, 16, 14, 14, 14, 10, 10, 14] },
        { name: 'Penjualan', widths: [22, 12, 20, 18, 18, 12, 10, 10, 11, 12, 12, 11, 24, 9, 24, 28] },
        { name: 'Baris', widths: [22, 12, 6, 14, 32, 9, 8, 12, 12, 12, 12, 12, 10, 12, 10, 28, 20, 9] },
        { name: 'Retur', widths: [24, 12, 20, 22, 12, 10, 12, 30, 18, 18] },
      ],
      (chunk) => sink.write(chunk),
    );
    book.startSheet();
    book.row(UNIT_HEADER);
    for (const row of unitRows(totals, units)) book.row(row);
    const days = plan.days.map((d) => d.day);
    book.startSheet();
    book.row(SALE_HEADER);
    for (const page of saleDocPages(db, plan.device, days)) {
      for (const sale of page) book.row(saleRow(sale, time));
      await source.pause();
    }
    book.startSheet();
    book.row(LINE_HEADER);
    for (const page of saleDocPages(db, plan.device, days)) {
      for (const sale of page) for (const row of lineRows(sale)) book.row(row);
      await source.pause();
    }
    book.startSheet();
    book.row(REFUND_HEADER);
    for (const day of days)
      for (const refund of refundDocs(db, plan.device, day)) book.row(refundRow(refund, time));
    book.finish();
    const written = sink.close();
    source.onFile?.(BATCH_FILES.xlsx);
    return written;
  } catch (error) {
    sink.abandon();
    throw error;
  }
}

/** Writes every file of the batch into `folder` (which must be empty) and returns the manifest. */
export async function writeBatchFiles(
  source: BatchSource,
  plan: BatchPlan,
  folder: string,
): Promise<BatchContent> {
  const files = new Map<string, WrittenFile>();
  const { counts, totals, units, days } = await writeRecords(source, plan, folder, files);
  files.set(BATCH_FILES.xlsx, await writeWorkbook(source, plan, folder, totals, units));
  const entries: FileEntry[] = [...files.entries()]
    .map(([name, file]) => ({ name, ...file }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const firstReceipt = days.find((d) => d.firstReceipt !== null)?.firstReceipt ?? null;
  const lastReceipt = days.findLast((d) => d.lastReceipt !== null)?.lastReceipt ?? null;
  const manifest: BatchManifest = {
    format: BATCH_FORMAT,
    formatVersion: BATCH_FORMAT_VERSION,
    generator: source.generator,
    batchId: plan.batchId,
    device: plan.device,
    seq: plan.seq,
    reexport: plan.reexport,
    timeZone: source.timeZone,
    period: { from: plan.from, to: plan.to },
    days,
    receipts: { first: firstReceipt, last: lastReceipt },
    counts,
    units,
    totals,
    files: entries,
    prevHash: plan.prevHash,
  };
  return { manifest, manifestText: canonicalPrettyJson(manifest), counts, totals };
}
