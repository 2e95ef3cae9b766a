// A settlement statement as the files finance keeps: a PDF to print and sign, and an XLSX that
// opens in Excel with numbers as numbers. Both come from the issued figures alone (no clock, no
// machine locale), so the same statement always gives the same bytes and the same SHA-256.

import { XlsxStreamWriter } from '../../../electron/core/batches/xlsxStream';
import { formatNumber } from '../../../shared/money';
import type { PdfBlock, PdfColumn, PdfDocument } from '../../../shared/pdfModel';
import { formatDateTime, formatLongDay } from '../../../shared/time';
import type { XlsxCell } from '../../../shared/xlsx';
import { zoneName } from '../../../shared/zoneLabel';
import type { IssuedStatement, SplitRates, StatementLine } from './statementModel';

/** Refunds are kept positive and shown as money going out; `-0` would print as `-0`. */
const negated = (amount: number) => -amount || 0;

export const STATEMENT_TITLE = 'Pernyataan Hasil Penjualan';

/** The rule the split follows, printed on every statement so anyone can recompute it. */
export const SPLIT_RULE =
  'Pembagian dihitung sekali atas jumlah bersih periode untuk tiap tarif (sisa terbesar), sama seperti ' +
  'karya batch merge atas batch yang sama; jumlahnya dapat berbeda beberapa rupiah dari jumlah ' +
  'pembagian laporan Z harian, karena tiap laporan Z membulatkan harinya sendiri.';

/** `15%`, `12,5%` from basis points. */
export function percentText(bp: number): string {
  return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(bp / 100)}%`;
}

export function ratesText(rates: SplitRates): string {
  return `PNBP ${percentText(rates.pnbpBp)} · premi ${percentText(rates.premiBp)} · modal ${percentText(rates.capitalBp)}`;
}

const qtyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });

function qtyText(line: StatementLine): string {
  return `${qtyFormat.format(line.qtyMilli / 1000)} ${line.unit}`;
}

export function periodLabel(period: { from: string; to: string }): string {
  const from = formatLongDay(period.from, 'id').replace(/^[^,]+, /, '');
  const to = formatLongDay(period.to, 'id').replace(/^[^,]+, /, '');
  return period.from === period.to ? from : `${from} – ${to}`;
}

/** `pernyataan-LPS-PALU-2026-11-01_2026-11-30-r1`: the files' name without extension. */
export function statementFileName(statement: Pick<IssuedStatement, 'unit' | 'period' | 'revision'>): string {
  const unit = statement.unit.code.replace(/[^A-Za-z0-9-]/g, '_');
  return `pernyataan-${unit}-${statement.period.from}_${statement.period.to}-r${statement.revision}`;
}

/** `01/12/2026 09.30 WITA`: the office's zone is always named, the paper travels. */
function issuedAtText(statement: IssuedStatement): string {
  const at = new Date(statement.issuedAt);
  return `${formatDateTime(at, statement.timeZone)} ${zoneName(statement.timeZone, at)}`;
}

function issuedText(statement: IssuedStatement): string {
  const at = issuedAtText(statement);
  return `Nomor ${statement.number} · revisi ${statement.revision} · diterbitkan ${at} oleh ${statement.issuedBy}`;
}

function summaryRows(statement: IssuedStatement): [string, number][] {
  const t = statement.totals;
  return [
    ['Penjualan (setelah diskon, tanpa yang dibatalkan)', t.gross],
    ['Pengembalian dana', negated(t.refunds)],
    ['Bersih', t.net],
    ['PNBP', t.pnbp],
    ['Premi warga binaan', t.premi],
    ['Modal kerja', t.capital],
  ];
}

// The device is the number's first part (`BTH1-20261102-0001`), so it has no column of its own here.
const LINE_COLUMNS: PdfColumn[] = [
  { header: 'Tanggal', width: 11, wrap: false },
  { header: 'Nomor', width: 20, wrap: false },
  { header: 'Kode', width: 12, wrap: false },
  { header: 'Nama', width: 34 },
  { header: 'Jumlah', width: 10, align: 'right' },
  { header: 'Rupiah', width: 13, align: 'right' },
];

function lineCells(line: StatementLine): string[] {
  return [
    line.businessDay,
    `${line.documentNo} #${line.lineNo}`,
    line.sku,
    line.kind === 'refund' ? `${line.name} (pengembalian atas ${line.saleReceiptNo ?? '?'})` : line.name,
    line.kind === 'refund' ? `-${qtyText(line)}` : qtyText(line),
    formatNumber(line.amount),
  ];
}

export function statementPdfDocument(statement: IssuedStatement): PdfDocument {
  const t = statement.totals;
  const blocks: PdfBlock[] = [
    { type: 'title', text: `${STATEMENT_TITLE} · ${statement.unit.code}` },
    { type: 'text', text: statement.unit.name, bold: true },
    { type: 'text', text: `Periode ${periodLabel(statement.period)} · rupiah` },
    { type: 'text', text: issuedText(statement) },
    { type: 'heading', text: 'Ringkasan' },
    {
      type: 'table',
      columns: [
        { header: 'Keterangan', width: 70 },
        { header: 'Rupiah', width: 30, align: 'right' },
      ],
      rows: summaryRows(statement).map(([label, amount], i) => ({
        cells: [label, formatNumber(amount)],
        ...(i === 2 ? { bold: true } : {}),
      })),
    },
    { type: 'heading', text: 'Pembagian per tarif' },
    {
      type: 'table',
      columns: [
        { header: 'Tarif', width: 34 },
        { header: 'Bersih', width: 17, align: 'right' },
        { header: 'PNBP', width: 16, align: 'right' },
        { header: 'Premi', width: 16, align: 'right' },
        { header: 'Modal kerja', width: 17, align: 'right' },
      ],
      rows: [
        ...statement.groups.map((g) => ({
          cells: [
            ratesText(g.rates),
            formatNumber(g.net),
            formatNumber(g.pnbp),
            formatNumber(g.premi),
            formatNumber(g.capital),
          ],
        })),
        {
          cells: [
            'Jumlah',
            formatNumber(t.net),
            formatNumber(t.pnbp),
            formatNumber(t.premi),
            formatNumber(t.capital),
          ],
          bold: true,
        },
      ],
    },
    { type: 'text', text: SPLIT_RULE },
    { type: 'heading', text: 'Per perangkat' },
    {
      type: 'table',
      columns: [
        { header: 'Perangkat', width: 20, wrap: false },
        { header: 'Hari berjual', width: 14, align: 'right' },
        { header: 'Penjualan', width: 22, align: 'right' },
        { header: 'Pengembalian', width: 22, align: 'right' },
        { header: 'Bersih', width: 22, align: 'right' },
      ],
      rows: statement.devices.map((d) => ({
        cells: [
          d.device,
          String(d.days),
          formatNumber(d.gross),
          formatNumber(negated(d.refunds)),
          formatNumber(d.net),
        ],
      })),
    },
    { type: 'heading', text: `Rincian: ${t.saleLines} baris penjualan, ${t.refundLines} baris pengembalian` },
  ];
  if (statement.lines.length > 0) {
    blocks.push({
      type: 'table',
      columns: LINE_COLUMNS,
      rows: [
        ...statement.lines.map((line) => ({ cells: lineCells(line) })),
        { cells: ['Jumlah', '', '', '', '', formatNumber(t.net)], bold: true },
      ],
    });
  }
  blocks.push({ type: 'space' });
  blocks.push({
    type: 'text',
    text: `Dihitung dari ${statement.batches} batch. SHA-256 masukan (pasangan id batch dan SHA-256 manifesnya, berurutan):`,
  });
  blocks.push({ type: 'text', text: statement.inputsSha256 });
  return {
    title: `${STATEMENT_TITLE} ${statement.number}`,
    blocks,
    footer: `Karya POS · ${statement.number}`,
    // The first issue's time, stored: never the clock at writing time.
    createdAt: Date.parse(statement.issuedAt),
  };
}

/** The workbook: summary, split per rate, per device, then every line (numbers as numbers). */
export function statementWorkbook(statement: IssuedStatement): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new XlsxStreamWriter(
    [
      { name: 'Ringkasan', widths: [48, 70] },
      { name: 'Pembagian', widths: [12, 12, 12, 16, 16, 16, 16, 16, 16, 10] },
      { name: 'Perangkat', widths: [12, 10, 16, 16, 16] },
      { name: 'Baris', widths: [12, 12, 10, 24, 24, 6, 16, 36, 10, 8, 14, 8, 8, 8] },
    ],
    (chunk) => chunks.push(chunk),
  );
  const t = statement.totals;
  writer.startSheet();
  const head: [string, XlsxCell][] = [
    ['Dokumen', STATEMENT_TITLE],
    ['Nomor', statement.number],
    ['Revisi', statement.revision],
    ['Kode UPT', statement.unit.code],
    ['Nama UPT', statement.unit.name],
    ['Dari', statement.period.from],
    ['Sampai', statement.period.to],
    ['Diterbitkan', issuedAtText(statement)],
    ['Oleh', statement.issuedBy],
    ...summaryRows(statement),
    ['Baris penjualan', t.saleLines],
    ['Baris pengembalian', t.refundLines],
    ['Batch', statement.batches],
    ['SHA-256 masukan', statement.inputsSha256],
    ['Aturan pembagian', SPLIT_RULE],
  ];
  writer.row(['Keterangan', 'Nilai']);
  for (const row of head) writer.row(row);

  writer.startSheet();
  writer.row([
    'PNBP (bp)',
    'Premi (bp)',
    'Modal (bp)',
    'Penjualan',
    'Pengembalian',
    'Bersih',
    'PNBP',
    'Premi',
    'Modal kerja',
    'Baris',
  ]);
  for (const g of statement.groups) {
    writer.row([
      g.rates.pnbpBp,
      g.rates.premiBp,
      g.rates.capitalBp,
      g.gross,
      negated(g.refunds),
      g.net,
      g.pnbp,
      g.premi,
      g.capital,
      g.lines,
    ]);
  }
  writer.row([
    'Jumlah',
    null,
    null,
    t.gross,
    negated(t.refunds),
    t.net,
    t.pnbp,
    t.premi,
    t.capital,
    t.saleLines + t.refundLines,
  ]);

  writer.startSheet();
  writer.row(['Perangkat', 'Hari berjual', 'Penjualan', 'Pengembalian', 'Bersih']);
  for (const d of statement.devices) writer.row([d.device, d.days, d.gross, negated(d.refunds), d.net]);

  writer.startSheet();
  writer.row([
    'Tanggal',
    'Perangkat',
    'Jenis',
    'Nomor',
    'No. struk asal',
    'Baris',
    'Kode',
    'Nama',
    'Jumlah',
    'Satuan',
    'Rupiah',
    'PNBP (bp)',
    'Premi (bp)',
    'Modal (bp)',
  ]);
  for (const line of statement.lines) {
    const sign = line.kind === 'refund' ? -1 : 1;
    writer.row([
      line.businessDay,
      line.device,
      line.kind === 'refund' ? 'Pengembalian' : 'Penjualan',
      line.documentNo,
      line.saleReceiptNo,
      line.lineNo,
      line.sku,
      line.name,
      (sign * line.qtyMilli) / 1000,
      line.unit,
      line.amount,
      line.rates.pnbpBp,
      line.rates.premiBp,
      line.rates.capitalBp,
    ]);
  }
  writer.finish();
  return Buffer.concat(chunks);
}
