// The roster of tills: per device its last batch, last business day and whether it is late, the Z and
// batch numbers never received (ingest/gaps.ts), how many of its documents came again with other
// bytes, and how many install ids its code arrived with.

import type { OfficeOutput } from '../../../shared/office/contract';
import { type CopyDifference, ROSTER_DIFFERENCES, type RosterDevice } from '../../../shared/office/devices';
import type { Queryable } from '../../db/types';
import { isoOf } from '../context';
import { listEnrolled } from '../enrolment/enrol';
import { batchGaps, codesSeenTwice, type NumberGap, zGaps } from '../ingest';
import { devicesLastDay, isLate } from '../overview/lateDevices';
import { daysSince, officeToday } from '../overview/officeDays';
import { readSettings } from '../settings/settings';

function byDevice(gaps: readonly NumberGap[]): Map<string, { from: number; to: number }[]> {
  const map = new Map<string, { from: number; to: number }[]>();
  for (const gap of gaps) {
    const list = map.get(gap.device) ?? [];
    list.push({ from: gap.from, to: gap.to });
    map.set(gap.device, list);
  }
  return map;
}

export async function rosterOf(q: Queryable, now: Date): Promise<OfficeOutput<'devices.list'>> {
  const today = officeToday(now);
  const settings = await readSettings(q);
  const lastDays = new Map((await devicesLastDay(q)).map((d) => [d.device, d]));
  const { rows } = await q.query<{
    device: string;
    first_seen: unknown;
    batches: number;
    seq: number | null;
    received_at: unknown;
    period_from: string | null;
    period_to: string | null;
    reexport: boolean | null;
    differences: number;
    installs: number;
  }>(
    `select d.code as device, d.first_seen,
            (select count(*) from batches where device = d.code) as batches,
            b.seq, b.received_at, b.period_from, b.period_to, b.reexport,
            coalesce(c.n, 0) as differences,
            (select count(*) from device_installs where device = d.code) as installs
       from devices d
       -- copy_differences is small (only what went wrong) and has no index by device: counted once.
       left join (select device, count(*) as n from copy_differences group by device) c on c.device = d.code
       left join lateral (select seq, received_at, period_from, period_to, reexport from batches
                           where device = d.code order by seq desc limit 1) b on true
      order by d.code`,
  );
  const zMissing = byDevice(await zGaps(q));
  const batchMissing = byDevice(await batchGaps(q));
  const devices: RosterDevice[] = rows.map((r) => {
    const last = lastDays.get(r.device);
    const lastDay = last?.lastDay ?? null;
    return {
      device: r.device,
      firstSeen: isoOf(r.first_seen),
      batches: Number(r.batches),
      lastBatch:
        r.seq === null
          ? null
          : {
              seq: r.seq,
              receivedAt: isoOf(r.received_at),
              from: r.period_from ?? '',
              to: r.period_to ?? '',
              reexport: r.reexport === true,
            },
      lastZ: last?.lastZ ?? null,
      lastDay,
      daysSince: daysSince(lastDay, today),
      late: isLate(lastDay, today, settings.lateDeviceDays),
      zGaps: zMissing.get(r.device) ?? [],
      batchGaps: batchMissing.get(r.device) ?? [],
      differences: Number(r.differences),
      installs: Number(r.installs),
    };
  });
  const { rows: diffRows } = await q.query<{
    kind: string;
    doc_id: string;
    device: string;
    business_day: string | null;
    first_seq: number;
    other_seq: number;
    found_at: unknown;
  }>(
    `select c.kind, c.doc_id, c.device, c.business_day, f.seq as first_seq, o.seq as other_seq, c.found_at
       from copy_differences c
       join batches f on f.id = c.first_batch_id
       join batches o on o.id = c.other_batch_id
      order by c.id desc limit $1`,
    [ROSTER_DIFFERENCES],
  );
  const differences: CopyDifference[] = diffRows.map((r) => ({
    kind: r.kind,
    docId: r.doc_id,
    device: r.device,
    businessDay: r.business_day,
    firstSeq: r.first_seq,
    otherSeq: r.other_seq,
    foundAt: isoOf(r.found_at),
  }));
  return {
    today,
    lateDeviceDays: settings.lateDeviceDays,
    devices,
    differences,
    sharedCodes: await codesSeenTwice(q),
    enrolled: await listEnrolled(q),
  };
}
