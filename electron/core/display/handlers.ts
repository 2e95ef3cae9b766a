import type { displayCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

export const displayHandlers: HandlerMap<keyof typeof displayCommands> = {};
