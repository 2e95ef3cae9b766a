import { z } from 'zod';
import { defineCommands, none } from './common';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  device: z.string(),
  timeZone: z.string(),
  /** Where the next sale goes: today in the device's zone, before the cut-off hour still yesterday. */
  businessDay: z.string(),
  /** Today on the calendar in the device's zone (ahead of businessDay between midnight and the cut-off). */
  calendarDay: z.string(),
  /** Days with sales, refunds or shifts no Z report has closed yet, oldest first. */
  unclosedDays: z.array(z.string()),
  productCount: z.number().int(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appCommands = defineCommands({
  'app.info': {
    summary: 'Device, time zone, business day and versions',
    access: 'public',
    input: none,
    output: appInfoSchema,
  },
});
