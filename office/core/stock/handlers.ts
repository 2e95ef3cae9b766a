// The stock area of the office's command table.
import type { OfficeHandlers } from '../handlerTypes';
import { consignmentFileName, consignmentWorkbook } from './consignmentFile';
import { consignmentStatement, stockOnHand, stockUnits } from './stockReads';

export const stockHandlers: OfficeHandlers<
  'stock.units' | 'stock.onHand' | 'stock.consignment' | 'stock.consignmentFile'
> = {
  async 'stock.units'(ctx) {
    return stockUnits(ctx.db);
  },
  async 'stock.onHand'(ctx, input) {
    return stockOnHand(ctx.db, input.asOf ?? null);
  },
  async 'stock.consignment'(ctx, input) {
    return consignmentStatement(ctx.db, input);
  },
  async 'stock.consignmentFile'(ctx, input) {
    const statement = await consignmentStatement(ctx.db, input);
    return {
      fileName: consignmentFileName(statement),
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: Buffer.from(consignmentWorkbook(statement)).toString('base64'),
    };
  },
};
