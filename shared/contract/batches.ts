// Sales batches: closed business days written to a folder (a USB stick) for the regional office,
// each batch numbered per device without gaps and chained to the one before. The format of the
// folder is shared/batch/format.ts (docs/batch-format.md).
import { z } from 'zod';
import { countsSchema, fileEntrySchema, totalsSchema } from '../batch/format';
import { msg } from '../messages';
import { defineCommands, messageRefSchema } from './common';

const day = z
  .string({ error: msg('input.dateText') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('input.dateFormat') })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { error: msg('input.dateInvalid') });

const days = z.array(day, { error: msg('input.daysList') }).max(366, { error: msg('input.daysMax') });

/** A full path on this machine; a USB stick is a folder like /media/usb or E:\. */
export const exportFolderPath = z
  .string({ error: msg('input.targetRequired') })
  .trim()
  .min(1, { error: msg('input.targetRequired') })
  .max(500, { error: msg('input.folderTooLong') })
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), {
    error: msg('input.targetFull'),
  })
  .refine((path) => !path.split(/[\\/]/).includes('..'), { error: msg('input.folderDotDot') })
  .refine((path) => !path.includes('\0'), { error: msg('input.folderInvalid') });

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

/** Where a batch stands on its way to the office's server (null: never queued for upload). */
export const UPLOAD_STATES = ['pending', 'sent', 'acknowledged', 'rejected'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];

export const batchUploadSchema = z.object({
  state: z.enum(UPLOAD_STATES),
  /** The same for every attempt of this batch: the office stores it once. */
  idempotencyKey: z.string(),
  attempts: z.number().int(),
  /** When the next attempt (or the next question to the office) is due; null when none is. */
  nextAttemptAt: z.string().nullable(),
  /** Why the last attempt did not get through (offline, server error): a stored message, or older plain text. */
  lastError: z.string().nullable(),
  /** The office's reason for a rejection. */
  reason: z.string().nullable(),
  /** The office's receipt for an acknowledged batch. */
  receipt: z.string().nullable(),
  queuedAt: z.string(),
  sentAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type BatchUpload = z.infer<typeof batchUploadSchema>;

/**
 * The office's upload address: HTTPS, or plain HTTP to this machine only (127.0.0.1, localhost,
 * [::1]: the reference receiver runs there). A token must never travel in clear text over a network.
 */
export const uploadUrl = z
  .string({ error: msg('input.serverText') })
  .trim()
  .max(500, { error: msg('input.serverTooLong') })
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        // No user, no query, no fragment: the till adds the upload's key to the path itself.
        if (url.username || url.password || url.hash || url.search) return false;
        if (url.protocol === 'https:') return true;
        return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
      } catch {
        return false;
      }
    },
    {
      error: msg('input.serverHttps'),
    },
  );

export const uploadToken = z
  .string({ error: msg('input.tokenText') })
  .trim()
  .min(8, { error: msg('input.tokenMin') })
  .max(500, { error: msg('input.tokenTooLong') })
  .regex(/^[\x21-\x7e]+$/, { error: msg('input.tokenChars') });

export const uploadSettingsSchema = z.object({
  /** Null: upload is off (batches go by USB stick only). */
  url: z.string().nullable(),
  tokenSet: z.boolean(),
  /** The token's last four characters, so a person can tell which one is set. */
  tokenHint: z.string().nullable(),
});
export type UploadSettings = z.infer<typeof uploadSettingsSchema>;

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
  /** Its upload to the office; null when it was never queued. */
  upload: batchUploadSchema.nullable(),
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
        reexport: z.boolean({ error: msg('input.againYesNo') }).optional(),
      })
      .strict(),
    output: z.object({
      device: z.string(),
      nextSeq: z.number().int(),
      closedDays: z.array(closedDaySchema),
      /** Null when nothing is waiting (or `days` was left out and every closed day went out). */
      batch: batchPreviewSchema.nullable(),
      /** Why there is no batch to show, as a message for the screen to word; null when there is one. */
      reason: messageRefSchema.nullable(),
    }),
  },
  'batches.export': {
    summary:
      "Writes a batch folder into `dir` (the app's own batches folder when left out) atomically (temp folder, fsync, read back, rename) and only then marks its days exported; `reexport` sends exported days again. With upload set up, the batch is also queued for the office",
    access: 'manager',
    input: z
      .object({
        days: days.optional(),
        dir: exportFolderPath.optional(),
        reexport: z.boolean({ error: msg('input.againYesNo') }).optional(),
      })
      .strict(),
    output: z.object({
      batch: batchRecordSchema,
      /** Leftovers of interrupted exports removed from the folder (temp folders, unrecorded batches). */
      removed: z.array(z.string()),
    }),
  },
  'batches.list': {
    summary: "This device's batches, newest first, each with its upload state",
    access: 'manager',
    input: z.object({}).strict(),
    output: z.array(batchRecordSchema),
  },
  'batches.uploadSettings': {
    summary:
      "The office's upload address and whether a token is set (the token itself never leaves the engine)",
    access: 'manager',
    input: z.object({}).strict(),
    output: uploadSettingsSchema,
  },
  'batches.setUploadSettings': {
    summary:
      'Sets the upload address (null turns upload off) and, when given, the token; audited. Turning it on does not queue old batches: send them one by one',
    access: 'admin',
    input: z
      .object({
        url: uploadUrl.nullable(),
        token: uploadToken.optional(),
      })
      .strict(),
    output: uploadSettingsSchema,
  },
  'batches.upload': {
    summary:
      'Queues a recorded batch for upload (again, after a rejection) or asks for the next attempt now; the worker sends it in the background',
    access: 'manager',
    input: z
      .object({
        batchId: z
          .string({ error: msg('input.batchRequired') })
          .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: msg('input.batchNoInvalid') }),
      })
      .strict(),
    output: batchRecordSchema,
  },
});
