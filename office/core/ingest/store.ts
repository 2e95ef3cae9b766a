// The office's store of verified batch folders: the reference receiver's checks and answers
// (electron/office/receiver.ts), with the database in place of its ledger. For each batch, in one
// transaction under a per-device advisory lock: the checks against what is stored (same device and
// number, the chain, another till under the same code, a day sent twice), the folder put in the
// archive (fsynced), then the batch, its keys, Z reports, sales, refunds and shifts, each document
// stored once by its id, with the summaries. A copy that differs from what is stored is flagged in
// copy_differences; the first copy stays. A crash before the commit leaves at most a folder in the
// archive without its row, taken up when the batch comes again or at the next start.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { hashFile } from '../../../electron/core/batches/fileSink';
import { checkFolderInWorker } from '../../../electron/office/checkUpload';
import { type CheckedBatch, type VerifyReport, verifyBatches } from '../../../electron/office/verifyBatches';
import {
  BATCH_FILES,
  type BatchManifest,
  batchFolderName,
  type RefundDoc,
  type SaleDoc,
  type ShiftDoc,
  type StockMoveDoc,
  type ZReportDoc,
} from '../../../shared/batch/format';
import type { Db, Queryable } from '../../db/types';
import {
  archivedFolders,
  archiveRoot,
  copyFolderInto,
  moveFolderInto,
  removeUnfinishedCopies,
} from './archive';
import {
  type Doc,
  insertRefunds,
  insertSales,
  insertShifts,
  insertZReports,
  type PageResult,
  ProductTotals,
} from './rows';
import { insertStockMoves } from './stockRows';

/** How a batch came: uploaded by a till, a folder named or dropped on the page, the watched folder, or the archive at start. */
export type IngestSource = 'upload' | 'folder' | 'watch' | 'archive';

/** The receiver's answer: HTTP status and JSON body, the same fields and wording. */
export interface IngestAnswer {
  status: number;
  body: Record<string, unknown>;
  /** What this batch added (absent when refused or already stored). */
  stored?: StoredCounts;
}

export interface StoredCounts {
  batchId: string;
  sales: PageResult;
  refunds: PageResult;
  zReports: PageResult;
  shifts: PageResult;
  /** Format version 4: the stock moves (none before). */
  stockMoves: PageResult;
}

export interface IngestOptions {
  /** The batch folder: an upload's work folder (moved into the archive) or any other (copied). */
  folder: string;
  source: IngestSource;
  /** The till's Idempotency-Key (uploads). */
  key?: string;
  /** The office user who named or dropped the folder. */
  userId?: number;
  /** `<data>/batches` unless given. */
  archiveDir?: string;
  /** Documents per INSERT (500 unless given; tests make it small). */
  pageSize?: number;
  /** Called after each page is written, inside the transaction (tests stop a process there). */
  onPage?: (table: string, documents: number) => void | Promise<void>;
}

/** PostgreSQL's "try the transaction again" answers: a deadlock broken, a serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/** Per-device advisory lock class: two servers on one PostgreSQL do not interleave a device's batches. */
const DEVICE_LOCK = 0x4b525942;

const rejected = (status: number, reason: string, extra: Record<string, unknown> = {}): IngestAnswer => ({
  status,
  body: { status: 'rejected', reason, ...extra },
});

class Refusal extends Error {
  constructor(
    readonly answer: IngestAnswer,
    readonly otherInstall?: string,
  ) {
    super(String(answer.body.reason));
  }
}

export function receiptOf(manifest: Pick<BatchManifest, 'device' | 'seq'>, sha: string): string {
  return `${manifest.device}-${manifest.seq}-${sha.slice(0, 12)}`;
}

interface StoredBatch {
  id: string;
  device: string;
  seq: number;
  manifest_sha256: string;
  receipt: string;
}

function acknowledged(batch: StoredBatch, duplicate: boolean, notes?: readonly string[]): IngestAnswer {
  return {
    status: duplicate ? 200 : 201,
    body: {
      status: 'acknowledged',
      receipt: batch.receipt,
      device: batch.device,
      seq: batch.seq,
      manifestSha256: batch.manifest_sha256,
      duplicate,
      ...(notes ? { notes: [...notes] } : {}),
    },
  };
}

const BATCH_COLUMNS = 'id, device, seq, manifest_sha256, receipt';

/** The batch stored under this Idempotency-Key, if any (the receiver's `GET /batches/<key>`). */
export async function batchByKey(db: Queryable, key: string): Promise<IngestAnswer | null> {
  const { rows } = await db.query<StoredBatch>(
    `select b.id, b.device, b.seq, b.manifest_sha256, b.receipt
     from upload_keys k join batches b on b.id = k.batch_id where k.key = $1`,
    [key],
  );
  return rows[0] ? acknowledged(rows[0], true) : null;
}

/** The receiver's checkAgainstStored, on the database: the stored batch when this is it again. */
async function checkAgainstStored(
  client: Queryable,
  manifest: BatchManifest,
  sha: string,
): Promise<StoredBatch | null> {
  const device = manifest.device;
  if (manifest.installId) {
    const { rows } = await client.query<{ install_id: string; seq: number }>(
      `select i.install_id, coalesce(min(b.seq), i.first_batch_seq) as seq
       from device_installs i left join batches b on b.device = i.device and b.install_id = i.install_id
       where i.device = $1 and i.install_id <> $2 and not i.refused
       group by i.install_id, i.first_batch_seq order by 2 limit 1`,
      [device, manifest.installId],
    );
    const other = rows[0];
    if (other) {
      throw new Refusal(
        rejected(
          409,
          `kode perangkat ${device} sudah dipakai kasir lain: batch ${device} #${other.seq} yang sudah diterima berasal dari pemasangan ${other.install_id.slice(0, 8)}…, batch ini dari pemasangan ${manifest.installId.slice(0, 8)}…. Satu kode perangkat hanya untuk satu kasir: kasir ini perlu kode perangkat sendiri`,
        ),
        manifest.installId,
      );
    }
  }
  const near = (
    await client.query<StoredBatch & { prev_hash: string | null }>(
      `select ${BATCH_COLUMNS}, prev_hash from batches where device = $1 and seq between $2 - 1 and $2 + 1`,
      [device, manifest.seq],
    )
  ).rows;
  const same = near.find((b) => b.seq === manifest.seq);
  if (same) {
    if (same.manifest_sha256 === sha) return same;
    throw new Refusal(
      rejected(
        409,
        `batch ${device} #${manifest.seq} sudah diterima dengan isi lain (SHA-256 manifest ${same.manifest_sha256.slice(0, 12)}…): dua batch berbeda bernomor sama`,
      ),
    );
  }
  const before = near.find((b) => b.seq === manifest.seq - 1);
  if (before && manifest.prevHash !== before.manifest_sha256) {
    throw new Refusal(
      rejected(
        422,
        `rantai putus: batch ${device} #${manifest.seq} tidak menyebut batch #${before.seq} yang sudah diterima sebagai sebelumnya`,
      ),
    );
  }
  const after = near.find((b) => b.seq === manifest.seq + 1);
  if (after && after.prev_hash !== sha) {
    throw new Refusal(
      rejected(
        422,
        `rantai putus: batch #${after.seq} yang sudah diterima tidak menyebut batch ${device} #${manifest.seq} ini sebagai sebelumnya`,
      ),
    );
  }
  if (!manifest.reexport) {
    const { rows } = await client.query<{ business_day: string; z_no: number; seq: number }>(
      `select d.business_day, d.z_no, b.seq from batch_days d join batches b on b.id = d.batch_id
       where d.device = $1 and not b.reexport and d.z_no = any($2::int[]) order by d.z_no limit 1`,
      [device, manifest.days.map((d) => d.zNo)],
    );
    const twice = rows[0];
    if (twice) {
      const day = manifest.days.find((d) => d.zNo === twice.z_no)?.day ?? twice.business_day;
      throw new Refusal(
        rejected(
          422,
          `hari ${day} sudah diterima di batch ${device} #${twice.seq}, dan batch ini bukan ekspor ulang: penjualannya akan terhitung dua kali`,
        ),
      );
    }
  }
  return null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The documents of a (verified) batch file, a page at a time, each with its line's SHA-256. */
async function* pagesOf<T>(path: string, pageSize: number): AsyncGenerator<Doc<T>[]> {
  if (!existsSync(path)) return;
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let page: Doc<T>[] = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    page.push({ doc: JSON.parse(line) as T, sha256: sha256(line) });
    if (page.length >= pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

function addPage(total: PageResult, page: PageResult): void {
  total.inserted += page.inserted;
  total.again += page.again;
  total.differences += page.differences;
}

const emptyCounts = (): PageResult => ({ inserted: 0, again: 0, differences: 0 });

/** The batch row and what belongs to it; the documents from the archived folder, in pages. */
async function insertBatch(
  client: Queryable,
  manifest: BatchManifest,
  sha: string,
  name: string,
  archived: string,
  options: IngestOptions,
): Promise<StoredCounts> {
  const batchId = manifest.batchId;
  await client.query(
    `insert into devices (code, time_zone) values ($1, $2)
     on conflict (code) do update set time_zone = excluded.time_zone`,
    [manifest.device, manifest.timeZone],
  );
  if (manifest.installId) {
    await client.query(
      `insert into device_installs (device, install_id, first_batch_seq) values ($1, $2, $3)
       on conflict (device, install_id) do nothing`,
      [manifest.device, manifest.installId, manifest.seq],
    );
  }
  await client.query(
    `insert into batches (id, device, seq, manifest_sha256, prev_hash, format_version, install_id, reexport,
       period_from, period_to, sales, refunds, net, manifest, folder, receipt, source, received_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      batchId,
      manifest.device,
      manifest.seq,
      sha,
      manifest.prevHash,
      manifest.formatVersion,
      manifest.installId ?? null,
      manifest.reexport,
      manifest.period.from,
      manifest.period.to,
      manifest.counts.sales,
      manifest.counts.refunds,
      manifest.totals.net,
      JSON.stringify(manifest),
      name,
      receiptOf(manifest, sha),
      options.source,
      options.userId ?? null,
    ],
  );
  await client.query(
    `insert into batch_days (batch_id, device, z_no, business_day, sales, refunds)
     select $1, $2, * from unnest($3::int[], $4::date[], $5::int[], $6::int[])`,
    [
      batchId,
      manifest.device,
      manifest.days.map((d) => d.zNo),
      manifest.days.map((d) => d.day),
      manifest.days.map((d) => d.sales),
      manifest.days.map((d) => d.refunds),
    ],
  );
  if (options.key) {
    await client.query('insert into upload_keys (key, batch_id) values ($1, $2) on conflict do nothing', [
      options.key,
      batchId,
    ]);
  }
  const pageSize = options.pageSize ?? 500;
  const products = new ProductTotals();
  const counts: StoredCounts = {
    batchId,
    sales: emptyCounts(),
    refunds: emptyCounts(),
    zReports: emptyCounts(),
    shifts: emptyCounts(),
    stockMoves: emptyCounts(),
  };
  for await (const page of pagesOf<ZReportDoc>(join(archived, BATCH_FILES.zReports), 10_000)) {
    addPage(counts.zReports, await insertZReports(client, batchId, page));
  }
  for await (const page of pagesOf<SaleDoc>(join(archived, BATCH_FILES.sales), pageSize)) {
    addPage(counts.sales, await insertSales(client, batchId, manifest, page, products));
    await options.onPage?.('sales', page.length);
  }
  for await (const page of pagesOf<RefundDoc>(join(archived, BATCH_FILES.refunds), pageSize)) {
    addPage(counts.refunds, await insertRefunds(client, batchId, manifest, page, products));
    await options.onPage?.('refunds', page.length);
  }
  for await (const page of pagesOf<ShiftDoc>(join(archived, BATCH_FILES.cash), pageSize)) {
    addPage(counts.shifts, await insertShifts(client, batchId, page));
  }
  // Version 4: the stock ledger's moves, in the same transaction as the sales they agree with.
  if (manifest.formatVersion >= 4) {
    for await (const page of pagesOf<StockMoveDoc>(join(archived, BATCH_FILES.stock), pageSize)) {
      addPage(counts.stockMoves, await insertStockMoves(client, batchId, page));
      await options.onPage?.('stock_moves', page.length);
    }
  }
  // Last: the product summary tills share, so its rows are held only until the commit.
  await products.flush(client);
  return counts;
}

/**
 * Stores a batch that verifyBatches (or the upload worker) found good. `checked` is that check's
 * result for `options.folder`. Answers as the receiver does: 201 stored, 200 already stored
 * (another key or the same), 409/422 refused with the receiver's reasons; nothing is stored then.
 */
export async function ingestChecked(
  db: Db,
  checked: CheckedBatch,
  options: IngestOptions,
): Promise<IngestAnswer> {
  const manifest = checked.manifest;
  const sha = checked.manifestSha256;
  if (!manifest || !sha || checked.problems.length > 0) {
    const problems = checked.problems;
    const more = problems.length > 5 ? ` (dan ${problems.length - 5} masalah lain)` : '';
    return rejected(422, `batch tidak sah: ${problems.slice(0, 5).join('; ')}${more}`, { problems });
  }
  const name = batchFolderName(
    manifest.device,
    manifest.seq,
    manifest.period.from,
    manifest.period.to,
    manifest.reexport,
  );
  if (options.source === 'upload' && basename(options.folder) !== name) {
    return rejected(422, `batch tidak sah: nama folder tidak sesuai manifest (seharusnya ${name})`);
  }
  const root = options.archiveDir ?? archiveRoot(db.dataDir);
  const target = join(root, manifest.device, name);
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeOnce(db, checked, options, { manifest, sha, name, target });
    } catch (error) {
      if (error instanceof Refusal) {
        if (error.otherInstall) await recordRefusedInstall(db, manifest, error.otherInstall);
        return error.answer;
      }
      // PostgreSQL broke a deadlock (or a serialization failure) with a batch stored beside this
      // one: the whole batch again. An archive copy the rolled-back attempt left is taken up.
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      await new Promise((done) => setTimeout(done, 10 * attempt));
    }
  }
}

/** One attempt at storing a checked batch: one transaction, refusals thrown as Refusal. */
async function storeOnce(
  db: Db,
  checked: CheckedBatch,
  options: IngestOptions,
  at: { manifest: BatchManifest; sha: string; name: string; target: string },
): Promise<IngestAnswer> {
  const { manifest, sha, name, target } = at;
  return await db.tx(async (client) => {
    await client.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [DEVICE_LOCK, manifest.device]);
    if (options.key) {
      const known = (
        await client.query<StoredBatch>(
          `select b.id, b.device, b.seq, b.manifest_sha256, b.receipt
             from upload_keys k join batches b on b.id = k.batch_id where k.key = $1`,
          [options.key],
        )
      ).rows[0];
      if (known) {
        if (known.manifest_sha256 === sha) return acknowledged(known, true);
        throw new Refusal(rejected(409, 'kunci idempotensi ini sudah dipakai untuk batch lain'));
      }
    }
    const stored = await checkAgainstStored(client, manifest, sha);
    if (stored) {
      // The same batch under another key (sent again after the till lost its record): stored once.
      if (options.key) {
        await client.query('insert into upload_keys (key, batch_id) values ($1, $2) on conflict do nothing', [
          options.key,
          stored.id,
        ]);
      }
      return acknowledged(stored, true);
    }
    // The documents are read from the archived folder, or (a folder being copied there) from
    // the folder that was checked, while its copy is written and fsynced.
    let copying: Promise<void> | null = null;
    let documents = target;
    if (existsSync(target)) {
      // Put in place before a crash cut off its transaction: take it up if it is this batch.
      if (resolve(target) !== resolve(options.folder)) {
        const manifestPath = join(target, BATCH_FILES.manifest);
        const there = existsSync(manifestPath) ? hashFile(manifestPath).sha256 : null;
        if (there !== sha || !verifyBatches([target]).ok) {
          throw new Refusal(
            rejected(409, `folder ${manifest.device}/${name} sudah ada di kantor dengan isi lain`),
          );
        }
      }
    } else if (options.source === 'upload') {
      moveFolderInto(options.folder, target);
    } else {
      copying = copyFolderInto(options.folder, target);
      // Met below; until then a failure must not count as unhandled.
      copying.catch(() => {});
      documents = options.folder;
    }
    let counts: StoredCounts;
    try {
      counts = await insertBatch(client, manifest, sha, name, documents, options);
    } finally {
      // The archive copy is whole and fsynced before anything commits (a failed copy rolls back).
      await copying;
    }
    const answer = acknowledged(
      {
        id: manifest.batchId,
        device: manifest.device,
        seq: manifest.seq,
        manifest_sha256: sha,
        receipt: receiptOf(manifest, sha),
      },
      false,
      checked.notes,
    );
    return { ...answer, stored: counts };
  });
}

/** A second till under a stored code: nothing of its batch is stored, but the roster must show the code seen twice. */
async function recordRefusedInstall(db: Db, manifest: BatchManifest, installId: string): Promise<void> {
  await db.tx(async (client) => {
    await client.query('insert into devices (code, time_zone) values ($1, $2) on conflict do nothing', [
      manifest.device,
      manifest.timeZone,
    ]);
    await client.query(
      `insert into device_installs (device, install_id, first_batch_seq, refused) values ($1, $2, $3, true)
       on conflict (device, install_id) do nothing`,
      [manifest.device, installId, manifest.seq],
    );
  });
}

/** Stores a folder by the report of its check (`karya batch verify` of that folder alone). */
function ingestVerified(db: Db, report: VerifyReport, options: IngestOptions): Promise<IngestAnswer> {
  const checked = report.batches[0];
  if (!checked) {
    return Promise.resolve(
      rejected(422, 'batch tidak sah: folder tidak dapat dibaca', { problems: report.problems }),
    );
  }
  if (!report.ok) {
    return ingestChecked(db, { ...checked, problems: [...checked.problems, ...report.problems] }, options);
  }
  return ingestChecked(db, checked, options);
}

/**
 * Verifies a folder as `karya batch verify` does, on the process's check worker (the server's
 * event loop stays free for other requests), then stores it.
 */
export async function ingestFolder(db: Db, options: IngestOptions): Promise<IngestAnswer> {
  return ingestVerified(db, await checkFolderInWorker({ folder: options.folder }), options);
}

export interface IngestedFolder {
  folder: string;
  answer: IngestAnswer;
}

/** The device a checked folder belongs to (its manifest's), or the folder itself when unreadable. */
function deviceOf(report: VerifyReport, folder: string): string {
  return report.batches[0]?.manifest?.device ?? folder;
}

/**
 * Folders in the order given, each as ingestFolder does. Checks run on the worker ahead of the
 * stores. On PostgreSQL two batches are stored side by side on two connections (while one waits
 * for the disk, the other works), never two of one device: a device's batches are stored one after
 * the other in the order given. The embedded database has one connection: one at a time. `each`
 * is told of every folder as it is done (its index in `folders`). A check or store that throws
 * stops the run with that error once the batch beside it is done; those stored before stay.
 */
export async function ingestFolders(
  db: Db,
  folders: readonly string[],
  options: Omit<IngestOptions, 'folder'>,
  each?: (done: IngestedFolder, index: number) => void,
): Promise<IngestedFolder[]> {
  const lanes = db.kind === 'postgres' ? 2 : 1;
  const checks: (Promise<VerifyReport> | undefined)[] = [];
  const checkAhead = (index: number) => {
    const folder = folders[index];
    if (folder === undefined || checks[index]) return;
    const check = checkFolderInWorker({ folder });
    // A rejection is met when its folder's turn comes, not as an unhandled one now.
    check.catch(() => {});
    checks[index] = check;
  };
  const done: (IngestedFolder | undefined)[] = new Array(folders.length);
  /** Per device, the store of its latest batch taken: the next of that device waits for it. */
  const byDevice = new Map<string, Promise<unknown>>();
  let nextIndex = 0;
  let failure: { error: unknown } | null = null;
  const stopped = new Error('stopped: a batch beside this one failed');

  async function lane(): Promise<void> {
    while (!failure && nextIndex < folders.length) {
      const index = nextIndex++;
      const folder = folders[index] as string;
      try {
        checkAhead(index);
        // Keep the worker busy: the folders the lanes take next are checked meanwhile.
        for (let ahead = 1; ahead <= lanes; ahead++) checkAhead(index + ahead);
        const report = await (checks[index] as Promise<VerifyReport>);
        checks[index] = undefined;
        const device = deviceOf(report, folder);
        const before = byDevice.get(device);
        const storing = (async () => {
          // A device's batch after one that failed is not stored (its failure is the run's).
          if (before) await before;
          if (failure) throw stopped;
          return ingestVerified(db, report, { ...options, folder });
        })();
        byDevice.set(device, storing);
        try {
          const answer = await storing;
          done[index] = { folder, answer };
          each?.({ folder, answer }, index);
        } finally {
          if (byDevice.get(device) === storing) byDevice.delete(device);
        }
      } catch (error) {
        if (!failure && error !== stopped) failure = { error };
        return;
      }
    }
  }

  await Promise.all(Array.from({ length: lanes }, lane));
  if (failure) throw (failure as { error: unknown }).error;
  return done.filter((d): d is IngestedFolder => d !== undefined);
}

export type PendingResult = IngestedFolder;

/**
 * At start: every archived folder without its batch row (a crash between the fsync and the
 * commit, or a database rebuilt from the archive) is verified and stored, in device and number
 * order. Returns what each one got; a refused folder stays in the archive as it is.
 */
export async function ingestPending(
  db: Db,
  archiveDir: string = archiveRoot(db.dataDir),
): Promise<PendingResult[]> {
  removeUnfinishedCopies(archiveDir);
  const { rows } = await db.query<{ device: string; folder: string }>('select device, folder from batches');
  const known = new Set(rows.map((r) => `${r.device}/${r.folder}`));
  const pending = archivedFolders(archiveDir)
    .filter((entry) => !known.has(`${entry.device}/${entry.name}`))
    .map((entry) => entry.path);
  return ingestFolders(db, pending, { source: 'archive', archiveDir });
}
