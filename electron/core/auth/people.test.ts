import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Person } from '../../../shared/contract';
import { engineIn, TEST_PIN, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { DEFAULT_MIGRATIONS_DIR } from '../db/open';
import { SYSTEM } from './access';

const tempDir = tempDirPerTest();

/** Everything the people table and the audit log hold: a refusal must leave both as they were. */
function snapshot(dir: string) {
  const db = new Database(join(dir, 'karya.db'), { readonly: true });
  try {
    return {
      users: db
        .prepare(
          'SELECT id, name, role, pin_hash, active, last_login_at, pin_reset_at, session_epoch FROM users ORDER BY id',
        )
        .all(),
      audit: db.prepare('SELECT count(*) AS n FROM audit_log').get(),
    };
  } finally {
    db.close();
  }
}

async function auditOf(t: TestEngine, action: string): Promise<AuditEntry[]> {
  return t.ok('audit.list', { action });
}

async function person(t: TestEngine, name: string): Promise<Person> {
  const found = (await t.ok('users.list', {})).find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not listed`);
  return found;
}

/** An admin (Bu Ratna), a manager (Pak Made) and a cashier (Sri), all signed in, no shifts. */
async function outlet(dir: string) {
  const t = engineIn(dir);
  const ratna = await t.as('admin', 'Bu Ratna', { shift: false });
  const made = await t.as('manager', 'Pak Made', { shift: false });
  const sri = await t.as('cashier', 'Sri', { shift: false });
  return { t, ratna, made, sri };
}

describe('migration 017', () => {
  it('keeps the people of an older database, their PINs and sales working', async () => {
    const dir = tempDir();
    const old = join(dir, 'migrations-016');
    mkdirSync(old);
    for (const file of readdirSync(DEFAULT_MIGRATIONS_DIR)) {
      if (/^0(0\d|1[0-6])_/.test(file)) copyFileSync(join(DEFAULT_MIGRATIONS_DIR, file), join(old, file));
    }
    const before = engineIn(dir, { migrationsDir: old });
    const sri = await before.ok('users.create', { name: 'Sri', role: 'cashier', pin: TEST_PIN });
    before.engine.close();

    const t = engineIn(dir);
    expect(await t.ok('auth.status', {})).toEqual({
      needsSetup: false,
      users: [{ id: sri.id, name: 'Sri', role: 'cashier', mustSetPin: false }],
    });
    expect(await person(t, 'Sri')).toMatchObject({
      active: true,
      lastLoginAt: null,
      lockedUntil: null,
      pinResetPending: false,
    });
    expect(await t.engine.call('auth.login', { userId: sri.id, pin: TEST_PIN })).toMatchObject({ ok: true });
    t.engine.close();
  });
});

describe('users.list', () => {
  it('lists everyone with role, last sign-in, the longest PIN wait of any door and a pending reset', async () => {
    const dir = tempDir();
    const web = engineIn(dir, { door: 'web' });
    const ratna = await web.as('admin', 'Bu Ratna', { shift: false });
    const sri = await web.ok('users.create', { name: 'Sri', role: 'cashier', pin: TEST_PIN });
    const ani = await web.ok('users.create', { name: 'Ani', role: 'cashier', pin: TEST_PIN });
    const window = engineIn(dir, { door: 'window' });
    // 10.00 WITA: five wrong PINs on the browser door, six on the window.
    for (let i = 0; i < 5; i++) await web.engine.call('auth.login', { userId: sri.id, pin: '0000' });
    for (let i = 0; i < 5; i++) await window.engine.call('auth.login', { userId: sri.id, pin: '0000' });
    window.setNow('2026-11-28T02:00:30Z');
    await window.engine.call('auth.login', { userId: sri.id, pin: '0000' });
    await ratna.ok('users.resetPin', { userId: ani.id });
    await ratna.ok('users.setActive', { userId: ani.id, active: false });

    web.setNow('2026-11-28T02:00:40Z');
    const people = await ratna.ok('users.list', {});
    expect(people.map((p) => p.name)).toEqual(['Bu Ratna', 'Sri', 'Ani']); // the inactive last
    expect(people[0]).toMatchObject({ role: 'admin', active: true, lastLoginAt: '2026-11-28T02:00:00.000Z' });
    // The window's 6th wrong PIN at 10.00.30 makes it wait a minute: longer than the browser's 30 s.
    expect(people[1]).toMatchObject({
      role: 'cashier',
      active: true,
      lastLoginAt: null,
      lockedUntil: '2026-11-28T02:01:30.000Z',
      pinResetPending: false,
    });
    expect(people[2]).toMatchObject({ active: false, pinResetPending: true, lockedUntil: null });
    web.setNow('2026-11-28T02:01:30Z');
    expect((await person(web, 'Sri')).lockedUntil).toBeNull();
    web.engine.close();
    window.engine.close();
  });

  it('is for managers and admins only', async () => {
    const { t, sri, made } = await outlet(tempDir());
    expect(await sri.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.engine.call('users.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await made.call('users.list', {})).toMatchObject({ ok: true });
    t.engine.close();
  });
});

describe('users.create', () => {
  it('lets a manager add cashiers only, an admin anyone; audited with who did it', async () => {
    const dir = tempDir();
    const { t, ratna, made, sri } = await outlet(dir);
    const before = snapshot(dir);
    for (const role of ['manager', 'admin'] as const) {
      expect(await made.call('users.create', { name: 'Dewi', role, pin: '1357' })).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'FORBIDDEN',
          message: `Manajer hanya boleh menambah kasir, bukan ${role === 'admin' ? 'admin' : 'manajer'}.`,
        }),
      });
    }
    expect(await sri.call('users.create', { name: 'Dewi', role: 'cashier', pin: '1357' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(snapshot(dir)).toEqual(before);

    const dewi = await made.ok('users.create', { name: 'Dewi', role: 'cashier', pin: '1357' });
    await ratna.ok('users.create', { name: 'Pak Budi', role: 'manager', pin: '1357' });
    await ratna.ok('users.create', { name: 'Bu Wati', role: 'admin', pin: '1357' });
    const audited = await auditOf(t, 'user.create');
    expect(audited.map((a) => [a.userName, a.subject, a.detail.role])).toEqual([
      ['Bu Ratna', 'Bu Wati', 'admin'],
      ['Bu Ratna', 'Pak Budi', 'manager'],
      ['Pak Made', 'Dewi', 'cashier'],
      ['Sistem', 'Sri', 'cashier'],
      ['Sistem', 'Pak Made', 'manager'],
      ['Sistem', 'Bu Ratna', 'admin'],
    ]);
    expect(audited[2]?.detail).toEqual({ userId: dewi.id, role: 'cashier' });
    expect(await t.engine.call('auth.login', { userId: dewi.id, pin: '1357' })).toMatchObject({ ok: true });
    t.engine.close();
  });

  it('refuses a name already taken (whatever its capitals) and a bad PIN, in Indonesian', async () => {
    const dir = tempDir();
    const { t, ratna } = await outlet(dir);
    const before = snapshot(dir);
    expect(await ratna.call('users.create', { name: 'SRI', role: 'cashier', pin: '1357' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CONFLICT', message: 'Nama pengguna "SRI" sudah dipakai.' }),
    });
    expect(await ratna.call('users.create', { name: 'Dewi', role: 'cashier', pin: '12' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('PIN harus 4 sampai 6 angka') },
    });
    expect(await ratna.call('users.create', { name: 'Dewi', role: 'boss', pin: '1357' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('Peran tidak dikenal') },
    });
    expect(snapshot(dir)).toEqual(before);
    t.engine.close();
  });
});

describe('users.update', () => {
  it('renames and changes roles, audited with what changed; her old sales keep the old name', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const ratna = await t.as('admin', 'Bu Ratna', { shift: false });
    const sri = await t.as('cashier', 'Sri');
    const sale = await sri.ok('sales.commitCash', {
      lines: [{ productId: 1, qty: 1 }],
      cashTendered: 1_000_000,
    });

    const renamed = await ratna.ok('users.update', {
      userId: sri.user.id,
      name: 'Sri Wahyuni',
      role: 'manager',
    });
    expect(renamed).toMatchObject({ name: 'Sri Wahyuni', role: 'manager', active: true });
    // Her session goes on with the new role, read fresh on each call.
    expect(await sri.call('users.list', {})).toMatchObject({ ok: true });
    expect(await t.ok('sales.get', { receiptNo: sale.receiptNo })).toMatchObject({ cashierName: 'Sri' });
    const [entry] = await auditOf(t, 'user.update');
    expect(entry).toMatchObject({
      userName: 'Bu Ratna',
      subject: 'Sri Wahyuni',
      detail: {
        userId: sri.user.id,
        name: { from: 'Sri', to: 'Sri Wahyuni' },
        role: { from: 'cashier', to: 'manager' },
      },
    });
    // Nothing changed: nothing audited.
    await ratna.ok('users.update', { userId: sri.user.id, name: 'Sri Wahyuni' });
    expect(await auditOf(t, 'user.update')).toHaveLength(1);
    // A name may change its capitals only.
    expect(await ratna.ok('users.update', { userId: sri.user.id, name: 'SRI WAHYUNI' })).toMatchObject({
      name: 'SRI WAHYUNI',
    });
    t.engine.close();
  });

  it('keeps managers to cashiers, nobody changes their own role, the last active admin stays admin', async () => {
    const dir = tempDir();
    const { t, ratna, made, sri } = await outlet(dir);
    const before = snapshot(dir);
    const refused = [
      [
        made,
        { userId: ratna.user.id, name: 'Ratna' },
        'FORBIDDEN',
        'Manajer hanya boleh mengelola kasir; Bu Ratna adalah admin. Minta admin.',
      ],
      [
        made,
        { userId: made.user.id, name: 'Made' },
        'FORBIDDEN',
        'Manajer hanya boleh mengelola kasir; Pak Made adalah manajer. Minta admin.',
      ],
      [
        made,
        { userId: sri.user.id, role: 'manager' },
        'FORBIDDEN',
        'Manajer tidak boleh menjadikan orang manajer.',
      ],
      [
        ratna,
        { userId: ratna.user.id, role: 'manager' },
        'FORBIDDEN',
        'Anda tidak dapat mengubah peran Anda sendiri.',
      ],
      [
        ratna,
        { userId: sri.user.id, name: 'pak made' },
        'CONFLICT',
        'Nama pengguna "pak made" sudah dipakai.',
      ],
      [ratna, { userId: 999 }, 'INVALID_INPUT', 'Sebutkan nama atau peran yang baru'],
      [ratna, { userId: 999, name: 'X' }, 'NOT_FOUND', 'Pengguna nomor 999 tidak ditemukan.'],
    ] as const;
    for (const [who, input, code, message] of refused) {
      expect(await who.call('users.update', input), JSON.stringify(input)).toEqual({
        ok: false,
        error: expect.objectContaining({ code, message: expect.stringContaining(message) }),
      });
    }
    // The command line acts as the system, and still cannot leave the till without an active admin.
    expect(await t.engine.call('users.update', { userId: ratna.user.id, role: 'manager' }, SYSTEM)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'CONFLICT',
        message:
          'Bu Ratna adalah satu-satunya admin aktif dan tidak dapat menjadi manajer. Jadikan orang lain admin dulu.',
      }),
    });
    expect(await sri.call('users.update', { userId: sri.user.id, name: 'Sri W' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(snapshot(dir)).toEqual(before);

    // A manager renames a cashier; with a second admin, the first may be made a manager.
    expect(await made.ok('users.update', { userId: sri.user.id, name: 'Sri W' })).toMatchObject({
      name: 'Sri W',
    });
    const wati = await ratna.ok('users.create', { name: 'Bu Wati', role: 'admin', pin: '1357' });
    const watiSession = (await t.ok('auth.login', { userId: wati.id, pin: '1357' })).session;
    expect(
      await t.engine.call('users.update', { userId: ratna.user.id, role: 'manager' }, watiSession),
    ).toMatchObject({
      ok: true,
      data: { role: 'manager' },
    });
    // Now Wati is the last active admin: Ratna (a manager) cannot touch her, nobody can demote her.
    expect(await ratna.call('users.update', { userId: wati.id, role: 'cashier' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    t.engine.close();
  });
});

describe('users.setPin', () => {
  it('gives a person a new PIN typed by an admin or (for a cashier) a manager; her sessions end', async () => {
    const dir = tempDir();
    const { t, ratna, made, sri } = await outlet(dir);
    // Four wrong PINs of hers are forgotten with the new PIN.
    for (let i = 0; i < 5; i++) await t.engine.call('auth.login', { userId: sri.user.id, pin: '0000' });
    expect((await person(t, 'Sri')).lockedUntil).not.toBeNull();

    expect(await made.ok('users.setPin', { userId: sri.user.id, pin: '8642' })).toMatchObject({
      lockedUntil: null,
      pinResetPending: false,
    });
    expect(await sri.call('shifts.current', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await t.engine.call('auth.login', { userId: sri.user.id, pin: TEST_PIN })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.engine.call('auth.login', { userId: sri.user.id, pin: '8642' })).toMatchObject({
      ok: true,
    });

    const before = snapshot(dir);
    expect(await made.call('users.setPin', { userId: ratna.user.id, pin: '8642' })).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Manajer hanya boleh mengelola kasir') },
    });
    expect(await made.call('users.setPin', { userId: sri.user.id, pin: '86' })).toMatchObject({
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('PIN harus 4 sampai 6 angka') },
    });
    expect(snapshot(dir)).toEqual(before);

    await ratna.ok('users.setPin', { userId: made.user.id, pin: '9753' });
    const audited = await auditOf(t, 'user.pin');
    expect(audited.map((a) => [a.userName, a.subject, a.detail.change])).toEqual([
      ['Bu Ratna', 'Pak Made', 'set'],
      ['Pak Made', 'Sri', 'set'],
    ]);
    expect(JSON.stringify(audited)).not.toContain('9753');
    t.engine.close();
  });

  it('changes one’s own PIN only with the current one, counted like a sign-in, keeping the session', async () => {
    const dir = tempDir();
    const { t, made } = await outlet(dir);
    const before = snapshot(dir);
    expect(await made.call('users.setPin', { userId: made.user.id, pin: '9753' })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'Untuk mengganti PIN Anda sendiri, masukkan PIN Anda yang sekarang.',
      }),
    });
    expect(snapshot(dir)).toEqual(before);
    expect(
      await made.call('users.setPin', { userId: made.user.id, pin: '9753', currentPin: '1111' }),
    ).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'FORBIDDEN', message: 'PIN salah. Sisa percobaan: 4.' }),
    });
    expect((await auditOf(t, 'pin.failed')).length).toBe(1);
    await made.ok('users.setPin', { userId: made.user.id, pin: '9753', currentPin: TEST_PIN });
    expect(await made.call('users.list', {})).toMatchObject({ ok: true });
    expect(await t.engine.call('auth.login', { userId: made.user.id, pin: '9753' })).toMatchObject({
      ok: true,
    });
    expect((await auditOf(t, 'user.pin'))[0]).toMatchObject({
      userName: 'Pak Made',
      detail: { change: 'own' },
    });
    t.engine.close();
  });
});

describe('users.resetPin and auth.setNewPin', () => {
  it('clears the PIN; she chooses a new one at sign-in and is signed in with it', async () => {
    const dir = tempDir();
    const { t, made, sri } = await outlet(dir);
    t.setNow('2026-11-28T03:00:00Z');
    expect(await made.ok('users.resetPin', { userId: sri.user.id })).toMatchObject({ pinResetPending: true });
    expect((await t.ok('auth.status', {})).users.find((u) => u.id === sri.user.id)).toEqual({
      id: sri.user.id,
      name: 'Sri',
      role: 'cashier',
      mustSetPin: true,
    });
    // Signed out at once, and her old PIN opens nothing (not even counted as wrong).
    expect(await sri.call('shifts.current', {})).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    for (const pin of [TEST_PIN, '0000']) {
      expect(await t.engine.call('auth.login', { userId: sri.user.id, pin })).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'FORBIDDEN',
          message: 'PIN Sri sudah direset. Pilih nama Sri di layar masuk dan buat PIN baru.',
        }),
      });
    }
    expect(await auditOf(t, 'pin.failed')).toEqual([]);

    t.setNow('2026-11-28T03:05:00Z');
    const signedIn = await t.ok('auth.setNewPin', { userId: sri.user.id, pin: '5791' });
    expect(signedIn.user).toEqual(sri.user);
    expect(await t.engine.call('shifts.current', {}, signedIn.session)).toMatchObject({ ok: true });
    expect(await person(t, 'Sri')).toMatchObject({
      pinResetPending: false,
      lastLoginAt: '2026-11-28T03:05:00.000Z',
    });
    expect(await t.engine.call('auth.login', { userId: sri.user.id, pin: '5791' })).toMatchObject({
      ok: true,
    });
    const audited = await auditOf(t, 'user.pin');
    expect(audited.map((a) => [a.userName, a.subject, a.detail.change])).toEqual([
      ['Sri', 'Sri', 'chosen'],
      ['Pak Made', 'Sri', 'reset'],
    ]);

    // Only after a reset: nobody replaces a PIN in use through the sign-in screen.
    const before = snapshot(dir);
    expect(await t.engine.call('auth.setNewPin', { userId: sri.user.id, pin: '1111' })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'FORBIDDEN',
        message: 'PIN Sri tidak sedang direset; masuk dengan PIN yang ada.',
      }),
    });
    expect(await t.engine.call('auth.setNewPin', { userId: 999, pin: '1111' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.engine.call('auth.setNewPin', { userId: sri.user.id, pin: 'abcd' })).toMatchObject({
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('PIN harus 4 sampai 6 angka') },
    });
    expect(snapshot(dir)).toEqual(before);
    t.engine.close();
  });

  it('is refused for oneself and, for a manager, on managers and admins', async () => {
    const dir = tempDir();
    const { t, ratna, made } = await outlet(dir);
    const before = snapshot(dir);
    expect(await made.call('users.resetPin', { userId: ratna.user.id })).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Manajer hanya boleh mengelola kasir') },
    });
    expect(await ratna.call('users.resetPin', { userId: ratna.user.id })).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('tidak dapat mereset PIN Anda sendiri') },
    });
    expect(snapshot(dir)).toEqual(before);
    await ratna.ok('users.resetPin', { userId: made.user.id });
    // A manager waiting for a new PIN cannot approve anything with the old one.
    expect(await t.engine.call('auth.login', { userId: made.user.id, pin: TEST_PIN })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    t.engine.close();
  });
});

describe('users.setActive', () => {
  it('deactivates: gone from sign-in, refused, signed out at once; reactivated, old sessions stay dead', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const made = await t.as('manager', 'Pak Made', { shift: false });
    const sri = await t.as('cashier', 'Sri');
    const sale = await sri.ok('sales.commitCash', {
      lines: [{ productId: 1, qty: 1 }],
      cashTendered: 1_000_000,
    });

    // Her drawer first: an open shift must be counted and closed before she is deactivated.
    const before = snapshot(dir);
    const shift = (await sri.ok('shifts.current', {})).shift;
    expect(await made.call('users.setActive', { userId: sri.user.id, active: false })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'CONFLICT',
        message: `Sri masih punya shift terbuka (shift ${shift?.id}). Laci harus dihitung dan shift ditutup dulu: oleh Sri sendiri (F12), atau oleh manajer di Laporan → Tutup hari (Z). Setelah itu nonaktifkan.`,
      }),
    });
    expect(snapshot(dir)).toEqual(before);
    const summary = await sri.ok('shifts.summary', {});
    expect(summary.salesCount).toBe(1);
    // She went home without closing: the manager counts her drawer (empty) and closes it for her,
    // saying why. Another cashier may not; nor may the manager without a note.
    const ani = await t.as('cashier', 'Ani', { shift: false });
    const shiftId = shift?.id ?? 0;
    expect(await ani.call('shifts.close', { shiftId, count: {}, note: 'x' })).toMatchObject({
      ok: false,
      error: expect.objectContaining({
        code: 'FORBIDDEN',
        message: 'Hanya manajer yang boleh menutup shift orang lain.',
      }),
    });
    expect(await made.call('shifts.close', { shiftId, count: {} })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /Tulis catatan kenapa shift Sri ditutup oleh Pak Made/ },
    });
    const closed = await made.ok('shifts.close', { shiftId, count: {}, note: 'pulang tanpa menutup shift' });
    expect(closed.shift).toMatchObject({ userName: 'Sri', closedBy: 'Pak Made', countedCash: 0 });
    expect(closed.shift.variance).toBe(-(closed.shift.expectedCash ?? 0));
    const [closeEntry] = await made.ok('audit.list', { action: 'shift.close' });
    expect(closeEntry).toMatchObject({ userName: 'Pak Made', detail: { closedFor: 'Sri', counted: 0 } });
    expect(await made.call('shifts.close', { shiftId, count: {}, note: 'lagi' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    expect(await made.ok('users.setActive', { userId: sri.user.id, active: false })).toMatchObject({
      active: false,
    });
    expect((await t.ok('auth.status', {})).users.map((u) => u.name)).toEqual(['Ani', 'Pak Made']);
    expect(await sri.call('shifts.current', {})).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await t.engine.call('auth.login', { userId: sri.user.id, pin: TEST_PIN })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'Pengguna tidak ditemukan atau tidak aktif.',
      }),
    });
    expect(await t.ok('sales.get', { receiptNo: sale.receiptNo })).toMatchObject({ cashierName: 'Sri' });
    expect((await person(t, 'Sri')).active).toBe(false);

    expect(await made.ok('users.setActive', { userId: sri.user.id, active: true })).toMatchObject({
      active: true,
    });
    expect(await sri.call('shifts.current', {})).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await t.engine.call('auth.login', { userId: sri.user.id, pin: TEST_PIN })).toMatchObject({
      ok: true,
    });
    const audited = await auditOf(t, 'user.active');
    expect(audited.map((a) => [a.userName, a.subject, a.detail])).toEqual([
      ['Pak Made', 'Sri', { userId: sri.user.id, active: true }],
      ['Pak Made', 'Sri', { userId: sri.user.id, active: false }],
    ]);
    t.engine.close();
  });

  it('never deactivates oneself, the last active admin, or (for a manager) managers and admins', async () => {
    const dir = tempDir();
    const { t, ratna, made, sri } = await outlet(dir);
    const before = snapshot(dir);
    const refusals: [Promise<unknown>, string, string][] = [
      [ratna.call('users.setActive', { userId: ratna.user.id, active: false }), 'FORBIDDEN', 'diri sendiri'],
      [
        made.call('users.setActive', { userId: ratna.user.id, active: false }),
        'FORBIDDEN',
        'Bu Ratna adalah admin',
      ],
      [made.call('users.setActive', { userId: made.user.id, active: false }), 'FORBIDDEN', 'diri sendiri'],
      [sri.call('users.setActive', { userId: sri.user.id, active: false }), 'FORBIDDEN', 'Hanya manajer'],
      [
        t.engine.call('users.setActive', { userId: ratna.user.id, active: false }, SYSTEM),
        'CONFLICT',
        'Bu Ratna adalah satu-satunya admin aktif dan tidak dapat dinonaktifkan',
      ],
      [
        made.call('users.setActive', { userId: sri.user.id, active: 'no' }),
        'INVALID_INPUT',
        'Aktif harus true atau false',
      ],
    ];
    for (const [answer, code, message] of refusals) {
      expect(await answer).toMatchObject({
        ok: false,
        error: { code, message: expect.stringContaining(message) },
      });
    }
    expect(snapshot(dir)).toEqual(before);
    // An inactive admin does not count: with two admins one may go, then the other is the last.
    const wati = await ratna.ok('users.create', { name: 'Bu Wati', role: 'admin', pin: '1357' });
    await ratna.ok('users.setActive', { userId: wati.id, active: false });
    expect(
      await t.engine.call('users.setActive', { userId: ratna.user.id, active: false }, SYSTEM),
    ).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    t.engine.close();
  });
});
