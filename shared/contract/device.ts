// The till's own settings that decide its business day: the zone it lives in and the night-bazaar
// cut-off hour. Managers read them; an admin changes them, with no shift open.
import { z } from 'zod';
import { isIanaTimeZone } from '../time';
import { defineCommands, none } from './common';

export const deviceSettingsSchema = z.object({
  device: z.string(),
  timeZone: z.string(),
  dayCutoffHour: z.number().int(),
  /** The laptop's own zone, for the screen to say when the two differ. */
  laptopTimeZone: z.string(),
});
export type DeviceSettingsView = z.infer<typeof deviceSettingsSchema>;

export const deviceCommands = defineCommands({
  'device.settings': {
    summary: "The till's device code, time zone and business-day cut-off hour",
    access: 'manager',
    input: none,
    output: deviceSettingsSchema,
  },
  'device.saveSettings': {
    summary:
      'Changes the time zone (an IANA name such as Asia/Makassar) and the cut-off hour (0-12) of the business day; no shift may be open',
    access: 'admin',
    input: z
      .object({
        timeZone: z
          .string({ error: 'Zona waktu harus diisi' })
          .trim()
          .min(1, { error: 'Zona waktu harus diisi' })
          .max(64, { error: 'Zona waktu terlalu panjang' })
          .refine(isIanaTimeZone, {
            error:
              'Zona waktu tidak dikenal: pakai nama IANA seperti Asia/Makassar (WITA), Asia/Jakarta (WIB) atau Asia/Jayapura (WIT)',
          }),
        dayCutoffHour: z
          .number({ error: 'Jam pergantian hari harus berupa angka' })
          .int({ error: 'Jam pergantian hari harus jam bulat' })
          .min(0, { error: 'Jam pergantian hari paling awal 0 (tengah malam)' })
          .max(12, { error: 'Jam pergantian hari paling lambat 12' }),
      })
      .strict(),
    output: deviceSettingsSchema,
  },
});
