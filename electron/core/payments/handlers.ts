import type { paymentsCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

export const paymentsHandlers: HandlerMap<keyof typeof paymentsCommands> = {};
