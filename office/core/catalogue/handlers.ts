// The catalogue area of the office's command table.
import { createHash } from 'node:crypto';
import { EngineError } from '../../../electron/core/errors';
import type { OfficeCommandName } from '../../../shared/office/contract';
import type { CallState, OfficeContext } from '../context';
import type { OfficeHandlers } from '../handlerTypes';
import { officeToday } from '../overview/officeDays';
import {
  listCategories,
  listTiers,
  listUnits,
  listWorkshops,
  saveCategory,
  saveTier,
  saveUnit,
  saveWorkshop,
} from './edits';
import { getCatalogueProduct, listCatalogueProducts, saveCatalogueProduct } from './products';
import { listPackages, publishCatalogue, storedPackageZip, tillPackageZip } from './publish';
import { latestVersion, pendingCounts } from './records';
import { officeSigningKey } from './signingKey';

type CatalogueCommand = Extract<OfficeCommandName, `catalogue.${string}`>;

function user(ctx: OfficeContext, call: CallState): { userId: number; name: string; at: Date } {
  if (call.actor.kind !== 'user') throw new EngineError('UNAUTHENTICATED', 'office.signInAgain');
  return { userId: call.actor.id, name: call.actor.name, at: ctx.now() };
}

export const catalogueHandlers: OfficeHandlers<CatalogueCommand> = {
  'catalogue.overview': async (ctx) => {
    const key = await officeSigningKey(ctx.db.dataDir);
    const saleUnits = await ctx.db.query<{ code: string; label: string; decimals: number }>(
      'select code, label, decimals from catalogue_sale_units order by decimals, code',
    );
    return {
      version: await latestVersion(ctx.db),
      pending: await pendingCounts(ctx.db),
      publicKey: key.publicKey,
      keyId: key.keyId,
      today: officeToday(ctx.now()),
      units: await listUnits(ctx.db),
      workshops: await listWorkshops(ctx.db),
      categories: await listCategories(ctx.db),
      tiers: await listTiers(ctx.db),
      saleUnits: saleUnits.rows.map((u) => ({ ...u, decimals: Number(u.decimals) })),
    };
  },
  'catalogue.products': async (ctx, input) => listCatalogueProducts(ctx.db, input, officeToday(ctx.now())),
  'catalogue.product': async (ctx, input) => getCatalogueProduct(ctx.db, input.sku, officeToday(ctx.now())),
  'catalogue.saveUnit': async (ctx, input, call) => saveUnit(ctx.db, input, user(ctx, call)),
  'catalogue.saveWorkshop': async (ctx, input, call) => saveWorkshop(ctx.db, input, user(ctx, call)),
  'catalogue.saveCategory': async (ctx, input, call) => saveCategory(ctx.db, input, user(ctx, call)),
  'catalogue.saveTier': async (ctx, input, call) => saveTier(ctx.db, input, user(ctx, call)),
  'catalogue.saveProduct': async (ctx, input, call) => {
    const by = user(ctx, call);
    return saveCatalogueProduct(ctx.db, input, by, officeToday(by.at));
  },
  'catalogue.publish': async (ctx, input, call) => publishCatalogue(ctx.db, input.version, user(ctx, call)),
  'catalogue.packages': async (ctx) => listPackages(ctx.db),
  'catalogue.packageFile': async (ctx, input) => {
    let file: { fileName: string; zip: Uint8Array } | null;
    if (input.version === undefined) {
      const made = await tillPackageZip(ctx.db, 0, ctx.now());
      if (!made) throw new EngineError('NOT_FOUND', 'officeCatalogue.nothingPublished');
      file = { fileName: `${made.folderName}.zip`, zip: made.zip };
    } else {
      file = await storedPackageZip(ctx.db, input.version);
      if (!file)
        throw new EngineError('NOT_FOUND', 'officeCatalogue.packageNotFound', { version: input.version });
    }
    return {
      fileName: file.fileName,
      sha256: createHash('sha256').update(file.zip).digest('hex'),
      base64: Buffer.from(file.zip).toString('base64'),
    };
  },
  'catalogue.importFile': async (ctx, input, call) => {
    const by = user(ctx, call);
    // Loaded when first asked: the file reader brings the spreadsheet library, which the server
    // does not need to start.
    const { importCatalogueFile } = await import('./importFile');
    return importCatalogueFile(ctx.db, input, by, officeToday(by.at));
  },
};
