// People on both backends: the first admin, sign-in and its locks, sessions that end, the users
// screen's rules, and the audit row each change leaves.
import { expect, it, vi } from 'vitest';
import { describeBackends } from '../../db/testing/backends';
import { START, testOffice } from '../testing/officeCore';
import { AddressThrottle } from './throttle';
import { keepAnAdmin, userById } from './users';

// The first test of a run may make the run's database templates (PGlite's initdb takes seconds
// on a loaded machine), so a test here may wait longer than the default.
vi.setConfig({ testTimeout: 120_000 });

const HOUR = 3_600_000;
const later = (ms: number) => new Date(START.getTime() + ms);

describeBackends('office people', (kind) => {
  it('asks for the first admin only while no user exists, and creates her once', async () => {
    const office = await testOffice(kind);
    expect(await office.ok('auth.status', {})).toEqual({ needsFirstAdmin: true, user: null });
    const token = await office.firstAdmin();
    expect(await office.ok('auth.status', {}, token)).toEqual({
      needsFirstAdmin: false,
      user: { id: expect.any(Number), name: 'admin', role: 'admin' },
    });
    expect(await office.ok('auth.status', {})).toEqual({ needsFirstAdmin: false, user: null });
    // A second "first" admin is refused, and nothing was added.
    expect(
      await office.refused('auth.createFirstAdmin', { name: 'other', password: 'other-sandi-1' }),
    ).toEqual({
      code: 'CONFLICT',
      key: 'office.firstAdminExists',
    });
    const { rows } = await office.db.query<{ name: string; role: string; password_hash: string }>(
      'select name, role, password_hash from users',
    );
    expect(rows).toEqual([
      { name: 'admin', role: 'admin', password_hash: expect.stringMatching(/^scrypt\$32768\$8\$1\$/) },
    ]);
    const audit = await office.db.query('select action, target, detail from audit');
    expect(audit.rows).toEqual([
      {
        action: 'user.create',
        target: 'admin',
        detail: { role: 'admin', firstAdmin: true, address: '127.0.0.1' },
      },
    ]);
  });

  it('keeps only the hash of a session token; sign-out ends the session', async () => {
    const office = await testOffice(kind);
    const token = await office.firstAdmin();
    const { rows } = await office.db.query<{ token_sha256: string }>('select token_sha256 from sessions');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.token_sha256).not.toContain(token);
    const out = await office.run('auth.signOut', {}, token);
    expect(out.session).toBeNull();
    expect((await office.refused('users.list', {}, token)).code).toBe('UNAUTHENTICATED');
    expect((await office.db.query('select 1 from sessions')).rowCount).toBe(0);
  });

  it('signs in by name whatever its case; a wrong password or an unknown name get the same answer', async () => {
    const office = await testOffice(kind);
    await office.firstAdmin();
    const good = await office.run('auth.signIn', { name: 'ADMIN', password: 'admin-sandi-1' });
    expect(good.result).toEqual({ ok: true, data: { id: expect.any(Number), name: 'admin', role: 'admin' } });
    expect(good.session?.token).toMatch(/^[\w-]{43}$/);
    const wrong = await office.refused('auth.signIn', { name: 'admin', password: 'salah-salah' });
    const unknown = await office.refused('auth.signIn', { name: 'siapa', password: 'salah-salah' });
    expect(wrong).toEqual({ code: 'UNAUTHENTICATED', key: 'office.signInFailed' });
    expect(unknown).toEqual(wrong);
  });

  it('locks a name after five wrong passwords for 15 minutes, even against the right one, and audits it', async () => {
    const office = await testOffice(kind);
    await office.firstAdmin();
    for (let i = 0; i < 4; i++) {
      expect((await office.refused('auth.signIn', { name: 'admin', password: 'salah-salah' })).code).toBe(
        'UNAUTHENTICATED',
      );
    }
    // A success in between starts the count again.
    await office.ok('auth.signIn', { name: 'admin', password: 'admin-sandi-1' });
    for (let i = 0; i < 5; i++)
      await office.refused('auth.signIn', { name: 'admin', password: 'salah-salah' });
    expect(await office.refused('auth.signIn', { name: 'admin', password: 'admin-sandi-1' })).toEqual({
      code: 'LOCKED',
      key: 'office.locked',
    });
    const locked = await office.db.query<{ action: string; target: string }>(
      "select action, target from audit where action = 'user.locked'",
    );
    expect(locked.rows).toEqual([{ action: 'user.locked', target: 'admin' }]);
    office.setNow(later(14 * 60_000));
    expect((await office.refused('auth.signIn', { name: 'admin', password: 'admin-sandi-1' })).code).toBe(
      'LOCKED',
    );
    office.setNow(later(15 * 60_000 + 1));
    await office.ok('auth.signIn', { name: 'admin', password: 'admin-sandi-1' });
  });

  it('slows down one address trying many names, not the others', async () => {
    const office = await testOffice(kind, { throttle: new AddressThrottle(3, 15 * 60_000) });
    await office.firstAdmin();
    for (const name of ['a', 'b', 'c']) {
      await office.refused('auth.signIn', { name, password: 'salah-salah' }, undefined, '10.0.0.9');
    }
    expect(
      await office.refused(
        'auth.signIn',
        { name: 'admin', password: 'admin-sandi-1' },
        undefined,
        '10.0.0.9',
      ),
    ).toEqual({ code: 'LOCKED', key: 'office.locked' });
    const other = await office.run(
      'auth.signIn',
      { name: 'admin', password: 'admin-sandi-1' },
      undefined,
      '10.0.0.8',
    );
    expect(other.result.ok).toBe(true);
    office.setNow(later(15 * 60_000 + 1));
    const after = await office.run(
      'auth.signIn',
      { name: 'admin', password: 'admin-sandi-1' },
      undefined,
      '10.0.0.9',
    );
    expect(after.result.ok).toBe(true);
  });

  it('ends a session after the idle hours of the settings, and after seven days in any case', async () => {
    const office = await testOffice(kind);
    const token = await office.firstAdmin();
    // Used every 11 hours, a 12-hour session lives on...
    for (let i = 1; i <= 6; i++) {
      office.setNow(later(i * 11 * HOUR));
      await office.ok('auth.status', {}, token);
      expect((await office.ok('auth.status', {}, token)).user?.name).toBe('admin');
    }
    // ...and ends 12 hours after its last use.
    office.setNow(later(6 * 11 * HOUR + 12 * HOUR));
    expect((await office.refused('users.list', {}, token)).code).toBe('UNAUTHENTICATED');

    office.setNow(START);
    const signIn = async () =>
      (await office.run('auth.signIn', { name: 'admin', password: 'admin-sandi-1' })).session
        ?.token as string;
    // A longer idle time applies to sessions from their next use; this one opens after the change.
    await office.ok('settings.update', { sessionIdleHours: 72 }, await signIn());
    const third = await signIn();
    for (let day = 1; day <= 6; day++) {
      office.setNow(later(day * 24 * HOUR));
      await office.ok('users.list', {}, third);
    }
    office.setNow(later(7 * 24 * HOUR));
    expect((await office.refused('users.list', {}, third)).code).toBe('UNAUTHENTICATED');
  });

  it('adds people with unique names, changes roles and audits each change', async () => {
    const office = await testOffice(kind);
    const admin = await office.firstAdmin();
    const sari = await office.ok(
      'users.create',
      { name: 'Sari', role: 'finance', password: 'sari-sandi-1' },
      admin,
    );
    expect(sari).toMatchObject({
      name: 'Sari',
      role: 'finance',
      active: true,
      lastSignInAt: null,
      lockedUntil: null,
    });
    expect(
      await office.refused('users.create', { name: 'sari', role: 'viewer', password: 'sari-sandi-2' }, admin),
    ).toEqual({ code: 'CONFLICT', key: 'office.nameTaken' });
    expect(
      (await office.refused('users.create', { name: 'Budi', role: 'viewer', password: 'pendek' }, admin))
        .code,
    ).toBe('INVALID_INPUT');
    expect(
      (await office.refused('users.create', { name: 'Budi', role: 'kasir', password: 'budi-sandi-1' }, admin))
        .code,
    ).toBe('INVALID_INPUT');
    const changed = await office.ok('users.setRole', { userId: sari.id, role: 'viewer' }, admin);
    expect(changed.role).toBe('viewer');
    const list = await office.ok('users.list', {}, admin);
    expect(list.map((p) => [p.name, p.role])).toEqual([
      ['admin', 'admin'],
      ['Sari', 'viewer'],
    ]);
    const audit = await office.db.query<{
      user_name: string;
      action: string;
      target: string;
      detail: unknown;
    }>(
      `select u.name as user_name, a.action, a.target, a.detail from audit a join users u on u.id = a.user_id
        where a.action <> 'user.create' or a.target = 'Sari' order by a.id`,
    );
    expect(audit.rows).toEqual([
      { user_name: 'admin', action: 'user.create', target: 'Sari', detail: { role: 'finance' } },
      {
        user_name: 'admin',
        action: 'user.role',
        target: 'Sari',
        detail: { before: 'finance', after: 'viewer' },
      },
    ]);
  });

  it('never leaves the office without an active admin, and no one changes her own role', async () => {
    const office = await testOffice(kind);
    const admin = await office.firstAdmin();
    const me = (await office.ok('auth.status', {}, admin)).user?.id as number;
    expect(await office.refused('users.setRole', { userId: me, role: 'viewer' }, admin)).toEqual({
      code: 'FORBIDDEN',
      key: 'office.ownRole',
    });
    expect(await office.refused('users.setActive', { userId: me, active: false }, admin)).toEqual({
      code: 'FORBIDDEN',
      key: 'office.ownDeactivate',
    });
    // The last admin rule itself: the only active admin cannot be demoted or deactivated.
    const only = await userById(office.db, me, office.now());
    await expect(keepAnAdmin(office.db, only, 'office.lastAdmin.demote')).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'office.lastAdmin',
    });
    // Two admins demote each other at the same moment: one change wins, one admin stays.
    const second = await office.person(admin, 'dewi', 'admin');
    const dewi = (await office.ok('auth.status', {}, second)).user?.id as number;
    const [a, b] = await Promise.all([
      office.run('users.setRole', { userId: dewi, role: 'viewer' }, admin),
      office.run('users.setRole', { userId: me, role: 'viewer' }, second),
    ]);
    expect([a.result.ok, b.result.ok].filter(Boolean)).toHaveLength(1);
    const { rows } = await office.db.query<{ n: number }>(
      "select count(*)::int as n from users where role = 'admin' and active",
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('deactivating or a new password ends her sessions at once; a new password lifts a lock', async () => {
    const office = await testOffice(kind);
    const admin = await office.firstAdmin();
    const budi = await office.person(admin, 'budi', 'finance');
    const budiId = (await office.ok('auth.status', {}, budi)).user?.id as number;
    await office.ok('users.resetPassword', { userId: budiId, password: 'budi-baru-12' }, admin);
    expect((await office.refused('settings.get', {}, budi)).code).toBe('UNAUTHENTICATED');
    expect((await office.refused('auth.signIn', { name: 'budi', password: 'budi-sandi-1' })).code).toBe(
      'UNAUTHENTICATED',
    );
    for (let i = 0; i < 4; i++)
      await office.refused('auth.signIn', { name: 'budi', password: 'salah-salah' });
    expect((await office.refused('auth.signIn', { name: 'budi', password: 'budi-baru-12' })).code).toBe(
      'LOCKED',
    );
    await office.ok('users.resetPassword', { userId: budiId, password: 'budi-lagi-123' }, admin);
    const again = (await office.run('auth.signIn', { name: 'budi', password: 'budi-lagi-123' })).session
      ?.token as string;
    await office.ok('users.setActive', { userId: budiId, active: false }, admin);
    expect((await office.refused('settings.get', {}, again)).code).toBe('UNAUTHENTICATED');
    expect((await office.refused('auth.signIn', { name: 'budi', password: 'budi-lagi-123' })).code).toBe(
      'UNAUTHENTICATED',
    );
    const actions = await office.db.query<{ action: string; detail: unknown }>(
      "select action, detail from audit where target = 'budi' order by id",
    );
    expect(actions.rows).toEqual([
      { action: 'user.create', detail: { role: 'finance' } },
      { action: 'user.password', detail: { reset: true } },
      { action: 'user.locked', detail: { until: expect.any(String), address: '127.0.0.1' } },
      { action: 'user.password', detail: { reset: true } },
      { action: 'user.active', detail: { before: true, after: false } },
    ]);
  });

  it('changes one’s own password with the current one; her other sessions end, this one stays', async () => {
    const office = await testOffice(kind);
    const admin = await office.firstAdmin();
    const other = (await office.run('auth.signIn', { name: 'admin', password: 'admin-sandi-1' })).session
      ?.token as string;
    expect(
      await office.refused(
        'auth.changePassword',
        { currentPassword: 'salah-salah', newPassword: 'baru-sandi-1' },
        admin,
      ),
    ).toEqual({ code: 'UNAUTHENTICATED', key: 'office.wrongCurrentPassword' });
    await office.ok(
      'auth.changePassword',
      { currentPassword: 'admin-sandi-1', newPassword: 'baru-sandi-1' },
      admin,
    );
    await office.ok('users.list', {}, admin);
    expect((await office.refused('users.list', {}, other)).code).toBe('UNAUTHENTICATED');
    await office.ok('auth.signIn', { name: 'admin', password: 'baru-sandi-1' });
  });
});
