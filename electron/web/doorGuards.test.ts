// More ways a hostile page or a local program could knock on the loopback door, beyond those in
// server.test.ts: the token in the address instead of the header, an opaque or look-alike origin,
// a "simple" cross-site form post, a missing Host, and no CORS grant on any answer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import type { WebDoor } from './server';
import { startWebDoor, TOKEN_HEADER } from './server';

const tempDir = tempDirPerTest();
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function door(): Promise<{ web: WebDoor; session: string }> {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Karya POS</title>');
  const t = engineIn(dir, { backupCheckMs: 0 });
  open.push(t.engine);
  const { session } = await t.as('admin');
  const web = await startWebDoor({ engine: t.engine, staticDir });
  open.push(web);
  return { web, session };
}

function send(
  web: WebDoor,
  options: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    noHost?: boolean;
  },
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: web.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/call',
        headers: options.headers,
        setHost: !options.noHost,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (web: WebDoor, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  [TOKEN_HEADER]: web.token,
  origin: web.origin,
  ...extra,
});

describe('loopback door guards', () => {
  it('takes the token only from its header, never from the address', async () => {
    const { web, session } = await door();
    const res = await send(web, {
      path: `/api/call?token=${web.token}`,
      headers: { 'content-type': 'application/json', origin: web.origin },
      body: JSON.stringify({ name: 'backup.list', input: {}, session }),
    });
    expect(res.status).toBe(401);
    const sameLength = 'A'.repeat(web.token.length);
    const guessed = await send(web, {
      headers: json(web, { [TOKEN_HEADER]: sameLength }),
      body: '{"name":"app.info"}',
    });
    expect(guessed.status).toBe(401);
  });

  it.each([
    ['an opaque origin (sandboxed frame, file page)', 'null'],
    ['the same host on another port', 'http://127.0.0.1:1'],
    ['https on the same port', 'https://127.0.0.1:PORT'],
    ['a look-alike host', 'http://127.0.0.1.evil.example:PORT'],
  ])('refuses %s', async (_what, origin) => {
    const { web } = await door();
    const res = await send(web, {
      headers: json(web, { origin: origin.replace('PORT', String(web.port)) }),
      body: JSON.stringify({ name: 'app.info', input: {} }),
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
  });

  it('refuses a simple cross-site form post (text/plain, no preflight) even with a stolen token', async () => {
    const { web, session } = await door();
    const res = await send(web, {
      headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: web.token },
      body: JSON.stringify({ name: 'backup.run', input: {}, session }),
    });
    expect(res.status).toBe(415);
  });

  it('refuses a request without a Host header, and GET on the command endpoint', async () => {
    const { web } = await door();
    // Node itself answers 400 (a Host header is required since Node 20); the door's check is 403.
    const noHost = await send(web, { noHost: true, headers: json(web), body: '{"name":"app.info"}' });
    expect([400, 403]).toContain(noHost.status);
    expect((await send(web, { method: 'GET', headers: json(web) })).status).toBe(405);
  });

  it('grants no cross-origin reading to anyone, and a non-string session is no session', async () => {
    const { web, session } = await door();
    const ok = await send(web, {
      headers: json(web),
      body: JSON.stringify({ name: 'backup.list', input: {}, session }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send(web, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const odd = await send(web, {
      headers: json(web),
      body: JSON.stringify({ name: 'backup.list', input: {}, session: { toString: session } }),
    });
    expect(JSON.parse(odd.body).error.code).toBe('UNAUTHENTICATED');
  });
});
