import type { Database } from 'better-sqlite3';
import type { CommandName, CommandOutput, ParsedInput, Role } from '../../shared/contract';
import type { Sessions } from './auth/sessions';
import type { DeviceSettings } from './settings/settings';

/** Who is calling: a signed-in user, or the local system (the command line, which holds the file anyway). */
export type Actor =
  | { kind: 'user'; userId: number; name: string; role: Role; session: string }
  | { kind: 'system' }
  | { kind: 'anonymous' };

/** What every handler gets: the database, the device settings and a clock tests can set. */
export interface EngineContext {
  db: Database;
  device: DeviceSettings;
  schemaVersion: number;
  appVersion: string;
  now: () => Date;
  sessions: Sessions;
}

export type Handler<K extends CommandName> = (
  ctx: EngineContext,
  input: ParsedInput<K>,
  actor: Actor,
) => CommandOutput<K> | Promise<CommandOutput<K>>;

/** Each area exports one of these for its own commands; commands.ts merges them. */
export type HandlerMap<Names extends CommandName> = { [K in Names]: Handler<K> };
