import { z } from 'zod';
import { defineCommands, none } from './common';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  device: z.string(),
  timeZone: z.string(),
  businessDay: z.string(),
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
