// The engine: one SQLite file, one command table, no Electron. Doors (Electron IPC, loopback HTTP,
// command line) hold an Engine and pass names and raw inputs to `call`.
import { fileURLToPath } from 'node:url';
import type { CommandError, CommandName, CommandResult } from '../../shared/contract';
import { commands, isCommandName } from '../../shared/contract';
import { DEFAULT_TIME_ZONE } from '../../shared/time';
import type { Caller } from './auth/access';
import { checkAccess, resolveActor } from './auth/access';
import { Sessions } from './auth/sessions';
import { gateOf } from './backup/maintenance';
import { DEFAULT_CHECK_EVERY_MS, startBackupScheduler } from './backup/scheduler';
import { createUploader, type UploadOptions, type UploadRuntime } from './batches/upload/uploader';
import { promoteIfDue } from './catalog/packages/scheduledPrices';
import { seedDemoCatalogue } from './catalog/seedDemoCatalogue';
import { guardClock } from './clock/guard';
import { handlers } from './commands';
import type { Door, EngineContext, Handler } from './context';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from './db/open';
import { createDisplayChannel, type DisplayOptions } from './display/channel';
import { EngineError } from './errors';
import type { Logger } from './logs/logger';
import { consoleLogger, fileLogger } from './logs/logger';
import { createPrinting, type PrintingOptions, type PrintingRuntime } from './printing/queue';
import { ensureInstallId } from './settings/installId';
import { ensureDeviceSettings, readDeviceSettings } from './settings/settings';
import { storageError } from './storageErrors';
import { validateInput } from './validate';

export const DEFAULT_RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));
export const DEFAULT_DEVICE_CODE = 'BTH1';

export interface EngineOptions {
  /** The one SQLite file. */
  dbPath: string;
  /** Folder holding catalogue-demo.csv and fonts/ (the repo's resources/ by default). */
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
  /** Folder for engine.log (the app's logs/ folder); without it warnings go to the console only. */
  logDir?: string;
  /** Replaces the log (tests). */
  logger?: Logger;
  /** How often to check whether an automatic backup is due; 0: no timer. */
  backupCheckMs?: number;
  /** The print queue: `runQueue` starts its worker (the app doors do; the command line does not). */
  printing?: PrintingOptions;
  /** The customer display: the Electron door gives the way to open its window. */
  display?: DisplayOptions;
  /** The batch upload worker: `run` starts it (the app doors do; the command line does not). */
  uploads?: UploadOptions;
  /** The door this process is (wrong PINs are counted per door); the command line unless given. */
  door?: Door;
}

export interface Engine {
  readonly dbPath: string;
  /**
   * Checks who is calling, validates `input` against the contract, runs the command; never throws.
   * `caller` is a session from `auth.login`, or SYSTEM for the command line.
   */
  call(name: string, input: unknown, caller?: Caller): Promise<CommandResult<CommandName>>;
  /** The print worker; tests drive it with `runOnce`. */
  readonly printing: PrintingRuntime;
  /** The batch upload worker; tests drive it with `runOnce`. */
  readonly uploads: UploadRuntime;
  /** Stops the print worker and closes the database. */
  close(): void;
}

function failure(error: EngineError): { ok: false; error: CommandError } {
  return { ok: false, error: error.toJSON() };
}

/** Opens (creating and migrating if needed) the database; throws EngineError when it must refuse. */
export function openEngine(options: EngineOptions): Engine {
  const { db, schemaVersion } = openDatabase(options.dbPath, options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const log =
    options.logger ??
    (options.logDir
      ? fileLogger({ dir: options.logDir, name: 'engine', echo: (line) => console.error(line) })
      : consoleLogger());
  const logError = options.logError ?? ((message: string, error: unknown) => log.error(message, error));
  let ctx: EngineContext;
  try {
    const given = options.deviceCode ?? process.env.KARYA_DEVICE;
    const device = ensureDeviceSettings(db, {
      device: given ?? DEFAULT_DEVICE_CODE,
      deviceGiven: given !== undefined,
      timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    });
    ensureInstallId(db);
    seedDemoCatalogue(db, options.resourcesDir ?? DEFAULT_RESOURCES_DIR, options.now ?? (() => new Date()));
    ctx = {
      db,
      device,
      schemaVersion,
      appVersion: options.appVersion ?? '0.0.0',
      now: options.now ?? (() => new Date()),
      sessions: new Sessions(),
      door: options.door ?? 'cli',
      dbPath: options.dbPath,
      migrationsDir: options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR,
      resourcesDir: options.resourcesDir ?? DEFAULT_RESOURCES_DIR,
      logDir: options.logDir ?? null,
      log,
      printing: createPrinting(
        { db: () => ctx.db, now: options.now ?? (() => new Date()) },
        { resourcesDir: options.resourcesDir ?? DEFAULT_RESOURCES_DIR, logError, ...options.printing },
      ),
      display: createDisplayChannel(options.display),
      uploads: createUploader(() => ctx, options.uploads),
    };
  } catch (error) {
    db.close();
    throw storageError(error) ?? error;
  }
  log.info('engine.open', { appVersion: ctx.appVersion, schemaVersion, device: ctx.device.device });
  if (options.printing?.runQueue) ctx.printing.start();
  if (options.uploads?.run) ctx.uploads.start();
  let seenDataVersion = ctx.db.pragma('data_version', { simple: true }) as number;
  const backups = startBackupScheduler(ctx, options.backupCheckMs ?? DEFAULT_CHECK_EVERY_MS);

  return {
    dbPath: options.dbPath,
    async call(name, input, caller) {
      if (!isCommandName(name)) {
        return failure(
          new EngineError('UNKNOWN_COMMAND', 'common.unknownCommand', { name: String(name).slice(0, 64) }),
        );
      }
      try {
        // A restore is writing over the database: wait for it (a few seconds at most).
        await gateOf(ctx.db);
        // Another connection (the command line, a second door) committed since this one last
        // looked: the device code, zone or cut-off may have changed under the running app.
        const version = ctx.db.pragma('data_version', { simple: true }) as number;
        if (version !== seenDataVersion) {
          seenDataVersion = version;
          ctx.device = readDeviceSettings(ctx.db, ctx.device.device);
        }
        // Prices the office set for today take effect before anything is listed or priced. A failure
        // here (a full disk) is logged and the command goes on with the prices as they are.
        try {
          promoteIfDue(ctx);
        } catch (error) {
          log.error('prices.promote', error);
        }
        const actor = resolveActor(ctx, caller);
        checkAccess(actor, commands[name].access);
        const parsed = validateInput(name, input);
        // Commands that stamp business time are refused while the clock is not trusted.
        guardClock(ctx, name);
        const handler = handlers[name] as Handler<CommandName>;
        return { ok: true, data: await handler(ctx, parsed, actor) } as CommandResult<CommandName>;
      } catch (error) {
        if (error instanceof EngineError) return { ok: false, error: error.toJSON() };
        // A full disk or a pulled drive: the transaction rolled back; say so plainly.
        const storage = storageError(error);
        if (storage) {
          log.error('command.storage', error, { command: name });
          return { ok: false, error: storage.toJSON() };
        }
        if (options.logError) options.logError(`command ${name} failed`, error);
        else log.error('command.failed', error, { command: name });
        return failure(new EngineError('INTERNAL', 'common.internal'));
      }
    },
    get printing() {
      return ctx.printing;
    },
    get uploads() {
      return ctx.uploads;
    },
    close() {
      backups.stop();
      ctx.printing.stop();
      ctx.uploads.stop();
      ctx.display.close();
      if (db.open) db.close();
    },
  };
}
