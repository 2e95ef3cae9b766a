// The customer display's commands over the engine's in-memory display channel (channel.ts).
import type { displayCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

export const displayHandlers: HandlerMap<keyof typeof displayCommands> = {
  'display.publish': (ctx, input) => ({ revision: ctx.display.publish(input) }),
  'display.state': async (ctx, input) => {
    // A long poll: the display asks with the revision it shows and hears back when it changes.
    if (input.sinceRevision !== undefined) await ctx.display.changeAfter(input.sinceRevision);
    return ctx.display.read();
  },
  'display.open': (ctx) => ({ opened: ctx.display.openWindow() }),
};
