import { z } from 'zod';
import { msg } from '../messages';
import { defineCommands, none, oneLine, ROLES } from './common';

export const pin = z
  .string({ error: msg('input.pinRequired') })
  .regex(/^\d{4,6}$/, { error: msg('input.pinDigits') });

export const userName = oneLine(
  z
    .string({ error: msg('input.nameRequired') })
    .trim()
    .min(1, { error: msg('input.nameRequired') })
    .max(60, { error: msg('input.nameMax60') }),
  'label.name',
);

export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(ROLES),
});
export type User = z.infer<typeof userSchema>;

export const signedInSchema = z.object({ session: z.string(), user: userSchema });
export type SignedIn = z.infer<typeof signedInSchema>;

/** A name on the sign-in screen; `mustSetPin` when her PIN was reset and she chooses a new one. */
export const signInUserSchema = userSchema.extend({ mustSetPin: z.boolean() });
export type SignInUser = z.infer<typeof signInUserSchema>;

/** A row of the People screen: everyone, the inactive included. Times are ISO instants. */
export const personSchema = userSchema.extend({
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  /** The latest moment any door makes her wait after wrong PINs; null when none does now. */
  lockedUntil: z.string().nullable(),
  /** Her PIN was reset: she chooses a new one at her next sign-in. */
  pinResetPending: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;

const userId = z
  .number({ error: msg('input.unknownUser') })
  .int({ error: msg('input.unknownUser') })
  .positive({ error: msg('input.unknownUser') });
const role = z.enum(ROLES, { error: msg('input.unknownRole') });

export const authCommands = defineCommands({
  'auth.status': {
    summary: 'Whether first-run setup is needed, and the active users to pick from at sign-in',
    access: 'public',
    input: none,
    output: z.object({ needsSetup: z.boolean(), users: z.array(signInUserSchema) }),
  },
  'auth.login': {
    summary: 'Signs a user in with their PIN; repeated wrong PINs lock the user for a while',
    access: 'public',
    input: z.object({ userId, pin }).strict(),
    output: signedInSchema,
  },
  'auth.setNewPin': {
    summary:
      'Only for a person whose PIN was reset: she chooses her new PIN at the sign-in screen and is signed in',
    access: 'public',
    input: z.object({ userId, pin }).strict(),
    output: signedInSchema,
  },
  'auth.session': {
    summary:
      'Who the calling session belongs to, or null when it has ended (a reloaded page asks before showing the till)',
    access: 'public',
    input: none,
    output: userSchema.nullable(),
  },
  'auth.logout': {
    summary: 'Ends the calling session',
    access: 'public',
    input: none,
    output: z.object({ ok: z.literal(true) }),
  },
  'users.list': {
    summary: 'Everyone, the inactive included: role, last sign-in, PIN wait and pending PIN reset',
    access: 'manager',
    input: none,
    output: z.array(personSchema),
  },
  'users.create': {
    summary: 'Adds a person with a PIN: an admin adds anyone, a manager cashiers only',
    access: 'manager',
    input: z.object({ name: userName, role, pin }).strict(),
    output: userSchema,
  },
  'users.update': {
    summary: "Renames a person or changes her role (never one's own role; the last active admin stays admin)",
    access: 'manager',
    input: z
      .object({ userId, name: userName.optional(), role: role.optional() })
      .strict()
      .refine((input) => input.name !== undefined || input.role !== undefined, {
        error: msg('input.nameOrRole'),
      }),
    output: personSchema,
  },
  'users.setPin': {
    summary: "Types a new PIN for a person; one's own PIN needs the current one (currentPin)",
    access: 'manager',
    input: z.object({ userId, pin, currentPin: pin.optional() }).strict(),
    output: personSchema,
  },
  'users.resetPin': {
    summary: 'Clears a PIN and signs the person out; she chooses a new PIN at her next sign-in',
    access: 'manager',
    input: z.object({ userId }).strict(),
    output: personSchema,
  },
  'users.setActive': {
    summary:
      'Deactivates (signed out at once, gone from sign-in; sales keep her name) or reactivates a person; never deletes',
    access: 'manager',
    input: z.object({ userId, active: z.boolean({ error: msg('input.activeBoolean') }) }).strict(),
    output: personSchema,
  },
});
