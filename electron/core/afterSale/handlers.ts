// After the sale: parked carts, the sales list, voids and refunds.
import type { afterSaleCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { getSaleByReceiptNo } from '../sales/getSale';
import { currentCart, saveCurrentCart } from './currentCart';
import { deleteParkedCart, listParkedCarts, resumeParkedCart, saveParkedCart } from './parkedCarts';
import { refundSale } from './refundSale';
import { saleDetail } from './saleState';
import { searchSales } from './searchSales';
import { voidSale } from './voidSale';

export const afterSaleHandlers: HandlerMap<keyof typeof afterSaleCommands> = {
  'parked.save': (ctx, input, actor) => saveParkedCart(ctx, input, actor),
  'parked.list': (ctx) => listParkedCarts(ctx),
  'parked.resume': (ctx, input) => resumeParkedCart(ctx, input.id),
  'parked.delete': (ctx, input) => deleteParkedCart(ctx, input.id),
  'cart.save': (ctx, input, actor) => saveCurrentCart(ctx, input, actor),
  'cart.current': (ctx, _input, actor) => currentCart(ctx, actor),
  'sales.search': (ctx, input) => searchSales(ctx, input),
  'sales.detail': (ctx, input) => saleDetail(ctx, getSaleByReceiptNo(ctx.db, input.receiptNo)),
  'sales.void': (ctx, input, actor) => voidSale(ctx, input, actor),
  'sales.refund': (ctx, input, actor) => refundSale(ctx, input, actor),
};
