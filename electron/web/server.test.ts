import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import type { WebDoor } from './server';
import { CONTENT_SECURITY_POLICY, startWebDoor, TOKEN_HEADER } from './server';

const tempDir = tempDirPerTest();
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function door(): Promise<{ web: WebDoor; dir: string; session: string }> {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Karya POS</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the static folder');
  const t = engineIn(dir);
  open.push(t.engine);
  const { session } = await t.as('cashier');
  const web = await startWebDoor({ engine: t.engine, staticDir });
  open.push(web);
  return { web, dir, session };
}

/** Raw HTTP so the test controls Host and Origin exactly as a hostile page could. */
function send(
  web: WebDoor,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: web.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
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

function call(
  web: WebDoor,
  name: string,
  input: unknown,
  headers: Record<string, string> = {},
  session?: string,
) {
  return send(web, {
    method: 'POST',
    path: '/api/call',
    headers: {
      'content-type': 'application/json',
      [TOKEN_HEADER]: web.token,
      origin: web.origin,
      ...headers,
    },
    body: JSON.stringify({ name, input, session }),
  });
}

describe('loopback door', () => {
  it('listens on 127.0.0.1 with a random port and a long per-launch token', async () => {
    const { web } = await door();
    expect(web.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(web.port).toBeGreaterThan(0);
    expect(web.token.length).toBeGreaterThanOrEqual(40);
    expect(web.url).toBe(`${web.origin}/?token=${web.token}`);
    const other = await door();
    expect(other.web.token).not.toBe(web.token);
  });

  it('runs commands for the page that holds the token', async () => {
    const { web, session } = await door();
    const res = await call(web, 'products.list', { query: 'sambal' }, {}, session);
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body);
    expect(result.ok, res.body).toBe(true);
    expect(result.data.map((p: { sku: string }) => p.sku)).toEqual(['SBR-150', 'SBR-250']);
    // Without a signed-in session the same command is refused by the engine.
    expect(JSON.parse((await call(web, 'products.list', {})).body).error.code).toBe('UNAUTHENTICATED');
  });

  it('passes validation errors through with their code and Indonesian message', async () => {
    const { web, session } = await door();
    const res = await call(web, 'sales.commitCash', { lines: [], cashTendered: 0 }, {}, session);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'Data tidak valid: Keranjang masih kosong',
      }),
    });
  });

  it('refuses a missing or wrong token, another origin and another host name', async () => {
    const { web } = await door();
    const noToken = await send(web, {
      method: 'POST',
      path: '/api/call',
      headers: { 'content-type': 'application/json', origin: web.origin },
      body: JSON.stringify({ name: 'app.info', input: {} }),
    });
    expect(noToken.status).toBe(401);
    expect((await call(web, 'app.info', {}, { [TOKEN_HEADER]: 'guess' })).status).toBe(401);
    const evil = await call(web, 'app.info', {}, { origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error.code).toBe('FORBIDDEN');
    expect((await call(web, 'app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await call(web, 'app.info', {}, { host: `rebound.example:${web.port}` })).status).toBe(403);
  });

  it('refuses bodies that are not JSON or too large', async () => {
    const { web } = await door();
    const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: web.token };
    expect((await send(web, { method: 'POST', path: '/api/call', headers, body: '{nope' })).status).toBe(400);
    // A 16 MB catalogue file in base64 (catalog.importFile) still fits; more does not.
    const file = JSON.stringify({ name: 'app.info', input: { pad: 'x'.repeat(21_400_000) } });
    expect((await send(web, { method: 'POST', path: '/api/call', headers, body: file })).status).toBe(200);
    const big = JSON.stringify({ name: 'app.info', input: { pad: 'x'.repeat(24_100_000) } });
    expect((await send(web, { method: 'POST', path: '/api/call', headers, body: big })).status).toBe(413);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const { web } = await door();
    const index = await send(web, {});
    expect(index.status).toBe(200);
    expect(index.body).toContain('Karya POS');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(web, { path: '/../secret.txt' })).status).toBe(404);
    expect((await send(web, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await send(web, { method: 'DELETE' })).status).toBe(405);
  });
});
