import type { salesCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { commitCashSale } from './commitCashSale';
import { getSaleByReceiptNo } from './getSale';

export const salesHandlers: HandlerMap<keyof typeof salesCommands> = {
  'sales.commitCash': (ctx, input, actor) => commitCashSale(ctx, input, actor),
  'sales.get': (ctx, input) => getSaleByReceiptNo(ctx.db, input.receiptNo),
};
