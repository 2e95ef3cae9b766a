// Backups, restore and diagnostics: the admin's tools for keeping a season's takings safe and for
// asking for help. Only an admin may run them.
import { z } from 'zod';
import { msg } from '../messages';
import { defineCommands, none } from './common';
import { deviceCode } from './device';

export const BACKUP_KIND_VALUES = ['auto', 'manual', 'dayclose', 'safety'] as const;

export const backupEntrySchema = z.object({
  file: z.string(),
  kind: z.enum(BACKUP_KIND_VALUES),
  createdAt: z.string(),
  bytes: z.number().int(),
  /** The device code in the file's name (the restore checks the one inside). */
  device: z.string().nullable(),
});
export type BackupEntryInfo = z.infer<typeof backupEntrySchema>;

export const backupStateSchema = z.object({
  /** This till's device code: by default its backups go to a folder of that name. */
  device: z.string(),
  /** The folder in use (the chosen one, or the default beside the database). */
  folder: z.string(),
  /** True when no folder was chosen. */
  isDefaultFolder: z.boolean(),
  defaultFolder: z.string(),
  keep: z.number().int(),
  intervalMinutes: z.number().int(),
  /** False when the chosen folder is missing (flash drive not plugged in). */
  folderReachable: z.boolean(),
  backups: z.array(backupEntrySchema),
});
export type BackupState = z.infer<typeof backupStateSchema>;

const backupFile = z
  .string({ error: msg('input.chooseBackup') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.db$/, { error: msg('input.backupName') });

const folderPath = z
  .string({ error: msg('input.folderRequired') })
  .trim()
  .min(1, { error: msg('input.folderRequired') })
  .max(500, { error: msg('input.folderTooLong') })
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), {
    error: msg('input.folderFull'),
  })
  .refine((path) => !path.split(/[\\/]/).includes('..'), { error: msg('input.folderDotDot') })
  .refine((path) => !path.includes('\0'), { error: msg('input.folderInvalid') });

export const backupCommands = defineCommands({
  'backup.list': {
    summary: 'Backup folder, rotation and schedule settings, and the backups in the folder (newest first)',
    access: 'admin',
    input: none,
    output: backupStateSchema,
  },
  'backup.configure': {
    summary: 'Chooses the backup folder (null: the default), how many of each kind to keep, and the schedule',
    access: 'admin',
    input: z
      .object({
        folder: folderPath.nullable(),
        keep: z
          .number({ error: msg('input.keepNumber') })
          .int({ error: msg('input.keepWhole') })
          .min(1, { error: msg('input.keepMin') })
          .max(365, { error: msg('input.keepMax') }),
        intervalMinutes: z
          .number({ error: msg('input.intervalNumber') })
          .int({ error: msg('input.intervalWhole') })
          .min(0, { error: msg('input.intervalNegative') })
          .max(1440, { error: msg('input.intervalMax') }),
      })
      .strict(),
    output: backupStateSchema,
  },
  'backup.run': {
    summary: 'Backs the database up now (online, while selling) into the backup folder',
    access: 'admin',
    input: none,
    output: backupEntrySchema,
  },
  'backup.restore': {
    summary: 'Replaces the database with a backup from the folder after checking it; keeps a safety copy',
    access: 'admin',
    input: z
      .object({
        file: backupFile,
        /**
         * A backup of another till (another device code) is refused with DEVICE_MISMATCH unless this
         * is given, naming that till's code: the admin confirms this till takes over its identity
         * (replacing a broken laptop). It must match the code inside the backup.
         */
        takeover: z
          .object({
            fromDevice: deviceCode,
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({
      restored: z.string(),
      safetyCopy: backupEntrySchema,
      device: z.string().nullable(),
      sales: z.number().int(),
      schemaVersion: z.number().int(),
      /** The device code this till had before, when the restore took over another till's. */
      takenOverFrom: z.string().nullable(),
    }),
  },
  'backup.inspect': {
    summary:
      "Checks a backup in the folder without restoring it: its device code (and this till's), sales and schema",
    access: 'admin',
    input: z.object({ file: backupFile }).strict(),
    output: z.object({
      file: z.string(),
      /** The device code stored in the backup; null for a database that never had one. */
      device: z.string().nullable(),
      /** This till's device code now. */
      thisDevice: z.string(),
      sales: z.number().int(),
      schemaVersion: z.number().int(),
    }),
  },
  'diagnostics.collect': {
    summary: 'Version, settings without secrets and recent logs as text to send to support',
    access: 'admin',
    input: none,
    output: z.object({ text: z.string() }),
  },
});
