// `karya batch verify` and `karya batch merge`: the office's side of sales batches, on the command
// line. No database is opened; the folders are all it needs.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { BATCH_FILES } from '../../shared/batch/format';
import { formatRupiah } from '../../shared/money';
import type { mergeBatches } from './mergeBatches';
import { MAX_BATCH_BYTES, NotABatch, unzipBatch } from './unzipBatch';
import { batchSummaryLine, type VerifyReport, verifyBatches } from './verifyBatches';

export const BATCH_USAGE = `Pemakaian:
  karya batch verify [--json] FOLDER...           periksa batch: checksum, format, total, urutan, rantai
  karya batch merge FOLDER... --out BERKAS.xlsx   gabungkan batch banyak perangkat dalam satu buku kerja

FOLDER adalah folder batch (berisi manifest.json), zip dari satu folder batch, atau folder yang berisi
folder-folder batch.`;

export interface BatchIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Batch zips (the upload's form, or a folder zipped by hand) unpacked into a temporary folder with
 * the receiver's own checks, so they are verified and merged like folders. A zip that is not one
 * batch folder stays as it is and is reported as not a batch. `cleanUp` removes what was unpacked.
 */
function unzipped(
  paths: readonly string[],
  notes: string[],
  io: BatchIo,
): { paths: string[]; cleanUp: () => void } | null {
  let work: string | null = null;
  const cleanUp = () => work && rmSync(work, { recursive: true, force: true });
  const out: string[] = [];
  for (const [i, path] of paths.entries()) {
    if (!path.toLowerCase().endsWith('.zip') || !existsSync(path) || !statSync(path).isFile()) {
      out.push(path);
      continue;
    }
    try {
      work ??= mkdtempSync(join(tmpdir(), 'karya-batch-'));
      out.push(unzipBatch(path, join(work, String(i)), MAX_BATCH_BYTES));
    } catch (error) {
      if (error instanceof NotABatch) {
        notes.push(`${basename(path)} bukan zip satu folder batch: ${error.message}`);
        out.push(path);
        continue;
      }
      // The disk full, no right to write the temporary folder, an unreadable zip: said plainly,
      // and what was unpacked before it removed.
      cleanUp();
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.err(`${basename(path)} tidak dapat dibuka ke folder sementara (${code}).`);
      return null;
    }
  }
  return { paths: out, cleanUp };
}

/** A folder of batch folders (a USB stick's root) stands for the batches in it. */
function expand(folders: readonly string[], notes: string[]): string[] {
  const out: string[] = [];
  for (const folder of folders) {
    const isBatch = existsSync(join(folder, BATCH_FILES.manifest));
    if (isBatch || !existsSync(folder) || !statSync(folder).isDirectory()) {
      out.push(folder);
      continue;
    }
    const children = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory());
    const batches = children.filter(
      (e) => !e.name.startsWith('.') && existsSync(join(folder, e.name, BATCH_FILES.manifest)),
    );
    if (batches.length === 0) {
      out.push(folder);
      continue;
    }
    for (const hidden of children.filter((e) => e.name.endsWith('.partial'))) {
      notes.push(`${join(folder, hidden.name)} diabaikan: ekspor yang belum selesai`);
    }
    for (const entry of batches.sort((a, b) => a.name.localeCompare(b.name)))
      out.push(join(folder, entry.name));
  }
  return out;
}

function printReport(report: VerifyReport, extraNotes: readonly string[], io: BatchIo): void {
  io.out(`Memeriksa ${report.batches.length} batch…`);
  for (const batch of report.batches) {
    const ok = batch.problems.length === 0;
    io.out(`${ok ? '[SAH]  ' : '[SALAH]'} ${batchSummaryLine(batch)}`);
    if (ok && batch.manifestSha256) io.out(`        SHA-256 manifest: ${batch.manifestSha256}`);
    for (const problem of batch.problems) io.out(`        - ${problem}`);
    for (const note of batch.notes) io.out(`        catatan: ${note}`);
  }
  if (report.problems.length > 0) {
    io.out('Antar-batch:');
    for (const problem of report.problems) io.out(`        - ${problem}`);
  }
  const notes = [...extraNotes, ...report.notes];
  if (notes.length > 0) {
    io.out('Catatan:');
    for (const note of notes) io.out(`        - ${note}`);
  }
  io.out(
    report.ok
      ? `Hasil: ${report.batches.length} batch, tidak ada masalah: SEMUA SAH.`
      : `Hasil: ${report.batches.length} batch, ${report.problemCount} masalah: TIDAK SAH.`,
  );
}

/** Why the merged workbook could not go to `out`, or null when its folder is there to write in. */
function outProblem(out: string): string | null {
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) {
    return `Folder untuk berkas hasil tidak ada: ${folder}. Buat foldernya dulu, atau pilih folder lain untuk --out.`;
  }
  if (!statSync(folder).isDirectory()) return `${folder} bukan folder: pilih folder lain untuk --out.`;
  if (existsSync(out) && statSync(out).isDirectory()) {
    return `${out} adalah folder: tulis nama berkas .xlsx untuk --out.`;
  }
  return null;
}

/** A failed write of the workbook, said plainly (no stack trace). */
function writeFailure(out: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `Berkas hasil tidak dapat ditulis: folder ${dirname(resolve(out))} tidak ada (lagi).`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Berkas hasil tidak dapat ditulis: tidak ada izin menulis ke ${out}.`;
    case 'ENOSPC':
      return `Berkas hasil tidak dapat ditulis: disk penuh (${out}).`;
    case 'EEXIST':
      return `Berkas sementara ${out}.partial sudah ada (sisa penggabungan yang terputus): hapus dulu, lalu ulangi.`;
    default:
      return `Berkas hasil tidak dapat ditulis (${error.code ?? error.message}): ${out}.`;
  }
}

/** Runs `karya batch …`; 0 all well, 1 problems found or not written, 2 usage. */
/** `verify` loads only the checker; `merge` also the workbook writer (loaded when asked for). */
export async function runBatchCli(args: readonly string[], io: BatchIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'verify') {
    const json = rest.includes('--json');
    const folders = rest.filter((a) => a !== '--json');
    if (folders.length === 0 || folders.some((f) => f.startsWith('--'))) {
      io.err(BATCH_USAGE);
      return 2;
    }
    const notes: string[] = [];
    const zips = unzipped(folders, notes, io);
    if (!zips) return 1;
    try {
      const report = verifyBatches(expand(zips.paths, notes));
      if (json) io.out(JSON.stringify({ ...report, notes: [...notes, ...report.notes] }, null, 2));
      else printReport(report, notes, io);
      return report.ok ? 0 : 1;
    } finally {
      zips.cleanUp();
    }
  }
  if (sub === 'merge') {
    const at = rest.indexOf('--out');
    const out = at >= 0 ? rest[at + 1] : undefined;
    const folders = rest.filter((_a, i) => i !== at && i !== at + 1);
    if (!out || folders.length === 0 || folders.some((f) => f.startsWith('--'))) {
      io.err(BATCH_USAGE);
      return 2;
    }
    if (!out.toLowerCase().endsWith('.xlsx')) {
      io.err('Berkas hasil harus berakhiran .xlsx');
      return 2;
    }
    const problem = outProblem(out);
    if (problem) {
      io.err(problem);
      return 2;
    }
    const notes: string[] = [];
    let merged: ReturnType<typeof mergeBatches>;
    const zips = unzipped(folders, notes, io);
    if (!zips) {
      io.err('Tidak ada berkas yang ditulis.');
      return 1;
    }
    try {
      const { mergeBatches: merge } = await import('./mergeBatches');
      merged = merge(expand(zips.paths, notes), out);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string') throw error;
      io.err(writeFailure(out, error as NodeJS.ErrnoException));
      io.err('Tidak ada berkas yang ditulis.');
      return 1;
    } finally {
      zips.cleanUp();
    }
    if (!merged.written) {
      printReport(merged.report, notes, io);
      io.out('Penggabungan dibatalkan: perbaiki masalah di atas dulu. Tidak ada berkas yang ditulis.');
      return 1;
    }
    const { totals, duplicates } = merged;
    io.out(
      `Digabung: ${totals.batches.length} batch dari ${totals.byDevice.length} perangkat, ${totals.byDay.length} hari, ` +
        `${totals.salesCount} transaksi, bersih ${formatRupiah(totals.net)}.`,
    );
    if (duplicates.sales + duplicates.refunds > 0) {
      io.out(
        `Ekspor ulang: ${duplicates.sales} transaksi dan ${duplicates.refunds} retur yang sudah ada dihitung sekali.`,
      );
    }
    for (const note of [...notes, ...merged.report.notes]) io.out(`Catatan: ${note}`);
    io.out(`Ditulis: ${out}`);
    return 0;
  }
  io.err(BATCH_USAGE);
  return 2;
}
