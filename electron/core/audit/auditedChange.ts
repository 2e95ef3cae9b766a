// Administration leaves a trace: a settings command runs inside one transaction with an audit row
// holding what the setting was and what it became, so the row exists exactly when the change does.
// A save that changes nothing writes no row (the screens save whole forms).
import type { Actor, EngineContext } from '../context';
import { audit } from './audit';

export function auditedChange<T>(
  ctx: EngineContext,
  actor: Actor,
  subject: string,
  read: () => unknown,
  write: () => T,
): T {
  return ctx.db
    .transaction(() => {
      const before = read();
      const result = write();
      auditChange(ctx, actor, subject, before, read());
      return result;
    })
    .immediate();
}

/** The audit row of one settings change, inside the caller's transaction; none when nothing changed. */
export function auditChange(
  ctx: EngineContext,
  actor: Actor,
  subject: string,
  before: unknown,
  after: unknown,
): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  audit(ctx.db, ctx.device.device, ctx.now(), {
    action: 'settings.change',
    actor,
    subject,
    detail: { before: before ?? null, after: after ?? null },
  });
}
