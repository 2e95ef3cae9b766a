// Reading the office's enrolment file (shared/enrolment/format.ts) at first-run setup. Nothing in it
// is trusted until every check passes; the first that fails refuses the file with its own
// Indonesian message, and nothing is set:
//   1. a zip of at most 64 MB, its entries plain names (no folders but katalog/, no `..`)
//   2. manifest.json reads as the enrolment manifest; enrolment.json as the enrolment
//   3. the key in enrolment.json is an Ed25519 key, the manifest names it, and manifest.sig is its
//      signature of manifest.json's exact bytes
//   4. every file the manifest lists is there with its size and SHA-256, and nothing else is
//   5. the upload address is one the till accepts (https, or http to this machine)
//   6. the catalogue under katalog/, when there is one, passes every check of a catalogue package
//      (checkPackage.ts) with that same key, and is the version enrolment.json names
// The till holds no key of the office yet, so (3) proves the file whole and made by the key's
// holder; the person checks the office's name and the key's id the setup screen shows.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { officeKeyId, parsePublicKey, verifyManifest } from '../../../shared/catalogPackage/sign';
import { uploadUrl } from '../../../shared/contract/batches';
import {
  ENROLMENT_CATALOGUE_FOLDER,
  ENROLMENT_FILES,
  type EnrolmentDoc,
  enrolmentDocSchema,
  enrolmentManifestSchema,
} from '../../../shared/enrolment/format';
import { type MessageRef, ref } from '../../../shared/messages';
import { checkSigned, type SignedPackage } from '../catalog/packages/checkPackage';
import { MAX_PACKAGE_BYTES } from '../catalog/packages/packageFiles';
import { EngineError } from '../errors';
import { isZipperLitter, openZip, ZipProblem } from '../zip/readZip';

export interface CheckedEnrolment {
  doc: EnrolmentDoc;
  keyId: string;
  /** The catalogue package inside, checked; null when the office had published none. */
  catalogue: SignedPackage | null;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const MAX_ENTRIES = 16;

function tooBig(): EngineError {
  return new EngineError('INVALID_INPUT', 'enrolment.tooBig', { max: MAX_PACKAGE_BYTES / 1024 / 1024 });
}

/** The zip's files by name; only katalog/<name> may have a folder. */
function unzip(bytes: Buffer, origin: string): Map<string, Buffer> {
  if (bytes.length > MAX_PACKAGE_BYTES) throw tooBig();
  const work = mkdtempSync(join(tmpdir(), 'karya-daftar-'));
  try {
    const path = join(work, 'pendaftaran.zip');
    writeFileSync(path, bytes);
    let zip: ReturnType<typeof openZip>;
    try {
      zip = openZip(path, { maxEntries: MAX_ENTRIES * 4 });
    } catch (error) {
      if (error instanceof ZipProblem)
        throw new EngineError('INVALID_INPUT', 'enrolment.notAFile', { name: origin });
      throw error;
    }
    try {
      const entries = zip.entries.filter((entry) => !isZipperLitter(entry.name) && !entry.name.endsWith('/'));
      if (entries.length > MAX_ENTRIES) {
        throw new EngineError('INVALID_INPUT', 'enrolment.notAFile', { name: origin });
      }
      let declared = 0;
      for (const entry of entries) {
        declared += entry.size;
        if (declared > MAX_PACKAGE_BYTES) throw tooBig();
      }
      const files = new Map<string, Buffer>();
      for (const entry of entries) {
        const parts = entry.name.split('/');
        const plain =
          parts.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\')) &&
          (parts.length === 1 || (parts.length === 2 && parts[0] === ENROLMENT_CATALOGUE_FOLDER));
        if (!plain || files.has(entry.name)) {
          throw new EngineError('INVALID_INPUT', 'enrolment.fileUnlisted', {
            name: entry.name.slice(0, 120),
          });
        }
        try {
          files.set(entry.name, zip.read(entry));
        } catch (error) {
          if (error instanceof ZipProblem) {
            throw new EngineError('INVALID_INPUT', 'enrolment.zipBroken', { reason: error.message });
          }
          throw error;
        }
      }
      return files;
    } finally {
      zip.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function issueOf(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (!issue) return '-';
  const path = issue.path.map(String).join('.') || '-';
  return `${path} (${issue.code})`.slice(0, 160);
}

function readJson<T>(bytes: Buffer, schema: z.ZodMiniType<T>, file: string): T {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new EngineError('INVALID_INPUT', 'enrolment.invalid', { file, reason: 'JSON' });
  }
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) {
    throw new EngineError('INVALID_INPUT', 'enrolment.invalid', {
      file,
      reason: issueOf(parsed.error.issues),
    });
  }
  return parsed.data;
}

function invalid(reason: MessageRef): EngineError {
  return new EngineError('INVALID_INPUT', 'enrolment.invalid', { file: ENROLMENT_FILES.enrolment, reason });
}

/** Checks 1 to 6 on the file's bytes; throws the refusal of the first that fails. */
export function checkEnrolment(bytes: Buffer, origin: string): CheckedEnrolment {
  const files = unzip(bytes, origin);
  const manifestBytes = files.get(ENROLMENT_FILES.manifest);
  if (!manifestBytes) throw new EngineError('INVALID_INPUT', 'enrolment.notAFile', { name: origin });
  const manifest = readJson(manifestBytes, enrolmentManifestSchema, ENROLMENT_FILES.manifest);
  const docBytes = files.get(ENROLMENT_FILES.enrolment);
  if (!docBytes) {
    throw new EngineError('INVALID_INPUT', 'enrolment.fileMissing', { name: ENROLMENT_FILES.enrolment });
  }
  const doc = readJson(docBytes, enrolmentDocSchema, ENROLMENT_FILES.enrolment);

  if (!parsePublicKey(doc.publicKey)) throw invalid(ref('enrolment.issue.key'));
  const keyId = officeKeyId(doc.publicKey);
  const signature = files.get(ENROLMENT_FILES.signature);
  if (
    manifest.keyId !== keyId ||
    !signature ||
    !verifyManifest(manifestBytes, signature.toString('utf8'), doc.publicKey)
  ) {
    throw new EngineError('INVALID_INPUT', 'enrolment.badSignature');
  }

  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (
      file.name === ENROLMENT_FILES.manifest ||
      file.name === ENROLMENT_FILES.signature ||
      listed.has(file.name)
    ) {
      throw new EngineError('INVALID_INPUT', 'enrolment.fileUnlisted', { name: file.name.slice(0, 120) });
    }
    listed.add(file.name);
    const data = files.get(file.name);
    if (!data) throw new EngineError('INVALID_INPUT', 'enrolment.fileMissing', { name: file.name });
    if (data.length !== file.bytes || sha256(data) !== file.sha256) {
      throw new EngineError('INVALID_INPUT', 'enrolment.fileChanged', { name: file.name });
    }
  }
  for (const name of files.keys()) {
    if (name !== ENROLMENT_FILES.manifest && name !== ENROLMENT_FILES.signature && !listed.has(name)) {
      throw new EngineError('INVALID_INPUT', 'enrolment.fileUnlisted', { name: name.slice(0, 120) });
    }
  }
  if (!listed.has(ENROLMENT_FILES.enrolment)) {
    throw new EngineError('INVALID_INPUT', 'enrolment.fileUnlisted', { name: ENROLMENT_FILES.enrolment });
  }
  if (!uploadUrl.safeParse(doc.uploadUrl).success) throw invalid(ref('enrolment.issue.url'));

  const prefix = `${ENROLMENT_CATALOGUE_FOLDER}/`;
  const packageFiles = new Map<string, Buffer>();
  for (const [name, data] of files)
    if (name.startsWith(prefix)) packageFiles.set(name.slice(prefix.length), data);
  let catalogue: SignedPackage | null = null;
  if (packageFiles.size > 0) {
    try {
      catalogue = checkSigned(
        { origin: ENROLMENT_CATALOGUE_FOLDER, files: packageFiles },
        { publicKey: doc.publicKey, keyId },
        'usb',
      );
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      throw new EngineError('INVALID_INPUT', 'enrolment.catalogueRefused', {
        reason: { key: error.key, params: error.params } as MessageRef,
      });
    }
  }
  if ((catalogue?.manifest.version ?? null) !== doc.catalogueVersion)
    throw invalid(ref('enrolment.issue.version'));
  return { doc, keyId, catalogue };
}
