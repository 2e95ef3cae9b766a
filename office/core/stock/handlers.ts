// The stock area of the office's command table.
import type { OfficeHandlers } from '../handlerTypes';
import { consignmentStatement, stockOnHand } from './stockReads';

export const stockHandlers: OfficeHandlers<'stock.onHand' | 'stock.consignment'> = {
  async 'stock.onHand'(ctx, input) {
    return stockOnHand(ctx.db, input.asOf ?? null);
  },
  async 'stock.consignment'(ctx, input) {
    return consignmentStatement(ctx.db, input);
  },
};
