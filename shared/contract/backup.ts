// Backups, restore and diagnostics: the admin's tools for keeping a season's takings safe and for
// asking for help. Only an admin may run them.
import { z } from 'zod';
import { defineCommands, none } from './common';

export const BACKUP_KIND_VALUES = ['auto', 'manual', 'dayclose', 'safety'] as const;

export const backupEntrySchema = z.object({
  file: z.string(),
  kind: z.enum(BACKUP_KIND_VALUES),
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupEntryInfo = z.infer<typeof backupEntrySchema>;

export const backupStateSchema = z.object({
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

const folderPath = z
  .string({ error: 'Folder wajib diisi' })
  .trim()
  .min(1, { error: 'Folder wajib diisi' })
  .max(500, { error: 'Alamat folder terlalu panjang' })
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), {
    error: 'Tulis alamat folder lengkap, misalnya /media/usb/cadangan atau E:\\cadangan',
  })
  .refine((path) => !path.split(/[\\/]/).includes('..'), { error: 'Alamat folder tidak boleh memuat ..' })
  .refine((path) => !path.includes('\0'), { error: 'Alamat folder tidak valid' });

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
          .number({ error: 'Jumlah cadangan harus berupa angka' })
          .int({ error: 'Jumlah cadangan harus bilangan bulat' })
          .min(1, { error: 'Simpan paling sedikit 1 cadangan' })
          .max(365, { error: 'Paling banyak 365 cadangan' }),
        intervalMinutes: z
          .number({ error: 'Jarak waktu harus berupa angka' })
          .int({ error: 'Jarak waktu harus menit bulat' })
          .min(0, { error: 'Jarak waktu tidak boleh negatif' })
          .max(1440, { error: 'Jarak waktu paling lama 1440 menit (sehari)' }),
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
        file: z
          .string({ error: 'Pilih berkas cadangan' })
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.db$/, { error: 'Nama berkas cadangan tidak valid' }),
      })
      .strict(),
    output: z.object({
      restored: z.string(),
      safetyCopy: backupEntrySchema,
      device: z.string().nullable(),
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
