// The office's HTTP door: serves the built page under a strict CSP and runs office commands posted
// to /api/call. The session travels in an HttpOnly, SameSite=Strict cookie (Secure behind HTTPS);
// as on the till's loopback door (electron/web/server.ts), a request must name one of our hosts,
// and a command must come from our own page (Origin, Sec-Fetch-Site) as JSON.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { EngineError } from '../../electron/core/errors';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/server';
import { decodePathPart, requestUrl } from '../../electron/web/urlPath';
import type { MessageKey } from '../../shared/messages';
import type { OfficeCallOutcome, OfficeCore } from '../core/commands';
import type { OfficeLog } from '../core/context';
import type { UploadDoor } from './uploadDoor';

export { CONTENT_SECURITY_POLICY };
export const SESSION_COOKIE = 'karya_office';
/** Office commands are small (names, passwords, settings); batches come through their own door. */
export const MAX_CALL_BYTES = 64 * 1024;

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

/** Sent with every answer, the page's and the commands'. */
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const WILDCARD = new Set(['0.0.0.0', '::']);

export interface OfficeServerOptions {
  core: Pick<OfficeCore, 'call'>;
  /** The built page (out/office-web). */
  staticDir: string;
  /** 127.0.0.1 unless told otherwise. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * The address people open when a reverse proxy terminates HTTPS in front of the server
   * (https://kantor.example.id): its host and origin are accepted, the cookie is Secure when it is
   * https, and the client address is taken from X-Forwarded-For when the proxy is on this machine.
   */
  publicUrl?: string;
  log?: OfficeLog;
  /** The batch doors (uploadDoor.ts): the tills' POST /batches and the page's dropped folders. */
  uploads?: UploadDoor;
  /** The tills' pull of catalogue packages (catalogueDoor.ts), with their upload tokens. */
  catalogue?: UploadDoor;
}

export interface OfficeServer {
  /** Where to open the page on this machine. */
  url: string;
  port: number;
  /** The hosts (name:port) the server answers to. */
  hosts: readonly string[];
  close(): Promise<void>;
}

function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, code: EngineError['code'], key: MessageKey): void {
  sendJson(res, status, { ok: false, error: EngineError.from(code, { key }).toJSON() });
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

export function sessionCookie(session: OfficeCallOutcome['session'], secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  if (!session) return [`${SESSION_COOKIE}=`, 'Max-Age=0', ...attributes].join('; ');
  return [`${SESSION_COOKIE}=${session.token}`, `Max-Age=${session.maxAgeSeconds}`, ...attributes].join('; ');
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startOfficeServer(options: OfficeServerOptions): Promise<OfficeServer> {
  const staticRoot = normalize(options.staticDir + sep);
  const listenHost = options.host ?? '127.0.0.1';
  const publicUrl = options.publicUrl ? new URL(options.publicUrl) : null;
  const secure = publicUrl?.protocol === 'https:';
  let hosts: string[] = [];
  let origins: string[] = [];

  /** The client's address: the proxy's X-Forwarded-For only from a proxy on this machine, only when configured. */
  function clientAddress(req: IncomingMessage): string {
    const peer = req.socket.remoteAddress ?? '';
    const forwarded = req.headers['x-forwarded-for'];
    const fromLoopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
    if (publicUrl && fromLoopback && typeof forwarded === 'string') {
      // The proxy appends the address it saw last; earlier entries are the client's own claims.
      const last = forwarded.split(',').at(-1)?.trim();
      if (last) return last;
    }
    return peer;
  }

  /** Another site open in the same browser could post here; only our own page may. */
  function fromOurPage(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.includes(origin)) return false;
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!fromOurPage(req)) return refuse(res, 403, 'FORBIDDEN', 'office.http.origin');
    // JSON only: a form on another site cannot send it without a preflight, which is refused.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'INVALID_INPUT', 'office.http.json');
    }
    const text = await readBody(req, MAX_CALL_BYTES);
    if (text === null) return refuse(res, 413, 'INVALID_INPUT', 'office.http.tooBig');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(res, 400, 'INVALID_INPUT', 'office.http.badJson');
    }
    const { command, input } = (body ?? {}) as { command?: unknown; input?: unknown };
    if (typeof command !== 'string') return refuse(res, 400, 'INVALID_INPUT', 'office.http.command');
    const outcome = await options.core.call(command, input, {
      token: cookieValue(req.headers.cookie, SESSION_COOKIE),
      address: clientAddress(req),
    });
    const headers: Record<string, string> = {};
    if (outcome.session !== undefined) headers['set-cookie'] = sessionCookie(outcome.session, secure);
    sendJson(res, 200, outcome.result, headers);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req.url);
    const pathname = url && decodePathPart(url.pathname);
    if (pathname === null) return refuse(res, 400, 'INVALID_INPUT', 'office.http.badPath');
    const file = normalize(join(staticRoot, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(staticRoot)) return refuse(res, 404, 'NOT_FOUND', 'office.http.notFound');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return refuse(res, 404, 'NOT_FOUND', 'office.http.notFound');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  const server = createServer((req, res) => {
    // A page on another name that resolves to this machine (DNS rebinding) is not us.
    if (!hosts.includes((req.headers.host ?? '').toLowerCase())) {
      return refuse(res, 403, 'FORBIDDEN', 'office.http.host');
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const door = [options.uploads, options.catalogue].find((d) => d?.handles(path));
    const handled = door
      ? door.handle(req, res, {
          token: cookieValue(req.headers.cookie, SESSION_COOKIE),
          address: clientAddress(req),
          fromOurPage: fromOurPage(req),
        })
      : path === '/api/call'
        ? req.method === 'POST'
          ? handleCall(req, res)
          : Promise.resolve(refuse(res, 405, 'INVALID_INPUT', 'office.http.method'))
        : req.method === 'GET' || req.method === 'HEAD'
          ? handleStatic(req, res)
          : Promise.resolve(refuse(res, 405, 'INVALID_INPUT', 'office.http.method'));
    handled.catch((error: unknown) => {
      options.log?.error('office.request.failed', error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'common.internal');
      else res.end();
    });
  });
  // Slow clients may not hold connections open forever; a till's batch over a slow line gets Node's
  // default of 5 minutes.
  server.requestTimeout = options.uploads ? 300_000 : 30_000;
  server.headersTimeout = 15_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const names = new Set(['127.0.0.1', 'localhost', '::1']);
  if (!WILDCARD.has(listenHost) && !LOOPBACK.has(listenHost)) names.add(listenHost);
  hosts = [...names].map((name) => hostPort(name, port).toLowerCase());
  origins = hosts.map((host) => `http://${host}`);
  if (publicUrl) {
    hosts.push(publicUrl.host.toLowerCase());
    origins.push(publicUrl.origin);
  }
  const shown = LOOPBACK.has(listenHost) || WILDCARD.has(listenHost) ? '127.0.0.1' : listenHost;

  return {
    url: `http://${hostPort(shown, port)}/`,
    port,
    hosts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
