import type { catalogCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { listProducts } from './listProducts';

export const catalogHandlers: HandlerMap<keyof typeof catalogCommands> = {
  'products.list': (ctx, input) => listProducts(ctx.db, input),
};
