// The till's own settings that decide its business day: the zone it lives in and the night-bazaar
// cut-off hour. Managers read them; an admin changes them, with no shift open.
import { z } from 'zod';
import { msg } from '../messages';
import { isIanaTimeZone } from '../time';
import { defineCommands, none } from './common';

/** Receipt prefix, unique per till: `PLU2` in `PLU2-20261205-0001`; 2-8 capital letters or digits. */
export const DEVICE_CODE_PATTERN = /^[A-Z0-9]{2,8}$/;

/** A device code as typed: spaces trimmed, letters made capitals, then checked. */
export const deviceCode = z
  .string({ error: msg('input.deviceCodeRequired') })
  .trim()
  .toUpperCase()
  .min(1, { error: msg('input.deviceCodeRequired') })
  .refine((code) => DEVICE_CODE_PATTERN.test(code), {
    error: msg('input.deviceCodeChars'),
  });

/** An IANA zone name as typed in a setting. */
export const timeZoneName = z
  .string({ error: msg('input.zoneRequired') })
  .trim()
  .min(1, { error: msg('input.zoneRequired') })
  .max(64, { error: msg('input.zoneTooLong') })
  .refine(isIanaTimeZone, {
    error: msg('input.zoneUnknown'),
  });

export const deviceSettingsSchema = z.object({
  device: z.string(),
  timeZone: z.string(),
  dayCutoffHour: z.number().int(),
  /** The laptop's own zone, for the screen to say when the two differ. */
  laptopTimeZone: z.string(),
  /**
   * Why the device code can no longer change (`sales`: receipts, Zs or batches carry it), or null
   * while it still may.
   */
  deviceCodeLocked: z.enum(['sales']).nullable(),
  /** True while the code is the built-in placeholder nobody chose (no setup, no KARYA_DEVICE). */
  deviceCodeProvisional: z.boolean(),
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
      'Changes the time zone (an IANA name such as Asia/Makassar) and the cut-off hour (0-12) of the business day (no shift may be open), and the device code until the first sale',
    access: 'admin',
    input: z
      .object({
        /** Absent keeps the code; a new one is refused once a sale, Z or batch carries the old. */
        device: deviceCode.optional(),
        timeZone: timeZoneName,
        dayCutoffHour: z
          .number({ error: msg('input.dayHourNumber') })
          .int({ error: msg('input.dayHourWhole') })
          .min(0, { error: msg('input.dayHourMin') })
          .max(12, { error: msg('input.dayHourMax') }),
      })
      .strict(),
    output: deviceSettingsSchema,
  },
});
