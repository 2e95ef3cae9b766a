// Sessions: the browser holds a random token in an HttpOnly cookie; the database keeps only its
// SHA-256, with when it was last used. A session ends after the idle time of the settings
// (sessionIdleHours) and in any case SESSION_MAX_HOURS after it opened; deactivating a person or
// giving her a new password ends hers at once.
import { createHash, randomBytes } from 'node:crypto';
import type { OfficeRole } from '../../../shared/office/contract';
import type { Queryable } from '../../db/types';

export const SESSION_MAX_HOURS = 7 * 24;
/** Used less often than this, a session's last use is not written again (one write per minute at most). */
const TOUCH_EVERY_MS = 60_000;
const HOUR_MS = 3_600_000;

export function tokenSha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session for a user; returns the token for the cookie (never stored). */
export async function openSession(
  q: Queryable,
  userId: number,
  now: Date,
  idleHours: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  // Sessions that ended are cleared as new ones open: the table holds only live ones (and a few).
  await q.query('delete from sessions where expires_at <= $1::timestamptz', [now.toISOString()]);
  await q.query(
    `insert into sessions (token_sha256, user_id, created_at, last_seen, expires_at)
     values ($1, $2, $3::timestamptz, $3::timestamptz, $4::timestamptz)`,
    [
      tokenSha256(token),
      userId,
      now.toISOString(),
      new Date(now.getTime() + idleHours * HOUR_MS).toISOString(),
    ],
  );
  return token;
}

export interface SessionUser {
  id: number;
  name: string;
  role: OfficeRole;
  tokenSha256: string;
}

interface SessionRow {
  user_id: number | string;
  name: string;
  role: OfficeRole;
  created_at: unknown;
  last_seen: unknown;
  expires_at: unknown;
}

const time = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).getTime();

/**
 * The active person a token belongs to, or null when it is unknown, ended or hers is deactivated.
 * Her role is read here on every call, so a change of role applies at once. A live session's idle
 * time starts again.
 */
export async function sessionUser(
  q: Queryable,
  token: string,
  now: Date,
  idleHours: number,
): Promise<SessionUser | null> {
  const hash = tokenSha256(token);
  const { rows } = await q.query<SessionRow>(
    `select s.user_id, u.name, u.role, s.created_at, s.last_seen, s.expires_at
       from sessions s join users u on u.id = s.user_id
      where s.token_sha256 = $1 and u.active`,
    [hash],
  );
  const row = rows[0];
  if (!row) return null;
  const at = now.getTime();
  if (time(row.expires_at) <= at || time(row.created_at) + SESSION_MAX_HOURS * HOUR_MS <= at) {
    await q.query('delete from sessions where token_sha256 = $1', [hash]);
    return null;
  }
  if (at - time(row.last_seen) >= TOUCH_EVERY_MS) {
    await q.query(
      'update sessions set last_seen = $2::timestamptz, expires_at = $3::timestamptz where token_sha256 = $1',
      [hash, now.toISOString(), new Date(at + idleHours * HOUR_MS).toISOString()],
    );
  }
  return { id: Number(row.user_id), name: row.name, role: row.role, tokenSha256: hash };
}

export async function closeSession(q: Queryable, hash: string): Promise<void> {
  await q.query('delete from sessions where token_sha256 = $1', [hash]);
}

/** Ends every session of a person, but the one given (her own, when she changed her password). */
export async function closeSessionsOf(
  q: Queryable,
  userId: number,
  keep: string | null = null,
): Promise<void> {
  await q.query('delete from sessions where user_id = $1 and token_sha256 is distinct from $2', [
    userId,
    keep,
  ]);
}
