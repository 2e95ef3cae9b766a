import { z } from 'zod';
import type { Role } from '../../../shared/contract';
import { pin } from '../../../shared/contract/auth';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { checkPin } from './users';

/**
 * A manager's say-so for something a cashier may not do alone (a void, a refund, a discount over
 * the limit): the manager picks their name on the cashier's screen and types their PIN.
 * Commands that need it take this object in their input.
 */
export const approvalSchema = z
  .object({ userId: z.number().int().positive({ error: 'Manajer tidak dikenal' }), pin })
  .strict();
export type Approval = z.infer<typeof approvalSchema>;

export interface Approver {
  userId: number | null;
  name: string;
}

const RANK: Record<Role, number> = { cashier: 1, manager: 2, admin: 3 };

/**
 * Who approved: the actor themself when they are a manager or admin (or the system), otherwise the
 * manager whose PIN came with the request. Wrong PINs count towards that manager's lockout, and
 * the count is committed even though the request is refused, so call this OUTSIDE the business
 * transaction (before it), then pass the approver into it.
 */
export function requireApproval(ctx: EngineContext, actor: Actor, approval: Approval | undefined): Approver {
  if (actor.kind === 'system') return { userId: null, name: 'Sistem' };
  if (actor.kind === 'user' && RANK[actor.role] >= RANK.manager)
    return { userId: actor.userId, name: actor.name };
  if (!approval) throw new EngineError('APPROVAL_REQUIRED', 'auth.needsManager');
  const checked = ctx.db
    .transaction(() =>
      checkPin(ctx.db, approval.userId, approval.pin, ctx.now(), ctx.device.device, ctx.door),
    )
    .immediate();
  if (checked instanceof EngineError) throw checked;
  if (RANK[checked.role] < RANK.manager) {
    throw new EngineError('FORBIDDEN', 'auth.approverNotManager', { name: checked.name });
  }
  return { userId: checked.id, name: checked.name };
}
