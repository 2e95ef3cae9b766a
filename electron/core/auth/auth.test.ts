import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commands } from '../../../shared/contract';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { SYSTEM } from './access';
import { hashPin, verifyPin } from './pin';
import { MAX_PIN_DELAY_MS, PIN_FAILURES_FORGOTTEN_MS, pinDelayMs } from './users';

const tempDir = tempDirPerTest();

describe('PIN hashing', () => {
  it('stores scrypt hashes with a salt, never the PIN', () => {
    const a = hashPin('1234');
    const b = hashPin('1234');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toContain('1234');
    expect(a).not.toBe(b); // salted
    expect(verifyPin('1234', a)).toBe(true);
    expect(verifyPin('1235', a)).toBe(false);
    expect(verifyPin('1234', 'plain$1234')).toBe(false);
  });
});

const SETUP = { device: 'PLU2', storeName: 'Karya', storeAddress: [], timeZone: 'Asia/Makassar' };

describe('first run', () => {
  it('needs setup until the admin is created, and only once', async () => {
    const t = engineIn(tempDir());
    expect(await t.engine.call('auth.status', {})).toEqual({
      ok: true,
      data: { needsSetup: true, users: [] },
    });
    const first = await t.engine.call('setup.complete', { ...SETUP, name: 'Bu Ratna', pin: '1357' });
    expect(first).toMatchObject({ ok: true, data: { user: { name: 'Bu Ratna', role: 'admin' } } });
    const again = await t.engine.call('setup.complete', { ...SETUP, name: 'Penyusup', pin: '0000' });
    expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.ok('auth.status', {})).toMatchObject({ needsSetup: false, users: [{ name: 'Bu Ratna' }] });
    t.engine.close();
  });

  it('refuses PINs that are not 4-6 digits', async () => {
    const t = engineIn(tempDir());
    for (const pin of ['123', '1234567', 'abcd', '12 34']) {
      const result = await t.engine.call('setup.complete', { ...SETUP, name: 'Admin', pin });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: /PIN harus 4 sampai 6 angka/ },
      });
    }
    expect(await t.ok('auth.status', {})).toMatchObject({ needsSetup: true });
    t.engine.close();
  });
});

describe('sign-in and wrong PINs', () => {
  it('lets four wrong PINs pass, then makes the next try wait 30 s, doubling; a right PIN clears the count', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const user = await t.ok('users.create', { name: 'Sri', role: 'cashier', pin: TEST_PIN });
    const login = (pin: string) => t.engine.call('auth.login', { userId: user.id, pin });
    const start = Date.parse('2026-11-28T02:00:00Z');
    const at = (ms: number) => t.setNow(new Date(start + ms).toISOString());

    expect(await login('0000')).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: 'FORBIDDEN', message: 'PIN salah. Sisa percobaan: 4.' }),
    });
    expect(await login(TEST_PIN)).toMatchObject({ ok: true });
    for (let left = 4; left >= 1; left--) {
      expect(await login('0000')).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'FORBIDDEN', message: `PIN salah. Sisa percobaan: ${left}.` }),
      });
    }
    expect(await login('0000')).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'LOCKED',
        message: 'PIN salah 5 kali berturut-turut. Coba lagi dalam 30 detik.',
      }),
    });
    // While the door waits, even the right PIN is not checked.
    at(29_000);
    expect(await login(TEST_PIN)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'LOCKED',
        message: 'Terlalu banyak PIN salah untuk Sri. Coba lagi dalam 1 detik.',
      }),
    });
    at(30_000);
    expect(await login('0000')).toMatchObject({ error: { code: 'LOCKED', message: /6 kali.*1 menit/ } });
    at(90_000);
    expect(await login('0000')).toMatchObject({ error: { code: 'LOCKED', message: /7 kali.*2 menit/ } });
    at(90_000 + 120_000);
    expect(await login(TEST_PIN)).toMatchObject({ ok: true });
    // Cleared: the next wrong PIN is the first again.
    expect(await login('0000')).toMatchObject({ error: { message: 'PIN salah. Sisa percobaan: 4.' } });
    t.engine.close();

    const db = new Database(join(dir, 'karya.db'), { readonly: true });
    expect(db.prepare('SELECT user_id, door, failures FROM pin_attempts').all()).toEqual([
      { user_id: user.id, door: 'cli', failures: 1 },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'pin.failed'").get()).toEqual({
      n: 9,
    });
    db.close();
  });

  it('never locks a user out for good: a stranger on the loopback door cannot keep the admin out of the window', async () => {
    const dir = tempDir();
    const web = engineIn(dir, { door: 'web' });
    const admin = await web.ok('users.create', { name: 'Admin', role: 'admin', pin: TEST_PIN });
    const window = engineIn(dir, { door: 'window' });
    const start = Date.parse('2026-11-28T02:00:00Z');
    // The stranger guesses as fast as the door lets them for two hours.
    let now = start;
    let tries = 0;
    while (now < start + 2 * 3600_000) {
      web.setNow(new Date(now).toISOString());
      const answer = await web.engine.call('auth.login', { userId: admin.id, pin: String(1000 + tries) });
      expect(answer.ok).toBe(false);
      tries++;
      now += pinDelayMs(tries);
    }
    expect(tries).toBe(15); // 5 at once, then 30 s, 1, 2, 4, 8, 16 minutes, then every 20 minutes
    // The admin at the window signs in at once; on the loopback door she would wait like the stranger.
    window.setNow(new Date(now - 60_000).toISOString());
    expect(await window.engine.call('auth.login', { userId: admin.id, pin: TEST_PIN })).toMatchObject({
      ok: true,
    });
    web.setNow(new Date(now - 60_000).toISOString());
    expect(await web.engine.call('auth.login', { userId: admin.id, pin: TEST_PIN })).toMatchObject({
      ok: false,
      error: expect.objectContaining({
        code: 'LOCKED',
        message: 'Terlalu banyak PIN salah untuk Admin. Coba lagi dalam 1 menit.',
      }),
    });
    // And the window's own count was not touched by the stranger's guesses.
    window.setNow(new Date(now).toISOString());
    expect(await window.engine.call('auth.login', { userId: admin.id, pin: '9999' })).toMatchObject({
      error: expect.objectContaining({ code: 'FORBIDDEN', message: 'PIN salah. Sisa percobaan: 4.' }),
    });
    web.engine.close();
    window.engine.close();
  });

  it('stops a guesser at under 100 PINs a day on a door, and forgets a quiet day', async () => {
    // The arithmetic of docs/security.md: tries as soon as the door allows, for two days.
    const day = 24 * 3600_000;
    const triesIn = (from: number, to: number, failures: number) => {
      let t = from;
      let n = 0;
      let f = failures;
      while (t < to) {
        n++;
        f++;
        t += pinDelayMs(f);
      }
      return { n, f, next: t };
    };
    const first = triesIn(0, day, 0);
    expect(first.n).toBe(81);
    expect(triesIn(first.next, 2 * day, first.f).n).toBe(72);
    expect(MAX_PIN_DELAY_MS).toBe(20 * 60_000);
    expect([1, 4, 5, 6, 7, 10, 11, 12, 50].map(pinDelayMs)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 960_000, 1_200_000, 1_200_000, 1_200_000,
    ]);

    // A day without a wrong PIN: the door starts again at the first free try.
    const t = engineIn(tempDir());
    const user = await t.ok('users.create', { name: 'Sri', role: 'cashier', pin: TEST_PIN });
    for (let i = 0; i < 5; i++) await t.engine.call('auth.login', { userId: user.id, pin: '0000' });
    t.setNow(new Date(Date.parse('2026-11-28T02:00:00Z') + PIN_FAILURES_FORGOTTEN_MS).toISOString());
    expect(await t.engine.call('auth.login', { userId: user.id, pin: '0000' })).toMatchObject({
      error: expect.objectContaining({ code: 'FORBIDDEN', message: 'PIN salah. Sisa percobaan: 4.' }),
    });
    t.engine.close();
  });

  it('ends a session on sign-out and when the user is deactivated', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const cashier = await t.as('cashier');
    expect(await cashier.call('products.list', { limit: 1 })).toMatchObject({ ok: true });
    expect(await cashier.call('auth.logout', {})).toMatchObject({ ok: true });
    expect(await cashier.call('products.list', { limit: 1 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    const again = await t.as('cashier');
    const db = new Database(join(dir, 'karya.db'));
    db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(again.user.id);
    db.close();
    expect(await again.call('products.list', { limit: 1 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    t.engine.close();
  });
});

describe('access is enforced by the engine', () => {
  it('refuses every non-public command without a session', async () => {
    const t = engineIn(tempDir());
    for (const name of COMMAND_NAMES) {
      const result = await t.engine.call(name, {});
      if (commands[name].access === 'public') continue;
      expect(result, name).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    t.engine.close();
  });

  it('lets a cashier sell but not manage users; a manager adds cashiers, the admin anyone', async () => {
    const t = engineIn(tempDir());
    const cashier = await t.as('cashier');
    const manager = await t.as('manager');
    const admin = await t.as('admin');
    const newUser = { name: 'Baru', role: 'cashier', pin: '1111' };
    expect(await cashier.call('users.create', newUser)).toMatchObject({
      ok: false,
      error: expect.objectContaining({
        code: 'FORBIDDEN',
        message: 'Hanya manajer yang boleh melakukan ini.',
      }),
    });
    expect(await manager.call('users.create', { ...newUser, role: 'manager' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await admin.call('users.create', newUser)).toMatchObject({ ok: true, data: { name: 'Baru' } });
    expect(await admin.call('users.create', newUser)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await t.engine.call('users.create', { ...newUser, name: 'Lain' }, SYSTEM)).toMatchObject({
      ok: true,
    });
    t.engine.close();
  });
});
