// The audit trail: one row for every statement issued, every setting changed and every change to
// a person. Written in the same transaction as the change it records, so neither exists alone.
import type { AuditEntry } from '../../../shared/office/contract';
import type { Queryable } from '../../db/types';
import { isoOf } from '../context';

export interface AuditRecord {
  at: Date;
  /** Who did it; null for the server itself. */
  userId: number | null;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
}

export async function recordAudit(q: Queryable, entry: AuditRecord): Promise<void> {
  await q.query(
    'insert into audit (at, user_id, action, target, detail) values ($1::timestamptz, $2, $3, $4, $5::jsonb)',
    [
      entry.at.toISOString(),
      entry.userId,
      entry.action,
      entry.target ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}

interface AuditRow {
  id: number | string;
  at: unknown;
  user_name: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | string;
}

/** The newest rows first; `before` an id to read further back. */
export async function listAudit(
  q: Queryable,
  options: { before?: number; limit?: number },
): Promise<AuditEntry[]> {
  const { rows } = await q.query<AuditRow>(
    `select a.id, a.at, u.name as user_name, a.action, a.target, a.detail
       from audit a left join users u on u.id = a.user_id
      where ($1::bigint is null or a.id < $1::bigint)
      order by a.id desc
      limit $2`,
    [options.before ?? null, options.limit ?? 100],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    at: isoOf(row.at),
    userName: row.user_name,
    action: row.action,
    target: row.target,
    detail: typeof row.detail === 'string' ? (JSON.parse(row.detail) as Record<string, unknown>) : row.detail,
  }));
}
