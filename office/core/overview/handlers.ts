// The overview area of the office's command table.
import type { OfficeHandlers } from '../handlerTypes';
import { overviewOf } from './overview';

export const overviewHandlers: OfficeHandlers<'overview.get'> = {
  async 'overview.get'(ctx, input) {
    return overviewOf(ctx.db, ctx.now(), input.month);
  },
};
