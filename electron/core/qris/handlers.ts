// QRIS reconciliation.
import type { qrisCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { deviceBusinessDay } from '../shifts/businessDay';
import { qrisPayments, reconcileQris } from './reconcile';

export const qrisHandlers: HandlerMap<keyof typeof qrisCommands> = {
  'qris.payments': (ctx, input) => qrisPayments(ctx, input.day ?? deviceBusinessDay(ctx)),
  'qris.reconcile': (ctx, input) => reconcileQris(ctx, input),
};
