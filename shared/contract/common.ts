// Pieces every area of the contract shares: error codes, access levels, reusable field schemas.
import { z } from 'zod';
import { MAX_RUPIAH } from '../money';
import { MAX_QTY_MILLI, toQtyMilli } from '../quantity';

/** Stable error codes; tests and screens switch on these, never on the message text. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_COMMAND',
  'NOT_FOUND',
  'CONFLICT',
  'PRODUCT_INACTIVE',
  'NOT_ENOUGH_CASH',
  'INSUFFICIENT_STOCK',
  'DB_TOO_NEW',
  'DB_FOREIGN',
  'DB_MIGRATION_MISMATCH',
  'DB_CORRUPT',
  'DISK_FULL',
  'IO_ERROR',
  'UNAUTHENTICATED',
  'APPROVAL_REQUIRED',
  'SHIFT_CLOSED',
  'SHIFT_STALE',
  'FORBIDDEN',
  'LOCKED',
  'PRINTER',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What every door returns for a refused or failed command. `message` is Indonesian. */
export interface CommandError {
  code: ErrorCode;
  message: string;
}

/**
 * Who may run a command. `public` needs no sign-in (the login screen, app info); the others need a
 * signed-in user with at least that role. The engine enforces this, whatever the screens show.
 */
export const ROLES = ['cashier', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Access = 'public' | Role;

export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  access: Access;
  input: I;
  output: O;
}

/** Keeps each area's command map literal-typed while checking every entry has the full shape. */
export function defineCommands<const T extends Record<string, CommandSpec>>(specs: T): T {
  return specs;
}

export const none = z.object({}).strict();

export const rupiah = z
  .number({ error: 'Jumlah uang harus berupa angka' })
  .int({ error: 'Jumlah uang harus rupiah bulat' })
  .min(0, { error: 'Jumlah uang tidak boleh negatif' })
  .max(MAX_RUPIAH, { error: 'Jumlah uang terlalu besar' });

export const quantity = z
  .number({ error: 'Jumlah barang harus berupa angka' })
  .positive({ error: 'Jumlah barang harus lebih dari 0' })
  .max(MAX_QTY_MILLI / 1000, { error: 'Jumlah barang terlalu besar' })
  .refine((q) => toQtyMilli(q) !== null, { error: 'Jumlah barang paling banyak 3 angka desimal' });

export const id = z.number().int().positive({ error: 'Nomor data tidak valid' });
