// The office's batch intake: upload tokens for tills (who may send batches to POST /batches) and
// imports of batch folders by a person (a path on the server computer, or a folder dropped on the
// page, which arrives as a zip at POST /api/import). Each batch gets the receiver's answer.
import { z } from 'zod';
import { none, oneLine } from '../contract/common';
import { msg } from '../messages';
import { ADMIN_ONLY, defineOfficeCommands, FINANCE_OR_ADMIN } from './common';

export const uploadTokenInfoSchema = z.object({
  id: z.number().int(),
  /** Which till (or office) it is for, as the admin named it. */
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type UploadTokenInfo = z.infer<typeof uploadTokenInfoSchema>;

/** One batch of an import, as the receiver answers it: stored, already there, or refused and why. */
export const importedBatchSchema = z.object({
  /** The batch folder, relative to what was named (or the zip's folder). */
  folder: z.string(),
  /** The receiver's HTTP status: 201 stored, 200 already stored, 400/409/422 refused. */
  status: z.number().int(),
  outcome: z.enum(['stored', 'duplicate', 'refused']),
  device: z.string().nullable(),
  seq: z.number().int().nullable(),
  receipt: z.string().nullable(),
  /** Why it was refused, in the receiver's words; null when taken. */
  reason: z.string().nullable(),
  problems: z.array(z.string()),
  notes: z.array(z.string()),
});
export type ImportedBatch = z.infer<typeof importedBatchSchema>;

export const importResultSchema = z.object({
  batches: z.array(importedBatchSchema),
  stored: z.number().int(),
  duplicates: z.number().int(),
  refused: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** Most batch folders one import takes: a year of one till's days, one batch a day, and some. */
export const IMPORT_MAX_BATCHES = 1000;

const tokenLabel = oneLine(
  z
    .string({ error: msg('officeUploads.labelRequired') })
    .trim()
    .min(1, { error: msg('officeUploads.labelRequired') })
    .max(80, { error: msg('officeUploads.labelMax') }),
  'label.name',
);

export const uploadCommands = defineOfficeCommands({
  'uploads.tokens': {
    summary: 'The upload tokens made for tills (never the tokens themselves), revoked ones last',
    roles: ADMIN_ONLY,
    input: none,
    output: z.array(uploadTokenInfoSchema),
  },
  'uploads.createToken': {
    summary: 'A new upload token for a till, shown this once (only its SHA-256 is kept); audited',
    roles: ADMIN_ONLY,
    input: z.object({ label: tokenLabel }).strict(),
    output: uploadTokenInfoSchema.extend({ token: z.string() }),
  },
  'uploads.revokeToken': {
    summary: 'Revokes an upload token: uploads with it are refused (401) from then on; audited',
    roles: ADMIN_ONLY,
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: uploadTokenInfoSchema,
  },
  'office.importFolder': {
    summary:
      'Verifies and stores a batch folder, or every batch folder in a folder (a USB stick), on the server computer; answers per batch',
    roles: FINANCE_OR_ADMIN,
    input: z
      .object({
        path: z
          .string({ error: msg('officeUploads.pathRequired') })
          .trim()
          .min(1, { error: msg('officeUploads.pathRequired') })
          .max(4096, { error: msg('officeUploads.pathRequired') }),
      })
      .strict(),
    output: importResultSchema,
  },
});
