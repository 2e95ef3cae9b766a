// Sales batches: preview, export to a folder, the list of past batches, and their upload.
import type { batchesCommands } from '../../../shared/contract';
import { audit } from '../audit/audit';
import type { HandlerMap } from '../context';
import { EngineError } from '../errors';
import { exportBatch } from './exportBatch';
import { getBatch, listBatches } from './listBatches';
import { previewBatch } from './previewBatch';
import { queueUpload } from './upload/outbox';
import { getUploadSettings, saveUploadSettings, uploadTarget } from './upload/uploadSettings';

export const batchesHandlers: HandlerMap<keyof typeof batchesCommands> = {
  'batches.preview': (ctx, input) => previewBatch(ctx, input),
  'batches.export': async (ctx, input, actor) => {
    const done = await exportBatch(ctx, input, actor);
    // Queued for the office in the export's own transaction when upload is set up: send it now.
    if (done.batch.upload) ctx.uploads.kick();
    return done;
  },
  'batches.list': (ctx) => listBatches(ctx.db, ctx.device.device),
  'batches.uploadSettings': (ctx) => getUploadSettings(ctx.db),
  'batches.setUploadSettings': (ctx, input, actor) => {
    const before = getUploadSettings(ctx.db);
    if (input.url !== null && input.token === undefined && !before.tokenSet) {
      throw new EngineError('INVALID_INPUT', 'batches.tokenRequired');
    }
    ctx.db
      .transaction(() => {
        saveUploadSettings(ctx.db, input);
        // The address and whether the token changed; never the token itself.
        audit(ctx.db, ctx.device.device, ctx.now(), {
          action: 'settings.change',
          actor,
          subject: 'unggah batch',
          detail: { url: input.url, token: input.token === undefined ? 'tetap' : 'diubah' },
        });
      })
      .immediate();
    ctx.uploads.kick();
    return getUploadSettings(ctx.db);
  },
  'batches.upload': (ctx, input) => {
    const batch = getBatch(ctx.db, input.batchId);
    if (batch.device !== ctx.device.device) {
      throw new EngineError('NOT_FOUND', 'batches.batchIdNotFound', { batchId: input.batchId });
    }
    if (!uploadTarget(ctx.db)) {
      throw new EngineError('CONFLICT', 'batches.uploadNotSet');
    }
    if (batch.upload?.state === 'acknowledged') {
      throw new EngineError('CONFLICT', 'batches.alreadyReceived', { seq: batch.seq });
    }
    queueUpload(ctx.db, batch.id, ctx.now());
    ctx.uploads.kick();
    return getBatch(ctx.db, batch.id);
  },
};
