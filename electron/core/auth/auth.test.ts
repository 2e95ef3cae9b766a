import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commands } from '../../../shared/contract';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { SYSTEM } from './access';
import { hashPin, verifyPin } from './pin';
import { LOCKOUT_MINUTES, MAX_PIN_ATTEMPTS } from './users';

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

describe('first run', () => {
  it('needs setup until the admin is created, and only once', async () => {
    const t = engineIn(tempDir());
    expect(await t.engine.call('auth.status', {})).toEqual({
      ok: true,
      data: { needsSetup: true, users: [] },
    });
    const first = await t.engine.call('auth.setupAdmin', { name: 'Bu Ratna', pin: '1357' });
    expect(first).toMatchObject({ ok: true, data: { user: { name: 'Bu Ratna', role: 'admin' } } });
    const again = await t.engine.call('auth.setupAdmin', { name: 'Penyusup', pin: '0000' });
    expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.ok('auth.status', {})).toMatchObject({ needsSetup: false, users: [{ name: 'Bu Ratna' }] });
    t.engine.close();
  });

  it('refuses PINs that are not 4-6 digits', async () => {
    const t = engineIn(tempDir());
    for (const pin of ['123', '1234567', 'abcd', '12 34']) {
      const result = await t.engine.call('auth.setupAdmin', { name: 'Admin', pin });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: /PIN harus 4 sampai 6 angka/ },
      });
    }
    expect(await t.ok('auth.status', {})).toMatchObject({ needsSetup: true });
    t.engine.close();
  });
});

describe('sign-in and lockout', () => {
  it('counts wrong PINs, locks after five for five minutes, and a right PIN resets the count', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const user = await t.ok('users.create', { name: 'Sri', role: 'cashier', pin: TEST_PIN });
    const login = (pin: string) => t.engine.call('auth.login', { userId: user.id, pin });

    expect(await login('0000')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: /Sisa percobaan: 4/ },
    });
    expect(await login(TEST_PIN)).toMatchObject({ ok: true });
    for (let i = 1; i < MAX_PIN_ATTEMPTS; i++) {
      expect(await login('0000')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await login('0000')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // Locked: even the right PIN is refused until the time is up.
    expect(await login(TEST_PIN)).toMatchObject({ ok: false, error: { code: 'LOCKED', message: /5 menit/ } });
    t.setNow(new Date(Date.parse('2026-11-28T02:00:00Z') + LOCKOUT_MINUTES * 60_000 + 1000).toISOString());
    expect(await login(TEST_PIN)).toMatchObject({ ok: true });
    t.engine.close();

    const db = new Database(join(dir, 'karya.db'), { readonly: true });
    expect(db.prepare('SELECT failed_attempts, locked_until FROM users WHERE id = ?').get(user.id)).toEqual({
      failed_attempts: 0,
      locked_until: null,
    });
    db.close();
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

  it('lets a cashier sell but not manage users; only the admin adds users', async () => {
    const t = engineIn(tempDir());
    const cashier = await t.as('cashier');
    const manager = await t.as('manager');
    const admin = await t.as('admin');
    const newUser = { name: 'Baru', role: 'cashier', pin: '1111' };
    expect(await cashier.call('users.create', newUser)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Hanya admin yang boleh melakukan ini.' },
    });
    expect(await manager.call('users.create', newUser)).toMatchObject({
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
