import { z } from 'zod';
import { defineCommands, none, oneLine, ROLES } from './common';

export const pin = z
  .string({ error: 'PIN wajib diisi' })
  .regex(/^\d{4,6}$/, { error: 'PIN harus 4 sampai 6 angka' });

export const userName = oneLine(
  z
    .string({ error: 'Nama wajib diisi' })
    .trim()
    .min(1, { error: 'Nama wajib diisi' })
    .max(60, { error: 'Nama paling panjang 60 huruf' }),
  'Nama',
);

export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(ROLES),
});
export type User = z.infer<typeof userSchema>;

export const signedInSchema = z.object({ session: z.string(), user: userSchema });
export type SignedIn = z.infer<typeof signedInSchema>;

export const authCommands = defineCommands({
  'auth.status': {
    summary: 'Whether first-run setup is needed, and the active users to pick from at sign-in',
    access: 'public',
    input: none,
    output: z.object({ needsSetup: z.boolean(), users: z.array(userSchema) }),
  },
  'auth.setupAdmin': {
    summary: 'First run only: creates the admin with the PIN the owner chooses (no default PIN ships)',
    access: 'public',
    input: z.object({ name: userName, pin }).strict(),
    output: signedInSchema,
  },
  'auth.login': {
    summary: 'Signs a user in with their PIN; repeated wrong PINs lock the user for a while',
    access: 'public',
    input: z.object({ userId: z.number().int().positive({ error: 'Pengguna tidak dikenal' }), pin }).strict(),
    output: signedInSchema,
  },
  'auth.logout': {
    summary: 'Ends the calling session',
    access: 'public',
    input: none,
    output: z.object({ ok: z.literal(true) }),
  },
  'users.create': {
    summary: 'Adds a cashier, manager or admin with a PIN',
    access: 'admin',
    input: z.object({ name: userName, role: z.enum(ROLES, { error: 'Peran tidak dikenal' }), pin }).strict(),
    output: userSchema,
  },
});
