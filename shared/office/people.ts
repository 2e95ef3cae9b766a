// The office's people: signing in and out, the first admin, and the users screen.
import { z } from 'zod';
import { none } from '../contract/common';
import {
  ADMIN_ONLY,
  ANY_ROLE,
  defineOfficeCommands,
  givenPassword,
  newPassword,
  officeRole,
  officeUserId,
  officeUserName,
} from './common';

export const officeUserSchema = z.object({ id: z.number().int(), name: z.string(), role: officeRole });
export type OfficeUser = z.infer<typeof officeUserSchema>;

/** A row of the users screen. Times are ISO instants. */
export const officePersonSchema = officeUserSchema.extend({
  active: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  /** Wrong passwords keep her out until then; null when nothing does now. */
  lockedUntil: z.string().nullable(),
});
export type OfficePerson = z.infer<typeof officePersonSchema>;

const ok = z.object({ ok: z.literal(true) });

export const peopleCommands = defineOfficeCommands({
  'auth.status': {
    summary:
      'Whether the office has no user yet (the page then asks for the first admin), and who is signed in',
    roles: 'public',
    input: none,
    output: z.object({ needsFirstAdmin: z.boolean(), user: officeUserSchema.nullable() }),
  },
  'auth.createFirstAdmin': {
    summary: 'Only while no user exists: creates the first admin and signs her in',
    roles: 'public',
    input: z.object({ name: officeUserName, password: newPassword }).strict(),
    output: officeUserSchema,
  },
  'auth.signIn': {
    summary: 'Signs in with name and password; wrong passwords lock the name (and the address) for a while',
    roles: 'public',
    input: z.object({ name: officeUserName, password: givenPassword }).strict(),
    output: officeUserSchema,
  },
  'auth.signOut': {
    summary: 'Ends the calling session (its cookie is cleared)',
    roles: 'public',
    input: none,
    output: ok,
  },
  'auth.changePassword': {
    summary: 'Changes one’s own password (the current one is needed); other sessions of hers end',
    roles: ANY_ROLE,
    input: z.object({ currentPassword: givenPassword, newPassword }).strict(),
    output: ok,
  },
  'users.list': {
    summary: 'Everyone, the inactive included, with role, last sign-in and lock',
    roles: ADMIN_ONLY,
    input: none,
    output: z.array(officePersonSchema),
  },
  'users.create': {
    summary: 'Adds a person with a role and a first password',
    roles: ADMIN_ONLY,
    input: z.object({ name: officeUserName, role: officeRole, password: newPassword }).strict(),
    output: officePersonSchema,
  },
  'users.setRole': {
    summary: "Changes a person's role (never one's own; the last active admin stays admin)",
    roles: ADMIN_ONLY,
    input: z.object({ userId: officeUserId, role: officeRole }).strict(),
    output: officePersonSchema,
  },
  'users.resetPassword': {
    summary: 'Gives a person a new password and ends her sessions; a lock from wrong passwords is lifted',
    roles: ADMIN_ONLY,
    input: z.object({ userId: officeUserId, password: newPassword }).strict(),
    output: officePersonSchema,
  },
  'users.setActive': {
    summary:
      'Deactivates (signed out at once, cannot sign in; her audit rows stay) or reactivates a person; never deletes, never the last active admin',
    roles: ADMIN_ONLY,
    input: z.object({ userId: officeUserId, active: z.boolean() }).strict(),
    output: officePersonSchema,
  },
});
