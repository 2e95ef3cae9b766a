// The engine: one SQLite file, one command table, no Electron. Doors (Electron IPC, loopback HTTP,
// command line) hold an Engine and pass names and raw inputs to `call`.
import { fileURLToPath } from 'node:url';
import type { CommandError, CommandName, CommandResult } from '../../shared/contract';
import { commands, isCommandName } from '../../shared/contract';
import { DEFAULT_TIME_ZONE } from '../../shared/time';
import type { Caller } from './auth/access';
import { checkAccess, resolveActor } from './auth/access';
import { Sessions } from './auth/sessions';
import { seedDemoCatalogue } from './catalog/seedDemoCatalogue';
import { handlers } from './commands';
import type { EngineContext, Handler } from './context';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from './db/open';
import { EngineError } from './errors';
import { ensureDeviceSettings } from './settings/settings';
import { validateInput } from './validate';

export const DEFAULT_RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));
export const DEFAULT_DEVICE_CODE = 'BTH1';

export interface EngineOptions {
  /** The one SQLite file. */
  dbPath: string;
  /** Folder holding catalogue-demo.csv (the repo's resources/ by default). */
  resourcesDir?: string;
  /** Folder of NNN_name.sql files (electron/core/db/migrations by default). */
  migrationsDir?: string;
  /** Receipt prefix written on first run, e.g. BTH1. */
  deviceCode?: string;
  timeZone?: string;
  now?: () => Date;
  appVersion?: string;
  /** Where unexpected errors are reported; never given command inputs (they may hold PINs). */
  logError?: (message: string, error: unknown) => void;
}

export interface Engine {
  readonly dbPath: string;
  /**
   * Checks who is calling, validates `input` against the contract, runs the command; never throws.
   * `caller` is a session from `auth.login`, or SYSTEM for the command line.
   */
  call(name: string, input: unknown, caller?: Caller): Promise<CommandResult<CommandName>>;
  close(): void;
}

function failure(code: CommandError['code'], message: string): { ok: false; error: CommandError } {
  return { ok: false, error: { code, message } };
}

/** Opens (creating and migrating if needed) the database; throws EngineError when it must refuse. */
export function openEngine(options: EngineOptions): Engine {
  const { db, schemaVersion } = openDatabase(options.dbPath, options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  let ctx: EngineContext;
  try {
    const device = ensureDeviceSettings(db, {
      device: options.deviceCode ?? process.env.KARYA_DEVICE ?? DEFAULT_DEVICE_CODE,
      timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    });
    seedDemoCatalogue(db, options.resourcesDir ?? DEFAULT_RESOURCES_DIR);
    ctx = {
      db,
      device,
      schemaVersion,
      appVersion: options.appVersion ?? '0.0.0',
      now: options.now ?? (() => new Date()),
      sessions: new Sessions(),
    };
  } catch (error) {
    db.close();
    throw error;
  }

  return {
    dbPath: options.dbPath,
    async call(name, input, caller) {
      if (!isCommandName(name)) {
        return failure('UNKNOWN_COMMAND', `Perintah tidak dikenal: ${String(name).slice(0, 64)}`);
      }
      try {
        const actor = resolveActor(ctx, caller);
        checkAccess(actor, commands[name].access);
        const parsed = validateInput(name, input);
        const handler = handlers[name] as Handler<CommandName>;
        return { ok: true, data: await handler(ctx, parsed, actor) } as CommandResult<CommandName>;
      } catch (error) {
        if (error instanceof EngineError) return { ok: false, error: error.toJSON() };
        logError(`command ${name} failed`, error);
        return failure('INTERNAL', 'Terjadi kesalahan internal; tidak ada data yang berubah.');
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
}
