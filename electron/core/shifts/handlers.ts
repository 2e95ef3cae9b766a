// Shifts and the cash drawer.
import type { shiftsCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { openDrawer } from './drawer';
import { closeShift, currentShift, listShifts, moveCash, openShift, shiftSummary } from './shifts';

export const shiftsHandlers: HandlerMap<keyof typeof shiftsCommands> = {
  'shifts.current': (ctx, _input, actor) => currentShift(ctx, actor),
  'shifts.open': (ctx, input, actor) => openShift(ctx, input, actor),
  'shifts.cashMove': (ctx, input, actor) => moveCash(ctx, input, actor),
  'shifts.summary': (ctx, input, actor) => shiftSummary(ctx, input, actor),
  'shifts.close': (ctx, input, actor) => closeShift(ctx, input, actor),
  'shifts.list': (ctx, input) => listShifts(ctx, input),
  'shifts.openDrawer': (ctx, input, actor) => openDrawer(ctx, input, actor),
};
