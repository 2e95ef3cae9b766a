// The customer display's view, in memory per engine: the till publishes, the display polls. A
// restart shows the welcome screen until the till publishes again, which is right for a view.
import type { Database } from 'better-sqlite3';
import type { DisplayView, displayCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';

interface DisplayState {
  revision: number;
  view: DisplayView | null;
}

// Keyed by the engine's connection, so several engines in one process (tests) never share a view.
const states = new WeakMap<Database, DisplayState>();

function stateOf(db: Database): DisplayState {
  let state = states.get(db);
  if (!state) {
    state = { revision: 0, view: null };
    states.set(db, state);
  }
  return state;
}

export const displayHandlers: HandlerMap<keyof typeof displayCommands> = {
  'display.publish': (ctx, input) => {
    const state = stateOf(ctx.db);
    state.revision += 1;
    state.view = input;
    return { revision: state.revision };
  },
  'display.state': (ctx) => {
    const { revision, view } = stateOf(ctx.db);
    return { revision, view };
  },
};
