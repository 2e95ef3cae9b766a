// The find area of the office's command table.
import type { OfficeHandlers } from '../handlerTypes';
import { findDocuments } from './findDocument';

export const findHandlers: OfficeHandlers<'find.document'> = {
  async 'find.document'(ctx, input) {
    return findDocuments(ctx.db, input.text);
  },
};
