import type { salesCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { shiftForWrite } from '../shifts/businessDay';
import { commitCashSale } from './commitCashSale';
import { approverFor, commitSale } from './commitSale';
import { getSaleByReceiptNo } from './getSale';

export const salesHandlers: HandlerMap<keyof typeof salesCommands> = {
  'sales.commit': (ctx, input, actor) => {
    // No shift, no sale: said before any manager is asked for a PIN.
    shiftForWrite(ctx, actor);
    return commitSale(ctx, input, actor, approverFor(ctx, input, actor));
  },
  'sales.commitCash': (ctx, input, actor) => commitCashSale(ctx, input, actor),
  'sales.get': (ctx, input) => getSaleByReceiptNo(ctx.db, input.receiptNo),
};
