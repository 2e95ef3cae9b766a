import type { catalogCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import {
  cancelImport,
  commitImport,
  importFileBase64,
  previewImport,
  stageImport,
  startImport,
} from './catalogImport';
import { listCategories, listUnits, saveCategory } from './categories';
import { exportCatalogue } from './exportCatalogue';
import { listProducts } from './listProducts';
import { listProducers, saveProducer } from './producers';
import { getProduct } from './productDetail';
import { productImages, setProductImage } from './productImage';
import { saveProduct } from './saveProduct';
import { searchProducts } from './searchProducts';
import { listWorkshops, saveWorkshop } from './workshops';

export const catalogHandlers: HandlerMap<keyof typeof catalogCommands> = {
  'products.list': (ctx, input) => listProducts(ctx.db, input),
  'products.search': (ctx, input) => searchProducts(ctx.db, input),
  'products.get': (ctx, input) => getProduct(ctx.db, input.id),
  'products.save': (ctx, input, actor) => saveProduct(ctx.db, input, actor, ctx.now()),
  'products.setImage': (ctx, input) => setProductImage(ctx.db, input, ctx.now()),
  'products.images': (ctx, input) => productImages(ctx.db, input.ids),
  'producers.list': (ctx, input) => listProducers(ctx.db, input),
  'producers.save': (ctx, input) => saveProducer(ctx.db, input),
  'workshops.list': (ctx, input) => listWorkshops(ctx.db, input),
  'workshops.save': (ctx, input) => saveWorkshop(ctx.db, input),
  'categories.list': (ctx) => listCategories(ctx.db),
  'categories.save': (ctx, input) => saveCategory(ctx.db, input, ctx.now()),
  'units.list': (ctx) => listUnits(ctx.db),
  'catalog.importStart': (ctx, input, actor) => startImport(ctx.db, input, actor, ctx.now()),
  'catalog.importFile': (ctx, input, actor) => importFileBase64(ctx.db, input, actor, ctx.now()),
  'catalog.importStage': (ctx, input, actor) => stageImport(ctx.db, input, actor),
  'catalog.importPreview': (ctx, input, actor) => previewImport(ctx.db, input, actor),
  'catalog.importCommit': (ctx, input, actor) => commitImport(ctx.db, input, actor, ctx.now()),
  'catalog.importCancel': (ctx, input, actor) => cancelImport(ctx.db, input, actor),
  'catalog.export': (ctx) => exportCatalogue(ctx.db),
};
