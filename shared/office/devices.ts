// The office's roster of tills: per device its last batch and last business day, the Z and batch
// numbers never received, copies that differ, and device codes that arrived from two tills.
import { z } from 'zod';
import { ANY_ROLE, defineOfficeCommands } from './common';

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
    }),
  },
});
