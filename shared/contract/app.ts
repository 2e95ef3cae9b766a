import { z } from 'zod';
import { defineCommands, none } from './common';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  device: z.string(),
  timeZone: z.string(),
  businessDay: z.string(),
  /** Today in the device's zone; later than businessDay when a day was not closed with a Z report. */
  calendarDay: z.string(),
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
