// First-run setup in one transaction: device code, receipt header, zone, then the admin. Refused
// once anyone exists, so nobody can re-run it to take over a till that is in use.
import type { setupCommands } from '../../../shared/contract';
import { audit } from '../audit/audit';
import { createUser, recordSignIn, sessionEpochOf, userCount } from '../auth/users';
import type { HandlerMap } from '../context';
import { changeDeviceCode, isDeviceCodeProvisional } from '../device/deviceCode';
import { laptopTimeZone } from '../device/handlers';
import { EngineError } from '../errors';
import { setReceiptHeader } from '../printing/receiptSettings';
import { setSetting } from '../settings/settings';

export const setupHandlers: HandlerMap<keyof typeof setupCommands> = {
  'setup.status': (ctx) => {
    const needsSetup = userCount(ctx.db) === 0;
    return {
      needsSetup,
      // Nothing about the till is told to a stranger once it is set up.
      device: needsSetup && !isDeviceCodeProvisional(ctx.db) ? ctx.device.device : null,
      timeZone: ctx.device.timeZone,
      laptopTimeZone: laptopTimeZone(),
    };
  },
  'setup.complete': (ctx, input) => {
    const user = ctx.db
      .transaction(() => {
        if (userCount(ctx.db) > 0) throw new EngineError('FORBIDDEN', 'setup.alreadySetUp');
        const admin = createUser(ctx.db, { name: input.name, role: 'admin', pin: input.pin }, ctx.now());
        recordSignIn(ctx.db, admin.id, ctx.now());
        const actor = {
          kind: 'user',
          userId: admin.id,
          name: admin.name,
          role: admin.role,
          session: '',
        } as const;
        changeDeviceCode(ctx, input.device, actor);
        setSetting(ctx.db, 'time_zone', input.timeZone);
        setReceiptHeader(ctx.db, [input.storeName, ...input.storeAddress]);
        audit(ctx.db, input.device, ctx.now(), {
          action: 'setup.complete',
          actor,
          subject: input.device,
          detail: { device: input.device, timeZone: input.timeZone, storeName: input.storeName },
        });
        return admin;
      })
      .immediate();
    ctx.device = { ...ctx.device, device: input.device, timeZone: input.timeZone };
    return { session: ctx.sessions.open(user.id, sessionEpochOf(ctx.db, user.id)), user };
  },
};
