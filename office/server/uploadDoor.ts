// The office's doors for batches, beside the page's /api/call (http.ts routes to them):
//
// - the tills' upload protocol of the reference receiver (electron/office/receiver.ts), unchanged
//   for the till: `POST /batches` with `Idempotency-Key` and a bearer token, `GET /batches/<key>`,
//   `GET /health`; the same token check, body limit, verification (the upload worker, exactly
//   `karya batch verify`) and answers (200/201 acknowledged with receipt, device, seq,
//   manifestSha256, duplicate, notes; 400/401/409/413/422 rejected with reason and problems). The
//   store is the office's database (office/core/ingest: one transaction per batch) and its archive.
// - `POST /api/import`: a folder dropped on the page, zipped by the browser, from a signed-in
//   finance or admin user of our own page; the same verification and store, answered as
//   `office.importFolder` is.
//
// Uploads are received side by side but checked and stored one at a time, as the receiver does:
// the checks against stored batches then see every batch taken before, and two cores are not
// both spent unzipping.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { EngineError } from '../../electron/core/errors';
import { checkUploadInWorker, type UploadCheck } from '../../electron/office/checkUpload';
import { receiveZipBody } from '../../electron/office/receiveBody';
import { MAX_BATCH_BYTES } from '../../electron/office/unzipBatch';
import { decodePathPart, requestUrl } from '../../electron/web/urlPath';
import { FINANCE_OR_ADMIN, type ImportResult } from '../../shared/office/contract';
import { checkRoles, resolveActor } from '../core/auth/access';
import type { OfficeContext } from '../core/context';
import { batchByKey, type IngestAnswer, ingestChecked } from '../core/ingest';
import { importChecked } from '../core/uploads/importBatches';
import { knownUploadToken, tokenSha256 } from '../core/uploads/tokens';

export interface UploadDoorOptions {
  ctx: OfficeContext;
  /** Tokens given at start (`--upload-token`), besides those made on the page. */
  tokens?: readonly string[];
  /** Largest upload (the zip) and largest total unpacked; the receiver's 512 MB unless given. */
  maxBytes?: number;
  /** `<data>/.incoming`: bodies being checked (emptied at start; beside the archive, so a batch is moved, not copied). */
  incomingDir?: string;
  /** `<data>/batches` unless given. */
  archiveDir?: string;
}

/** How the HTTP door saw the request: the session cookie, the client, and whether it came from our page. */
export interface DoorRequest {
  token?: string;
  address: string;
  fromOurPage: boolean;
}

export interface UploadDoor {
  /** Whether a path is this door's. */
  handles(pathname: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse, from: DoorRequest): Promise<void>;
}

type Answer = { status: number; body: Record<string, unknown> };

const KEY = /^[0-9A-Za-z_-]{8,100}$/;
export const IMPORT_PATH = '/api/import';

const rejected = (status: number, reason: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { status: 'rejected', reason, ...extra },
});

function reply(res: ServerResponse, answer: Answer): void {
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** The 422 of a batch the worker read but found wrong (or could not read at all). */
function notValid(problems: string[]): Answer {
  const more = problems.length > 5 ? ` (dan ${problems.length - 5} masalah lain)` : '';
  return rejected(422, `batch tidak sah: ${problems.slice(0, 5).join('; ')}${more}`, { problems });
}

export function createUploadDoor(options: UploadDoorOptions): UploadDoor {
  const { ctx } = options;
  const db = ctx.db;
  const maxBytes = options.maxBytes ?? MAX_BATCH_BYTES;
  const incoming = options.incomingDir ?? join(db.dataDir, '.incoming');
  const fixed = (options.tokens ?? []).map(tokenSha256);
  // Bodies that were being received when the server stopped are gone with their connections.
  rmSync(incoming, { recursive: true, force: true });
  mkdirSync(incoming, { recursive: true });
  let queue: Promise<unknown> = Promise.resolve();

  /** One at a time (see the top of this file). */
  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  }

  const tooLarge = () => rejected(413, `unggahan terlalu besar (batas ${maxBytes} byte)`);

  const receiveBody = (req: IncomingMessage, work: string) => receiveZipBody(req, work, maxBytes);

  /** A body in a work folder of its own, removed afterwards whatever happened (off the event loop). */
  async function withWork<T>(run: (work: string) => Promise<T>): Promise<T> {
    const work = join(incoming, randomUUID());
    mkdirSync(work, { recursive: true });
    try {
      return await run(work);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  const check = (zipPath: string, work: string): Promise<UploadCheck> =>
    checkUploadInWorker({ zipPath, work, maxBytes });

  async function receive(req: IncomingMessage, key: string): Promise<Answer> {
    const answer: IngestAnswer = await withWork(async (work) => {
      const zipPath = await receiveBody(req, work);
      if (zipPath === null) return tooLarge();
      return inTurn(async () => {
        const result = await check(zipPath, work);
        if (result.kind === 'notABatch') {
          return rejected(400, `Isi unggahan bukan batch Karya POS: ${result.message}`);
        }
        const { folder, report } = result;
        const checked = report.batches[0];
        if (!checked) return notValid(report.problems);
        return ingestChecked(
          db,
          { ...checked, problems: [...checked.problems, ...report.problems] },
          {
            folder,
            source: 'upload',
            key,
            ...(options.archiveDir ? { archiveDir: options.archiveDir } : {}),
          },
        );
      });
    });
    if (answer.status === 201) {
      ctx.log.info('office.upload.stored', { device: answer.body.device, seq: answer.body.seq, key });
    } else if (answer.status >= 400) {
      ctx.log.info('office.upload.refused', { key, reason: answer.body.reason });
    }
    return { status: answer.status, body: answer.body };
  }

  async function handleUploads(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req.url);
    if (url === null) {
      req.resume();
      return reply(res, rejected(400, 'alamat permintaan tidak sah'));
    }
    if (req.method === 'GET' && url.pathname === '/health') {
      const { rows } = await db.query<{ n: number | string }>('select count(*) as n from batches');
      return reply(res, { status: 200, body: { status: 'ok', received: Number(rows[0]?.n ?? 0) } });
    }
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    if (!auth?.[1] || !(await knownUploadToken(db, auth[1], fixed))) {
      req.resume();
      return reply(res, rejected(401, 'token tidak dikenal'));
    }
    const parts = url.pathname.split('/').filter((p) => p !== '');
    const path = `/${parts.join('/')}`; // `/batches/` is `/batches`
    if (req.method === 'GET' && parts.length === 2 && parts[0] === 'batches') {
      const key = decodePathPart(parts[1] ?? '');
      if (key === null) return reply(res, rejected(400, 'alamat permintaan tidak sah: kode % rusak'));
      const known = await batchByKey(db, key);
      return reply(res, known ?? { status: 404, body: { status: 'unknown' } });
    }
    if (req.method !== 'POST' || path !== '/batches') {
      req.resume();
      return reply(res, {
        status: 404,
        body: { status: 'rejected', reason: 'alamat tidak dikenal: kirim ke POST /batches' },
      });
    }
    const key = String(req.headers['idempotency-key'] ?? '');
    if (!KEY.test(key)) {
      req.resume();
      return reply(res, rejected(400, 'Idempotency-Key wajib ada (8-100 huruf, angka, - atau _)'));
    }
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      req.resume();
      return reply(res, tooLarge());
    }
    reply(res, await receive(req, key));
  }

  /** The page's answer shape (as /api/call): `{ok, data}` or `{ok: false, error}`. */
  function replyCall(
    res: ServerResponse,
    status: number,
    result: { ok: true; data: ImportResult } | EngineError,
  ) {
    const body = result instanceof EngineError ? { ok: false, error: result.toJSON() } : result;
    reply(res, { status, body: body as Record<string, unknown> });
  }

  async function handleImport(req: IncomingMessage, res: ServerResponse, from: DoorRequest): Promise<void> {
    const refuse = (status: number, error: EngineError) => {
      req.resume();
      replyCall(res, status, error);
    };
    if (req.method !== 'POST') return refuse(405, new EngineError('INVALID_INPUT', 'office.http.method'));
    // Only our own page, as for /api/call: a zip content type needs a preflight from another site.
    if (!from.fromOurPage) return refuse(403, new EngineError('FORBIDDEN', 'office.http.origin'));
    if (req.headers['content-type'] !== 'application/zip') {
      return refuse(415, new EngineError('INVALID_INPUT', 'officeUploads.zipType'));
    }
    // Who, before a byte of the body is kept.
    const actor = await resolveActor(ctx, from.token);
    try {
      checkRoles(actor, FINANCE_OR_ADMIN);
    } catch (error) {
      if (error instanceof EngineError) return refuse(200, error);
      throw error;
    }
    if (actor.kind !== 'user') return refuse(200, new EngineError('UNAUTHENTICATED', 'office.signInAgain'));
    const tooBig = new EngineError('INVALID_INPUT', 'officeUploads.tooBig', {
      maximum: Math.floor(maxBytes / (1024 * 1024)),
    });
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) return refuse(413, tooBig);
    const outcome = await withWork(async (work): Promise<ImportResult | EngineError> => {
      const zipPath = await receiveBody(req, work);
      if (zipPath === null) return tooBig;
      return inTurn(async () => {
        const result = await check(zipPath, work);
        if (result.kind === 'notABatch') {
          return new EngineError('INVALID_INPUT', 'officeUploads.notABatch', { reason: result.message });
        }
        const checked = result.report.batches[0];
        const name = result.folder.split(/[\\/]/).at(-1) ?? result.folder;
        return importChecked(db, result.folder, name, checked, result.report.problems, {
          userId: actor.id,
          at: ctx.now(),
          ...(options.archiveDir ? { archiveDir: options.archiveDir } : {}),
        });
      });
    });
    if (outcome instanceof EngineError) return replyCall(res, outcome === tooBig ? 413 : 200, outcome);
    replyCall(res, 200, { ok: true, data: outcome });
  }

  return {
    handles: (pathname) =>
      pathname === '/health' ||
      pathname === '/batches' ||
      pathname.startsWith('/batches/') ||
      pathname === IMPORT_PATH,
    handle: (req, res, from) =>
      (requestUrl(req.url)?.pathname ?? '') === IMPORT_PATH
        ? handleImport(req, res, from)
        : handleUploads(req, res),
  };
}
