// One upload over HTTP(S): the batch's zip streamed from the disk (memory stays small whatever its
// size), and the office's answer turned into an outcome. The protocol is in docs/batch-format.md:
//   POST <url>        the zip, with Authorization: Bearer <token> and Idempotency-Key: <batch id>
//     200/201 {"status":"acknowledged","receipt":...}    checked and stored (also for a repeat)
//     202     {"status":"accepted"}                      received, being checked: ask later
//     4xx     {"status":"rejected","reason":...}         refused; a person must look
//     408, 429, 5xx, no connection                       try again later
//   GET <url>/<key>   the state of an upload after a 202 (404: the office has no such upload)
import { createReadStream } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import { msg } from '../../../../shared/messages';
import type { UploadTarget } from './uploadSettings';

export interface UploadRequest {
  target: UploadTarget;
  idempotencyKey: string;
  batchName: string;
  device: string;
  manifestSha256: string;
  file: { path: string; bytes: number; sha256: string };
}

/**
 * `reason` and `error` are stored with the upload as they are: the till's own words as a message
 * (`msg()`, worded by whoever shows it), the office's reason in its own words as plain text.
 */
export type OfficeAnswer =
  | { kind: 'acknowledged'; receipt: string }
  | { kind: 'accepted' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'retry'; error: string }
  | { kind: 'unknown' };

export interface SendTimeouts {
  /** No byte moving for this long ends the attempt. */
  idleMs: number;
}

export const DEFAULT_SEND_TIMEOUTS: SendTimeouts = { idleMs: 60_000 };

const MAX_ANSWER_BYTES = 64 * 1024;

function networkMessage(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED') return msg('batches.upload.connectionRefused');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return msg('batches.upload.noInternet');
  if (code === 'ETIMEDOUT' || code === 'KARYA_TIMEOUT') return msg('batches.upload.timedOut');
  if (code === 'ECONNRESET' || code === 'EPIPE') return msg('batches.upload.dropped');
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT')
    return msg('batches.upload.badCertificate', { code });
  const detail = error instanceof Error ? error.message : String(error);
  return msg('batches.upload.unreachable', { detail });
}

function readAnswer(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const clip = (text: string) => (text.length > 1000 ? `${text.slice(0, 1000)}…` : text);

/** Turns the office's status code and JSON body into what the outbox does next. */
export function interpretAnswer(
  status: number,
  body: string,
  asking: boolean,
  location: string | null = null,
): OfficeAnswer {
  const json = parseJson(body);
  // A redirect means the address is not the office's upload address: a person must fix it.
  if (status >= 300 && status < 400) {
    return {
      kind: 'rejected',
      reason: location
        ? msg('batches.upload.redirectedTo', { status, location: clip(location) })
        : msg('batches.upload.redirected', { status }),
    };
  }
  const reason =
    typeof json.reason === 'string' && json.reason.trim() !== '' ? clip(json.reason.trim()) : null;
  const receipt = typeof json.receipt === 'string' && json.receipt !== '' ? clip(json.receipt) : null;
  if (status === 200 || status === 201) {
    if (json.status === 'rejected')
      return { kind: 'rejected', reason: reason ?? msg('batches.upload.rejectedByOffice') };
    if (json.status === 'accepted' || json.status === 'processing') return { kind: 'accepted' };
    if (receipt) return { kind: 'acknowledged', receipt };
    return { kind: 'retry', error: msg('batches.upload.unknownAnswer', { status }) };
  }
  if (status === 202) return { kind: 'accepted' };
  if (asking && status === 404) return { kind: 'unknown' };
  if (status === 408 || status === 429 || status >= 500) {
    return {
      kind: 'retry',
      error: reason
        ? msg('batches.upload.serverTroubleWhy', { status, reason })
        : msg('batches.upload.serverTrouble', { status }),
    };
  }
  if (status === 401 || status === 403) {
    return {
      kind: 'rejected',
      reason: reason
        ? msg('batches.upload.tokenRejectedWhy', { status, reason })
        : msg('batches.upload.tokenRejected', { status }),
    };
  }
  if (status >= 400) {
    return { kind: 'rejected', reason: reason ?? msg('batches.upload.rejectedStatus', { status }) };
  }
  return { kind: 'retry', error: msg('batches.upload.unknownAnswer', { status }) };
}

function requester(url: URL) {
  return url.protocol === 'https:' ? httpsRequest : httpRequest;
}

function exchange(
  url: URL,
  options: { method: 'POST' | 'GET'; headers: Record<string, string | number>; body?: string },
  timeouts: SendTimeouts,
  signal: AbortSignal,
): Promise<{ status: number; body: string; location: string | null }> {
  return new Promise((resolve, reject) => {
    const req = requester(url)(
      url,
      // `timeout` also covers the connect (setTimeout alone starts once a socket is there).
      { method: options.method, headers: options.headers, signal, timeout: timeouts.idleMs },
      (response) => {
        readAnswer(response).then(
          (body) =>
            resolve({
              status: response.statusCode ?? 0,
              body,
              location: typeof response.headers.location === 'string' ? response.headers.location : null,
            }),
          reject,
        );
      },
    );
    req.on('timeout', () => {
      req.destroy(Object.assign(new Error('timeout'), { code: 'KARYA_TIMEOUT' }));
    });
    req.on('error', reject);
    if (options.body !== undefined) {
      // pipeline closes the file whatever happens to the request (a refused connection, a
      // timeout): a till offline for weeks retries thousands of times and must not leak handles.
      pipeline(createReadStream(options.body), req).catch((error: unknown) => {
        req.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    } else {
      req.end();
    }
  });
}

function authHeaders(target: UploadTarget, key: string): Record<string, string> {
  return { authorization: `Bearer ${target.token}`, 'idempotency-key': key, accept: 'application/json' };
}

/** POSTs the zip; never throws (a network problem is an answer: retry). */
export async function sendBatch(
  upload: UploadRequest,
  timeouts: SendTimeouts = DEFAULT_SEND_TIMEOUTS,
  signal: AbortSignal = new AbortController().signal,
): Promise<OfficeAnswer> {
  try {
    const answer = await exchange(
      new URL(upload.target.url),
      {
        method: 'POST',
        headers: {
          ...authHeaders(upload.target, upload.idempotencyKey),
          'content-type': 'application/zip',
          'content-length': upload.file.bytes,
          'x-karya-batch': upload.batchName,
          'x-karya-device': upload.device,
          'x-karya-manifest-sha256': upload.manifestSha256,
          'x-karya-content-sha256': upload.file.sha256,
        },
        body: upload.file.path,
      },
      timeouts,
      signal,
    );
    return interpretAnswer(answer.status, answer.body, false, answer.location);
  } catch (error) {
    return { kind: 'retry', error: networkMessage(error) };
  }
}

/** Asks the office what became of an upload it answered 202 to. */
export async function askStatus(
  target: UploadTarget,
  idempotencyKey: string,
  timeouts: SendTimeouts = DEFAULT_SEND_TIMEOUTS,
  signal: AbortSignal = new AbortController().signal,
): Promise<OfficeAnswer> {
  const base = `${target.url.replace(/\/+$/, '')}/`;
  try {
    const answer = await exchange(
      new URL(encodeURIComponent(idempotencyKey), base),
      { method: 'GET', headers: authHeaders(target, idempotencyKey) },
      timeouts,
      signal,
    );
    return interpretAnswer(answer.status, answer.body, true, answer.location);
  } catch (error) {
    return { kind: 'retry', error: networkMessage(error) };
  }
}
