import type { searchCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

export const searchHandlers: HandlerMap<keyof typeof searchCommands> = {};
