import type { stockCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

export const stockHandlers: HandlerMap<keyof typeof stockCommands> = {};
