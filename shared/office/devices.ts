// The office's roster of tills: per device its last batch and last business day, the Z and batch
// numbers never received, copies that differ, and device codes that arrived from two tills.
import { z } from 'zod';
import { uploadUrl } from '../contract/batches';
import { oneLine } from '../contract/common';
import { deviceCode } from '../contract/device';
import { msg } from '../messages';
import { ADMIN_ONLY, ANY_ROLE, defineOfficeCommands } from './common';

const range = z.object({ from: z.number().int(), to: z.number().int() });

export const rosterDeviceSchema = z.object({
  device: z.string(),
  firstSeen: z.string(),
  batches: z.number().int(),
  lastBatch: z
    .object({
      seq: z.number().int(),
      receivedAt: z.string(),
      from: z.string(),
      to: z.string(),
      reexport: z.boolean(),
    })
    .nullable(),
  lastZ: z.number().int().nullable(),
  lastDay: z.string().nullable(),
  daysSince: z.number().int().nullable(),
  late: z.boolean(),
  zGaps: z.array(range),
  batchGaps: z.array(range),
  /** Documents of this device that came again with other bytes, or numbers reused under another id. */
  differences: z.number().int(),
  /** Install ids this code arrived with (more than one: two tills share the code). */
  installs: z.number().int(),
});
export type RosterDevice = z.infer<typeof rosterDeviceSchema>;

export const copyDifferenceSchema = z.object({
  kind: z.string(),
  docId: z.string(),
  device: z.string(),
  businessDay: z.string().nullable(),
  firstSeq: z.number().int(),
  otherSeq: z.number().int(),
  foundAt: z.string(),
});
export type CopyDifference = z.infer<typeof copyDifferenceSchema>;

export const sharedCodeSchema = z.object({
  device: z.string(),
  installs: z.array(
    z.object({
      installId: z.string(),
      firstBatchSeq: z.number().int(),
      refused: z.boolean(),
    }),
  ),
});

/** A till the office enrolled (docs/office.md, Pendaftaran kasir), with or without batches yet. */
export const enrolledDeviceSchema = z.object({
  device: z.string(),
  name: z.string(),
  location: z.string(),
  uploadUrl: z.string(),
  enrolledAt: z.string(),
  enrolledBy: z.string().nullable(),
  /** When the last enrolment file was downloaded (its token is the one in use), and how many were. */
  fileIssuedAt: z.string().nullable(),
  filesIssued: z.number().int(),
  /** The catalogue version the last file carried; null when it carried none. */
  catalogueVersion: z.number().int().nullable(),
  /** Whether a batch of this code has arrived: false is "terdaftar, belum mengirim". */
  sending: z.boolean(),
});
export type EnrolledDevice = z.infer<typeof enrolledDeviceSchema>;

export const enrolmentFileSchema = z.object({
  device: enrolledDeviceSchema,
  fileName: z.string(),
  sha256: z.string(),
  base64: z.string(),
  catalogueVersion: z.number().int().nullable(),
});
export type EnrolmentFile = z.infer<typeof enrolmentFileSchema>;

const boothName = oneLine(
  z
    .string({ error: msg('enrolment.nameRequired') })
    .trim()
    .min(1, { error: msg('enrolment.nameRequired') })
    .max(40, { error: msg('enrolment.nameMax') }),
  'label.storeName',
);
const boothLocation = oneLine(
  z
    .string()
    .trim()
    .max(40, { error: msg('enrolment.locationMax') }),
  'label.addressLine',
);

/** The newest differing copies the roster lists (the count per device covers all of them). */
export const ROSTER_DIFFERENCES = 100;

export const devicesCommands = defineOfficeCommands({
  'devices.list': {
    summary:
      'Every device: last batch and business day, late or not, Z and batch gaps, differing copies, codes seen with two install ids',
    roles: ANY_ROLE,
    input: z.object({}).strict(),
    output: z.object({
      today: z.string(),
      lateDeviceDays: z.number().int(),
      devices: z.array(rosterDeviceSchema),
      differences: z.array(copyDifferenceSchema),
      sharedCodes: z.array(sharedCodeSchema),
      enrolled: z.array(enrolledDeviceSchema),
    }),
  },
  'devices.enrol': {
    summary:
      'Enrols a till: a device code the office does not know yet (from batches or an enrolment), its name, location and upload address; makes its upload token and gives the signed enrolment file with the current catalogue',
    roles: ADMIN_ONLY,
    input: z.object({ device: deviceCode, name: boothName, location: boothLocation, uploadUrl }).strict(),
    output: enrolmentFileSchema,
  },
  'devices.enrolmentFile': {
    summary:
      "An enrolled till's file again: a new upload token (the previous one revoked, both audited) and the current catalogue",
    roles: ADMIN_ONLY,
    input: z.object({ device: z.string().trim().toUpperCase().max(8) }).strict(),
    output: enrolmentFileSchema,
  },
});
