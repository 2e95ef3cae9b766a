// The office's check of batch folders (`karya batch verify DIR...`). For each folder: the manifest's
// format and its checksum file, every listed file's size and SHA-256, every document's format and
// its own arithmetic, receipt and refund numbers without gaps, counts and totals summed again from
// the documents and compared with the manifest and with each day's Z report. Across the folders,
// per device: one till behind each device code (one install id), batch numbers without gaps or
// doubles, the chain of manifest hashes, days sent twice outside a re-export, Z numbers without
// gaps, and the same sale never differing between batches.
// Every problem names the folder, the file, the receipt and both figures.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ZodMiniType } from 'zod/mini';
import {
  receiptNoOf,
  refundNoOf,
  refundProblems,
  saleProblems,
  stockMoveProblems,
} from '../../shared/batch/checkDocs';
import {
  BATCH_FILES,
  type BatchCounts,
  type BatchManifest,
  LISTED_FILES,
  listedFilesOf,
  manifestSchema,
  parseBatchFolderName,
  type RefundDoc,
  refundDocSchema,
  type SaleDoc,
  type ShiftDoc,
  type StockMoveDoc,
  saleDocSchema,
  shiftDocSchema,
  stockMoveDocSchema,
  type ZReportDoc,
  zReportDocSchema,
} from '../../shared/batch/format';
import { StockAgreement } from '../../shared/batch/stockAgreement';
import { BatchTotalsBuilder } from '../../shared/batch/totals';
import { formatRupiah } from '../../shared/money';
import { describeDifference, describeIssues, differences, receiptRange } from './describe';
import { checkListedFile } from './readLines';

/** What a merge (or the receiver) does with each document as the check reads it. */
export interface BatchVisitor {
  sale?(doc: SaleDoc, batch: CheckedBatch): void;
  refund?(doc: RefundDoc, batch: CheckedBatch): void;
  shift?(doc: ShiftDoc, batch: CheckedBatch): void;
  zReport?(doc: ZReportDoc, batch: CheckedBatch): void;
  /** Format version 4: each line of stock.jsonl. */
  stockMove?(doc: StockMoveDoc, batch: CheckedBatch): void;
}

export interface CheckedBatch {
  /** The folder as a full path. */
  folder: string;
  /** `BTH1 #3`, or the folder's name when the manifest cannot be read. */
  label: string;
  manifest: BatchManifest | null;
  manifestSha256: string | null;
  problems: string[];
  notes: string[];
}

export interface VerifyReport {
  batches: CheckedBatch[];
  /** Problems between batches (numbering, chain, days and sales sent twice). */
  problems: string[];
  notes: string[];
  /** Every problem, of the batches and between them. */
  problemCount: number;
  ok: boolean;
}

/** More than this many problems in one batch are summed up in one line. */
const MAX_PROBLEMS = 40;
const OS_FILES = new Set(['Thumbs.db', 'desktop.ini', '.DS_Store']);

function problemList() {
  const items: string[] = [];
  let more = 0;
  return {
    items,
    add(message: string) {
      if (items.length < MAX_PROBLEMS) items.push(message);
      else more++;
    },
    finish() {
      if (more > 0) items.push(`… dan ${more} masalah lain`);
      return items;
    },
  };
}

/** Phase one: the manifest and its checksum, enough to order the batches. */
function readManifest(folder: string): CheckedBatch {
  const full = resolve(folder);
  const batch: CheckedBatch = {
    folder: full,
    label: basename(full),
    manifest: null,
    manifestSha256: null,
    problems: [],
    notes: [],
  };
  const name = basename(full);
  if (name.startsWith('.') || name.endsWith('.partial')) {
    batch.problems.push(
      'folder ini adalah ekspor yang belum selesai (.partial): jangan dipakai; ekspor lagi dari perangkat',
    );
    return batch;
  }
  if (!existsSync(full) || !statSync(full).isDirectory()) {
    batch.problems.push('folder tidak ditemukan');
    return batch;
  }
  const manifestPath = join(full, BATCH_FILES.manifest);
  if (!existsSync(manifestPath)) {
    batch.problems.push('manifest.json tidak ada: ini bukan folder batch yang lengkap');
    return batch;
  }
  const bytes = readFileSync(manifestPath);
  batch.manifestSha256 = createHash('sha256').update(bytes).digest('hex');
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    batch.problems.push('manifest.json bukan JSON yang sah');
    return batch;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    for (const line of describeIssues(parsed.error.issues)) batch.problems.push(`manifest.json: ${line}`);
    return batch;
  }
  batch.manifest = parsed.data;
  batch.label = `${parsed.data.device} #${parsed.data.seq}`;
  const sumPath = join(full, BATCH_FILES.manifestSum);
  if (!existsSync(sumPath)) batch.problems.push('manifest.sha256 tidak ada');
  else {
    const stated = readFileSync(sumPath, 'utf8').trim().split(/\s+/)[0];
    if (stated !== batch.manifestSha256) {
      batch.problems.push(
        `manifest.json berubah: SHA-256-nya ${batch.manifestSha256}, manifest.sha256 menyebut ${stated}`,
      );
    }
  }
  // The install id came with version 3: required there, unknown before.
  if (parsed.data.formatVersion >= 3 && parsed.data.installId === undefined) {
    batch.problems.push('manifest.json: versi 3 wajib menyebut installId (identitas pemasangan kasir)');
  }
  if (parsed.data.formatVersion < 3 && parsed.data.installId !== undefined) {
    batch.problems.push(
      `manifest.json: installId baru ada sejak versi 3, manifest ini versi ${parsed.data.formatVersion}`,
    );
  }
  const named = parseBatchFolderName(name);
  if (named && (named.device !== parsed.data.device || named.seq !== parsed.data.seq)) {
    batch.notes.push(`nama folder (${name}) tidak sesuai isi manifest (${batch.label})`);
  }
  return batch;
}

/** One Z of the manifest (a day, or the part of a day after an earlier Z) as the check reads it. */
interface DayState {
  day: string;
  zNo: number;
  /** Where this Z starts in its day's receipt and refund numbers (0: the day's start). */
  salesAfter: number;
  refundsAfter: number;
  /** Where it ends, as the manifest says. */
  salesUpto: number;
  refundsUpto: number;
  lastSeq: number;
  count: number;
  first: string | null;
  last: string | null;
  lastRefundSeq: number;
  refunds: number;
  firstRefund: string | null;
  lastRefund: string | null;
  totals: BatchTotalsBuilder;
}

interface CrossState {
  /** Sale id → where it was first seen and a digest of its document. */
  sales: Map<string, { label: string; digest: string }>;
  refunds: Map<string, { label: string; digest: string }>;
  problems: ReturnType<typeof problemList>;
}

const digest = (line: string) => createHash('sha1').update(line).digest('base64');

/** Phase two: every file and document of one batch whose manifest could be read. */
function checkContents(
  batch: CheckedBatch,
  manifest: BatchManifest,
  visitor: BatchVisitor,
  cross: CrossState,
) {
  const problems = problemList();
  for (const p of batch.problems) problems.add(p);
  const listed = new Map(manifest.files.map((f) => [f.name, f]));
  for (const name of listedFilesOf(manifest.formatVersion)) {
    if (!listed.has(name)) problems.add(`manifest tidak mencantumkan berkas ${name}`);
  }
  for (const entry of readdirSync(batch.folder)) {
    if (entry === BATCH_FILES.manifest || entry === BATCH_FILES.manifestSum || listed.has(entry)) continue;
    if (entry.startsWith('.') || OS_FILES.has(entry)) continue;
    batch.notes.push(`berkas ${entry} tidak tercantum di manifest (diabaikan)`);
  }
  // One state per Z, in the manifest's order; a day with two Zs has two, one after the other.
  const zStates: DayState[] = manifest.days.map((d) => ({
    day: d.day,
    zNo: d.zNo,
    salesAfter: d.salesAfter ?? 0,
    refundsAfter: d.refundsAfter ?? 0,
    salesUpto: (d.salesAfter ?? 0) + d.sales,
    refundsUpto: (d.refundsAfter ?? 0) + d.refunds,
    lastSeq: d.salesAfter ?? 0,
    count: 0,
    first: null,
    last: null,
    lastRefundSeq: d.refundsAfter ?? 0,
    refunds: 0,
    firstRefund: null,
    lastRefund: null,
    totals: new BatchTotalsBuilder(),
  }));
  const byZ = new Map(zStates.map((z) => [z.zNo, z]));
  const daysHere = new Set(zStates.map((z) => z.day));
  /**
   * The Z of this batch a numbered document of `day` belongs to: the one whose range holds `seq`;
   * past the last range, the day's last Z (whose count check then fails); before the first, none.
   */
  const zFor = (day: string, seq: number, refund: boolean): DayState | null | undefined => {
    const ofDay = zStates.filter((z) => z.day === day);
    if (ofDay.length === 0) return undefined;
    const after = (z: DayState) => (refund ? z.refundsAfter : z.salesAfter);
    const upto = (z: DayState) => (refund ? z.refundsUpto : z.salesUpto);
    if (seq <= after(ofDay[0] as DayState)) return null;
    return ofDay.find((z) => seq <= upto(z)) ?? ofDay.at(-1);
  };
  zStates.forEach((z, i) => {
    const before = zStates[i - 1];
    if (!before) {
      if (manifest.formatVersion === 1 && (z.salesAfter > 0 || z.refundsAfter > 0))
        problems.add('manifest: versi 1 tidak mengenal salesAfter/refundsAfter');
      return;
    }
    if (z.day < before.day || (z.day === before.day && z.zNo <= before.zNo)) {
      problems.add('manifest: daftar hari tidak urut atau ada yang dobel');
    } else if (z.day === before.day) {
      if (manifest.formatVersion === 1) problems.add(`manifest: hari ${z.day} dua kali (versi 1)`);
      if (z.salesAfter !== before.salesUpto || z.refundsAfter !== before.refundsUpto)
        problems.add(
          `manifest: laporan Z ${z.zNo} hari ${z.day} tidak mulai dari akhir laporan Z ${before.zNo} (struk sesudah ${z.salesAfter}, laporan Z ${before.zNo} berakhir di ${before.salesUpto})`,
        );
    }
  });
  const dayList = manifest.days.map((d) => d.day);
  if (manifest.period.from !== dayList[0] || manifest.period.to !== dayList.at(-1)) {
    problems.add(
      `manifest: periode ${manifest.period.from} s.d. ${manifest.period.to} tidak sesuai daftar hari`,
    );
  }
  const totals = new BatchTotalsBuilder();
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
    ...(manifest.formatVersion >= 4 ? { stockMoves: 0 } : {}),
  };
  const withStock = manifest.formatVersion >= 4;
  const agreement = withStock ? new StockAgreement() : null;
  // The stock fields came with version 4: required there, unknown before.
  const stockFields = [
    manifest.counts.stockMoves,
    ...manifest.days.flatMap((d) => [d.stockAfter, d.stockUpto]),
  ];
  if (withStock && stockFields.some((f) => f === undefined)) {
    problems.add(
      'manifest.json: versi 4 wajib menyebut counts.stockMoves dan stockAfter/stockUpto tiap hari',
    );
  }
  if (!withStock && stockFields.some((f) => f !== undefined)) {
    problems.add(
      `manifest.json: data stok baru ada sejak versi 4, manifest ini versi ${manifest.formatVersion}`,
    );
  }

  /** Checks a file's size and hash; JSON lines are parsed on the way. */
  const file = (name: string, onLine?: (line: string, lineNo: number) => void) => {
    // Regular files only, sized as the manifest says, before any parse (readLines.ts).
    for (const p of checkListedFile(join(batch.folder, name), name, listed.get(name), onLine))
      problems.add(p);
  };
  const parseLine = <T>(name: string, line: string, lineNo: number, schema: ZodMiniType<T>): T | null => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.add(`${name} baris ${lineNo}: bukan JSON yang sah`);
      return null;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const id =
        (json as { receiptNo?: unknown; refundNo?: unknown })?.receiptNo ??
        (json as { refundNo?: unknown })?.refundNo;
      for (const issue of describeIssues(parsed.error.issues)) {
        problems.add(`${name} baris ${lineNo}${typeof id === 'string' ? ` (${id})` : ''}: ${issue}`);
      }
      return null;
    }
    return parsed.data;
  };
  const missing = (day: string, from: number, to: number, refund: boolean) => {
    if (to < from) return;
    const number = refund ? refundNoOf : receiptNoOf;
    problems.add(
      `${receiptRange(number(manifest.device, day, from), number(manifest.device, day, to), to - from + 1, refund ? 'retur' : 'struk')} tidak ada di ${refund ? BATCH_FILES.refunds : BATCH_FILES.sales}`,
    );
  };

  // stock.jsonl (version 4): each move in its Z's range of move numbers, in order, once; the Zs'
  // ranges follow each other; the sale and refund moves agree with the sales and refunds.
  const checkStock = () => {
    const name = BATCH_FILES.stock;
    let lastMoveNo = 0;
    let stockCount = 0;
    manifest.days.forEach((d, i) => {
      const before = manifest.days[i - 1];
      if ((d.stockUpto ?? 0) < (d.stockAfter ?? 0)) {
        problems.add(
          `manifest: laporan Z ${d.zNo} stockUpto ${d.stockUpto} di bawah stockAfter ${d.stockAfter}`,
        );
      }
      if (before && before.zNo + 1 === d.zNo && before.stockUpto !== d.stockAfter) {
        problems.add(
          `manifest: mutasi stok laporan Z ${d.zNo} tidak mulai dari akhir laporan Z ${before.zNo} (sesudah ${d.stockAfter}, laporan Z ${before.zNo} berakhir di ${before.stockUpto})`,
        );
      }
    });
    const days = new Map(manifest.days.map((d) => [d.zNo, d]));
    const perZ = new Map<number, number>();
    file(name, (line, lineNo) => {
      const move = parseLine(name, line, lineNo, stockMoveDocSchema);
      if (!move) return;
      stockCount++;
      for (const p of stockMoveProblems(move)) problems.add(`${name}: ${p}`);
      const day = days.get(move.zNo);
      if (!day || move.device !== manifest.device) {
        problems.add(`${name}: mutasi stok ${move.id} bukan dari perangkat dan laporan Z batch ini`);
        return;
      }
      if (move.businessDay !== day.day) {
        problems.add(
          `${name}: mutasi stok ${move.id} berhari ${move.businessDay}, laporan Z ${day.zNo} hari ${day.day}`,
        );
      }
      if (move.moveNo <= (day.stockAfter ?? 0) || move.moveNo > (day.stockUpto ?? 0)) {
        problems.add(
          `${name}: mutasi stok ${move.id} di luar rentang laporan Z ${day.zNo} (${day.stockAfter} s.d. ${day.stockUpto})`,
        );
      }
      if (move.moveNo <= lastMoveNo) problems.add(`${name}: mutasi stok ${move.id} tidak urut atau dobel`);
      lastMoveNo = Math.max(lastMoveNo, move.moveNo);
      perZ.set(day.zNo, (perZ.get(day.zNo) ?? 0) + 1);
      agreement?.addMove(move);
      visitor.stockMove?.(move, batch);
    });
    counts.stockMoves = stockCount;
    // The till numbers its moves without gaps (never deleted), so a Z holds every number of its range.
    for (const d of manifest.days) {
      const range = (d.stockUpto ?? 0) - (d.stockAfter ?? 0);
      const found = perZ.get(d.zNo) ?? 0;
      if (range >= 0 && found !== range) {
        problems.add(
          `${name}: laporan Z ${d.zNo} (${d.day}) memuat ${found} mutasi stok, rentangnya ${d.stockAfter} s.d. ${d.stockUpto} berisi ${range}`,
        );
      }
    }
    for (const p of agreement?.problems(name) ?? []) problems.add(p);
  };

  // sales.jsonl
  let previousDay = '';
  const salesHere = new Set<string>();
  const refundsHere = new Set<string>();
  file(BATCH_FILES.sales, (line, lineNo) => {
    const sale = parseLine(BATCH_FILES.sales, line, lineNo, saleDocSchema);
    if (!sale) return;
    for (const p of saleProblems(sale)) problems.add(`${BATCH_FILES.sales}: ${p}`);
    if (sale.device !== manifest.device) {
      problems.add(`${BATCH_FILES.sales}: transaksi ${sale.receiptNo} dari perangkat lain (${sale.device})`);
    }
    const state = zFor(sale.businessDay, sale.seq, false);
    if (state === null) {
      problems.add(
        `${BATCH_FILES.sales}: transaksi ${sale.receiptNo} termasuk laporan Z sebelumnya, bukan laporan Z batch ini`,
      );
      return;
    }
    if (!state) {
      problems.add(
        `${BATCH_FILES.sales}: transaksi ${sale.receiptNo} dari hari ${sale.businessDay}, bukan hari batch ini`,
      );
      return;
    }
    if (sale.businessDay < previousDay)
      problems.add(`${BATCH_FILES.sales}: transaksi ${sale.receiptNo} tidak urut`);
    previousDay = sale.businessDay;
    if (salesHere.has(sale.id)) {
      problems.add(`${BATCH_FILES.sales}: transaksi ${sale.receiptNo} muncul dua kali`);
      return;
    }
    salesHere.add(sale.id);
    const seen = cross.sales.get(sale.id);
    const mine = digest(line);
    if (seen && seen.digest !== mine) {
      cross.problems.add(
        `transaksi ${sale.receiptNo} (${sale.id}) berbeda antara batch ${seen.label} dan ${batch.label}`,
      );
    }
    if (!seen) cross.sales.set(sale.id, { label: batch.label, digest: mine });
    if (sale.seq <= state.lastSeq)
      problems.add(`${BATCH_FILES.sales}: transaksi ${sale.receiptNo} tidak urut`);
    else missing(sale.businessDay, state.lastSeq + 1, sale.seq - 1, false);
    state.lastSeq = Math.max(state.lastSeq, sale.seq);
    state.count++;
    state.first ??= sale.receiptNo;
    state.last = sale.receiptNo;
    state.totals.addSale(sale);
    totals.addSale(sale);
    counts.sales++;
    counts.lines += sale.lines.length;
    counts.payments += sale.payments.length;
    if (sale.void) counts.voids++;
    agreement?.addSale(sale);
    visitor.sale?.(sale, batch);
  });

  // refunds.jsonl
  file(BATCH_FILES.refunds, (line, lineNo) => {
    const refund = parseLine(BATCH_FILES.refunds, line, lineNo, refundDocSchema);
    if (!refund) return;
    for (const p of refundProblems(refund)) problems.add(`${BATCH_FILES.refunds}: ${p}`);
    const state = zFor(refund.businessDay, refund.seq, true);
    if (!state || refund.device !== manifest.device) {
      problems.add(
        `${BATCH_FILES.refunds}: retur ${refund.refundNo} bukan dari perangkat dan hari batch ini`,
      );
      return;
    }
    if (refundsHere.has(refund.id)) {
      problems.add(`${BATCH_FILES.refunds}: retur ${refund.refundNo} muncul dua kali`);
      return;
    }
    refundsHere.add(refund.id);
    const seen = cross.refunds.get(refund.id);
    const mine = digest(line);
    if (seen && seen.digest !== mine) {
      cross.problems.add(`retur ${refund.refundNo} berbeda antara batch ${seen.label} dan ${batch.label}`);
    }
    if (!seen) cross.refunds.set(refund.id, { label: batch.label, digest: mine });
    if (refund.seq <= state.lastRefundSeq)
      problems.add(`${BATCH_FILES.refunds}: retur ${refund.refundNo} tidak urut`);
    else missing(refund.businessDay, state.lastRefundSeq + 1, refund.seq - 1, true);
    state.lastRefundSeq = Math.max(state.lastRefundSeq, refund.seq);
    state.refunds++;
    state.firstRefund ??= refund.refundNo;
    state.lastRefund = refund.refundNo;
    state.totals.addRefund(refund);
    totals.addRefund(refund);
    counts.refunds++;
    counts.refundLines += refund.lines.length;
    agreement?.addRefund(refund);
    visitor.refund?.(refund, batch);
  });

  // cash.jsonl
  file(BATCH_FILES.cash, (line, lineNo) => {
    const shift = parseLine(BATCH_FILES.cash, line, lineNo, shiftDocSchema);
    if (!shift) return;
    if (!daysHere.has(shift.businessDay) || shift.device !== manifest.device) {
      problems.add(`${BATCH_FILES.cash}: shift ${shift.id} bukan dari perangkat dan hari batch ini`);
      return;
    }
    totals.addShift(shift);
    counts.shifts++;
    counts.cashMovements += shift.movements.length;
    visitor.shift?.(shift, batch);
  });

  // z-reports.jsonl: one per Z the manifest names, with the figures of what that Z covers.
  const zSeen = new Set<number>();
  const zDocs: ZReportDoc[] = [];
  file(BATCH_FILES.zReports, (line, lineNo) => {
    const z = parseLine(BATCH_FILES.zReports, line, lineNo, zReportDocSchema);
    if (!z) return;
    const day = byZ.get(z.zNo);
    if (!day || z.device !== manifest.device) {
      const sameDay = zStates.find((d) => d.day === z.businessDay);
      problems.add(
        sameDay && z.device === manifest.device
          ? `${BATCH_FILES.zReports}: hari ${z.businessDay} bernomor Z ${z.zNo}, manifest menyebut ${sameDay.zNo}`
          : `${BATCH_FILES.zReports}: laporan Z ${z.zNo} (${z.businessDay}) bukan dari hari batch ini`,
      );
      return;
    }
    if (z.businessDay !== day.day)
      problems.add(
        `${BATCH_FILES.zReports}: laporan Z ${z.zNo} berhari ${z.businessDay}, manifest menyebut ${day.day}`,
      );
    if (zSeen.has(z.zNo)) problems.add(`${BATCH_FILES.zReports}: laporan Z ${z.zNo} muncul dua kali`);
    zSeen.add(z.zNo);
    counts.zReports++;
    zDocs.push(z);
    visitor.zReport?.(z, batch);
  });
  if (withStock) checkStock();
  for (const name of LISTED_FILES.filter((n) => !n.endsWith('.jsonl'))) file(name);

  // Per Z: numbers up to what the manifest says, and the Z report's figures.
  for (const day of manifest.days) {
    const state = byZ.get(day.zNo);
    if (!state) continue;
    if (state.lastSeq < state.salesUpto) missing(day.day, state.lastSeq + 1, state.salesUpto, false);
    if (state.count > day.sales)
      problems.add(`hari ${day.day}: ${state.count} transaksi di berkas, manifest menyebut ${day.sales}`);
    if (state.lastRefundSeq < state.refundsUpto)
      missing(day.day, state.lastRefundSeq + 1, state.refundsUpto, true);
    if (state.refunds > day.refunds)
      problems.add(`hari ${day.day}: ${state.refunds} retur di berkas, manifest menyebut ${day.refunds}`);
    const stated = {
      first: day.firstReceipt,
      last: day.lastReceipt,
      firstRefund: day.firstRefund,
      lastRefund: day.lastRefund,
    };
    const found = {
      first: state.first,
      last: state.last,
      firstRefund: state.firstRefund,
      lastRefund: state.lastRefund,
    };
    for (const d of differences(stated, found)) {
      problems.add(
        `hari ${day.day}: ${d.path} manifest ${String(d.stated)}, di berkas ${String(d.computed)}`,
      );
    }
    const z = zDocs.find((doc) => doc.zNo === day.zNo);
    if (!z) {
      problems.add(`${BATCH_FILES.zReports}: laporan Z hari ${day.day} tidak ada`);
      continue;
    }
    const mine = state.totals.finish(manifest.units);
    const figures = (r: {
      salesCount: number;
      salesTotal: number;
      voids: { count: number; amount: number };
      refunds: { count: number; amount: number };
      net: number;
      byMethod: { method: string; sales: number; voids: number; refunds: number; net: number }[];
    }) => ({
      salesCount: r.salesCount,
      salesTotal: r.salesTotal,
      voids: { count: r.voids.count, amount: r.voids.amount },
      refunds: { count: r.refunds.count, amount: r.refunds.amount },
      net: r.net,
      byMethod: r.byMethod
        .filter((m) => m.sales !== 0 || m.voids !== 0 || m.refunds !== 0)
        .map((m) => ({ method: m.method, sales: m.sales, voids: m.voids, refunds: m.refunds, net: m.net })),
    });
    for (const d of differences(figures(z.report), figures(mine))) {
      problems.add(
        `laporan Z ${z.zNo} (${day.day}): ${describeDifference('', d).replace('manifest', 'laporan Z')}`,
      );
    }
  }

  // The whole batch: counts, receipts and totals.
  for (const d of differences(manifest.counts, counts)) problems.add(describeDifference('counts.', d));
  const receipts = {
    first: zStates.find((s) => s.first !== null)?.first ?? null,
    last: [...zStates].reverse().find((s) => s.last !== null)?.last ?? null,
  };
  for (const d of differences(manifest.receipts, receipts)) {
    problems.add(
      `rentang struk receipts.${d.path}: manifest ${String(d.stated)}, di berkas ${String(d.computed)}`,
    );
  }
  for (const d of differences(manifest.totals, totals.finish(manifest.units))) {
    problems.add(describeDifference('totals.', d));
  }
  batch.problems = problems.finish();
}

/** Per device: numbering, chain, days and Z numbers across the batches given. */
function checkAcross(
  batches: readonly CheckedBatch[],
  problems: ReturnType<typeof problemList>,
  notes: string[],
) {
  const byDevice = new Map<string, CheckedBatch[]>();
  for (const batch of batches) {
    if (!batch.manifest) continue;
    const list = byDevice.get(batch.manifest.device) ?? [];
    list.push(batch);
    byDevice.set(batch.manifest.device, list);
  }
  for (const [device, list] of byDevice) {
    // One device code, two install ids: two different tills call themselves the same. Their
    // numbering and chains cannot be compared, and their sales must not be added up as one till's.
    const installs = new Map<string, CheckedBatch[]>();
    for (const batch of list) {
      const id = batch.manifest?.installId;
      if (id) installs.set(id, [...(installs.get(id) ?? []), batch]);
    }
    if (installs.size > 1) {
      const which = [...installs.entries()]
        .map(
          ([id, batches]) =>
            `pemasangan ${id.slice(0, 8)}…: batch ${batches.map((b) => `#${b.manifest?.seq} (${b.folder})`).join(', ')}`,
        )
        .join('; ');
      problems.add(
        `kode perangkat ${device} dipakai oleh ${installs.size} kasir berbeda (${which}). Satu kode perangkat hanya untuk satu kasir: batch-batch ini tidak digabung; minta kasir yang salah kode memakai kode perangkat sendiri`,
      );
      continue;
    }
    const bySeq = new Map<number, CheckedBatch>();
    for (const batch of list) {
      const m = batch.manifest as BatchManifest;
      const other = bySeq.get(m.seq);
      if (!other) {
        bySeq.set(m.seq, batch);
        continue;
      }
      if (other.manifest?.batchId === m.batchId) {
        problems.add(`batch ${device} #${m.seq} diberikan dua kali: ${other.folder} dan ${batch.folder}`);
      } else {
        problems.add(
          `dua batch berbeda bernomor ${device} #${m.seq} (${other.folder} dan ${batch.folder}): salah satunya bukan dari urutan perangkat ini`,
        );
      }
    }
    const seqs = [...bySeq.keys()].sort((a, b) => a - b);
    const first = seqs[0] ?? 1;
    const last = seqs.at(-1) ?? 0;
    if (first > 1) {
      notes.push(
        `${device}: batch #1${first > 2 ? ` s.d. #${first - 1}` : ''} tidak ikut diperiksa; rantai diperiksa mulai #${first}`,
      );
    }
    for (let seq = first + 1; seq < last; seq++) {
      if (!bySeq.has(seq))
        problems.add(`batch ${device} #${seq} tidak ada (urutan lompat dari #${seq - 1} ke #${seq + 1})`);
    }
    for (const seq of seqs) {
      const batch = bySeq.get(seq) as CheckedBatch;
      const m = batch.manifest as BatchManifest;
      if (seq === 1 && m.prevHash !== null)
        problems.add(`batch ${device} #1 menyebut batch sebelumnya, padahal ia yang pertama`);
      if (seq > 1 && m.prevHash === null)
        problems.add(`batch ${device} #${seq} tidak menyebut hash batch sebelumnya`);
      const previous = bySeq.get(seq - 1);
      if (previous && m.prevHash !== previous.manifestSha256) {
        problems.add(
          `rantai putus: batch ${device} #${seq} menyebut hash ${m.prevHash?.slice(0, 12)}… untuk batch #${seq - 1}, tetapi manifest #${seq - 1} ber-SHA-256 ${previous.manifestSha256?.slice(0, 12)}… (manifest #${seq - 1} diubah, atau bukan pendahulunya)`,
        );
      }
    }
    // A Z goes out once as a normal export; a re-export names Zs that went out before. (A day with
    // two Zs may go out in two batches, one Z each.)
    const zIn = new Map<number, number>();
    const zNos = new Map<number, string>();
    for (const seq of seqs) {
      const m = (bySeq.get(seq) as CheckedBatch).manifest as BatchManifest;
      for (const day of m.days) {
        if (!m.reexport) {
          const earlier = zIn.get(day.zNo);
          if (earlier !== undefined) {
            problems.add(
              `hari ${day.day} ${device} (laporan Z ${day.zNo}) ada di batch #${earlier} dan #${seq}, keduanya bukan ekspor ulang: penjualannya akan terhitung dua kali`,
            );
          }
          zIn.set(day.zNo, seq);
        }
        zNos.set(day.zNo, day.day);
      }
    }
    for (const seq of seqs) {
      const m = (bySeq.get(seq) as CheckedBatch).manifest as BatchManifest;
      if (!m.reexport) continue;
      const never = m.days.filter((d) => !zIn.has(d.zNo)).map((d) => d.day);
      if (never.length > 0)
        notes.push(
          `batch ${device} #${seq} (ekspor ulang) memuat hari yang ekspor aslinya tidak diberikan: ${never.join(', ')}`,
        );
    }
    const numbers = [...zNos.keys()].sort((a, b) => a - b);
    for (let i = 1; i < numbers.length; i++) {
      const a = numbers[i - 1] ?? 0;
      const b = numbers[i] ?? 0;
      if (b > a + 1) {
        problems.add(
          `laporan Z ${device} nomor ${a + 1}${b - 1 > a + 1 ? ` s.d. ${b - 1}` : ''} tidak ada di batch mana pun (antara hari ${zNos.get(a)} dan ${zNos.get(b)}): ada hari tutup yang belum dikirim`,
        );
      }
    }
  }
}

/** Checks every folder; `visitor` sees each document once it has passed its own checks. */
export function verifyBatches(folders: readonly string[], visitor: BatchVisitor = {}): VerifyReport {
  const batches = folders.map(readManifest);
  // Device, then number: a merge sees a device's days in order, and a re-export after its original.
  batches.sort((a, b) => {
    if (!a.manifest || !b.manifest) return a.manifest ? -1 : b.manifest ? 1 : 0;
    return a.manifest.device.localeCompare(b.manifest.device) || a.manifest.seq - b.manifest.seq;
  });
  const cross: CrossState = { sales: new Map(), refunds: new Map(), problems: problemList() };
  for (const batch of batches) {
    if (batch.manifest) checkContents(batch, batch.manifest, visitor, cross);
  }
  const notes: string[] = [];
  checkAcross(batches, cross.problems, notes);
  const problems = cross.problems.finish();
  const problemCount = problems.length + batches.reduce((n, b) => n + b.problems.length, 0);
  return { batches, problems, notes, problemCount, ok: problemCount === 0 };
}

/** One line per batch for the command line: `BTH1 #3  2026-11-28 s.d. 2026-11-30  18 transaksi …`. */
export function batchSummaryLine(batch: CheckedBatch): string {
  const m = batch.manifest;
  if (!m) return `${batch.label}  (${batch.folder})`;
  return `${batch.label}${m.reexport ? ' (ekspor ulang)' : ''}  ${m.period.from} s.d. ${m.period.to}  ${m.counts.sales} transaksi  bersih ${formatRupiah(m.totals.net)}  (${batch.folder})`;
}
