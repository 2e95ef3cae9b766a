import type { Database } from 'better-sqlite3';
import type { CommandName, CommandOutput, ParsedInput, Role } from '../../shared/contract';
import type { Sessions } from './auth/sessions';
import type { UploadRuntime } from './batches/upload/uploader';
import type { DisplayChannel } from './display/channel';
import type { Logger } from './logs/logger';
import type { PrintingRuntime } from './printing/queue';
import type { DeviceSettings } from './settings/settings';

/** Who is calling: a signed-in user, or the local system (the command line, which holds the file anyway). */
export type Actor =
  | { kind: 'user'; userId: number; name: string; role: Role; session: string }
  | { kind: 'system' }
  | { kind: 'anonymous' };

/**
 * Which door the engine serves: the desktop window (IPC), the loopback browser door, or the command
 * line. Wrong PINs are counted per door, so a guesser on one cannot keep a user out of another.
 */
export type Door = 'window' | 'web' | 'cli';

/** What every handler gets: the database, the device settings and a clock tests can set. */
export interface EngineContext {
  db: Database;
  device: DeviceSettings;
  schemaVersion: number;
  appVersion: string;
  now: () => Date;
  sessions: Sessions;
  /** The door this engine serves (one per process); PIN delays are kept per door. */
  door: Door;
  /** The database file and its migrations: backups copy it, a restore writes a backup into it. */
  dbPath: string;
  migrationsDir: string;
  /** The app's resources folder (fonts/ for PDFs, the demo catalogue, the logo). */
  resourcesDir: string;
  /** Where engine.log is written; null when this engine writes no log files (command line, tests). */
  logDir: string | null;
  log: Logger;
  /** The print queue worker: handlers kick it after storing a job. */
  printing: PrintingRuntime;
  /** What the customer display shows (in memory) and the door's way to open its window. */
  display: DisplayChannel;
  /** The batch upload worker: handlers kick it after queueing a batch. */
  uploads: UploadRuntime;
}

export type Handler<K extends CommandName> = (
  ctx: EngineContext,
  input: ParsedInput<K>,
  actor: Actor,
) => CommandOutput<K> | Promise<CommandOutput<K>>;

/** Each area exports one of these for its own commands; commands.ts merges them. */
export type HandlerMap<Names extends CommandName> = { [K in Names]: Handler<K> };
