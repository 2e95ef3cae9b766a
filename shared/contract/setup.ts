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

/** The office's enrolment file (shared/enrolment), as the screen read it: a zip, base64. */
const enrolmentZip = z
  .string({ error: msg('input.enrolmentFile') })
  .min(1, { error: msg('input.enrolmentFile') })
  .max(90_000_000, { error: msg('input.enrolmentFile') });

export const enrolmentPreviewSchema = z.object({
  officeName: z.string(),
  device: z.string(),
  name: z.string(),
  location: z.string(),
  uploadUrl: z.string(),
  /** The token's last four characters: the token itself never reaches a screen. */
  tokenHint: z.string(),
  keyId: z.string(),
  issuedAt: z.string(),
  catalogue: z
    .object({
      version: z.number().int(),
      products: z.number().int(),
      units: z.number().int(),
      categories: z.number().int(),
    })
    .nullable(),
  /** Products already on this till (the demo catalogue): set inactive when the file is applied. */
  localProducts: z.number().int(),
});
export type EnrolmentPreview = z.infer<typeof enrolmentPreviewSchema>;

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
  'setup.openEnrolment': {
    summary:
      "First run only: checks the office's enrolment file (signature, hashes, its catalogue package) and says what it would set; writes nothing",
    access: 'public',
    input: z.object({ fileName: z.string().max(260), zipBase64: enrolmentZip }).strict(),
    output: enrolmentPreviewSchema,
  },
  'setup.enrol': {
    summary:
      "First run only: from the office's enrolment file, sets the device code, receipt header, upload address and token, office key and catalogue, with the zone and the admin the owner chooses, in one step",
    access: 'public',
    input: z
      .object({
        fileName: z.string().max(260),
        zipBase64: enrolmentZip,
        timeZone: timeZoneName,
        name: userName,
        pin,
      })
      .strict(),
    output: signedInSchema,
  },
});
