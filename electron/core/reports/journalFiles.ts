// The sales journal as rows and blocks: the "Penjualan" sheet of the X/Z workbook and of the
// Penjualan export (one row per line, the sale's own fields repeated on each of its lines so a
// spreadsheet can filter and pivot), the same rows as CSV, and the journal in the report's PDF
// (grouped by sale: a heading line per sale, its lines, its payments).
import { csvRecord } from '../../../shared/csv';
import { formatNumber } from '../../../shared/money';
import type { PdfBlock } from '../../../shared/pdfModel';
import { type Cell, methodLabel, type ReportColumn } from '../../../shared/reportTables';
import { laptopTimeZone, zoneNote } from '../../../shared/zoneLabel';
import type { JournalEntry, JournalLine } from './journal';

/** The name of the sheet, of the export and of the PDF's section. */
export const JOURNAL_NAME = 'Penjualan';

/**
 * The most lines the X/Z files carry in their journal: a PDF of more than a few thousand lines takes
 * the engine (which serves the till) too long and makes hundreds of pages; a workbook of more than
 * 100,000 lines, more than the bench's target time. Longer journals (an X of many days) are left out
 * of the file with a note pointing to the Penjualan export, which is made for them.
 */
export const JOURNAL_FILE_MAX_LINES = { pdf: 3_000, xlsx: 100_000 } as const;

/** The journal a file carries: its entries, or how many lines were left out and why. */
export type JournalPart = { entries: readonly JournalEntry[] } | { omitted: number };

/** What a file says in place of a journal too long for it. */
export function omittedNote(lines: number): string {
  return `${lines.toLocaleString('id-ID')} baris penjualan: terlalu banyak untuk berkas ini. Unduh lewat Laporan, tab Penjualan (XLSX atau CSV).`;
}

/** What each row says it is: a sale kept, a sale voided, or a refund. */
export const JOURNAL_KINDS = { sale: 'Penjualan', voided: 'Batal', refund: 'Retur' } as const;

const text = (header: string, width: number): ReportColumn => ({ header, kind: 'text', width });
const money = (header: string, width = 13): ReportColumn => ({ header, kind: 'money', width });

/** The columns of the sheet; `note` is the zone's name when the laptop keeps another zone. */
export function journalColumns(note = ''): ReportColumn[] {
  return [
    text('Hari usaha', 11),
    text(note === '' ? 'Waktu' : `Waktu (${note})`, note === '' ? 17 : 18 + note.length),
    text('No. struk', 22),
    text('Jenis', 10),
    text('Kasir', 18),
    { header: 'Baris', kind: 'count', width: 6 },
    text('SKU', 14),
    text('Produk', 32),
    text('Unit', 10),
    { header: 'Jumlah', kind: 'qty', width: 9 },
    text('Satuan', 7),
    money('Harga'),
    money('Bruto'),
    money('Diskon baris'),
    money('Diskon nota'),
    money('PPN ditambahkan'),
    money('Total baris'),
    money('Pembulatan nota'),
    money('Total nota'),
    money('Masuk bersih'),
    text('Pembayaran', 28),
    text('Keterangan', 40),
  ];
}

function kindOf(entry: JournalEntry): string {
  if (entry.kind === 'refund') return JOURNAL_KINDS.refund;
  return entry.voided ? JOURNAL_KINDS.voided : JOURNAL_KINDS.sale;
}

/** `Tunai 50.000; QRIS 20.000`. */
export function paymentsText(entry: JournalEntry): string {
  return entry.payments.map((p) => `${methodLabel(p.method)} ${formatNumber(p.amount)}`).join('; ');
}

/**
 * `05/12/2026 10.30` in the till's zone. The zone is named once, in the column's heading (or the
 * PDF's note), when the laptop keeps another; one formatter serves every row of a file.
 */
export function journalClock(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (iso) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(iso))) parts[part.type] = part.value;
    return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}.${parts.minute}`;
  };
}

/** The note under the sale: why it was voided, or which sale a refund took goods back from. */
export function noteOf(entry: JournalEntry, at: (iso: string) => string): string {
  if (entry.voided)
    return `Dibatalkan ${at(entry.voided.at)} oleh ${entry.voided.by}: ${entry.voided.reason}`;
  if (entry.refundOf) return `Retur struk ${entry.refundOf.receiptNo}: ${entry.refundOf.reason}`;
  return '';
}

/** The sheet's rows, header first, one per line of every entry. */
export function* journalRows(
  entries: Iterable<JournalEntry>,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
  at: Date = new Date(),
): Generator<Cell[]> {
  const note = zoneNote(at, timeZone, laptopZone);
  yield journalColumns(note).map((c) => c.header);
  const clock = journalClock(timeZone);
  for (const entry of entries) {
    const time = clock(entry.at);
    const kind = kindOf(entry);
    const paid = paymentsText(entry);
    const remark = noteOf(entry, clock);
    const counted = !entry.voided;
    let first = true;
    for (const line of entry.lines) {
      // The sale's own amounts once, on its first line, so a column summed counts each sale once;
      // a voided sale's lines bring nothing in. Masuk bersih summed, plus Pembulatan nota summed,
      // is the report's Bersih, and Masuk bersih per unit is the report's per-unit net.
      yield [
        entry.businessDay,
        time,
        entry.no,
        kind,
        entry.cashier,
        line.lineNo,
        line.sku,
        line.name,
        line.producerCode,
        line.qtyMilli / 1000,
        line.unit,
        line.unitPrice,
        line.gross,
        line.lineDiscount,
        line.orderDiscountShare,
        line.ppnAdded,
        line.total,
        first && counted ? entry.rounding : null,
        first ? entry.total : null,
        counted ? line.total : 0,
        paid,
        remark,
      ];
      first = false;
    }
  }
}

/** The same rows as CSV records (BOM on the first), for `csvRecord`'s one writer. */
export function* journalCsv(
  entries: Iterable<JournalEntry>,
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
  at: Date = new Date(),
): Generator<string> {
  let first = true;
  for (const row of journalRows(entries, timeZone, laptopZone, at)) {
    yield csvRecord(row, first);
    first = false;
  }
}

const qtyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });

function lineCells(line: JournalLine): string[] {
  const discount = line.lineDiscount + line.orderDiscountShare;
  return [
    `${line.name}`,
    line.producerCode,
    `${qtyFormat.format(line.qtyMilli / 1000)} ${line.unit}`,
    formatNumber(line.unitPrice),
    discount === 0 ? '' : formatNumber(discount),
    formatNumber(line.total),
  ];
}

/**
 * The journal in the report's PDF, after the summary tables: one table, each sale (or refund)
 * opened by a bold line with its number, time, cashier and total, then its lines, then how it was
 * paid (and why it was voided or refunded).
 */
export function journalPdfBlocks(
  entries: readonly JournalEntry[],
  timeZone: string,
  laptopZone: string = laptopTimeZone(),
): PdfBlock[] {
  if (entries.length === 0) return [];
  const clock = journalClock(timeZone);
  const time = (iso: string) => clock(iso).slice(11);
  const rows: { cells: string[]; bold?: boolean }[] = [];
  for (const entry of entries) {
    const kind = kindOf(entry);
    // The number holds the day (BTH1-20261205-0001), so the time of day is enough beside it.
    const heading = `${entry.no}  ${time(entry.at)}${kind === JOURNAL_KINDS.sale ? '' : `  ${kind.toUpperCase()}`}`;
    rows.push({ cells: [heading, '', '', '', '', formatNumber(entry.total)], bold: true });
    for (const line of entry.lines) rows.push({ cells: lineCells(line) });
    const extras: string[] = [`Kasir ${entry.cashier}`];
    if (entry.orderDiscount !== 0) extras.push(`Diskon nota ${formatNumber(entry.orderDiscount)}`);
    if (entry.rounding !== 0) extras.push(`Pembulatan ${formatNumber(entry.rounding)}`);
    const paid = paymentsText(entry);
    if (paid !== '') extras.push(`${entry.kind === 'refund' ? 'Dikembalikan' : 'Bayar'}: ${paid}`);
    const remark = noteOf(entry, clock);
    // Indented under the sale; the writer wraps them inside the first column.
    for (const note of [extras.join(' · '), remark]) {
      if (note.trim() !== '') rows.push({ cells: [`   ${note}`, '', '', '', '', ''] });
    }
  }
  const first = entries[0];
  const dayNote = first ? zoneNote(new Date(first.at), timeZone, laptopZone) : '';
  return [
    { type: 'heading', text: `${JOURNAL_NAME} (per struk)` },
    ...(dayNote === '' ? [] : [{ type: 'text' as const, text: `Jam dalam ${dayNote}` }]),
    {
      type: 'table',
      columns: [
        { header: 'Struk / produk', width: 42, align: 'left' },
        { header: 'Unit', width: 14, align: 'left', wrap: false },
        { header: 'Jumlah', width: 11, align: 'right' },
        { header: 'Harga', width: 11, align: 'right' },
        { header: 'Diskon', width: 10, align: 'right' },
        { header: 'Total', width: 11, align: 'right' },
      ],
      rows,
    },
  ];
}
