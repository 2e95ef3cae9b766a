// What must hold in a Karya database whatever happened to the process that wrote it: SQLite's own
// checks, and the sales rules (every sale whole, receipt numbers without gaps). The crash harness
// runs this after every kill and the fuzz test after every run; each problem comes back as a line.
import type { Database } from 'better-sqlite3';

const q = <T>(db: Database, sql: string): T[] => db.prepare(sql).all() as T[];

export function databaseProblems(db: Database): string[] {
  const problems: string[] = [];
  const integrity = q<{ integrity_check: string }>(db, 'PRAGMA integrity_check');
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
    problems.push(`integrity_check: ${integrity.map((r) => r.integrity_check).join('; ')}`);
  }
  const foreign = q<{ table: string; parent: string }>(db, 'PRAGMA foreign_key_check');
  if (foreign.length > 0) {
    problems.push(
      `foreign_key_check: ${foreign.length} rows, e.g. ${foreign[0]?.table} -> ${foreign[0]?.parent}`,
    );
  }
  return problems;
}

export function salesProblems(db: Database): string[] {
  const problems: string[] = [];
  for (const row of q<{ id: string; receipt_no: string }>(
    db,
    `SELECT id, receipt_no FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)
        OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.sale_id = s.id)`,
  )) {
    problems.push(`half-written sale ${row.receipt_no}: no lines or no payment`);
  }
  for (const row of q<{ receipt_no: string; subtotal: number; lines: number }>(
    db,
    `SELECT receipt_no, subtotal, (SELECT sum(line_total) FROM sale_lines l WHERE l.sale_id = s.id) AS lines
       FROM sales s WHERE subtotal <> (SELECT coalesce(sum(line_total), 0) FROM sale_lines l WHERE l.sale_id = s.id)`,
  )) {
    problems.push(`sale ${row.receipt_no}: lines add up to ${row.lines}, subtotal says ${row.subtotal}`);
  }
  for (const row of q<{ receipt_no: string; total: number; paid: number }>(
    db,
    `SELECT receipt_no, total, (SELECT sum(amount) FROM payments p WHERE p.sale_id = s.id) AS paid
       FROM sales s WHERE total <> (SELECT coalesce(sum(amount), 0) FROM payments p WHERE p.sale_id = s.id)`,
  )) {
    problems.push(`sale ${row.receipt_no}: payments add up to ${row.paid}, total is ${row.total}`);
  }
  for (const row of q<{ device: string; business_day: string; n: number; top: number; last: number | null }>(
    db,
    `SELECT s.device, s.business_day, count(*) AS n, max(s.seq) AS top,
            (SELECT last_seq FROM receipt_counters c WHERE c.device = s.device AND c.business_day = s.business_day) AS last
       FROM sales s GROUP BY s.device, s.business_day`,
  )) {
    if (row.n !== row.top) {
      problems.push(
        `receipt numbers of ${row.device} on ${row.business_day} have gaps: ${row.n} sales, last ${row.top}`,
      );
    }
    if (row.last !== row.top) {
      problems.push(
        `receipt counter of ${row.device} on ${row.business_day} is ${row.last}, last sale ${row.top}`,
      );
    }
  }
  for (const row of q<{ receipt_no: string; expected: string }>(
    db,
    `SELECT receipt_no, device || '-' || replace(business_day, '-', '') || '-' || printf('%04d', seq) AS expected
       FROM sales WHERE receipt_no <> device || '-' || replace(business_day, '-', '') || '-' || printf('%04d', seq)`,
  )) {
    problems.push(`receipt number ${row.receipt_no} should read ${row.expected}`);
  }
  return problems;
}

export interface Acknowledged {
  receiptNo: string;
  id: string;
}

/** Every sale the engine answered `ok` for must be stored, under the same number. */
export function missingAcknowledged(db: Database, acks: readonly Acknowledged[]): string[] {
  const find = db.prepare('SELECT receipt_no FROM sales WHERE id = ?');
  return acks
    .filter((ack) => (find.get(ack.id) as { receipt_no: string } | undefined)?.receipt_no !== ack.receiptNo)
    .map((ack) => `acknowledged sale ${ack.receiptNo} (${ack.id}) is missing`);
}
