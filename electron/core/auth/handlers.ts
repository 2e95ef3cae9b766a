import type { authCommands } from '../../../shared/contract';
import type { HandlerMap } from '../context';
import { EngineError } from '../errors';
import { activeUsers, checkPin, createUser, userCount } from './users';

export const authHandlers: HandlerMap<keyof typeof authCommands> = {
  'auth.status': (ctx) => ({ needsSetup: userCount(ctx.db) === 0, users: activeUsers(ctx.db) }),
  'auth.setupAdmin': (ctx, input) => {
    const user = ctx.db
      .transaction(() => {
        // Only the very first user may be created without signing in.
        if (userCount(ctx.db) > 0)
          throw new EngineError('FORBIDDEN', 'Admin sudah dibuat; masuk dengan PIN.');
        return createUser(ctx.db, { name: input.name, role: 'admin', pin: input.pin }, ctx.now());
      })
      .immediate();
    return { session: ctx.sessions.open(user.id), user };
  },
  'auth.login': (ctx, input) => {
    const user = ctx.db
      .transaction(() => checkPin(ctx.db, input.userId, input.pin, ctx.now(), ctx.device.device, ctx.door))
      .immediate();
    if (user instanceof EngineError) throw user;
    return { session: ctx.sessions.open(user.id), user };
  },
  'auth.logout': (ctx, _input, actor) => {
    if (actor.kind === 'user') ctx.sessions.close(actor.session);
    // Nobody at the till: the buyer sees the welcome screen, not the last cart. The till sends
    // its cart again when someone signs in or unlocks.
    ctx.display.clear();
    return { ok: true as const };
  },
  'users.create': (ctx, input) => ctx.db.transaction(() => createUser(ctx.db, input, ctx.now())).immediate(),
};
