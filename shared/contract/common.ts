// Pieces every area of the contract shares: error codes, access levels, reusable field schemas.
import { z } from 'zod';
import { type LabelKey, type MessageParams, msg, ref } from '../messages';
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
  'CLOCK_SUSPECT',
  'DEVICE_MISMATCH',
  'FORBIDDEN',
  'LOCKED',
  'PRINTER',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What every door returns for a refused or failed command. `message` is the Indonesian wording
 * (command line, logs, old callers); `key` + `params` name the message in shared/messages/ so a
 * screen words it in its own language; `path` says where in the input a refused field is (for a
 * screen to place the message; never shown, it holds the contract's field names).
 */
export interface CommandError {
  code: ErrorCode;
  message: string;
  key?: string;
  params?: MessageParams;
  path?: (string | number)[];
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

/**
 * A message sent as data for the screen to word in its own language (a reason a button is off,
 * a stored problem): a catalogue key and its params.
 */
export const messageRefSchema: z.ZodType<{ key: string; params?: MessageParams }> = z.lazy(() =>
  z.object({
    key: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), messageRefSchema])).optional(),
  }),
);

export const rupiah = z
  .number({ error: msg('input.moneyNumber') })
  .int({ error: msg('input.moneyWhole') })
  .min(0, { error: msg('input.moneyNegative') })
  .max(MAX_RUPIAH, { error: msg('input.moneyTooBig') });

export const quantity = z
  .number({ error: msg('input.qtyNumber') })
  .positive({ error: msg('input.qtyPositive') })
  .max(MAX_QTY_MILLI / 1000, { error: msg('input.qtyTooBig') })
  .refine((q) => toQtyMilli(q) !== null, { error: msg('input.qtyDecimals') });

export const id = z
  .number()
  .int()
  .positive({ error: msg('input.idInvalid') });

// ---------- text rules ----------

/**
 * Control characters no text in any command may hold: the C0 codes except tab, line feed and
 * carriage return (NUL above all: it cut FTS5 queries and SQL strings short), DEL and the C1
 * codes. Checked by code point, not a regular expression, so it reads plainly.
 */
export function isControlCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

export const CONTROL_CHARACTER_MESSAGE = 'Teks tidak boleh berisi karakter kendali (seperti NUL)';

/** The first control character in `text` as `U+0000`, or null. */
export function controlCharacterIn(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControlCharacter(code)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

/**
 * Every string in a raw command input, keys included, checked for control characters before the
 * command's schema runs; returns where the first one is. Iterative, so deep JSON cannot overflow.
 */
export function findControlCharacter(
  input: unknown,
): { path: (string | number)[]; character: string } | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value === 'string') {
      const character = controlCharacterIn(value);
      if (character) return { path, character };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        const character = controlCharacterIn(key);
        if (character) return { path, character };
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}

export const LINE_BREAK_MESSAGE = 'harus satu baris, tanpa ganti baris atau tab';

/**
 * Text that is one line (names, codes, receipt lines): besides the control characters refused
 * everywhere, no tab, line feed, carriage return or Unicode line/paragraph separator. Free text
 * such as notes, reasons and a pasted bank statement may still hold line breaks.
 */
export function oneLine<T extends z.ZodType<string, string>>(schema: T, label: LabelKey) {
  return schema.refine((text) => !/[\t\n\r\u2028\u2029]/.test(text), {
    error: msg('input.oneLine', { field: ref(label) }),
  });
}
