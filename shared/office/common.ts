// Pieces every area of the office contract shares: the office's roles, the shape of a command and
// the field rules of people. The same style as the till's contract (shared/contract/common.ts): a
// zod schema per input and output, refusals as message keys.
import { z } from 'zod';
import { oneLine } from '../contract/common';
import { msg } from '../messages';

import { OFFICE_ROLES, type OfficeRole } from './roles';

export { OFFICE_ROLES, type OfficeRole } from './roles';

/**
 * Who may run a command: `public` needs no sign-in (sign-in itself, the first admin); otherwise the
 * roles that may, named one by one so the table reads as it is enforced (office/core/commands.ts).
 */
export type OfficeAccess = 'public' | readonly OfficeRole[];

export const ANY_ROLE = ['viewer', 'finance', 'admin'] as const satisfies readonly OfficeRole[];
export const FINANCE_OR_ADMIN = ['finance', 'admin'] as const satisfies readonly OfficeRole[];
export const ADMIN_ONLY = ['admin'] as const satisfies readonly OfficeRole[];

export interface OfficeCommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  roles: OfficeAccess;
  input: I;
  output: O;
}

/** Keeps each area's command map literal-typed while checking every entry has the full shape. */
export function defineOfficeCommands<const T extends Record<string, OfficeCommandSpec>>(specs: T): T {
  return specs;
}

export const officeRole = z.enum(OFFICE_ROLES, { error: msg('office.input.unknownRole') });

/** A person's sign-in name: one line, 1-60 characters, compared without case. */
export const officeUserName = oneLine(
  z
    .string({ error: msg('office.input.nameRequired') })
    .trim()
    .min(1, { error: msg('office.input.nameRequired') })
    .max(60, { error: msg('office.input.nameMax') }),
  'label.name',
);

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

/** A new password: 8-200 characters, not only spaces. Never trimmed: spaces are part of it. */
export const newPassword = z
  .string({ error: msg('office.input.passwordShort', { minimum: PASSWORD_MIN }) })
  .min(PASSWORD_MIN, { error: msg('office.input.passwordShort', { minimum: PASSWORD_MIN }) })
  .max(PASSWORD_MAX, { error: msg('office.input.passwordLong', { maximum: PASSWORD_MAX }) })
  .refine((text) => text.trim() !== '', { error: msg('office.input.passwordBlank') });

/** A password being checked: any text up to the maximum (a wrong one is a wrong password, not bad input). */
export const givenPassword = z
  .string({ error: msg('office.input.passwordShort', { minimum: 1 }) })
  .min(1, { error: msg('office.input.passwordShort', { minimum: 1 }) })
  .max(PASSWORD_MAX, { error: msg('office.input.passwordLong', { maximum: PASSWORD_MAX }) });

export const officeUserId = z.number().int().positive();
