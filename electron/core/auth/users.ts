import type { Database } from 'better-sqlite3';
import type { Role, SignInUser, User } from '../../../shared/contract';
import type { MessageRef } from '../../../shared/messages';
import { audit } from '../audit/audit';
import { EngineError } from '../errors';
import { hashPin, verifyPin } from './pin';

/** Wrong PINs in a row that a door answers without making the next try wait: typing mistakes. */
export const FREE_PIN_ATTEMPTS = 4;
/** The wait after the first wrong PIN past the free ones; it doubles with each one after. */
export const FIRST_PIN_DELAY_MS = 30_000;
/** The longest wait: a guesser gets at most 81 tries on a door in a day (docs/security.md). */
export const MAX_PIN_DELAY_MS = 20 * 60_000;
/** A door forgets its wrong PINs for a user after a quiet day. */
export const PIN_FAILURES_FORGOTTEN_MS = 24 * 60 * 60_000;

/**
 * How long a door makes the next PIN for a user wait after `failures` wrong ones in a row: none
 * for the first four, then 30 s, 1, 2, 4, 8, 16 minutes, then 20 minutes each time.
 */
export function pinDelayMs(failures: number): number {
  if (failures <= FREE_PIN_ATTEMPTS) return 0;
  return Math.min(MAX_PIN_DELAY_MS, FIRST_PIN_DELAY_MS * 2 ** (failures - FREE_PIN_ATTEMPTS - 1));
}

/** `30 detik`, `2 menit`: a wait in words, rounded up. */
function waitText(ms: number): MessageRef {
  return ms < 60_000
    ? { key: 'common.seconds', params: { n: Math.max(1, Math.ceil(ms / 1000)) } }
    : { key: 'common.minutes', params: { n: Math.ceil(ms / 60_000) } };
}

interface UserRow extends User {
  pinHash: string;
  active: number;
  pinResetAt: string | null;
}

const USER_COLUMNS = 'id, name, role, pin_hash AS pinHash, active, pin_reset_at AS pinResetAt';

/** The names on the sign-in screen: active people, each marked when her PIN was reset. */
export function activeUsers(db: Database): SignInUser[] {
  const rows = db
    .prepare(
      `SELECT id, name, role, pin_reset_at IS NOT NULL AS mustSetPin FROM users WHERE active = 1 ORDER BY name`,
    )
    .all() as (User & { mustSetPin: number })[];
  return rows.map((row) => ({ ...row, mustSetPin: row.mustSetPin === 1 }));
}

export function userCount(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

/**
 * A user a session may act as: active, with a PIN (not waiting for a new one after a reset). A
 * session opened before `sessionEpoch` was raised (PIN reset or set by someone else, deactivated)
 * no longer counts.
 */
export function findActiveUser(db: Database, id: number): (User & { sessionEpoch: number }) | undefined {
  return db
    .prepare(
      `SELECT id, name, role, session_epoch AS sessionEpoch FROM users
       WHERE id = ? AND active = 1 AND pin_reset_at IS NULL`,
    )
    .get(id) as (User & { sessionEpoch: number }) | undefined;
}

/** The session epoch to open a session with for this user (see findActiveUser). */
export function sessionEpochOf(db: Database, id: number): number {
  const row = db.prepare('SELECT session_epoch AS epoch FROM users WHERE id = ?').get(id) as
    | { epoch: number }
    | undefined;
  return row?.epoch ?? 0;
}

/** Records a successful sign-in (PIN, first-run setup, a new PIN after a reset). */
export function recordSignIn(db: Database, id: number, now: Date): void {
  db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(now.toISOString(), id);
}

export function createUser(db: Database, input: { name: string; role: Role; pin: string }, now: Date): User {
  const exists = db.prepare('SELECT 1 FROM users WHERE name = ?').get(input.name);
  if (exists) throw new EngineError('CONFLICT', 'auth.nameTaken', { name: input.name });
  const info = db
    .prepare('INSERT INTO users (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)')
    .run(input.name, input.role, hashPin(input.pin), now.toISOString());
  return { id: Number(info.lastInsertRowid), name: input.name, role: input.role };
}

/**
 * How long each door still makes `userId` wait after wrong PINs, the way checkPin counts it: the
 * latest moment any door opens again for her, or null when none makes her wait now.
 */
export function pinWaitEndsAt(db: Database, userId: number, now: Date): string | null {
  const rows = db
    .prepare('SELECT failures, last_failed_at AS lastFailedAt FROM pin_attempts WHERE user_id = ?')
    .all(userId) as { failures: number; lastFailedAt: string }[];
  let latest = 0;
  for (const row of rows) {
    const last = Date.parse(row.lastFailedAt);
    const since = Number.isNaN(last) ? Number.POSITIVE_INFINITY : Math.max(0, now.getTime() - last);
    if (since >= PIN_FAILURES_FORGOTTEN_MS) continue;
    const wait = pinDelayMs(row.failures) - since;
    if (wait > 0) latest = Math.max(latest, now.getTime() + wait);
  }
  return latest > 0 ? new Date(latest).toISOString() : null;
}

/**
 * Checks a PIN typed at `door` (the desktop window, the loopback browser door or the command line).
 * Wrong PINs are counted per user and per door, and past the first four each makes that door wait
 * before it checks the next one for that user (30 s, doubling up to 20 minutes), so a guesser gets
 * at most 81 tries a day there, while a stranger on one door cannot keep the user out of another.
 * A right PIN clears that door's count. A wrong PIN is written to the audit log with `device`.
 * A refusal is returned, not thrown, so the caller can commit the counted attempt before failing.
 */
export function checkPin(
  db: Database,
  userId: number,
  pin: string,
  now: Date,
  device: string,
  door: string,
): User | EngineError {
  const row = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(userId) as UserRow | undefined;
  if (row?.active !== 1) return new EngineError('NOT_FOUND', 'auth.userMissingOrInactive');
  if (row.pinResetAt !== null) {
    // No PIN opens the account until she chooses a new one (auth.setNewPin): nothing to count.
    return new EngineError('FORBIDDEN', 'auth.pinWasReset', { name: row.name });
  }
  const attempts = db
    .prepare(
      'SELECT failures, last_failed_at AS lastFailedAt FROM pin_attempts WHERE user_id = ? AND door = ?',
    )
    .get(userId, door) as { failures: number; lastFailedAt: string } | undefined;
  const last = attempts ? Date.parse(attempts.lastFailedAt) : Number.NaN;
  // A clock set back makes `last` lie in the future: count from now rather than wait for it.
  const since = Number.isNaN(last) ? Number.POSITIVE_INFINITY : Math.max(0, now.getTime() - last);
  const failures = attempts && since < PIN_FAILURES_FORGOTTEN_MS ? attempts.failures : 0;
  const wait = pinDelayMs(failures) - since;
  if (failures > 0 && wait > 0) {
    // Not checked at all while the door waits: a guess here tells nothing and costs nothing.
    return new EngineError('LOCKED', 'auth.tooManyWrongPins', { name: row.name, wait: waitText(wait) });
  }
  if (!verifyPin(pin, row.pinHash)) {
    const failed = failures + 1;
    db.prepare(
      `INSERT INTO pin_attempts (user_id, door, failures, last_failed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, door) DO UPDATE SET failures = excluded.failures, last_failed_at = excluded.last_failed_at`,
    ).run(userId, door, failed, now.toISOString());
    const delay = pinDelayMs(failed);
    audit(db, device, now, {
      action: 'pin.failed',
      actor: { kind: 'system' },
      subject: row.name,
      detail: { attempt: failed, door, waitSeconds: delay / 1000 },
    });
    if (delay > 0) {
      return new EngineError('LOCKED', 'auth.wrongPinDelay', { failed, delay: waitText(delay) });
    }
    return new EngineError('FORBIDDEN', 'auth.wrongPin', { value: FREE_PIN_ATTEMPTS + 1 - failed });
  }
  if (attempts) db.prepare('DELETE FROM pin_attempts WHERE user_id = ? AND door = ?').run(userId, door);
  return { id: row.id, name: row.name, role: row.role };
}
