// The loopback door: serves the built renderer and the same command table over HTTP on 127.0.0.1,
// guarded by a per-launch token. It is how end-to-end tests run and what browser mode uses.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { CommandError } from '../../shared/contract';
import type { Engine } from '../core/engine';
import { decodePathPart, requestUrl } from './urlPath';

export const TOKEN_HEADER = 'x-karya-token';
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";
/** Room for catalog.importFile: a 16 MB file is about 21.4 MB of base64 (MAX_IMPORT_FILE_BYTES). */
const MAX_BODY_BYTES = 24_000_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebDoorOptions {
  engine: Pick<Engine, 'call'>;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
}

export interface WebDoor {
  /** Where the till opens, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, code: CommandError['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebDoor(options: WebDoorOptions): Promise<WebDoor> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const staticRoot = normalize(options.staticDir + sep);
  let allowedHosts: string[] = [];
  let origins: string[] = [];

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Another site open in the same browser could post here; only our own page may.
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.includes(origin)) {
      return refuse(res, 403, 'FORBIDDEN', 'Permintaan ditolak: asal tidak dikenal.');
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return refuse(res, 403, 'FORBIDDEN', 'Permintaan ditolak: asal tidak dikenal.');
    }
    if (!sameToken(req.headers[TOKEN_HEADER], token)) {
      return refuse(
        res,
        401,
        'FORBIDDEN',
        'Permintaan ditolak: token sesi tidak sah. Buka ulang alamat dari terminal.',
      );
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'INVALID_INPUT', 'Permintaan harus berformat JSON.');
    }
    const text = await readBody(req);
    if (text === null) return refuse(res, 413, 'INVALID_INPUT', 'Permintaan terlalu besar.');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(res, 400, 'INVALID_INPUT', 'Permintaan bukan JSON yang sah.');
    }
    const { name, input, session } = (body ?? {}) as { name?: unknown; input?: unknown; session?: unknown };
    if (typeof name !== 'string') return refuse(res, 400, 'INVALID_INPUT', 'Nama perintah wajib diisi.');
    // Only a session string passes; the system caller exists for the command line alone.
    sendJson(
      res,
      200,
      await options.engine.call(name, input, typeof session === 'string' ? session : undefined),
    );
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req.url);
    const pathname = url && decodePathPart(url.pathname);
    if (pathname === null) return refuse(res, 400, 'INVALID_INPUT', 'Alamat permintaan tidak sah.');
    const file = normalize(join(staticRoot, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(staticRoot)) return refuse(res, 404, 'NOT_FOUND', 'Tidak ditemukan.');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return refuse(res, 404, 'NOT_FOUND', 'Tidak ditemukan.');
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  const server = createServer((req, res) => {
    // A page on another name that resolves to 127.0.0.1 (DNS rebinding) is not us.
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return refuse(res, 403, 'FORBIDDEN', 'Permintaan ditolak: host tidak dikenal.');
    }
    const path = (req.url ?? '/').split('?')[0];
    const handled =
      path === '/api/call'
        ? req.method === 'POST'
          ? handleCall(req, res)
          : Promise.resolve(refuse(res, 405, 'INVALID_INPUT', 'Gunakan POST.'))
        : req.method === 'GET' || req.method === 'HEAD'
          ? handleStatic(req, res)
          : Promise.resolve(refuse(res, 405, 'INVALID_INPUT', 'Metode tidak didukung.'));
    handled.catch((error: unknown) => {
      console.error('web door request failed', error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'Terjadi kesalahan internal.');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  origins = allowedHosts.map((host) => `http://${host}`);
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
