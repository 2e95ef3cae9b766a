// The roster area of the office's command table.
import type { OfficeHandlers } from '../handlerTypes';
import { rosterOf } from './roster';

export const rosterHandlers: OfficeHandlers<'devices.list'> = {
  async 'devices.list'(ctx) {
    return rosterOf(ctx.db, ctx.now());
  },
};
