// Who is calling, and whether they may: every command names the roles that may run it
// (shared/office), and this check runs before its input is even read.
import { EngineError } from '../../../electron/core/errors';
import type { OfficeAccess, OfficeRole } from '../../../shared/office/contract';
import type { Actor, OfficeContext } from '../context';
import { readSetting } from '../settings/settings';
import { sessionUser } from './sessions';

export async function resolveActor(ctx: OfficeContext, token: string | undefined): Promise<Actor> {
  if (!token) return { kind: 'anonymous' };
  const idleHours = await readSetting(ctx.db, 'sessionIdleHours');
  const user = await sessionUser(ctx.db, token, ctx.now(), idleHours);
  return user ? { kind: 'user', ...user } : { kind: 'anonymous' };
}

/** How a refusal names the roles that may, in words of both languages. */
function rolesRef(roles: readonly OfficeRole[]) {
  if (roles.length === 1 && roles[0] === 'admin') return { key: 'office.roles.admin' };
  if (roles.length === 2 && roles.includes('finance') && roles.includes('admin')) {
    return { key: 'office.roles.financeAdmin' };
  }
  return { key: 'common.plain', params: { text: roles.join(', ') } };
}

export function checkRoles(actor: Actor, access: OfficeAccess): void {
  if (access === 'public') return;
  if (actor.kind === 'anonymous') throw new EngineError('UNAUTHENTICATED', 'office.signInAgain');
  if (!access.includes(actor.role))
    throw new EngineError('FORBIDDEN', 'office.onlyRoles', { roles: rolesRef(access) });
}
