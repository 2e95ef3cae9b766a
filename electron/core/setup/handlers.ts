// First-run setup in one transaction: device code, receipt header, zone, then the admin. Refused
// once anyone exists, so nobody can re-run it to take over a till that is in use. A till the office
// enrolled is set up from its enrolment file instead of typing (setup.openEnrolment, setup.enrol):
// the same transaction also sets the upload address and token, the office's key and its catalogue.

import type { setupCommands } from '../../../shared/contract';
import { audit } from '../audit/audit';
import { createUser, recordSignIn, sessionEpochOf, userCount } from '../auth/users';
import { saveUploadSettings } from '../batches/upload/uploadSettings';
import { applyPackage } from '../catalog/packages/applyPackage';
import { storeOfficeKey } from '../catalog/packages/officeKey';
import type { Actor, EngineContext, HandlerMap } from '../context';
import { changeDeviceCode, isDeviceCodeProvisional } from '../device/deviceCode';
import { laptopTimeZone } from '../device/handlers';
import { EngineError } from '../errors';
import { setReceiptHeader } from '../printing/receiptSettings';
import { setSetting } from '../settings/settings';
import { checkEnrolment } from './enrolmentFile';

function refuseOnceSetUp(ctx: EngineContext): void {
  if (userCount(ctx.db) > 0) throw new EngineError('FORBIDDEN', 'setup.alreadySetUp');
}

/** The first admin, signed in, as the actor of everything the setup writes. */
function firstAdmin(ctx: EngineContext, input: { name: string; pin: string }) {
  const admin = createUser(ctx.db, { name: input.name, role: 'admin', pin: input.pin }, ctx.now());
  recordSignIn(ctx.db, admin.id, ctx.now());
  const actor: Actor = { kind: 'user', userId: admin.id, name: admin.name, role: admin.role, session: '' };
  return { admin, actor };
}

/**
 * The products on the till before it is enrolled: the demo catalogue a first run fills in (or a file
 * someone imported before setup). An enrolled till sells the office's catalogue, so they are set
 * inactive (kept, not deleted: a manager can turn one back on, and nothing that names them breaks).
 */
const LOCAL_PRODUCTS = 'SELECT count(*) FROM products WHERE office_version IS NULL AND active = 1';

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
        refuseOnceSetUp(ctx);
        const { admin, actor } = firstAdmin(ctx, input);
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
  'setup.openEnrolment': (ctx, input) => {
    refuseOnceSetUp(ctx);
    const { doc, keyId, catalogue } = checkEnrolment(Buffer.from(input.zipBase64, 'base64'), input.fileName);
    return {
      officeName: doc.officeName,
      device: doc.device,
      name: doc.name,
      location: doc.location,
      uploadUrl: doc.uploadUrl,
      tokenHint: `…${doc.token.slice(-4)}`,
      keyId,
      issuedAt: doc.issuedAt,
      catalogue: catalogue
        ? {
            version: catalogue.manifest.version,
            products: catalogue.manifest.counts.products,
            units: catalogue.manifest.counts.units,
            categories: catalogue.manifest.counts.categories,
          }
        : null,
      localProducts: catalogue ? (ctx.db.prepare(LOCAL_PRODUCTS).pluck().get() as number) : 0,
    };
  },
  'setup.enrol': (ctx, input) => {
    refuseOnceSetUp(ctx);
    const { doc, keyId, catalogue } = checkEnrolment(Buffer.from(input.zipBase64, 'base64'), input.fileName);
    const device = { ...ctx.device, device: doc.device, timeZone: input.timeZone };
    const user = ctx.db
      .transaction(() => {
        refuseOnceSetUp(ctx);
        const { admin, actor } = firstAdmin(ctx, input);
        changeDeviceCode(ctx, doc.device, actor);
        setSetting(ctx.db, 'time_zone', input.timeZone);
        setReceiptHeader(ctx.db, doc.location === '' ? [doc.name] : [doc.name, doc.location]);
        saveUploadSettings(ctx.db, { url: doc.uploadUrl, token: doc.token });
        storeOfficeKey(ctx.db, doc.publicKey);
        let deactivated = 0;
        if (catalogue) {
          deactivated = ctx.db
            .prepare(
              'UPDATE products SET active = 0, updated_at = ? WHERE office_version IS NULL AND active = 1',
            )
            .run(ctx.now().toISOString()).changes;
          // Planned and written against this till as it now is (its code and zone set above).
          applyPackage({ db: ctx.db, device, now: ctx.now }, catalogue, actor);
        }
        audit(ctx.db, doc.device, ctx.now(), {
          action: 'setup.enrol',
          actor,
          subject: doc.device,
          detail: {
            device: doc.device,
            office: doc.officeName,
            keyId,
            uploadUrl: doc.uploadUrl,
            timeZone: input.timeZone,
            storeName: doc.name,
            catalogueVersion: doc.catalogueVersion,
            demoProductsDeactivated: deactivated,
            issuedAt: doc.issuedAt,
          },
        });
        return admin;
      })
      .immediate();
    ctx.device = device;
    return { session: ctx.sessions.open(user.id, sessionEpochOf(ctx.db, user.id)), user };
  },
};
