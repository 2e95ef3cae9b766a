import type { authCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { EngineError } from '../errors';
import {
  createPerson,
  listPeople,
  resetPersonPin,
  setNewPin,
  setPersonActive,
  setPersonPin,
  updatePerson,
} from './people';
import { activeUsers, checkPin, recordSignIn, sessionEpochOf, userCount } from './users';

export const authHandlers: HandlerMap<keyof typeof authCommands> = {
  'auth.status': (ctx) => ({ needsSetup: userCount(ctx.db) === 0, users: activeUsers(ctx.db) }),
  'auth.login': (ctx, input) => {
    const signedIn = ctx.db
      .transaction(() => {
        const user = checkPin(ctx.db, input.userId, input.pin, ctx.now(), ctx.device.device, ctx.door);
        if (user instanceof EngineError) return user;
        recordSignIn(ctx.db, user.id, ctx.now());
        return { user, epoch: sessionEpochOf(ctx.db, user.id) };
      })
      .immediate();
    // Thrown after the commit: a wrong PIN stays counted.
    if (signedIn instanceof EngineError) throw signedIn;
    return { session: ctx.sessions.open(signedIn.user.id, signedIn.epoch), user: signedIn.user };
  },
  'auth.setNewPin': (ctx, input) => {
    const { epoch, ...user } = setNewPin(ctx, input);
    return { session: ctx.sessions.open(user.id, epoch), user };
  },
  // The engine resolved the caller already: an ended, locked-out or deactivated session is anonymous.
  'auth.session': (_ctx, _input, actor) =>
    actor.kind === 'user' ? { id: actor.userId, name: actor.name, role: actor.role } : null,
  'auth.logout': (ctx, _input, actor) => {
    if (actor.kind === 'user') ctx.sessions.close(actor.session);
    // Nobody at the till: the buyer sees the welcome screen, not the last cart. The till sends
    // its cart again when someone signs in or unlocks.
    ctx.display.clear();
    return { ok: true as const };
  },
  'users.list': (ctx) => listPeople(ctx),
  'users.create': (ctx, input, actor) => createPerson(ctx, input, actor),
  'users.update': (ctx, input, actor) => updatePerson(ctx, input, actor),
  'users.setPin': (ctx, input, actor) => setPersonPin(ctx, input, actor),
  'users.resetPin': (ctx, input, actor) => resetPersonPin(ctx, input, actor),
  'users.setActive': (ctx, input, actor) => setPersonActive(ctx, input, actor),
};
