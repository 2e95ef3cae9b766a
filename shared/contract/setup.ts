// First-run setup: the till's identity (device code), the receipt header, the zone, and the first
// admin, all in one call, so a setup left half-way writes nothing and shows again next start.
import { z } from 'zod';
import { msg } from '../messages';
import { pin, signedInSchema, userName } from './auth';
import { defineCommands, none, oneLine } from './common';
import { deviceCode, timeZoneName } from './device';

const storeName = oneLine(
  z
    .string({ error: msg('input.storeNameRequired') })
    .trim()
    .min(1, { error: msg('input.storeNameRequired') })
    .max(40, { error: msg('input.storeNameMax') }),
  'label.storeName',
);

/** Up to three printed lines under the name; blank lines dropped. */
const storeAddress = z
  .array(
    oneLine(
      z
        .string()
        .trim()
        .max(40, { error: msg('input.addressLineMax') }),
      'label.addressLine',
    ),
  )
  .max(3, { error: msg('input.addressLinesMax') })
  .transform((lines) => lines.filter((line) => line !== ''));

export const setupCommands = defineCommands({
  'setup.status': {
    summary:
      'Before first-run setup: whether it is needed, the device code given by KARYA_DEVICE (null when none was) and the zones to offer',
    access: 'public',
    input: none,
    output: z.object({
      needsSetup: z.boolean(),
      /** The code a scripted install chose; null while only the built-in placeholder is stored. */
      device: z.string().nullable(),
      timeZone: z.string(),
      laptopTimeZone: z.string(),
    }),
  },
  'setup.complete': {
    summary:
      'First run only: writes the device code, receipt header and zone and creates the admin with the PIN the owner chooses, in one step',
    access: 'public',
    input: z
      .object({
        device: deviceCode,
        storeName,
        storeAddress,
        timeZone: timeZoneName,
        name: userName,
        pin,
      })
      .strict(),
    output: signedInSchema,
  },
});
