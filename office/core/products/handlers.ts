// The products area of the office's command table.
import { TOP_PRODUCTS_DEFAULT } from '../../../shared/office/products';
import type { OfficeHandlers } from '../handlerTypes';
import { topProductsOf } from './topProducts';

export const productsHandlers: OfficeHandlers<'products.top'> = {
  async 'products.top'(ctx, input) {
    return topProductsOf(ctx.db, ctx.now(), {
      month: input.month,
      limit: input.limit ?? TOP_PRODUCTS_DEFAULT,
    });
  },
};
