import type { salesCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { commitCashSale } from './commitCashSale';
import { approverFor, commitSale } from './commitSale';
import { getSaleByReceiptNo } from './getSale';

export const salesHandlers: HandlerMap<keyof typeof salesCommands> = {
  'sales.commit': (ctx, input, actor) => commitSale(ctx, input, actor, approverFor(ctx, input, actor)),
  'sales.commitCash': (ctx, input, actor) => commitCashSale(ctx, input, actor),
  'sales.get': (ctx, input) => getSaleByReceiptNo(ctx.db, input.receiptNo),
};
