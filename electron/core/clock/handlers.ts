// The clock guard's two commands: what the guard sees, and a manager accepting the clock.
import type { clockCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { clockStatus, confirmClock } from './guard';

export const clockHandlers: HandlerMap<keyof typeof clockCommands> = {
  'clock.status': (ctx) => clockStatus(ctx),
  'clock.confirm': (ctx, input, actor) => confirmClock(ctx, input, actor),
};
