// The office's people commands: the first admin, signing in and out, one's own password, and the
// users screen. Every change to a person is one transaction with its audit row.
import { EngineError } from '../../../electron/core/errors';
import type { OfficeCommandName, OfficePerson, OfficeUser } from '../../../shared/office/contract';
import { recordAudit } from '../audit/audit';
import type { CallState, OfficeContext } from '../context';
import type { OfficeHandlers } from '../handlerTypes';
import { readSetting } from '../settings/settings';
import { checkPassword, hashPassword } from './passwords';
import { closeSession, closeSessionsOf, openSession, SESSION_MAX_HOURS } from './sessions';
import { anyUserExists, insertUser, keepAnAdmin, listPeople, lockUsers, userById, userByName } from './users';

/** Wrong passwords in a row before a name is locked, and for how long. */
export const NAME_FAILURE_LIMIT = 5;
export const NAME_LOCK_MINUTES = 15;

function signedInAs(call: CallState): { id: number; name: string } {
  if (call.actor.kind !== 'user') throw new EngineError('UNAUTHENTICATED', 'office.signInAgain');
  return call.actor;
}

async function startSession(ctx: OfficeContext, call: CallState, userId: number, at: Date): Promise<void> {
  // Signing in again in the same browser replaces the session it had.
  if (call.actor.kind === 'user') await closeSession(ctx.db, call.actor.tokenSha256);
  const idleHours = await readSetting(ctx.db, 'sessionIdleHours');
  call.session = {
    token: await openSession(ctx.db, userId, at, idleHours),
    maxAgeSeconds: SESSION_MAX_HOURS * 3600,
  };
}

function lockedFor(until: Date, now: Date): EngineError {
  return new EngineError('LOCKED', 'office.locked', {
    minutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000)),
  });
}

type PeopleCommand = Extract<OfficeCommandName, `auth.${string}` | `users.${string}`>;

export const peopleHandlers: OfficeHandlers<PeopleCommand> = {
  'auth.status': async (ctx, _input, call) => ({
    needsFirstAdmin: !(await anyUserExists(ctx.db)),
    user:
      call.actor.kind === 'user' ? { id: call.actor.id, name: call.actor.name, role: call.actor.role } : null,
  }),

  'auth.createFirstAdmin': async (ctx, input, call) => {
    const at = ctx.now();
    // Hashed before the transaction: the table stays locked only for the insert itself.
    const passwordHash = await hashPassword(input.password);
    const user = await ctx.db.tx(async (client) => {
      await lockUsers(client);
      if (await anyUserExists(client)) throw new EngineError('CONFLICT', 'office.firstAdminExists');
      const id = await insertUser(client, { name: input.name, role: 'admin', passwordHash, at });
      await recordAudit(client, {
        at,
        userId: id,
        action: 'user.create',
        target: input.name,
        detail: { role: 'admin', firstAdmin: true, address: call.address },
      });
      return { id, name: input.name, role: 'admin' } satisfies OfficeUser;
    });
    await startSession(ctx, call, user.id, at);
    ctx.log.info('office.firstAdmin', { user: user.name });
    return user;
  },

  'auth.signIn': async (ctx, input, call) => {
    const at = ctx.now();
    const wait = ctx.throttle.waitFor(call.address, at);
    if (wait > 0) throw lockedFor(new Date(at.getTime() + wait), at);
    const user = await userByName(ctx.db, input.name, at);
    if (user?.lockedUntil && user.lockedUntil > at) throw lockedFor(user.lockedUntil, at);
    const usable = user?.active ? user : null;
    if (usable && (await checkPassword(input.password, usable.passwordHash))) {
      await ctx.db.query(
        'update users set failed_sign_ins = 0, locked_until = null, last_sign_in_at = $2::timestamptz where id = $1',
        [usable.id, at.toISOString()],
      );
      await startSession(ctx, call, usable.id, at);
      return { id: usable.id, name: usable.name, role: usable.role };
    }
    if (!usable) await checkPassword(input.password, null);
    ctx.throttle.fail(call.address, at);
    if (usable) {
      // Counted in the database (not read, added, written), so wrong passwords sent at once all count.
      const { rows } = await ctx.db.query<{ failed: number }>(
        'update users set failed_sign_ins = failed_sign_ins + 1 where id = $1 returning failed_sign_ins as failed',
        [usable.id],
      );
      if (Number(rows[0]?.failed ?? 0) >= NAME_FAILURE_LIMIT) {
        const until = new Date(at.getTime() + NAME_LOCK_MINUTES * 60_000);
        await ctx.db.tx(async (client) => {
          await client.query(
            'update users set failed_sign_ins = 0, locked_until = $2::timestamptz where id = $1',
            [usable.id, until.toISOString()],
          );
          await recordAudit(client, {
            at,
            userId: null,
            action: 'user.locked',
            target: usable.name,
            detail: { until: until.toISOString(), address: call.address },
          });
        });
      }
    }
    throw new EngineError('UNAUTHENTICATED', 'office.signInFailed');
  },

  'auth.signOut': async (ctx, _input, call) => {
    if (call.actor.kind === 'user') await closeSession(ctx.db, call.actor.tokenSha256);
    call.session = null;
    return { ok: true as const };
  },

  'auth.changePassword': async (ctx, input, call) => {
    const me = signedInAs(call);
    const at = ctx.now();
    const user = await userById(ctx.db, me.id, at);
    if (!(await checkPassword(input.currentPassword, user.passwordHash))) {
      throw new EngineError('UNAUTHENTICATED', 'office.wrongCurrentPassword');
    }
    const passwordHash = await hashPassword(input.newPassword);
    await ctx.db.tx(async (client) => {
      await client.query('update users set password_hash = $2 where id = $1', [me.id, passwordHash]);
      await closeSessionsOf(client, me.id, call.actor.kind === 'user' ? call.actor.tokenSha256 : null);
      await recordAudit(client, {
        at,
        userId: me.id,
        action: 'user.password',
        target: me.name,
        detail: { own: true },
      });
    });
    return { ok: true as const };
  },

  'users.list': async (ctx) => listPeople(ctx.db, ctx.now()),

  'users.create': async (ctx, input, call) => {
    const me = signedInAs(call);
    const at = ctx.now();
    const passwordHash = await hashPassword(input.password);
    return ctx.db.tx(async (client): Promise<OfficePerson> => {
      await lockUsers(client);
      const id = await insertUser(client, { name: input.name, role: input.role, passwordHash, at });
      await recordAudit(client, {
        at,
        userId: me.id,
        action: 'user.create',
        target: input.name,
        detail: { role: input.role },
      });
      return (await userById(client, id, at)).person;
    });
  },

  'users.setRole': async (ctx, input, call) => {
    const me = signedInAs(call);
    const at = ctx.now();
    if (input.userId === me.id) throw new EngineError('FORBIDDEN', 'office.ownRole');
    return ctx.db.tx(async (client) => {
      await lockUsers(client);
      const user = await userById(client, input.userId, at);
      if (user.role === input.role) return user.person;
      if (input.role !== 'admin') await keepAnAdmin(client, user, 'office.lastAdmin.demote');
      await client.query('update users set role = $2 where id = $1', [user.id, input.role]);
      await recordAudit(client, {
        at,
        userId: me.id,
        action: 'user.role',
        target: user.name,
        detail: { before: user.role, after: input.role },
      });
      return (await userById(client, user.id, at)).person;
    });
  },

  'users.resetPassword': async (ctx, input, call) => {
    const me = signedInAs(call);
    const at = ctx.now();
    const passwordHash = await hashPassword(input.password);
    return ctx.db.tx(async (client) => {
      const user = await userById(client, input.userId, at);
      await client.query(
        'update users set password_hash = $2, failed_sign_ins = 0, locked_until = null where id = $1',
        [user.id, passwordHash],
      );
      // Whoever held her password before is out now, on every browser.
      await closeSessionsOf(
        client,
        user.id,
        user.id === me.id && call.actor.kind === 'user' ? call.actor.tokenSha256 : null,
      );
      await recordAudit(client, {
        at,
        userId: me.id,
        action: 'user.password',
        target: user.name,
        detail: { reset: true },
      });
      return (await userById(client, user.id, at)).person;
    });
  },

  'users.setActive': async (ctx, input, call) => {
    const me = signedInAs(call);
    const at = ctx.now();
    if (!input.active && input.userId === me.id) throw new EngineError('FORBIDDEN', 'office.ownDeactivate');
    return ctx.db.tx(async (client) => {
      await lockUsers(client);
      const user = await userById(client, input.userId, at);
      if (user.active === input.active) return user.person;
      if (!input.active) await keepAnAdmin(client, user, 'office.lastAdmin.deactivate');
      await client.query('update users set active = $2 where id = $1', [user.id, input.active]);
      if (!input.active) await closeSessionsOf(client, user.id);
      await recordAudit(client, {
        at,
        userId: me.id,
        action: 'user.active',
        target: user.name,
        detail: { before: user.active, after: input.active },
      });
      return (await userById(client, user.id, at)).person;
    });
  },
};
