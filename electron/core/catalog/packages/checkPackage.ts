// The checks a package passes before the till shows what it would change, in this order; the first
// that fails refuses the package with its own message and nothing is written:
//   1. the till holds the office's key
//   2. manifest.json is there and reads as a manifest
//   3. it names the key this till holds, and manifest.sig is that key's signature of its bytes
//   4. every file it lists is there with its size and SHA-256, and nothing else is
//   5. catalogue.json reads as the catalogue, and holds as many records as the manifest says
// Then, against this till's catalogue (tillChecks.ts, again inside the apply's transaction):
//   6. the package covers a version the till does not hold yet
//   7. every record fits and everything it names resolves
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import {
  type CatalogueDoc,
  catalogueDocSchema,
  PACKAGE_FILES,
  type PackageManifest,
  packageManifestSchema,
} from '../../../../shared/catalogPackage/format';
import { verifyManifest } from '../../../../shared/catalogPackage/sign';
import { type MessageRef, ref } from '../../../../shared/messages';
import { EngineError } from '../../errors';
import type { HeldKey } from './officeKey';
import type { PackageFiles } from './packageFiles';

export type PackageSource = 'usb' | 'office';

/** A package whose signature, files and documents are good: what the till may preview and apply. */
export interface SignedPackage {
  manifest: PackageManifest;
  /** SHA-256 of manifest.json: the package's identity. */
  manifestSha256: string;
  doc: CatalogueDoc;
  source: PackageSource;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The first problem zod found, as a message naming where (`products[3].prices`) and what. */
function schemaIssue(issues: readonly z.core.$ZodIssue[]): MessageRef {
  const issue = issues[0];
  if (!issue) return ref('catalogPackage.issue.other');
  const path =
    issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
      .join('') || '-';
  switch (issue.code) {
    case 'invalid_type':
      return ref('catalogPackage.issue.type', { path });
    case 'too_small':
    case 'too_big':
      return ref('catalogPackage.issue.range', { path });
    case 'invalid_format':
      return ref('catalogPackage.issue.format', { path });
    case 'unrecognized_keys':
      return ref('catalogPackage.issue.unknownField', { path, fields: issue.keys.join(', ').slice(0, 120) });
    case 'invalid_value':
      return ref('catalogPackage.issue.value', { path });
    default:
      return ref('catalogPackage.issue.at', { path });
  }
}

function readJson(bytes: Buffer): unknown {
  // A byte-order mark or anything but UTF-8 JSON is not what the office writes.
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/** Checks 1 to 5; throws the refusal of the first that fails. */
export function checkSigned(given: PackageFiles, key: HeldKey | null, source: PackageSource): SignedPackage {
  if (!key) throw new EngineError('CONFLICT', 'catalogPackage.noKey');
  const { files, origin } = given;

  const manifestBytes = files.get(PACKAGE_FILES.manifest);
  if (!manifestBytes) throw new EngineError('INVALID_INPUT', 'catalogPackage.notAPackage', { name: origin });
  let manifestJson: unknown;
  try {
    manifestJson = readJson(manifestBytes);
  } catch {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.manifestNotJson');
  }
  const parsed = z.safeParse(packageManifestSchema, manifestJson);
  if (!parsed.success) {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.manifestInvalid', {
      reason: schemaIssue(parsed.error.issues),
    });
  }
  const manifest = parsed.data;
  if (manifest.basedOn >= manifest.version) {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.manifestInvalid', {
      reason: ref('catalogPackage.issue.basedOn', { version: manifest.version, basedOn: manifest.basedOn }),
    });
  }

  if (manifest.office.keyId !== key.keyId) {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.otherKey', {
      keyId: manifest.office.keyId,
      heldKeyId: key.keyId,
    });
  }
  const signature = files.get(PACKAGE_FILES.signature);
  if (!signature || !verifyManifest(manifestBytes, signature.toString('utf8'), key.publicKey)) {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.badSignature', { keyId: key.keyId });
  }

  const listed = new Set<string>();
  for (const file of manifest.files) {
    const name = file.name;
    if (
      name.includes('/') ||
      name.includes('\\') ||
      name === PACKAGE_FILES.manifest ||
      name === PACKAGE_FILES.signature ||
      listed.has(name)
    ) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.manifestInvalid', {
        reason: ref('catalogPackage.issue.fileName', { name: name.slice(0, 120) }),
      });
    }
    listed.add(name);
    const bytes = files.get(name);
    if (!bytes) throw new EngineError('INVALID_INPUT', 'catalogPackage.fileMissing', { name });
    if (bytes.length !== file.bytes) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.fileSize', {
        name,
        expected: file.bytes,
        actual: bytes.length,
      });
    }
    if (sha256(bytes) !== file.sha256)
      throw new EngineError('INVALID_INPUT', 'catalogPackage.fileHash', { name });
  }
  for (const name of files.keys()) {
    if (name !== PACKAGE_FILES.manifest && name !== PACKAGE_FILES.signature && !listed.has(name)) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.fileUnlisted', { name: name.slice(0, 120) });
    }
  }
  const catalogueBytes = files.get(PACKAGE_FILES.catalogue);
  if (!listed.has(PACKAGE_FILES.catalogue) || !catalogueBytes) {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.fileMissing', { name: PACKAGE_FILES.catalogue });
  }

  let catalogueJson: unknown;
  try {
    catalogueJson = readJson(catalogueBytes);
  } catch {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.catalogueNotJson');
  }
  const doc = z.safeParse(catalogueDocSchema, catalogueJson);
  if (!doc.success) {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.catalogueInvalid', {
      reason: schemaIssue(doc.error.issues),
    });
  }
  for (const what of ['units', 'workshops', 'categories', 'tiers', 'products'] as const) {
    if (doc.data[what].length !== manifest.counts[what]) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.countsDiffer', {
        what: ref(`catalogPackage.records.${what}`),
        actual: doc.data[what].length,
        expected: manifest.counts[what],
      });
    }
  }
  return { manifest, manifestSha256: sha256(manifestBytes), doc: doc.data, source };
}
