// The roster area of the office's command table: the tills, and enrolling a new one.
import { EngineError } from '../../../electron/core/errors';
import type { CallState, OfficeContext } from '../context';
import { enrolDevice, reissueEnrolmentFile } from '../enrolment/enrol';
import type { OfficeHandlers } from '../handlerTypes';
import { rosterOf } from './roster';

function user(ctx: OfficeContext, call: CallState): { userId: number; at: Date } {
  if (call.actor.kind !== 'user') throw new EngineError('UNAUTHENTICATED', 'office.signInAgain');
  return { userId: call.actor.id, at: ctx.now() };
}

export const rosterHandlers: OfficeHandlers<'devices.list' | 'devices.enrol' | 'devices.enrolmentFile'> = {
  async 'devices.list'(ctx) {
    return rosterOf(ctx.db, ctx.now());
  },
  async 'devices.enrol'(ctx, input, call) {
    return enrolDevice(ctx.db, input, user(ctx, call));
  },
  async 'devices.enrolmentFile'(ctx, input, call) {
    return reissueEnrolmentFile(ctx.db, input.device, user(ctx, call));
  },
};
