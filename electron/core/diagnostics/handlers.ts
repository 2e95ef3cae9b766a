import type { HandlerMap } from '../context';
import { collectDiagnostics } from './collectDiagnostics';

export const diagnosticsHandlers: HandlerMap<'diagnostics.collect'> = {
  'diagnostics.collect': (ctx) => ({ text: collectDiagnostics(ctx) }),
};
