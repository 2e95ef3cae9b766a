// The office's HTTP door on a real socket (127.0.0.1, a free port) and a real database: the page
// under the CSP, the cookie's attributes, and the refusals of what is not our own page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { AddressThrottle } from '../core/auth/throttle';
import { testOffice } from '../core/testing/officeCore';
import { describeBackends } from '../db/testing/backends';
import { CONTENT_SECURITY_POLICY, MAX_CALL_BYTES, SESSION_COOKIE, startOfficeServer } from './http';

// The first test of a run may make the run's database templates (PGlite's initdb takes seconds
// on a loaded machine), so a test here may wait longer than the default.
vi.setConfig({ testTimeout: 120_000 });

let webDir: string;
beforeAll(() => {
  webDir = mkdtempSync(join(tmpdir(), 'karya-office-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Karya Kantor</title>');
  writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
});
afterAll(() => rmSync(webDir, { recursive: true, force: true }));

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (command: string, input: unknown = {}) => JSON.stringify({ command, input });
const cookieOf = (reply: Reply) => (reply.headers['set-cookie'] as string[] | undefined)?.[0] ?? '';

async function serve(
  kind: 'embedded' | 'postgres',
  options: { publicUrl?: string; throttle?: AddressThrottle } = {},
) {
  const office = await testOffice(kind, { throttle: options.throttle });
  const server = await startOfficeServer({
    core: office.core,
    staticDir: webDir,
    port: 0,
    publicUrl: options.publicUrl,
  });
  const call = (command: string, input: unknown, headers: Record<string, string> = {}) =>
    send(server.port, '/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${server.port}`, ...headers },
      body: json(command, input),
    });
  return { office, server, call };
}

describeBackends('office HTTP door', (kind) => {
  it('serves the page under the strict CSP, and nothing outside its folder', async () => {
    const { server } = await serve(kind);
    try {
      const page = await send(server.port, '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('Karya Kantor');
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
      expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['cache-control']).toBe('no-store');
      expect((await send(server.port, '/assets/app.js')).headers['content-type']).toContain(
        'text/javascript',
      );
      expect((await send(server.port, '/../../etc/passwd')).status).toBe(404);
      expect((await send(server.port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
      expect((await send(server.port, '/%E0%A4%A')).status).toBe(400);
      expect((await send(server.port, '/', { method: 'DELETE' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('answers only to its own host names (no DNS rebinding)', async () => {
    const { server } = await serve(kind);
    try {
      expect((await send(server.port, '/', { headers: { host: `localhost:${server.port}` } })).status).toBe(
        200,
      );
      const evil = await send(server.port, '/', { headers: { host: `evil.example:${server.port}` } });
      expect(evil.status).toBe(403);
      expect(JSON.parse(evil.body).error.key).toBe('office.http.host');
    } finally {
      await server.close();
    }
  });

  it('refuses commands from another origin or site, not JSON, too large, broken, or not POST', async () => {
    const { server, call } = await serve(kind);
    try {
      const keyOf = (reply: Reply) => JSON.parse(reply.body).error.key as string;
      const other = await call('auth.status', {}, { origin: 'http://evil.example' });
      expect([other.status, keyOf(other)]).toEqual([403, 'office.http.origin']);
      const site = await call('auth.status', {}, { 'sec-fetch-site': 'cross-site' });
      expect([site.status, keyOf(site)]).toEqual([403, 'office.http.origin']);
      const form = await call('auth.status', {}, { 'content-type': 'application/x-www-form-urlencoded' });
      expect([form.status, keyOf(form)]).toEqual([415, 'office.http.json']);
      const big = await send(server.port, '/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json('auth.signIn', { name: 'a', password: 'x'.repeat(MAX_CALL_BYTES) }),
      });
      expect([big.status, keyOf(big)]).toEqual([413, 'office.http.tooBig']);
      const broken = await send(server.port, '/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"command":',
      });
      expect([broken.status, keyOf(broken)]).toEqual([400, 'office.http.badJson']);
      expect((await send(server.port, '/api/call')).status).toBe(405);
      expect((await send(server.port, '/api/call', { method: 'OPTIONS' })).status).toBe(405);
      const unknown = await call('sales.void', {});
      expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_COMMAND');
      // The same-origin page gets its answer.
      const ok = await call('auth.status', {});
      expect(JSON.parse(ok.body)).toEqual({ ok: true, data: { needsFirstAdmin: true, user: null } });
    } finally {
      await server.close();
    }
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie; signing out clears it', async () => {
    const { server, call } = await serve(kind);
    try {
      const created = await call('auth.createFirstAdmin', { name: 'admin', password: 'admin-sandi-1' });
      const cookie = cookieOf(created);
      expect(cookie).toMatch(
        new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; Max-Age=604800; Path=/; HttpOnly; SameSite=Strict$`),
      );
      expect(created.body).not.toContain(cookie.split(';')[0]?.split('=')[1] as string);
      const session = cookie.split(';')[0] as string;
      const me = await call('auth.status', {}, { cookie: `other=1; ${session}` });
      expect(JSON.parse(me.body).data.user.name).toBe('admin');
      const out = await call('auth.signOut', {}, { cookie: session });
      expect(cookieOf(out)).toBe(`${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict`);
      const after = await call('users.list', {}, { cookie: session });
      expect(JSON.parse(after.body).error.code).toBe('UNAUTHENTICATED');
    } finally {
      await server.close();
    }
  });

  it('behind an HTTPS proxy: Secure cookie, the public origin and host accepted, the forwarded address throttled', async () => {
    const { server, call } = await serve(kind, {
      publicUrl: 'https://kantor.example.id',
      throttle: new AddressThrottle(2, 60_000),
    });
    try {
      const viaProxy = { host: 'kantor.example.id', origin: 'https://kantor.example.id' };
      const created = await call(
        'auth.createFirstAdmin',
        { name: 'admin', password: 'admin-sandi-1' },
        viaProxy,
      );
      expect(cookieOf(created)).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
      const wrong = { name: 'admin', password: 'salah-salah' };
      const from = (address: string) => ({ ...viaProxy, 'x-forwarded-for': `1.2.3.4, ${address}` });
      await call('auth.signIn', wrong, from('10.0.0.1'));
      await call('auth.signIn', wrong, from('10.0.0.1'));
      const blocked = await call(
        'auth.signIn',
        { name: 'admin', password: 'admin-sandi-1' },
        from('10.0.0.1'),
      );
      expect(JSON.parse(blocked.body).error.code).toBe('LOCKED');
      // Another client behind the same proxy is not held up by the first one's mistakes.
      const other = await call('auth.signIn', { name: 'admin', password: 'admin-sandi-1' }, from('10.0.0.2'));
      expect(JSON.parse(other.body).ok).toBe(true);
      const spoofed = await call('auth.status', {}, { ...viaProxy, origin: 'https://evil.example' });
      expect(spoofed.status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
