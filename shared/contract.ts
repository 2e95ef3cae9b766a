// The one contract between the screens and the engine: every command's name, who may run it, its
// input and output types, and the runtime schema each door validates against. Each business area
// declares its commands in shared/contract/<area>.ts; this file merges them. Adding a command
// starts there.
import type { z } from 'zod';
import { afterSaleCommands } from './contract/afterSale';
import { appCommands } from './contract/app';
import { authCommands } from './contract/auth';
import { backupCommands } from './contract/backup';
import { batchesCommands } from './contract/batches';
import { catalogCommands } from './contract/catalog';
import { catalogPackageCommands } from './contract/catalogPackages';
import { clockCommands } from './contract/clock';
import type { CommandError } from './contract/common';
import { deviceCommands } from './contract/device';
import { displayCommands } from './contract/display';
import { paymentsCommands } from './contract/payments';
import { printingCommands } from './contract/printing';
import { qrisCommands } from './contract/qris';
import { reportsCommands } from './contract/reports';
import { salesCommands } from './contract/sales';
import { searchCommands } from './contract/search';
import { setupCommands } from './contract/setup';
import { shiftsCommands } from './contract/shifts';
import { stockCommands } from './contract/stock';

export * from './contract/afterSale';
export * from './contract/app';
export * from './contract/auth';
export * from './contract/backup';
export * from './contract/batches';
export * from './contract/catalog';
export * from './contract/catalogPackages';
export * from './contract/clock';
export * from './contract/common';
export * from './contract/device';
export * from './contract/display';
export * from './contract/payments';
export * from './contract/printing';
export * from './contract/qris';
export * from './contract/reports';
export * from './contract/sales';
export * from './contract/search';
export * from './contract/setup';
export * from './contract/shifts';
export * from './contract/stock';

export const commands = {
  ...appCommands,
  ...deviceCommands,
  ...authCommands,
  ...setupCommands,
  ...catalogCommands,
  ...catalogPackageCommands,
  ...salesCommands,
  ...stockCommands,
  ...searchCommands,
  ...printingCommands,
  ...paymentsCommands,
  ...afterSaleCommands,
  ...displayCommands,
  ...shiftsCommands,
  ...reportsCommands,
  ...qrisCommands,
  ...backupCommands,
  ...batchesCommands,
  ...clockCommands,
} as const;

export type CommandName = keyof typeof commands;
export type CommandInput<K extends CommandName> = z.input<(typeof commands)[K]['input']>;
export type ParsedInput<K extends CommandName> = z.output<(typeof commands)[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<(typeof commands)[K]['output']>;
export type CommandResult<K extends CommandName> =
  | { ok: true; data: CommandOutput<K> }
  | { ok: false; error: CommandError };

export const COMMAND_NAMES = Object.keys(commands) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

/** The shape both doors share: the Electron preload and the loopback client implement it. */
export interface KaryaBridge {
  /** `session` is what `auth.login` returned; public commands work without one. */
  call(name: string, input: unknown, session?: string): Promise<CommandResult<CommandName>>;
}
