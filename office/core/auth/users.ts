// Office users in the database: reading them for the users screen, and the rules every change keeps
// (one name once, whatever its case; never without an active admin).
import { EngineError } from '../../../electron/core/errors';
import type { OfficePerson, OfficeRole } from '../../../shared/office/contract';
import type { Queryable } from '../../db/types';
import { isoOf, isoOrNull } from '../context';

interface UserRow {
  id: number | string;
  name: string;
  role: OfficeRole;
  active: boolean;
  created_at: unknown;
  last_sign_in_at: unknown;
  locked_until: unknown;
  password_hash: string;
  failed_sign_ins: number;
}

export interface StoredUser {
  id: number;
  name: string;
  role: OfficeRole;
  active: boolean;
  passwordHash: string;
  failedSignIns: number;
  lockedUntil: Date | null;
  person: OfficePerson;
}

const COLUMNS =
  'id, name, role, active, created_at, last_sign_in_at, locked_until, password_hash, failed_sign_ins';

function stored(row: UserRow, now: Date): StoredUser {
  const lockedUntil = row.locked_until === null ? null : new Date(isoOf(row.locked_until));
  const id = Number(row.id);
  return {
    id,
    name: row.name,
    role: row.role,
    active: row.active,
    passwordHash: row.password_hash,
    failedSignIns: Number(row.failed_sign_ins),
    lockedUntil,
    person: {
      id,
      name: row.name,
      role: row.role,
      active: row.active,
      createdAt: isoOf(row.created_at),
      lastSignInAt: isoOrNull(row.last_sign_in_at),
      lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil.toISOString() : null,
    },
  };
}

export async function anyUserExists(q: Queryable): Promise<boolean> {
  const { rows } = await q.query('select 1 from users limit 1');
  return rows.length > 0;
}

export async function userByName(q: Queryable, name: string, now: Date): Promise<StoredUser | null> {
  const { rows } = await q.query<UserRow>(`select ${COLUMNS} from users where lower(name) = lower($1)`, [
    name,
  ]);
  return rows[0] ? stored(rows[0], now) : null;
}

export async function userById(q: Queryable, id: number, now: Date): Promise<StoredUser> {
  const { rows } = await q.query<UserRow>(`select ${COLUMNS} from users where id = $1`, [id]);
  if (!rows[0]) throw new EngineError('NOT_FOUND', 'office.userNotFound', { userId: id });
  return stored(rows[0], now);
}

export async function listPeople(q: Queryable, now: Date): Promise<OfficePerson[]> {
  const { rows } = await q.query<UserRow>(
    `select ${COLUMNS} from users order by active desc, lower(name), id`,
  );
  return rows.map((row) => stored(row, now).person);
}

/**
 * Held for the whole of a change to people: two admins demoting each other at once cannot leave
 * the office without one, and two first admins cannot both be created.
 */
export async function lockUsers(q: Queryable): Promise<void> {
  await q.query('lock table users in share row exclusive mode');
}

export async function insertUser(
  q: Queryable,
  user: { name: string; role: OfficeRole; passwordHash: string; at: Date },
): Promise<number> {
  if (await userByName(q, user.name, user.at)) {
    throw new EngineError('CONFLICT', 'office.nameTaken', { name: user.name });
  }
  const { rows } = await q.query<{ id: number | string }>(
    'insert into users (name, role, password_hash, created_at) values ($1, $2, $3, $4::timestamptz) returning id',
    [user.name, user.role, user.passwordHash, user.at.toISOString()],
  );
  return Number(rows[0]?.id);
}

/** Refuses a change that would leave no active admin: `what` says what was asked of the last one. */
export async function keepAnAdmin(
  q: Queryable,
  user: StoredUser,
  what: 'office.lastAdmin.demote' | 'office.lastAdmin.deactivate',
): Promise<void> {
  if (user.role !== 'admin' || !user.active) return;
  const { rows } = await q.query<{ n: number | string }>(
    "select count(*) as n from users where role = 'admin' and active and id <> $1",
    [user.id],
  );
  if (Number(rows[0]?.n ?? 0) === 0) {
    throw new EngineError('CONFLICT', 'office.lastAdmin', { name: user.name, what: { key: what } });
  }
}
