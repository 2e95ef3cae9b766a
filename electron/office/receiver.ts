// The reference receiver: a small HTTP server for the office (and the tests) that accepts batch
// uploads from the tills, checks each exactly as `karya batch verify` does, and stores the good
// ones as ordinary batch folders, so `karya batch verify` and `merge` work on its folder as on a
// USB stick. It listens on 127.0.0.1 only: an office that takes uploads from the internet puts an
// HTTPS proxy in front of it (the tills refuse plain HTTP to anything but this machine).
//
// Layout of its folder:
//   <dir>/<DEVICE>/<batch folder>/   every accepted batch, as exported
//   <dir>/received.jsonl             one line per acceptance: key, device, seq, checksum, receipt
//   <dir>/.incoming/                 uploads being checked (removed when done)
//
// Uploads are received side by side, but checked and stored one at a time: checks against earlier
// batches (same number, chain, days sent twice) then see every batch accepted before it. The
// unpacking and verifying run in a worker thread (checkUpload.ts), so the event loop keeps answering
// /health and receiving other bodies while a large upload is checked. A batch
// is stored durably (its files and folders fsynced) before its ledger line is written, and a
// folder found already in place (a crash between the two) is taken up when the same batch comes
// again. The checks across a device's whole set (Z numbers without gaps, a re-exported sale the
// same as its first copy) are `karya batch verify <dir>/<DEVICE>`'s, run at the office.

import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BATCH_FILES, type BatchManifest, batchFolderName } from '../../shared/batch/format';
import { flushFolder, hashFile } from '../core/batches/fileSink';
import { decodePathPart, requestUrl } from '../web/urlPath';
import { checkUploadInWorker } from './checkUpload';
import { receiveZipBody } from './receiveBody';
import { MAX_BATCH_BYTES } from './unzipBatch';
import { verifyBatches } from './verifyBatches';

export interface ReceiverOptions {
  /** Where accepted batches are stored. */
  dir: string;
  /** Bearer tokens the tills may use (one per office, or one per till). */
  tokens: readonly string[];
  /** 0: any free port. */
  port?: number;
  /** Largest upload accepted (the zip), and largest total unpacked. */
  maxBytes?: number;
  log?: (line: string) => void;
}

export interface Receipt {
  key: string;
  device: string;
  seq: number;
  name: string;
  manifestSha256: string;
  prevHash: string | null;
  reexport: boolean;
  days: string[];
  /** The Z numbers the batch carries (absent in ledger lines written before a day could have two). */
  zNos?: number[];
  /** The till's install id (format version 3 on; absent before). */
  installId?: string;
  receipt: string;
  receivedAt: string;
}

export interface RunningReceiver {
  url: string;
  port: number;
  close(): Promise<void>;
  /** What has been accepted, in order. */
  received(): readonly Receipt[];
}

const KEY = /^[0-9A-Za-z_-]{8,100}$/;
const LEDGER = 'received.jsonl';

type Answer = { status: number; body: Record<string, unknown> };

const rejected = (status: number, reason: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { status: 'rejected', reason, ...extra },
});

class Refusal extends Error {
  constructor(readonly answer: Answer) {
    super(String(answer.body.reason));
  }
}

/**
 * The ledger; a line cut short by a crash (only ever the last) is skipped, and the file is ended
 * with a newline so the next line starts on its own.
 */
function loadLedger(dir: string, log: (line: string) => void): Receipt[] {
  const path = join(dir, LEDGER);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  if (text !== '' && !text.endsWith('\n')) appendFileSync(path, '\n');
  const receipts: Receipt[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      receipts.push(JSON.parse(line) as Receipt);
    } catch {
      log(`baris ${LEDGER} yang terpotong diabaikan: ${line.slice(0, 80)}`);
    }
  }
  return receipts;
}

function appendLedger(dir: string, receipt: Receipt): void {
  const path = join(dir, LEDGER);
  appendFileSync(path, `${JSON.stringify(receipt)}\n`);
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a bearer token is one of `tokens`, in time that does not depend on how much of it is
 * right: each candidate is compared as a SHA-256 digest (equal lengths, whatever was sent) with
 * timingSafeEqual, and every token is compared, not only up to the first match.
 */
export function tokenChecker(tokens: readonly string[]): (given: string) => boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const known = tokens.map(digest);
  return (given) => {
    const sent = digest(given);
    let found = false;
    for (const token of known) found = timingSafeEqual(sent, token) || found;
    return found;
  };
}

function receiptOf(manifest: BatchManifest, sha: string): string {
  return `${manifest.device}-${manifest.seq}-${sha.slice(0, 12)}`;
}

export async function startReceiver(options: ReceiverOptions): Promise<RunningReceiver> {
  const dir = options.dir;
  const maxBytes = options.maxBytes ?? MAX_BATCH_BYTES;
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.tokens.length === 0) throw new Error('Penerima batch butuh paling sedikit satu token');
  const knownToken = tokenChecker(options.tokens);
  // Uploads that were being received when the receiver stopped are gone with their connections.
  rmSync(join(dir, '.incoming'), { recursive: true, force: true });
  mkdirSync(join(dir, '.incoming'), { recursive: true });
  const ledger = loadLedger(dir, log);
  let queue: Promise<unknown> = Promise.resolve();

  const byKey = (key: string) => ledger.find((r) => r.key === key);

  function checkAgainstStored(manifest: BatchManifest, sha: string): Receipt | null {
    // Another till already sends under this device code: its batches and these must not mix.
    const otherTill = manifest.installId
      ? ledger.find((r) => r.device === manifest.device && r.installId && r.installId !== manifest.installId)
      : undefined;
    if (otherTill?.installId) {
      throw new Refusal(
        rejected(
          409,
          `kode perangkat ${manifest.device} sudah dipakai kasir lain: batch ${manifest.device} #${otherTill.seq} yang sudah diterima berasal dari pemasangan ${otherTill.installId.slice(0, 8)}…, batch ini dari pemasangan ${manifest.installId?.slice(0, 8)}…. Satu kode perangkat hanya untuk satu kasir: kasir ini perlu kode perangkat sendiri`,
        ),
      );
    }
    const same = ledger.find((r) => r.device === manifest.device && r.seq === manifest.seq);
    if (same) {
      if (same.manifestSha256 === sha) return same;
      throw new Refusal(
        rejected(
          409,
          `batch ${manifest.device} #${manifest.seq} sudah diterima dengan isi lain (SHA-256 manifest ${same.manifestSha256.slice(0, 12)}…): dua batch berbeda bernomor sama`,
        ),
      );
    }
    const before = ledger.find((r) => r.device === manifest.device && r.seq === manifest.seq - 1);
    if (before && manifest.prevHash !== before.manifestSha256) {
      throw new Refusal(
        rejected(
          422,
          `rantai putus: batch ${manifest.device} #${manifest.seq} tidak menyebut batch #${before.seq} yang sudah diterima sebagai sebelumnya`,
        ),
      );
    }
    const after = ledger.find((r) => r.device === manifest.device && r.seq === manifest.seq + 1);
    if (after && after.prevHash !== undefined && after.prevHash !== sha) {
      throw new Refusal(
        rejected(
          422,
          `rantai putus: batch #${after.seq} yang sudah diterima tidak menyebut batch ${manifest.device} #${manifest.seq} ini sebagai sebelumnya`,
        ),
      );
    }
    if (!manifest.reexport) {
      for (const day of manifest.days) {
        const twice = ledger.find(
          (r) =>
            r.device === manifest.device &&
            !r.reexport &&
            (r.zNos ? r.zNos.includes(day.zNo) : r.days.includes(day.day)),
        );
        if (twice) {
          throw new Refusal(
            rejected(
              422,
              `hari ${day.day} sudah diterima di batch ${twice.device} #${twice.seq}, dan batch ini bukan ekspor ulang: penjualannya akan terhitung dua kali`,
            ),
          );
        }
      }
    }
    return null;
  }

  const tooLarge = () => rejected(413, `unggahan terlalu besar (batas ${maxBytes} byte)`);

  const receiveBody = async (req: IncomingMessage, work: string): Promise<string | Answer> =>
    (await receiveZipBody(req, work, maxBytes)) ?? tooLarge();

  /** Checks the received zip and stores the batch; one at a time (see the top of this file). */
  async function checkAndStore(zipPath: string, work: string, key: string): Promise<Answer> {
    // Unpacked and verified in a worker thread: /health and other uploads are answered meanwhile.
    const check = await checkUploadInWorker({ zipPath, work, maxBytes });
    if (check.kind === 'notABatch') {
      throw new Refusal(rejected(400, `Isi unggahan bukan batch Karya POS: ${check.message}`));
    }
    const { folder, report } = check;
    const checked = report.batches[0];
    const manifest = checked?.manifest ?? null;
    const sha = checked?.manifestSha256 ?? null;
    if (!report.ok || !manifest || !sha) {
      const problems = [...(checked?.problems ?? []), ...report.problems];
      const more = problems.length > 5 ? ` (dan ${problems.length - 5} masalah lain)` : '';
      throw new Refusal(
        rejected(422, `batch tidak sah: ${problems.slice(0, 5).join('; ')}${more}`, { problems }),
      );
    }
    const name = batchFolderName(
      manifest.device,
      manifest.seq,
      manifest.period.from,
      manifest.period.to,
      manifest.reexport,
    );
    if (folder.split(/[\\/]/).at(-1) !== name) {
      throw new Refusal(
        rejected(422, `batch tidak sah: nama folder tidak sesuai manifest (seharusnya ${name})`),
      );
    }
    const known = byKey(key);
    if (known) {
      if (known.manifestSha256 === sha) return acknowledged(known, true);
      throw new Refusal(rejected(409, 'kunci idempotensi ini sudah dipakai untuk batch lain'));
    }
    const stored = checkAgainstStored(manifest, sha);
    const receipt: Receipt = stored
      ? // The same batch under another key (sent again after the till lost its record): stored once.
        { ...stored, key, receivedAt: new Date().toISOString() }
      : {
          key,
          device: manifest.device,
          seq: manifest.seq,
          name,
          manifestSha256: sha,
          prevHash: manifest.prevHash,
          reexport: manifest.reexport,
          days: [...new Set(manifest.days.map((d) => d.day))],
          zNos: manifest.days.map((d) => d.zNo),
          ...(manifest.installId ? { installId: manifest.installId } : {}),
          receipt: receiptOf(manifest, sha),
          receivedAt: new Date().toISOString(),
        };
    if (!stored) {
      const home = join(dir, manifest.device);
      const target = join(home, name);
      if (existsSync(target)) {
        // Put in place before a crash cut off its ledger line: take it up if it is this batch.
        const there = existsSync(join(target, BATCH_FILES.manifest))
          ? hashFile(join(target, BATCH_FILES.manifest)).sha256
          : null;
        if (there !== sha || !verifyBatches([target]).ok) {
          throw new Refusal(
            rejected(409, `folder ${manifest.device}/${name} sudah ada di kantor dengan isi lain`),
          );
        }
      } else {
        mkdirSync(home, { recursive: true });
        flushFolder(folder);
        renameSync(folder, target);
        flushFolder(home);
        flushFolder(dir);
      }
      log(`diterima ${manifest.device} #${manifest.seq} (${manifest.counts.sales} transaksi) -> ${target}`);
    }
    // Only now, with the files safe on disk, the ledger says the batch is here.
    appendLedger(dir, receipt);
    ledger.push(receipt);
    if (stored) return acknowledged(stored, true);
    return { status: 201, body: { ...acknowledged(receipt, false).body, notes: checked?.notes ?? [] } };
  }

  async function receive(req: IncomingMessage, key: string): Promise<Answer> {
    const work = join(dir, '.incoming', randomUUID());
    mkdirSync(work, { recursive: true });
    try {
      const body = await receiveBody(req, work);
      if (typeof body !== 'string') return body;
      // Received side by side; checked and stored one at a time.
      const turn = queue.then(() => checkAndStore(body, work, key));
      queue = turn.catch(() => undefined);
      return await turn;
    } catch (error) {
      if (error instanceof Refusal) {
        log(`ditolak (kunci ${key}): ${error.message}`);
        return error.answer;
      }
      throw error;
    } finally {
      // Off the event loop too: a refused upload can leave hundreds of MB to delete.
      await rm(work, { recursive: true, force: true });
    }
  }

  function acknowledged(receipt: Receipt, duplicate: boolean): Answer {
    return {
      status: duplicate ? 200 : 201,
      body: {
        status: 'acknowledged',
        receipt: receipt.receipt,
        device: receipt.device,
        seq: receipt.seq,
        manifestSha256: receipt.manifestSha256,
        duplicate,
      },
    };
  }

  function reply(res: ServerResponse, answer: Answer): void {
    const text = JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
    });
    res.end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req.url);
    if (url === null) {
      req.resume();
      reply(res, rejected(400, 'alamat permintaan tidak sah'));
      return;
    }
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/health')) {
      reply(res, { status: 200, body: { status: 'ok', received: ledger.length } });
      return;
    }
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    if (!auth?.[1] || !knownToken(auth[1])) {
      req.resume();
      reply(res, rejected(401, 'token tidak dikenal'));
      return;
    }
    const parts = url.pathname.split('/').filter((p) => p !== '');
    const path = `/${parts.join('/')}`; // `/batches/` is `/batches`
    if (req.method === 'GET' && parts.length === 2 && parts[0] === 'batches') {
      const key = decodePathPart(parts[1] ?? '');
      if (key === null) {
        reply(res, rejected(400, 'alamat permintaan tidak sah: kode % rusak'));
        return;
      }
      const known = byKey(key);
      reply(res, known ? acknowledged(known, true) : { status: 404, body: { status: 'unknown' } });
      return;
    }
    if (req.method !== 'POST' || path !== '/batches') {
      req.resume();
      reply(res, {
        status: 404,
        body: { status: 'rejected', reason: 'alamat tidak dikenal: kirim ke POST /batches' },
      });
      return;
    }
    const key = String(req.headers['idempotency-key'] ?? '');
    if (!KEY.test(key)) {
      req.resume();
      reply(res, rejected(400, 'Idempotency-Key wajib ada (8-100 huruf, angka, - atau _)'));
      return;
    }
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      req.resume();
      reply(res, tooLarge());
      return;
    }
    reply(res, await receive(req, key));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`galat: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent)
        reply(res, { status: 500, body: { status: 'error', reason: 'galat di penerima' } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/batches`,
    port,
    received: () => [...ledger],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
