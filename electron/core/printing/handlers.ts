import type { printingCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

export const printingHandlers: HandlerMap<keyof typeof printingCommands> = {};
