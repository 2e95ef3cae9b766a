// The office's settings (each change audited with before and after) and the audit trail itself.
import { z } from 'zod';
import { none, oneLine } from '../contract/common';
import { msg } from '../messages';
import { ADMIN_ONLY, ANY_ROLE, defineOfficeCommands } from './common';

const wholeBetween = (minimum: number, maximum: number) =>
  z
    .number({ error: msg('office.input.wholeBetween', { minimum, maximum }) })
    .int({ error: msg('office.input.wholeBetween', { minimum, maximum }) })
    .min(minimum, { error: msg('office.input.wholeBetween', { minimum, maximum }) })
    .max(maximum, { error: msg('office.input.wholeBetween', { minimum, maximum }) });

/** Every setting with its rule. A new one needs a default below and a field on the settings screen. */
export const officeSettingsShape = {
  /** Shown in the page's top bar and on documents; empty means "Kantor". */
  officeName: oneLine(z.string().trim().max(80), 'field.officeName'),
  /** A device that sent no day for this many days is late on the overview and the roster. */
  lateDeviceDays: wholeBetween(1, 60),
  /** A session no one used for this long ends; the next call asks to sign in again. */
  sessionIdleHours: wholeBetween(1, 72),
};

export const officeSettingsSchema = z.object(officeSettingsShape).strict();
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;
export type OfficeSettingKey = keyof OfficeSettings;

export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  officeName: '',
  lateDeviceDays: 3,
  sessionIdleHours: 12,
};

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Who did it; null for the office server itself (ingest, the watcher). */
  userName: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const settingsCommands = defineOfficeCommands({
  'settings.get': {
    summary: 'The office settings',
    roles: ANY_ROLE,
    input: none,
    output: officeSettingsSchema,
  },
  'settings.update': {
    summary: 'Changes one or more settings; each change is an audit row with its value before and after',
    roles: ADMIN_ONLY,
    input: officeSettingsSchema
      .partial()
      .refine((given) => Object.keys(given).length > 0, { error: msg('office.input.settingsEmpty') }),
    output: officeSettingsSchema,
  },
  'audit.list': {
    summary: 'The newest audit rows first, 100 at a time (`before` an id to read further back)',
    roles: ADMIN_ONLY,
    input: z
      .object({
        before: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    output: z.array(auditEntrySchema),
  },
});
