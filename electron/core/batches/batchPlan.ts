// Which days the next batch carries, its number, its id and its place in the chain. Closed days go
// out oldest first: a normal batch takes the oldest days not yet exported, without skipping one,
// so batch numbers and Z numbers both run without gaps and the office sees a missing day as a
// missing Z number. A re-export sends days that already went out again, marked as such.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { batchFolderName } from '../../../shared/batch/format';
import { EngineError } from '../errors';

/**
 * One Z report: a day, or the part of a day that Z covered (a day sold on after its Z has a second
 * Z). Batches carry Zs, so each sale goes out exactly once however the day was split.
 */
export interface ClosedDay {
  day: string;
  zNo: number;
  closedAt: string;
  /** What the Z covers of its day (see migration 014). */
  salesAfter: number;
  salesUpto: number;
  refundsAfter: number;
  refundsUpto: number;
  shiftsAfter: number;
  shiftsUpto: number;
  /** From the stored Z report. */
  salesCount: number;
  net: number;
  /** Batches (by seq) that carried this day; empty when it has not gone out yet. */
  batches: { seq: number; reexport: boolean }[];
}

export interface BatchPlan {
  device: string;
  seq: number;
  prevHash: string | null;
  reexport: boolean;
  days: ClosedDay[];
  from: string;
  to: string;
  batchId: string;
  name: string;
}

/** Every Z of `device`, oldest first, with the batches that carried it. */
export function closedDays(db: Database, device: string): ClosedDay[] {
  const rows = db
    .prepare(
      `SELECT d.business_day AS day, d.z_no AS zNo, d.closed_at AS closedAt,
              d.sales_after AS salesAfter, d.sales_upto AS salesUpto, d.refunds_after AS refundsAfter,
              d.refunds_upto AS refundsUpto, d.shifts_after AS shiftsAfter, d.shifts_upto AS shiftsUpto,
              json_extract(d.report, '$.salesCount') AS salesCount, json_extract(d.report, '$.net') AS net,
              (SELECT json_group_array(json_object('seq', b.seq, 'reexport', b.reexport))
               FROM batch_days bd JOIN batches b ON b.id = bd.batch_id
               WHERE bd.device = d.device AND bd.z_no = d.z_no) AS batches
       FROM day_closes d WHERE d.device = ? ORDER BY d.business_day, d.z_no`,
    )
    .all(device) as (Omit<ClosedDay, 'batches'> & { batches: string })[];
  return rows.map((row) => ({
    ...row,
    salesCount: row.salesCount ?? 0,
    net: row.net ?? 0,
    batches: (JSON.parse(row.batches) as { seq: number; reexport: number }[])
      .map((b) => ({ seq: b.seq, reexport: b.reexport === 1 }))
      .sort((a, b) => a.seq - b.seq),
  }));
}

const exportedOnce = (day: ClosedDay) => day.batches.some((b) => !b.reexport);

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID whose time part is `timeMs` and whose other 80 bits come from a hash of `seed`: the same
 * batch (device, number, days) always gets the same id, so writing it again gives the same bytes.
 */
export function derivedUlid(timeMs: number, seed: string): string {
  let time = '';
  let t = Math.max(0, Math.floor(timeMs));
  for (let i = 0; i < 10; i++) {
    time = (CROCKFORD[t % 32] ?? '0') + time;
    t = Math.floor(t / 32);
  }
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 10);
  let bits = 0;
  let value = 0;
  let random = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      random += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return time + random;
}

/**
 * What a batch's id is derived from. A day with one Z is named by its day alone, as before Zs
 * could share a day, so a batch exported again from an older database keeps its id.
 */
function batchSeed(device: string, seq: number, chosen: readonly ClosedDay[], reexport: boolean): string {
  const name = (d: ClosedDay) =>
    chosen.filter((other) => other.day === d.day).length > 1 || d.salesAfter > 0 || d.refundsAfter > 0
      ? `${d.day}#${d.zNo}`
      : d.day;
  return `${device}\n${seq}\n${chosen.map(name).join(',')}\n${reexport}`;
}

export function planBatch(
  db: Database,
  device: string,
  input: { days?: readonly string[] | undefined; reexport?: boolean | undefined },
): BatchPlan {
  const reexport = input.reexport === true;
  const all = closedDays(db, device);
  const pending = all.filter((d) => !exportedOnce(d));
  let chosen: ClosedDay[];
  if (input.days === undefined || input.days.length === 0) {
    if (reexport) {
      throw new EngineError('INVALID_INPUT', 'batches.chooseDay');
    }
    if (pending.length === 0) {
      throw new EngineError('CONFLICT', 'batches.nothingToExport');
    }
    chosen = pending;
  } else {
    const wanted = [...new Set(input.days)].sort();
    // A day chosen brings every Z of it that this kind of export may take.
    chosen = wanted.flatMap((day) => {
      const found = all.filter((d) => d.day === day);
      if (found.length === 0) {
        throw new EngineError('CONFLICT', 'batches.dayNotClosed', { day });
      }
      const takeable = found.filter((d) => exportedOnce(d) === reexport);
      return takeable.length > 0 ? takeable : found;
    });
    if (reexport) {
      const never = chosen.find((d) => !exportedOnce(d));
      if (never) {
        throw new EngineError('CONFLICT', 'batches.dayNeverExported', { day: never.day });
      }
    } else {
      const done = chosen.find(exportedOnce);
      if (done) {
        const seq = done.batches.find((b) => !b.reexport)?.seq;
        throw new EngineError('CONFLICT', 'batches.dayAlreadyExported', { day: done.day, seq: String(seq) });
      }
      // Oldest first, no skipping: the chosen Zs must be the oldest pending ones.
      chosen.forEach((day, i) => {
        const expected = pending[i];
        if (expected && expected.zNo !== day.zNo) {
          throw new EngineError('CONFLICT', 'batches.olderDayFirst', { day: expected.day });
        }
      });
    }
  }

  const last = db
    .prepare('SELECT seq, manifest_sha256 AS hash FROM batches WHERE device = ? ORDER BY seq DESC LIMIT 1')
    .get(device) as { seq: number; hash: string } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const from = chosen[0]?.day ?? '';
  const to = chosen.at(-1)?.day ?? '';
  const newestClose = Math.max(...chosen.map((d) => Date.parse(d.closedAt)));
  return {
    device,
    seq,
    prevHash: last?.hash ?? null,
    reexport,
    days: chosen,
    from,
    to,
    batchId: derivedUlid(newestClose, batchSeed(device, seq, chosen, reexport)),
    name: batchFolderName(device, seq, from, to, reexport),
  };
}
