// Managing people from the People screen (docs/security.md, "Who manages whom"). An admin manages
// everyone; a manager adds and manages cashiers only and never makes anyone more than a cashier.
// Nobody changes their own role or deactivates themselves, and the last active admin stays an
// active admin. People are deactivated, never deleted: their sales and shifts keep their name.
// Every change is audited in the same transaction, with who did it, to whom and what changed.
import type { ParsedInput, Person, Role, User } from '../../../shared/contract';
import type { MessageRef } from '../../../shared/messages';
import { audit } from '../audit/audit';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { hashPin } from './pin';
import { checkPin, createUser, pinWaitEndsAt, recordSignIn, sessionEpochOf } from './users';

const ROLE_NAME: Record<Role, MessageRef> = {
  cashier: { key: 'common.role.cashier' },
  manager: { key: 'common.role.manager' },
  admin: { key: 'common.role.admin' },
};

interface PersonRow {
  id: number;
  name: string;
  role: Role;
  active: number;
  createdAt: string;
  lastLoginAt: string | null;
  pinResetAt: string | null;
}

const PERSON_COLUMNS = `id, name, role, active, created_at AS createdAt, last_login_at AS lastLoginAt,
  pin_reset_at AS pinResetAt`;

function toPerson(ctx: Pick<EngineContext, 'db' | 'now'>, row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
    lockedUntil: pinWaitEndsAt(ctx.db, row.id, ctx.now()),
    pinResetPending: row.pinResetAt !== null,
  };
}

/** Everyone, active first, then by name. */
export function listPeople(ctx: Pick<EngineContext, 'db' | 'now'>): Person[] {
  const rows = ctx.db
    .prepare(`SELECT ${PERSON_COLUMNS} FROM users ORDER BY active DESC, name`)
    .all() as PersonRow[];
  return rows.map((row) => toPerson(ctx, row));
}

function personRow(ctx: EngineContext, userId: number): PersonRow {
  const row = ctx.db.prepare(`SELECT ${PERSON_COLUMNS} FROM users WHERE id = ?`).get(userId) as
    | PersonRow
    | undefined;
  if (!row) throw new EngineError('NOT_FOUND', 'auth.userNotFound', { userId });
  return row;
}

function isSelf(actor: Actor, userId: number): boolean {
  return actor.kind === 'user' && actor.userId === userId;
}

/** Whether the actor may manage people of `role`: the system and admins anyone, managers cashiers. */
function mayManage(actor: Actor, role: Role): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'manager' && role === 'cashier';
}

function requireManage(actor: Actor, target: PersonRow): void {
  if (mayManage(actor, target.role)) return;
  throw new EngineError('FORBIDDEN', 'auth.managerOnlyCashiers', {
    name: target.name,
    value: ROLE_NAME[target.role],
  });
}

function activeAdmins(ctx: EngineContext): number {
  return (
    ctx.db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as {
      n: number;
    }
  ).n;
}

function requireNotLastAdmin(ctx: EngineContext, target: PersonRow, what: MessageRef): void {
  if (target.role === 'admin' && target.active === 1 && activeAdmins(ctx) <= 1) {
    throw new EngineError('CONFLICT', 'auth.lastAdmin', { name: target.name, what });
  }
}

/** Raises the epoch: every session the person has open stops working at once. */
function endSessions(ctx: EngineContext, userId: number): number {
  ctx.db.prepare('UPDATE users SET session_epoch = session_epoch + 1 WHERE id = ?').run(userId);
  return sessionEpochOf(ctx.db, userId);
}

function reread(ctx: EngineContext, userId: number): Person {
  return toPerson(ctx, personRow(ctx, userId));
}

export function createPerson(ctx: EngineContext, input: ParsedInput<'users.create'>, actor: Actor): User {
  if (!mayManage(actor, input.role)) {
    throw new EngineError('FORBIDDEN', 'auth.managerAddsCashiers', { value: ROLE_NAME[input.role] });
  }
  return ctx.db
    .transaction(() => {
      const now = ctx.now();
      const user = createUser(ctx.db, input, now);
      audit(ctx.db, ctx.device.device, now, {
        action: 'user.create',
        actor,
        subject: user.name,
        detail: { userId: user.id, role: user.role },
      });
      return user;
    })
    .immediate();
}

export function updatePerson(ctx: EngineContext, input: ParsedInput<'users.update'>, actor: Actor): Person {
  return ctx.db
    .transaction(() => {
      const target = personRow(ctx, input.userId);
      requireManage(actor, target);
      const detail: Record<string, unknown> = { userId: target.id };
      const name = input.name ?? target.name;
      const role = input.role ?? target.role;
      if (role !== target.role) {
        if (isSelf(actor, target.id)) {
          throw new EngineError('FORBIDDEN', 'auth.ownRole');
        }
        if (!mayManage(actor, role)) {
          throw new EngineError('FORBIDDEN', 'auth.managerCannotPromote', { value: ROLE_NAME[role] });
        }
        requireNotLastAdmin(ctx, target, { key: 'common.becomeRole', params: { role: ROLE_NAME[role] } });
        detail.role = { from: target.role, to: role };
      }
      if (name !== target.name) {
        const taken = ctx.db.prepare('SELECT 1 FROM users WHERE name = ? AND id != ?').get(name, target.id);
        if (taken) throw new EngineError('CONFLICT', 'auth.nameTaken', { name });
        detail.name = { from: target.name, to: name };
      }
      if (detail.role === undefined && detail.name === undefined) return reread(ctx, target.id);
      ctx.db.prepare('UPDATE users SET name = ?, role = ? WHERE id = ?').run(name, role, target.id);
      audit(ctx.db, ctx.device.device, ctx.now(), { action: 'user.update', actor, subject: name, detail });
      return reread(ctx, target.id);
    })
    .immediate();
}

/** A new PIN hash, no reset pending, the wrong-PIN waits of every door forgotten. */
function storePin(ctx: EngineContext, userId: number, pin: string): void {
  ctx.db.prepare('UPDATE users SET pin_hash = ?, pin_reset_at = NULL WHERE id = ?').run(hashPin(pin), userId);
  ctx.db.prepare('DELETE FROM pin_attempts WHERE user_id = ?').run(userId);
}

export function setPersonPin(ctx: EngineContext, input: ParsedInput<'users.setPin'>, actor: Actor): Person {
  const self = actor.kind === 'user' && isSelf(actor, input.userId);
  if (self) {
    // One's own PIN: the current one first, counted like any PIN typed at this door, and committed
    // before refusing (like an approval), so the PIN box cannot be used to guess without waiting.
    if (input.currentPin === undefined) {
      throw new EngineError('INVALID_INPUT', 'auth.currentPinNeeded');
    }
    const checked = ctx.db
      .transaction(() =>
        checkPin(ctx.db, input.userId, input.currentPin ?? '', ctx.now(), ctx.device.device, ctx.door),
      )
      .immediate();
    if (checked instanceof EngineError) throw checked;
  }
  return ctx.db
    .transaction(() => {
      const target = personRow(ctx, input.userId);
      if (!self) requireManage(actor, target);
      storePin(ctx, target.id, input.pin);
      const epoch = endSessions(ctx, target.id);
      // Changing her own PIN signs her out everywhere else, not here.
      if (self && actor.kind === 'user') ctx.sessions.renew(actor.session, epoch);
      audit(ctx.db, ctx.device.device, ctx.now(), {
        action: 'user.pin',
        actor,
        subject: target.name,
        detail: { userId: target.id, change: self ? 'own' : 'set' },
      });
      return reread(ctx, target.id);
    })
    .immediate();
}

export function resetPersonPin(
  ctx: EngineContext,
  input: ParsedInput<'users.resetPin'>,
  actor: Actor,
): Person {
  return ctx.db
    .transaction(() => {
      const target = personRow(ctx, input.userId);
      if (isSelf(actor, target.id)) {
        throw new EngineError('FORBIDDEN', 'auth.ownPinReset');
      }
      requireManage(actor, target);
      if (target.pinResetAt !== null) return reread(ctx, target.id);
      const now = ctx.now();
      // No hash at all: no PIN opens the account until she chooses one (auth.setNewPin).
      ctx.db
        .prepare("UPDATE users SET pin_hash = '', pin_reset_at = ? WHERE id = ?")
        .run(now.toISOString(), target.id);
      ctx.db.prepare('DELETE FROM pin_attempts WHERE user_id = ?').run(target.id);
      endSessions(ctx, target.id);
      audit(ctx.db, ctx.device.device, now, {
        action: 'user.pin',
        actor,
        subject: target.name,
        detail: { userId: target.id, change: 'reset' },
      });
      return reread(ctx, target.id);
    })
    .immediate();
}

/**
 * The sign-in screen after a reset: the person chooses her new PIN and is signed in. Refused for
 * anyone whose PIN was not reset, so it can never replace a PIN that is in use.
 */
export function setNewPin(
  ctx: EngineContext,
  input: ParsedInput<'auth.setNewPin'>,
): User & { epoch: number } {
  return ctx.db
    .transaction(() => {
      const row = ctx.db.prepare(`SELECT ${PERSON_COLUMNS} FROM users WHERE id = ?`).get(input.userId) as
        | PersonRow
        | undefined;
      if (row?.active !== 1) throw new EngineError('NOT_FOUND', 'auth.userMissingOrInactive');
      if (row.pinResetAt === null) {
        throw new EngineError('FORBIDDEN', 'auth.pinNotReset', { name: row.name });
      }
      const now = ctx.now();
      storePin(ctx, row.id, input.pin);
      recordSignIn(ctx.db, row.id, now);
      const user: User = { id: row.id, name: row.name, role: row.role };
      audit(ctx.db, ctx.device.device, now, {
        action: 'user.pin',
        // She acts as herself; her session opens once this is committed.
        actor: { kind: 'user', userId: user.id, name: user.name, role: user.role, session: '' },
        subject: user.name,
        detail: { userId: user.id, change: 'chosen' },
      });
      return { ...user, epoch: sessionEpochOf(ctx.db, row.id) };
    })
    .immediate();
}

export function setPersonActive(
  ctx: EngineContext,
  input: ParsedInput<'users.setActive'>,
  actor: Actor,
): Person {
  return ctx.db
    .transaction(() => {
      const target = personRow(ctx, input.userId);
      if (isSelf(actor, target.id)) {
        throw new EngineError('FORBIDDEN', 'auth.ownActive');
      }
      requireManage(actor, target);
      if ((target.active === 1) === input.active) return reread(ctx, target.id);
      if (!input.active) {
        requireNotLastAdmin(ctx, target, { key: 'common.deactivated' });
        // Her drawer must be counted first: shifts are closed by their own person with a blind
        // count (docs/shifts.md), and the day's Z waits for every open shift.
        const open = ctx.db
          .prepare('SELECT id FROM shifts WHERE user_id = ? AND closed_at IS NULL ORDER BY id LIMIT 1')
          .get(target.id) as { id: number } | undefined;
        if (open) {
          throw new EngineError('CONFLICT', 'auth.openShiftFirst', { name: target.name, id: open.id });
        }
        endSessions(ctx, target.id);
      }
      ctx.db.prepare('UPDATE users SET active = ? WHERE id = ?').run(input.active ? 1 : 0, target.id);
      audit(ctx.db, ctx.device.device, ctx.now(), {
        action: 'user.active',
        actor,
        subject: target.name,
        detail: { userId: target.id, active: input.active },
      });
      return reread(ctx, target.id);
    })
    .immediate();
}
