// The audit log: sensitive actions, append-only (triggers refuse updates and deletes). Written in
// the same transaction as the action where there is one, so the log never claims what did not
// happen; a wrong PIN is logged on its own, since the refused request writes nothing else.
import type { Database } from 'better-sqlite3';
import type { AuditAction, AuditEntry, ParsedInput } from '../../../shared/contract';
import type { Actor } from '../context';

// The list lives in the contract, so the audit screen's filter offers exactly what is written here.
export type { AuditAction };

export interface AuditRecord {
  action: AuditAction;
  actor: Actor;
  approvedBy?: string | null;
  subject?: string | null;
  detail?: Record<string, unknown>;
}

export function audit(db: Database, device: string, at: Date, record: AuditRecord): void {
  const user =
    record.actor.kind === 'user'
      ? { id: record.actor.userId, name: record.actor.name }
      : { id: null, name: 'Sistem' };
  db.prepare(
    `INSERT INTO audit_log (at, device, action, user_id, user_name, approved_by_name, subject, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    device,
    record.action,
    user.id,
    user.name,
    record.approvedBy ?? null,
    record.subject ?? null,
    JSON.stringify(record.detail ?? {}),
  );
}

/** The UTC instant a local day starts, for a zone `offsetMinutes` ahead of UTC. */
function dayStart(day: string, offsetMinutes: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000).toISOString();
}

/** Newest first; `from`/`to` are business-calendar days in the device's zone. */
export function listAudit(
  db: Database,
  input: ParsedInput<'audit.list'>,
  offsetMinutes: number,
): AuditEntry[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit ?? 200 };
  if (input.from) {
    where.push('at >= @from');
    params.from = dayStart(input.from, offsetMinutes);
  }
  if (input.to) {
    where.push('at < @to');
    const next = new Date(`${input.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    params.to = dayStart(next.toISOString().slice(0, 10), offsetMinutes);
  }
  if (input.action) {
    where.push('action = @action');
    params.action = input.action;
  }
  const rows = db
    .prepare(
      `SELECT id, at, device, action, user_name AS userName, approved_by_name AS approvedBy, subject, detail
       FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`,
    )
    .all(params) as (Omit<AuditEntry, 'detail'> & { detail: string })[];
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}
