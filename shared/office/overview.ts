// The office's overview: net sales per producing unit (UPT) and per device, this month and today by
// the office's business day (Asia/Makassar, from the server's clock), and the devices that are late.
// Read from the summary table day_unit_totals, never from the sale lines.
import { z } from 'zod';
import { msg } from '../messages';
import { ANY_ROLE, defineOfficeCommands } from './common';

/** A calendar month as `YYYY-MM`. */
export const officeMonth = z
  .string({ error: msg('office.input.month') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: msg('office.input.month') });

/** The months the office holds batches for (from the first period's start to the last's end), or null. */
export const monthRangeSchema = z.object({ first: z.string(), last: z.string() }).nullable();

const money = z.number().int();

export const lateDeviceSchema = z.object({
  device: z.string(),
  /** The business day of its newest Z report; null when none arrived yet. */
  lastDay: z.string().nullable(),
  /** Whole days from that day to today; null without a Z. */
  daysSince: z.number().int().nullable(),
  /** When its newest batch was received (ISO). */
  lastReceivedAt: z.string().nullable(),
});
export type LateDevice = z.infer<typeof lateDeviceSchema>;

export const overviewSchema = z.object({
  /** Today's business day at the office, by the server's clock. */
  today: z.string(),
  /** The month shown (`YYYY-MM`), this month unless asked for another. */
  month: z.string(),
  months: monthRangeSchema,
  lateDeviceDays: z.number().int(),
  /** Net (sales less refunds) of the month and of today. */
  monthNet: money,
  todayNet: money,
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      monthNet: money,
      todayNet: money,
    }),
  ),
  devices: z.array(z.object({ device: z.string(), monthNet: money, todayNet: money })),
  /** Every day of the month that has figures, oldest first. */
  days: z.array(z.object({ day: z.string(), net: money })),
  late: z.array(lateDeviceSchema),
});
export type Overview = z.infer<typeof overviewSchema>;

export const overviewCommands = defineOfficeCommands({
  'overview.get': {
    summary:
      'Net sales per UPT and per device for a month (this month unless given) and today, and the late devices',
    roles: ANY_ROLE,
    input: z.object({ month: officeMonth.optional() }).strict(),
    output: overviewSchema,
  },
});
