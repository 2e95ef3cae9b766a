// Settings and the audit trail on the page.
import { EngineError } from '../../../electron/core/errors';
import type { OfficeCommandName } from '../../../shared/office/contract';
import { listAudit } from '../audit/audit';
import type { OfficeHandlers } from '../handlerTypes';
import { readSettings, updateSettings } from './settings';

type SettingsCommand = Extract<OfficeCommandName, `settings.${string}` | `audit.${string}`>;

export const settingsHandlers: OfficeHandlers<SettingsCommand> = {
  'settings.get': async (ctx) => readSettings(ctx.db),
  'settings.update': async (ctx, input, call) => {
    if (call.actor.kind !== 'user') throw new EngineError('UNAUTHENTICATED', 'office.signInAgain');
    return updateSettings(ctx.db, input, { userId: call.actor.id, at: ctx.now() });
  },
  'audit.list': async (ctx, input) => listAudit(ctx.db, input),
};
