// Upload tokens and folder imports on the page.
import { EngineError } from '../../../electron/core/errors';
import type { OfficeCommandName } from '../../../shared/office/contract';
import type { CallState } from '../context';
import type { OfficeHandlers } from '../handlerTypes';
import { importFolder } from './importBatches';
import { createUploadToken, listUploadTokens, revokeUploadToken } from './tokens';

type UploadCommand = Extract<OfficeCommandName, `uploads.${string}` | 'office.importFolder'>;

function userId(call: CallState): number {
  if (call.actor.kind !== 'user') throw new EngineError('UNAUTHENTICATED', 'office.signInAgain');
  return call.actor.id;
}

export const uploadHandlers: OfficeHandlers<UploadCommand> = {
  'uploads.tokens': async (ctx) => listUploadTokens(ctx.db),
  'uploads.createToken': async (ctx, input, call) =>
    createUploadToken(ctx.db, input.label, { userId: userId(call), at: ctx.now() }),
  'uploads.revokeToken': async (ctx, input, call) =>
    revokeUploadToken(ctx.db, input.id, { userId: userId(call), at: ctx.now() }),
  'office.importFolder': async (ctx, input, call) =>
    importFolder(ctx.db, input.path, { userId: userId(call), at: ctx.now() }),
};
