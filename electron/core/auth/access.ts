import type { Access, Role } from '../../../shared/contract';
import type { MessageRef } from '../../../shared/messages';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { findActiveUser } from './users';

/** What a door passes with a call: a session from `auth.login`, or the local system (CLI only). */
export const SYSTEM = Symbol('karya.system');
export type Caller = string | typeof SYSTEM | undefined;

const RANK: Record<Role, number> = { cashier: 1, manager: 2, admin: 3 };
const ROLE_NAME: Record<Role, MessageRef> = {
  cashier: { key: 'common.role.cashier' },
  manager: { key: 'common.role.manager' },
  admin: { key: 'common.role.admin' },
};

export function resolveActor(ctx: EngineContext, caller: Caller): Actor {
  if (caller === SYSTEM) return { kind: 'system' };
  if (typeof caller !== 'string') return { kind: 'anonymous' };
  const userId = ctx.sessions.userOf(caller);
  const user = userId === undefined ? undefined : findActiveUser(ctx.db, userId);
  if (!user || user.sessionEpoch !== ctx.sessions.epochOf(caller)) return { kind: 'anonymous' };
  return { kind: 'user', userId: user.id, name: user.name, role: user.role, session: caller };
}

/** Refuses the call unless the actor may run a command with this access level. */
export function checkAccess(actor: Actor, access: Access): void {
  if (access === 'public' || actor.kind === 'system') return;
  if (actor.kind === 'anonymous') {
    throw new EngineError('UNAUTHENTICATED', 'auth.signInAgain');
  }
  if (RANK[actor.role] < RANK[access]) {
    throw new EngineError('FORBIDDEN', 'auth.onlyRole', { value: ROLE_NAME[access] });
  }
}
