// The office's contract: every command of the office server, who may run it, its input and output.
// It is a second table beside the till's (shared/contract.ts), with the same call shape and error
// style, so the till's bundle does not grow. Each area declares its commands in shared/office/<area>.ts.
import type { z } from 'zod';
import type { CommandError } from '../contract/common';
import { catalogueCommands } from './catalogue';
import { devicesCommands } from './devices';
import { findCommands } from './find';
import { overviewCommands } from './overview';
import { peopleCommands } from './people';
import { productsCommands } from './products';
import { settingsCommands } from './settings';
import { statementsCommands } from './statements';
import { stockCommands } from './stock';
import { uploadCommands } from './uploads';

export * from './catalogue';
export * from './common';
export * from './devices';
export * from './find';
export * from './overview';
export * from './people';
export * from './products';
export * from './settings';
export * from './statements';
export * from './stock';
export * from './uploads';

export const officeCommands = {
  ...peopleCommands,
  ...settingsCommands,
  ...statementsCommands,
  ...overviewCommands,
  ...devicesCommands,
  ...productsCommands,
  ...stockCommands,
  ...findCommands,
  ...uploadCommands,
  ...catalogueCommands,
} as const;

export type OfficeCommandName = keyof typeof officeCommands;
export type OfficeInput<K extends OfficeCommandName> = z.input<(typeof officeCommands)[K]['input']>;
export type OfficeParsedInput<K extends OfficeCommandName> = z.output<(typeof officeCommands)[K]['input']>;
export type OfficeOutput<K extends OfficeCommandName> = z.output<(typeof officeCommands)[K]['output']>;
export type OfficeResult<K extends OfficeCommandName> =
  | { ok: true; data: OfficeOutput<K> }
  | { ok: false; error: CommandError };

export const OFFICE_COMMAND_NAMES = Object.keys(officeCommands) as OfficeCommandName[];

export function isOfficeCommandName(name: unknown): name is OfficeCommandName {
  return typeof name === 'string' && Object.hasOwn(officeCommands, name);
}

/** What the page posts to `/api/call`; the session travels in its cookie, never in the body. */
export interface OfficeCallBody {
  command: string;
  input?: unknown;
}
