import type { Database } from 'better-sqlite3';
import type { Role, User } from '../../../shared/contract';
import { audit } from '../audit/audit';
import { EngineError } from '../errors';
import { hashPin, verifyPin } from './pin';

export const MAX_PIN_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;

interface UserRow extends User {
  pinHash: string;
  active: number;
  failedAttempts: number;
  lockedUntil: string | null;
}

const USER_COLUMNS = `id, name, role, pin_hash AS pinHash, active, failed_attempts AS failedAttempts,
  locked_until AS lockedUntil`;

export function activeUsers(db: Database): User[] {
  return db.prepare('SELECT id, name, role FROM users WHERE active = 1 ORDER BY name').all() as User[];
}

export function userCount(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function findActiveUser(db: Database, id: number): User | undefined {
  return db.prepare('SELECT id, name, role FROM users WHERE id = ? AND active = 1').get(id) as
    | User
    | undefined;
}

export function createUser(db: Database, input: { name: string; role: Role; pin: string }, now: Date): User {
  const exists = db.prepare('SELECT 1 FROM users WHERE name = ?').get(input.name);
  if (exists) throw new EngineError('CONFLICT', `Nama pengguna "${input.name}" sudah dipakai.`);
  const info = db
    .prepare('INSERT INTO users (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)')
    .run(input.name, input.role, hashPin(input.pin), now.toISOString());
  return { id: Number(info.lastInsertRowid), name: input.name, role: input.role };
}

/**
 * Checks a PIN. Each wrong PIN is counted; the fifth in a row locks the user for a few minutes,
 * so guessing a 4-digit PIN at the till takes days, not minutes. A right PIN resets the count.
 * A refusal is returned, not thrown, so the caller can commit the counted attempt before failing.
 */
/**
 * Checks a PIN and keeps the lockout count. A wrong PIN is written to the audit log with `device`
 * (the caller commits it even though the request itself is refused).
 */
export function checkPin(
  db: Database,
  userId: number,
  pin: string,
  now: Date,
  device: string,
): User | EngineError {
  const row = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(userId) as UserRow | undefined;
  if (row?.active !== 1) return new EngineError('NOT_FOUND', 'Pengguna tidak ditemukan atau tidak aktif.');
  if (row.lockedUntil && new Date(row.lockedUntil) > now) {
    const minutes = Math.ceil((new Date(row.lockedUntil).getTime() - now.getTime()) / 60_000);
    return new EngineError(
      'LOCKED',
      `Terlalu banyak PIN salah. ${row.name} terkunci, coba lagi dalam ${minutes} menit.`,
    );
  }
  if (!verifyPin(pin, row.pinHash)) {
    const failed = row.failedAttempts + 1;
    const lockedUntil =
      failed >= MAX_PIN_ATTEMPTS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
    db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(
      lockedUntil ? 0 : failed,
      lockedUntil,
      userId,
    );
    audit(db, device, now, {
      action: 'pin.failed',
      actor: { kind: 'system' },
      subject: row.name,
      detail: { attempt: failed, locked: lockedUntil !== null },
    });
    if (lockedUntil) {
      return new EngineError(
        'LOCKED',
        `PIN salah ${MAX_PIN_ATTEMPTS} kali. ${row.name} terkunci ${LOCKOUT_MINUTES} menit.`,
      );
    }
    return new EngineError('FORBIDDEN', `PIN salah. Sisa percobaan: ${MAX_PIN_ATTEMPTS - failed}.`);
  }
  if (row.failedAttempts > 0 || row.lockedUntil) {
    db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(userId);
  }
  return { id: row.id, name: row.name, role: row.role };
}
