import type { afterSaleCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

export const afterSaleHandlers: HandlerMap<keyof typeof afterSaleCommands> = {};
