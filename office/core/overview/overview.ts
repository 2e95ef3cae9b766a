// The overview's figures: net (sales less refunds) per unit, per device and per day for a month, and
// per unit and per device for today, each in one pass over the summary day_unit_totals (its key
// leads with the business day, so a month is one index range), never over the sale lines.
import type { Overview } from '../../../shared/office/overview';
import type { Queryable } from '../../db/types';
import { readSettings } from '../settings/settings';
import { devicesLastDay, lateDevices } from './lateDevices';
import { monthBounds, monthsHeld, officeToday } from './officeDays';
import { unitNames } from './unitNames';

/** One pass, three groupings: by unit, by device, by day. `$1`, `$2`: the first and last day. */
export const OVERVIEW_NET_SQL = `select producer_code, device, business_day,
         sum(sales_net - refunds) as net
    from day_unit_totals
   where business_day between $1 and $2
   group by grouping sets ((producer_code), (device), (business_day))`;

interface NetRow {
  producer_code: string | null;
  device: string | null;
  business_day: string | null;
  net: number;
}

async function netsOf(q: Queryable, from: string, to: string) {
  const { rows } = await q.query<NetRow>(OVERVIEW_NET_SQL, [from, to]);
  const units = new Map<string, number>();
  const devices = new Map<string, number>();
  const days: { day: string; net: number }[] = [];
  let total = 0;
  for (const row of rows) {
    const net = Number(row.net);
    if (row.producer_code !== null) {
      units.set(row.producer_code, net);
      total += net;
    } else if (row.device !== null) devices.set(row.device, net);
    else if (row.business_day !== null) days.push({ day: row.business_day, net });
  }
  days.sort((a, b) => (a.day < b.day ? -1 : 1));
  return { units, devices, days, total };
}

export async function overviewOf(q: Queryable, now: Date, month?: string): Promise<Overview> {
  const today = officeToday(now);
  const shown = month ?? today.slice(0, 7);
  const bounds = monthBounds(shown);
  const [settings, months, monthNets, todayNets, lastDays] = [
    await readSettings(q),
    await monthsHeld(q),
    await netsOf(q, bounds.first, bounds.last),
    await netsOf(q, today, today),
    await devicesLastDay(q),
  ];
  const codes = [...new Set([...monthNets.units.keys(), ...todayNets.units.keys()])];
  const names = await unitNames(q, codes, {
    from: [bounds.first, today].sort()[0] ?? today,
    to: [bounds.last, today].sort()[1] ?? today,
  });
  const byNet = <T extends { monthNet: number; todayNet: number }>(
    a: T & { key: string },
    b: T & { key: string },
  ) => b.monthNet - a.monthNet || b.todayNet - a.todayNet || (a.key < b.key ? -1 : 1);
  const units = codes
    .map((code) => ({
      key: code,
      code,
      name: names.get(code) ?? code,
      monthNet: monthNets.units.get(code) ?? 0,
      todayNet: todayNets.units.get(code) ?? 0,
    }))
    .sort(byNet)
    .map(({ key: _key, ...unit }) => unit);
  const deviceCodes = new Set([...monthNets.devices.keys(), ...todayNets.devices.keys()]);
  const devices = [...deviceCodes]
    .map((device) => ({
      key: device,
      device,
      monthNet: monthNets.devices.get(device) ?? 0,
      todayNet: todayNets.devices.get(device) ?? 0,
    }))
    .sort(byNet)
    .map(({ key: _key, ...device }) => device);
  return {
    today,
    month: shown,
    months,
    lateDeviceDays: settings.lateDeviceDays,
    monthNet: monthNets.total,
    todayNet: todayNets.total,
    units,
    devices,
    days: monthNets.days,
    late: lateDevices(lastDays, today, settings.lateDeviceDays),
  };
}
