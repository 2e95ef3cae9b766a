// Catalogue packages from the office: the key the till trusts, opening (USB) or pulling (the upload
// channel) a package, its preview and its apply. docs/catalogue-packages.md.
import { parsePublicKey } from '../../../../shared/catalogPackage/sign';
import type {
  AppliedPackage,
  catalogPackageCommands,
  PackageChanges,
  PackagePreview,
  PackageStatus,
  ParsedInput,
} from '../../../../shared/contract';
import { auditedChange } from '../../audit/auditedChange';
import { uploadTarget } from '../../batches/upload/uploadSettings';
import type { EngineContext, HandlerMap } from '../../context';
import { EngineError } from '../../errors';
import { deviceBusinessDay } from '../../shifts/businessDay';
import { applyPackage } from './applyPackage';
import { checkSigned, type SignedPackage } from './checkPackage';
import { appliedIntervals, heldVersionOf } from './coverage';
import { heldOfficeKey, storeOfficeKey } from './officeKey';
import { forget, keepOpen, latestOpen, openPackage } from './openPackages';
import { filesFromPath, filesFromUpload, filesFromZipBytes, type PackageFiles } from './packageFiles';
import { planOnTill } from './plan';
import { identityOf, previewOf } from './preview';
import { pullPackage } from './pullPackage';

function requireKey(ctx: EngineContext) {
  const key = heldOfficeKey(ctx.db);
  if (!key) throw new EngineError('CONFLICT', 'catalogPackage.noKey');
  return key;
}

export function packageStatus(ctx: EngineContext): PackageStatus {
  const key = heldOfficeKey(ctx.db);
  const open = latestOpen(ctx.db);
  const applied = (
    ctx.db
      .prepare(
        `SELECT manifest_sha256 AS id, version, based_on AS basedOn, office_name AS officeName, source,
                applied_at AS appliedAt, applied_by_name AS appliedBy, changes
         FROM catalogue_packages ORDER BY applied_at DESC, version DESC LIMIT 20`,
      )
      .all() as (Omit<AppliedPackage, 'changes'> & { changes: string })[]
  ).map((row) => ({ ...row, changes: JSON.parse(row.changes) as PackageChanges }));
  return {
    publicKey: key?.publicKey ?? null,
    keyId: key?.keyId ?? null,
    heldVersion: heldVersionOf(appliedIntervals(ctx.db)),
    pullAvailable: uploadTarget(ctx.db) !== null,
    open: open ? identityOf(open) : null,
    applied,
    scheduledPrices: ctx.db.prepare('SELECT count(*) FROM scheduled_prices').pluck().get() as number,
  };
}

/** What the package would change on this till now; read in one snapshot. */
function previewNow(ctx: EngineContext, signed: SignedPackage): PackagePreview {
  return ctx.db.transaction(() =>
    previewOf(planOnTill(signed, ctx.db, appliedIntervals(ctx.db), deviceBusinessDay(ctx))),
  )();
}

function filesOf(input: ParsedInput<'catalog.packageOpen'>): PackageFiles {
  if (input.path !== undefined) return filesFromPath(input.path);
  if (input.zipBase64 !== undefined) return filesFromZipBytes(Buffer.from(input.zipBase64, 'base64'), 'zip');
  return filesFromUpload(input.files ?? []);
}

function opened(ctx: EngineContext, files: PackageFiles, source: SignedPackage['source']): PackagePreview {
  const signed = checkSigned(files, requireKey(ctx), source);
  const preview = previewNow(ctx, signed);
  keepOpen(ctx.db, signed);
  return preview;
}

function openedPackage(ctx: EngineContext, id: string): SignedPackage {
  const signed = openPackage(ctx.db, id);
  if (!signed) throw new EngineError('NOT_FOUND', 'catalogPackage.notOpen');
  return signed;
}

export const catalogPackageHandlers: HandlerMap<keyof typeof catalogPackageCommands> = {
  'catalog.packageStatus': (ctx) => packageStatus(ctx),
  'catalog.setOfficeKey': (ctx, input, actor) => {
    const text = input.publicKey?.trim() ?? '';
    if (text !== '' && !parsePublicKey(text))
      throw new EngineError('INVALID_INPUT', 'catalogPackage.keyInvalid');
    auditedChange(
      ctx,
      actor,
      'kunci kantor',
      () => {
        const key = heldOfficeKey(ctx.db);
        return key ? { keyId: key.keyId } : null;
      },
      () => storeOfficeKey(ctx.db, text === '' ? null : text),
    );
    return packageStatus(ctx);
  },
  'catalog.packageOpen': (ctx, input) => {
    requireKey(ctx);
    return opened(ctx, filesOf(input), 'usb');
  },
  'catalog.packagePull': async (ctx) => {
    requireKey(ctx);
    const target = uploadTarget(ctx.db);
    if (!target) throw new EngineError('CONFLICT', 'catalogPackage.pullNotSet');
    const held = heldVersionOf(appliedIntervals(ctx.db));
    const files = await pullPackage(target, held, ctx.device.device);
    if (!files) return { preview: null };
    return { preview: opened(ctx, files, 'office') };
  },
  'catalog.packagePreview': (ctx, input) => previewNow(ctx, openedPackage(ctx, input.packageId)),
  'catalog.packageApply': (ctx, input, actor) => {
    const signed = openedPackage(ctx, input.packageId);
    // The key may have changed since the package was opened: it must still be the one that signed.
    const key = requireKey(ctx);
    if (key.keyId !== signed.manifest.office.keyId) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.otherKey', {
        keyId: signed.manifest.office.keyId,
        heldKeyId: key.keyId,
      });
    }
    const result = applyPackage(ctx, signed, actor);
    forget(ctx.db, signed.manifestSha256);
    return { package: identityOf(signed), ...result };
  },
};
