// "No secret or PIN ever in logs": sign in with a known PIN through the loopback door, fail
// commands on purpose (a wrong PIN, a refusal, an internal error with the PIN in its input), then
// search everything written to the console and to the log files for the PIN, the session tokens,
// the door token, the stored PIN hash and the user's name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { startWebDoor, TOKEN_HEADER } from '../../web/server';
import { openEngine } from '../engine';

const tempDir = tempDirPerTest();
const PIN = '864209';
const OTHER_PIN = '975310';
const NAME = 'Ratna Kusumawardani';

let captured: string[] = [];
beforeEach(() => {
  captured = [];
  const keep = (chunk: unknown) => {
    captured.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
  }
});
afterEach(() => vi.restoreAllMocks());

describe('logs and console output', () => {
  it('never carry a PIN, a session or door token, a PIN hash or a user name', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'karya.db');
    const logDir = join(dir, 'logs');
    const engine = openEngine({ dbPath, logDir, backupCheckMs: 0 });
    const staticDir = join(dir, 'renderer');
    const door = await startWebDoor({ engine, staticDir });
    const call = async (name: string, input: unknown, session?: string) => {
      const res = await fetch(`${door.origin}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: door.token, origin: door.origin },
        body: JSON.stringify({ name, input, session }),
      });
      return (await res.json()) as { ok: boolean; data?: { session?: string; user?: { id: number } } };
    };

    const setup = await call('setup.complete', {
      device: 'PLU2',
      storeName: 'Karya',
      storeAddress: [],
      timeZone: 'Asia/Makassar',
      name: NAME,
      pin: PIN,
    });
    const session = setup.data?.session ?? '';
    const userId = setup.data?.user?.id ?? 0;
    expect(session.length).toBeGreaterThan(30);
    expect((await call('auth.login', { userId, pin: OTHER_PIN })).ok).toBe(false);
    const login = await call('auth.login', { userId, pin: PIN });
    const session2 = login.data?.session ?? '';
    expect((await call('users.create', { name: NAME, role: 'cashier', pin: PIN }, session)).ok).toBe(false);
    expect(
      (await call('users.create', { name: 'Kasir', role: 'cashier', pin: OTHER_PIN }, session2)).ok,
    ).toBe(true);
    await call('backup.run', {}, session);
    const diagnostics = await call('diagnostics.collect', {}, session);

    // An internal error while handling an input that holds the PIN: the table it needs is gone.
    const side = new Database(dbPath);
    const hash = (side.prepare('SELECT pin_hash AS h FROM users WHERE id = ?').get(userId) as { h: string })
      .h;
    side.exec('ALTER TABLE users RENAME TO users_moved');
    side.close();
    const broken = await call('auth.login', { userId, pin: PIN });
    expect(broken).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await call('users.create', { name: NAME, role: 'cashier', pin: PIN }, session2);

    await door.close();
    engine.close();

    const files = readdirSync(logDir).map((file) => readFileSync(join(logDir, file), 'utf8'));
    const written = [...captured, ...files, JSON.stringify(diagnostics)].join('\n');
    expect(files.join('').length).toBeGreaterThan(0);
    expect(written).toContain('command.failed'); // the internal error was logged ...
    for (const secret of [PIN, OTHER_PIN, session, session2, door.token, hash, NAME]) {
      expect(written.includes(secret), `found ${secret.slice(0, 8)}… in the output`).toBe(false);
    }
  });
});
