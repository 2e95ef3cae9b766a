// Pulling a package from the office over the channel batches already go up: the same address and
// token (electron/core/batches/upload). The office's side is office/server:
//   GET <office>/api/catalogue/package?have=<held version>
//       Authorization: Bearer <token>     (as an upload sends it)
//     200 application/zip    the package after `have` (a delta, or the whole catalogue)
//     204                    nothing newer than `have`
//     401/403                the token is not (or no longer) the office's
// `<office>` is the upload address without its last part: `https://kantor.example/batches` asks
// `https://kantor.example/api/catalogue/package`. The zip is written to a temporary file (bounded
// in size), read like a zip from a USB stick, and removed; the package then passes exactly the
// same checks as one opened from a stick.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MessageRef, ref } from '../../../../shared/messages';
import type { UploadTarget } from '../../batches/upload/uploadSettings';
import { EngineError } from '../../errors';
import { filesFromZip, MAX_PACKAGE_BYTES, type PackageFiles } from './packageFiles';

export const PACKAGE_PATH = 'api/catalogue/package';

/** Where the office serves packages, from the upload address: its last part replaced. */
export function packageUrl(uploadUrl: string, have: number): URL {
  const url = new URL(PACKAGE_PATH, uploadUrl);
  url.searchParams.set('have', String(have));
  return url;
}

export interface PullOptions {
  /** No byte moving for this long ends the pull. */
  idleMs?: number;
}

function networkReason(error: unknown): MessageRef {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED') return ref('catalogPackage.net.refused');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return ref('catalogPackage.net.noInternet');
  if (code === 'ETIMEDOUT' || code === 'KARYA_TIMEOUT') return ref('catalogPackage.net.timedOut');
  if (code === 'ECONNRESET' || code === 'EPIPE') return ref('catalogPackage.net.dropped');
  if (code === 'KARYA_TOO_BIG')
    return ref('catalogPackage.net.tooBig', { max: MAX_PACKAGE_BYTES / 1024 / 1024 });
  if (code.startsWith('ERR_TLS') || code.includes('CERT'))
    return ref('catalogPackage.net.certificate', { code });
  const detail = error instanceof Error ? error.message : String(error);
  return ref('catalogPackage.net.other', { detail: detail.slice(0, 200) });
}

/** Streams the answer's body into `path`, refusing more than MAX_PACKAGE_BYTES. */
function saveBody(response: IncomingMessage, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PACKAGE_BYTES) {
        response.destroy(Object.assign(new Error('too big'), { code: 'KARYA_TOO_BIG' }));
        return;
      }
      if (!out.write(chunk)) {
        response.pause();
        out.once('drain', () => response.resume());
      }
    });
    response.on('end', () => out.end(() => resolve()));
    response.on('error', (error) => {
      out.destroy();
      reject(error);
    });
  });
}

/**
 * The office's package after `have`, as files; null when the office has nothing newer. Throws a
 * refusal naming what went wrong (no connection, the token refused, not a zip).
 */
export async function pullPackage(
  target: UploadTarget,
  have: number,
  device: string,
  options: PullOptions = {},
): Promise<PackageFiles | null> {
  const url = packageUrl(target.url, have);
  const work = mkdtempSync(join(tmpdir(), 'karya-katalog-'));
  const zipPath = join(work, 'paket.zip');
  try {
    const status = await new Promise<{ status: number; type: string }>((resolve, reject) => {
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        {
          method: 'GET',
          headers: {
            authorization: `Bearer ${target.token}`,
            accept: 'application/zip',
            'x-karya-device': device,
          },
          timeout: options.idleMs ?? 60_000,
          // A pull is rare: a fresh connection each time, never a kept-alive one the office closed.
          agent: false,
        },
        (response) => {
          const answer = {
            status: response.statusCode ?? 0,
            type: String(response.headers['content-type'] ?? ''),
          };
          if (answer.status !== 200) {
            response.resume();
            response.on('end', () => resolve(answer));
            response.on('error', reject);
            return;
          }
          saveBody(response, zipPath).then(() => resolve(answer), reject);
        },
      );
      request.on('timeout', () => {
        request.destroy(Object.assign(new Error('timeout'), { code: 'KARYA_TIMEOUT' }));
      });
      request.on('error', reject);
      request.end();
    }).catch((error: unknown) => {
      throw new EngineError('IO_ERROR', 'catalogPackage.pullFailed', { reason: networkReason(error) });
    });

    if (status.status === 204) return null;
    if (status.status === 401 || status.status === 403) {
      throw new EngineError('CONFLICT', 'catalogPackage.pullTokenRefused', { status: status.status });
    }
    if (status.status === 404) {
      throw new EngineError('CONFLICT', 'catalogPackage.pullNotOffered', {
        url: `${url.origin}${url.pathname}`,
      });
    }
    if (status.status !== 200) {
      throw new EngineError('IO_ERROR', 'catalogPackage.pullStatus', { status: status.status });
    }
    if (!/^application\/(zip|octet-stream)\b/i.test(status.type)) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.pullNotZip', {
        type: status.type.slice(0, 80) || '-',
      });
    }
    return filesFromZip(zipPath, url.host);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
