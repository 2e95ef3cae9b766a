// Sales batches: preview, export to a folder, and the list of past batches.
import type { batchesCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { exportBatch } from './exportBatch';
import { listBatches } from './listBatches';
import { previewBatch } from './previewBatch';

export const batchesHandlers: HandlerMap<keyof typeof batchesCommands> = {
  'batches.preview': (ctx, input) => previewBatch(ctx, input),
  'batches.export': (ctx, input, actor) => exportBatch(ctx, input, actor),
  'batches.list': (ctx) => listBatches(ctx.db, ctx.device.device),
};
