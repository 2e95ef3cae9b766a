// The command table: one handler per contract entry, merged from each business area. Every door
// dispatches through the engine, which checks access and validates input before a handler runs.
import type { CommandName } from '../../shared/contract';
import { afterSaleHandlers } from './afterSale/handlers';
import { appHandlers } from './app/handlers';
import { authHandlers } from './auth/handlers';
import { backupHandlers } from './backup/handlers';
import { batchesHandlers } from './batches/handlers';
import { catalogHandlers } from './catalog/handlers';
import { catalogPackageHandlers } from './catalog/packages/handlers';
import { clockHandlers } from './clock/handlers';
import type { HandlerMap } from './context';
import { deviceHandlers } from './device/handlers';
import { diagnosticsHandlers } from './diagnostics/handlers';
import { displayHandlers } from './display/handlers';
import { paymentsHandlers } from './payments/handlers';
import { printingHandlers } from './printing/handlers';
import { qrisHandlers } from './qris/handlers';
import { reportsHandlers } from './reports/handlers';
import { salesHandlers } from './sales/handlers';
import { searchHandlers } from './search/handlers';
import { setupHandlers } from './setup/handlers';
import { shiftsHandlers } from './shifts/handlers';
import { stockHandlers } from './stock/handlers';

export const handlers: HandlerMap<CommandName> = {
  ...appHandlers,
  ...deviceHandlers,
  ...authHandlers,
  ...setupHandlers,
  ...catalogHandlers,
  ...catalogPackageHandlers,
  ...salesHandlers,
  ...stockHandlers,
  ...searchHandlers,
  ...printingHandlers,
  ...paymentsHandlers,
  ...afterSaleHandlers,
  ...displayHandlers,
  ...shiftsHandlers,
  ...reportsHandlers,
  ...qrisHandlers,
  ...backupHandlers,
  ...diagnosticsHandlers,
  ...batchesHandlers,
  ...clockHandlers,
};
