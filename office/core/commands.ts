// The office's command table: one handler per entry of the office contract (shared/office), and
// the one way every door runs them. Who may run a command is the contract's `roles`, checked here
// before the input is read; the input is parsed with the contract's schema before a handler runs.
import { EngineError } from '../../electron/core/errors';
import { parseWithSchema } from '../../electron/core/validateSchema';
import type { CommandError } from '../../shared/contract/common';
import {
  isOfficeCommandName,
  type OfficeCommandName,
  type OfficeResult,
  officeCommands,
} from '../../shared/office/contract';
import type { Db } from '../db/types';
import { checkRoles, resolveActor } from './auth/access';
import { peopleHandlers } from './auth/handlers';
import { AddressThrottle } from './auth/throttle';
import { catalogueHandlers } from './catalogue/handlers';
import type { CallState, OfficeContext, OfficeHandler, OfficeLog } from './context';
import { findHandlers } from './find/handlers';
import type { OfficeHandlers } from './handlerTypes';
import { overviewHandlers } from './overview/handlers';
import { productsHandlers } from './products/handlers';
import { rosterHandlers } from './roster/handlers';
import { settingsHandlers } from './settings/handlers';
import { statementsHandlers } from './statements/handlers';
import { stockHandlers } from './stock/handlers';
import { uploadHandlers } from './uploads/handlers';

export const officeHandlers: OfficeHandlers<OfficeCommandName> = {
  ...peopleHandlers,
  ...settingsHandlers,
  ...statementsHandlers,
  ...overviewHandlers,
  ...rosterHandlers,
  ...productsHandlers,
  ...stockHandlers,
  ...findHandlers,
  ...uploadHandlers,
  ...catalogueHandlers,
};

export interface OfficeCallOutcome {
  result: OfficeResult<OfficeCommandName>;
  /** A new session token for the cookie, null to clear it, undefined to leave it. */
  session?: CallState['session'];
}

export interface OfficeCore {
  /** Runs one command for the holder of `token` (the session cookie) calling from `address`. */
  call(
    command: string,
    input: unknown,
    from: { token?: string; address: string },
  ): Promise<OfficeCallOutcome>;
  readonly ctx: OfficeContext;
}

const consoleLog: OfficeLog = {
  info: (event, detail) => console.log(event, detail ?? ''),
  error: (event, error, detail) => console.error(event, error, detail ?? ''),
};

function failure(error: EngineError): { ok: false; error: CommandError } {
  return { ok: false, error: error.toJSON() };
}

export function createOfficeCore(options: {
  db: Db;
  now?: () => Date;
  log?: OfficeLog;
  throttle?: AddressThrottle;
  resourcesDir?: string;
}): OfficeCore {
  const ctx: OfficeContext = {
    db: options.db,
    now: options.now ?? (() => new Date()),
    throttle: options.throttle ?? new AddressThrottle(),
    log: options.log ?? consoleLog,
    resourcesDir: options.resourcesDir,
  };
  return {
    ctx,
    async call(command, input, from) {
      if (!isOfficeCommandName(command)) {
        return {
          result: failure(
            new EngineError('UNKNOWN_COMMAND', 'common.unknownCommand', { name: command.slice(0, 64) }),
          ),
        };
      }
      try {
        const call: CallState = { actor: await resolveActor(ctx, from.token), address: from.address };
        checkRoles(call.actor, officeCommands[command].roles);
        const parsed = parseWithSchema(officeCommands[command].input, input);
        const handler = officeHandlers[command] as OfficeHandler<unknown, unknown>;
        const data = await handler(ctx, parsed, call);
        return { result: { ok: true, data } as OfficeResult<OfficeCommandName>, session: call.session };
      } catch (error) {
        if (error instanceof EngineError) return { result: failure(error) };
        ctx.log.error('office.command.failed', error, { command });
        return { result: failure(new EngineError('INTERNAL', 'common.internal')) };
      }
    },
  };
}
