// Writes the files of one batch into a folder and builds its manifest. Sales stream through a page
// at a time (the export yields between pages, so the till stays responsive and 100,000 sales stay
// a few megabytes of memory); the totals are summed from the same documents that go into the files.
// The documents come from a source: the till's database, or (for the office's bench) a generator
// that writes years of batches without a till, through this same writer.
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
  type RefundDoc,
  type SaleDoc,
  type ShiftDoc,
  type StockMoveDoc,
  type UnitSplit,
  type ZReportDoc,
} from '../../../shared/batch/format';
import { BatchTotalsBuilder } from '../../../shared/batch/totals';
import { refundDocs, saleDocPages, saleJson, shiftDocs, zReportDoc } from './batchDocs';
import type { BatchPlan, ClosedDay } from './batchPlan';
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
import { type StockRange, stockMoveDocs, stockRanges } from './stockDocs';
import { XlsxStreamWriter } from './xlsxStream';

/** The documents of each Z a batch carries, and the units' proceeds split as set now. */
export interface BatchDocuments {
  zReport(closed: ClosedDay): ZReportDoc | undefined;
  /** The Z's sales in receipt order, a page at a time (the writer yields between pages). */
  salePages(closed: ClosedDay): Iterable<SaleDoc[]>;
  refunds(closed: ClosedDay): RefundDoc[];
  shifts(closed: ClosedDay): ShiftDoc[];
  units(codes: readonly string[]): UnitSplit[];
  /** Format version 4: the stock moves a Z carries and their move numbers; absent: none. */
  stock?(closed: ClosedDay): { range: StockRange; moves: StockMoveDoc[] };
}

/** The documents as the till stores them in its database. */
export function storedDocuments(db: Database, device: string): BatchDocuments {
  let ranges: Map<number, StockRange> | undefined;
  return {
    zReport: (closed) => zReportDoc(db, device, closed.zNo),
    salePages: (closed) => saleDocPages(db, device, [closed]),
    refunds: (closed) => refundDocs(db, device, closed),
    shifts: (closed) => shiftDocs(db, device, closed),
    units: (codes) => unitSplits(db, codes),
    stock: (closed) => {
      ranges ??= stockRanges(db, device);
      const range = ranges.get(closed.zNo) ?? { stockAfter: 0, stockUpto: 0 };
      return { range, moves: stockMoveDocs(db, device, { day: closed.day, zNo: closed.zNo, ...range }) };
    },
  };
}

export interface BatchSource {
  docs: BatchDocuments;
  timeZone: string;
  generator: string;
  /**
   * The till's install id: written into the manifest (format version 3). Null writes a version 2
   * manifest without it, to rebuild a batch exported before version 3 byte for byte.
   */
  installId: string | null;
  /**
   * 3 or 4 (BATCH_FORMAT_VERSION) when there is an install id: 3 writes no stock file, to rebuild a
   * batch exported before version 4 byte for byte. Absent: see formatVersionOf.
   */
  formatVersion?: 3 | 4;
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

/**
 * zlib level of the batch workbook: 1 compresses a 100,000-sale workbook about three times faster
 * than the default 6, for a file about a quarter larger (a few megabytes on a USB stick).
 */
const XLSX_LEVEL = 1;

const WORKBOOK = [
  { name: 'Ringkasan unit', widths: [12, 36, 16, 14, 14, 14, 10, 10, 14] },
  { name: 'Penjualan', widths: [22, 12, 20, 18, 18, 12, 10, 10, 11, 12, 12, 11, 24, 9, 24, 28] },
  { name: 'Baris', widths: [22, 12, 6, 14, 32, 9, 8, 12, 12, 12, 12, 12, 10, 12, 10, 28, 20, 9] },
  { name: 'Retur', widths: [24, 12, 20, 22, 12, 10, 12, 30, 18, 18] },
];

/**
 * One pass over the days: the JSON lines, the CSV files and the workbook's sheets are written
 * side by side from the same documents, which also give the counts, the totals and the per-day
 * figures. In the workbook's zip the lines sheet streams straight out and the others wait
 * compressed until it ends; the summary sheet, written last, still opens first.
 */
async function writeAll(
  source: BatchSource,
  plan: BatchPlan,
  folder: string,
  files: Map<string, WrittenFile>,
) {
  const { docs } = source;
  const version = formatVersionOf(source);
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
    ...(version >= 4 ? { stockMoves: 0 } : {}),
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
    const unitsCsv = open(BATCH_FILES.unitsCsv);
    const stock = version >= 4 ? open(BATCH_FILES.stock) : null;
    const xlsx = open(BATCH_FILES.xlsx);
    const book = new XlsxStreamWriter(WORKBOOK, (chunk) => xlsx.write(chunk), XLSX_LEVEL);
    const lineSheet = book.sheet(2);
    const saleSheet = book.sheet(1);
    const refundSheet = book.sheet(3);
    salesCsv.write(csvLine(SALE_HEADER, true));
    linesCsv.write(csvLine(LINE_HEADER, true));
    refundsCsv.write(csvLine(REFUND_HEADER, true));
    saleSheet.row(SALE_HEADER);
    lineSheet.row(LINE_HEADER);
    refundSheet.row(REFUND_HEADER);

    for (const closed of plan.days) {
      const z = docs.zReport(closed);
      if (!z) throw new Error(`Laporan Z ${closed.zNo} (hari ${closed.day}) hilang`);
      const day: ManifestDay = {
        day: closed.day,
        zNo: z.zNo,
        closedAt: z.closedAt,
        // Only a Z that does not start its day says where it starts (a day sold on after its Z).
        ...(closed.salesAfter > 0 ? { salesAfter: closed.salesAfter } : {}),
        ...(closed.refundsAfter > 0 ? { refundsAfter: closed.refundsAfter } : {}),
        sales: 0,
        firstReceipt: null,
        lastReceipt: null,
        refunds: 0,
        firstRefund: null,
        lastRefund: null,
      };
      for (const page of docs.salePages(closed)) {
        let json = '';
        let salesText = '';
        let linesText = '';
        for (const sale of page) {
          json += `${saleJson(sale)}\n`;
          const row = saleRow(sale, time);
          salesText += csvLine(row);
          saleSheet.row(row);
          for (const line of lineRows(sale)) {
            linesText += csvLine(line);
            lineSheet.row(line);
          }
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
      for (const refund of docs.refunds(closed)) {
        refunds.write(`${canonicalJson(refund)}\n`);
        const row = refundRow(refund, time);
        refundsCsv.write(csvLine(row));
        refundSheet.row(row);
        totals.addRefund(refund);
        counts.refunds++;
        counts.refundLines += refund.lines.length;
        day.refunds++;
        day.firstRefund ??= refund.refundNo;
        day.lastRefund = refund.refundNo;
      }
      for (const shift of docs.shifts(closed)) {
        cash.write(`${canonicalJson(shift)}\n`);
        totals.addShift(shift);
        counts.shifts++;
        counts.cashMovements += shift.movements.length;
      }
      if (stock) {
        const carried = docs.stock?.(closed) ?? { range: { stockAfter: 0, stockUpto: 0 }, moves: [] };
        day.stockAfter = carried.range.stockAfter;
        day.stockUpto = carried.range.stockUpto;
        let text = '';
        for (const move of carried.moves) text += `${canonicalJson(move)}\n`;
        stock.write(text);
        counts.stockMoves = (counts.stockMoves ?? 0) + carried.moves.length;
      }
      zReports.write(`${canonicalJson(z)}\n`);
      counts.zReports++;
      days.push(day);
    }
    const units = docs.units(totals.unitCodes());
    const finished = totals.finish(units);
    unitsCsv.write(csvLine(UNIT_HEADER, true));
    const summary = book.sheet(0);
    summary.row(UNIT_HEADER);
    for (const row of unitRows(finished, units)) {
      unitsCsv.write(csvLine(row));
      summary.row(row);
    }
    book.finish();
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

/**
 * 2 without an install id; else as asked; else 4 when the documents have stock moves, and 3 for a
 * source without a stock ledger (the office bench's generated tills), whose sales move no stock.
 */
function formatVersionOf(source: BatchSource): 2 | 3 | 4 {
  if (source.installId === null) return 2;
  return source.formatVersion ?? (source.docs.stock ? BATCH_FORMAT_VERSION : 3);
}

/** Writes every file of the batch into `folder` (which must be empty) and returns the manifest. */
export async function writeBatchFiles(
  source: BatchSource,
  plan: BatchPlan,
  folder: string,
): Promise<BatchContent> {
  const files = new Map<string, WrittenFile>();
  const { counts, totals, units, days } = await writeAll(source, plan, folder, files);
  const entries: FileEntry[] = [...files.entries()]
    .map(([name, file]) => ({ name, ...file }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const firstReceipt = days.find((d) => d.firstReceipt !== null)?.firstReceipt ?? null;
  const lastReceipt = days.findLast((d) => d.lastReceipt !== null)?.lastReceipt ?? null;
  const manifest: BatchManifest = {
    format: BATCH_FORMAT,
    formatVersion: formatVersionOf(source),
    generator: source.generator,
    batchId: plan.batchId,
    device: plan.device,
    ...(source.installId === null ? {} : { installId: source.installId }),
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
