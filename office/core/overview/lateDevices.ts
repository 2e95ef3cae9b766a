// Devices whose newest Z report's business day is more than `lateDeviceDays` before today (or that
// never sent one). Per device the newest Z is read from the z_reports key backwards: one short index
// scan each, whatever the history's length.
import type { LateDevice } from '../../../shared/office/overview';
import type { Queryable } from '../../db/types';
import { isoOrNull } from '../context';
import { daysSince } from './officeDays';

export interface DeviceLastDay {
  device: string;
  lastZ: number | null;
  lastDay: string | null;
  lastReceivedAt: string | null;
}

export async function devicesLastDay(q: Queryable): Promise<DeviceLastDay[]> {
  const { rows } = await q.query<{
    device: string;
    last_z: number | null;
    last_day: string | null;
    received_at: unknown;
  }>(
    `select d.code as device, z.z_no as last_z, z.business_day as last_day, b.received_at
       from devices d
       left join lateral (select z_no, business_day from z_reports where device = d.code
                           order by z_no desc limit 1) z on true
       left join lateral (select received_at from batches where device = d.code
                           order by seq desc limit 1) b on true
      order by d.code`,
  );
  return rows.map((r) => ({
    device: r.device,
    lastZ: r.last_z,
    lastDay: r.last_day,
    lastReceivedAt: isoOrNull(r.received_at),
  }));
}

export function isLate(lastDay: string | null, today: string, lateDeviceDays: number): boolean {
  const since = daysSince(lastDay, today);
  return since === null || since > lateDeviceDays;
}

export function lateDevices(
  all: readonly DeviceLastDay[],
  today: string,
  lateDeviceDays: number,
): LateDevice[] {
  return all
    .filter((d) => isLate(d.lastDay, today, lateDeviceDays))
    .map((d) => ({
      device: d.device,
      lastDay: d.lastDay,
      daysSince: daysSince(d.lastDay, today),
      lastReceivedAt: d.lastReceivedAt,
    }))
    .sort((a, b) => (b.daysSince ?? Number.MAX_SAFE_INTEGER) - (a.daysSince ?? Number.MAX_SAFE_INTEGER));
}
