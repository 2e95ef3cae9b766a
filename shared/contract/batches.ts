// Sales batches: closed business days written to a folder (a USB stick) for the regional office,
// each batch numbered per device without gaps and chained to the one before. The format of the
// folder is shared/batch/format.ts (docs/batch-format.md).
import { z } from 'zod';
import { countsSchema, fileEntrySchema, totalsSchema } from '../batch/format';
import { defineCommands } from './common';

const day = z
  .string({ error: 'Tanggal harus berupa teks' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH' })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { error: 'Tanggal tidak valid' });

const days = z
  .array(day, { error: 'Hari harus berupa daftar tanggal' })
  .max(366, { error: 'Paling banyak 366 hari dalam satu batch' });

/** A full path on this machine; a USB stick is a folder like /media/usb or E:\. */
export const exportFolderPath = z
  .string({ error: 'Folder tujuan wajib diisi' })
  .trim()
  .min(1, { error: 'Folder tujuan wajib diisi' })
  .max(500, { error: 'Alamat folder terlalu panjang' })
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), {
    error: 'Tulis alamat folder lengkap, misalnya /media/usb atau E:\\',
  })
  .refine((path) => !path.split(/[\\/]/).includes('..'), { error: 'Alamat folder tidak boleh memuat ..' })
  .refine((path) => !path.includes('\0'), { error: 'Alamat folder tidak valid' });

export const closedDaySchema = z.object({
  day: z.string(),
  zNo: z.number().int(),
  closedAt: z.string(),
  salesCount: z.number().int(),
  net: z.number().int(),
  /** Batches that carried the day (by number); empty: not exported yet. */
  batches: z.array(z.object({ seq: z.number().int(), reexport: z.boolean() })),
});
export type ClosedDayInfo = z.infer<typeof closedDaySchema>;

export const batchPreviewSchema = z.object({
  seq: z.number().int(),
  name: z.string(),
  reexport: z.boolean(),
  days: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  receipts: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
  counts: countsSchema,
  totals: totalsSchema,
});
export type BatchPreview = z.infer<typeof batchPreviewSchema>;

export const batchRecordSchema = z.object({
  id: z.string(),
  device: z.string(),
  seq: z.number().int(),
  name: z.string(),
  /** The folder as written: <dir>/<name>. */
  folder: z.string(),
  days: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  reexport: z.boolean(),
  firstReceipt: z.string().nullable(),
  lastReceipt: z.string().nullable(),
  counts: countsSchema,
  totals: totalsSchema,
  files: z.array(fileEntrySchema),
  /** SHA-256 of manifest.json: the batch's checksum, and the next batch's prevHash. */
  manifestSha256: z.string(),
  prevHash: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type BatchRecord = z.infer<typeof batchRecordSchema>;

export const batchesCommands = defineCommands({
  'batches.preview': {
    summary:
      "This device's closed days (exported or not) and what the next batch would hold for `days` (all closed days not yet exported when left out)",
    access: 'manager',
    input: z
      .object({
        days: days.optional(),
        reexport: z.boolean({ error: 'Ekspor ulang harus ya/tidak' }).optional(),
      })
      .strict(),
    output: z.object({
      device: z.string(),
      nextSeq: z.number().int(),
      closedDays: z.array(closedDaySchema),
      /** Null when nothing is waiting (or `days` was left out and every closed day went out). */
      batch: batchPreviewSchema.nullable(),
      /** Why there is no batch to show, in Indonesian; null when there is one. */
      reason: z.string().nullable(),
    }),
  },
  'batches.export': {
    summary:
      'Writes a batch folder into `dir` atomically (temp folder, fsync, read back, rename) and only then marks its days exported; `reexport` sends exported days again',
    access: 'manager',
    input: z
      .object({
        days: days.optional(),
        dir: exportFolderPath,
        reexport: z.boolean({ error: 'Ekspor ulang harus ya/tidak' }).optional(),
      })
      .strict(),
    output: z.object({
      batch: batchRecordSchema,
      /** Leftovers of interrupted exports removed from the folder (temp folders, unrecorded batches). */
      removed: z.array(z.string()),
    }),
  },
  'batches.list': {
    summary: "This device's batches, newest first",
    access: 'manager',
    input: z.object({}).strict(),
    output: z.array(batchRecordSchema),
  },
});
