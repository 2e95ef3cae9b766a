// Writing an enrolment file (format.ts): enrolment.json and the catalogue package's files, listed
// with their sizes and SHA-256 in manifest.json, which the office signs with its Ed25519 key. The
// office enrols tills with it (office/core/enrolment); the till's tests make their files with it.
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { canonicalPrettyJson } from '../batch/canonicalJson';
import { officeKeyId, publicKeyOf, signManifest } from '../catalogPackage/sign';
import {
  ENROLMENT_CATALOGUE_FOLDER,
  ENROLMENT_FILES,
  ENROLMENT_FORMAT,
  ENROLMENT_FORMAT_VERSION,
  type EnrolmentDoc,
  type EnrolmentManifest,
} from './format';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The zip's entries by name: enrolment.json, the package's files under katalog/ (when given:
 * manifest.json, manifest.sig, catalogue.json by name), the manifest and its signature.
 */
export function enrolmentEntries(
  doc: EnrolmentDoc,
  catalogue: ReadonlyMap<string, Uint8Array> | null,
  privateKeyPem: string,
  generator = 'Karya POS Kantor',
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  files.set(ENROLMENT_FILES.enrolment, Buffer.from(canonicalPrettyJson(doc), 'utf8'));
  if (catalogue) {
    for (const [name, bytes] of catalogue) files.set(`${ENROLMENT_CATALOGUE_FOLDER}/${name}`, bytes);
  }
  const manifest: EnrolmentManifest = {
    format: ENROLMENT_FORMAT,
    formatVersion: ENROLMENT_FORMAT_VERSION,
    generator,
    keyId: officeKeyId(publicKeyOf(privateKeyPem)),
    createdAt: doc.issuedAt,
    files: [...files].map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: sha256(bytes) })),
  };
  const manifestBytes = Buffer.from(canonicalPrettyJson(manifest), 'utf8');
  return new Map([
    [ENROLMENT_FILES.manifest, manifestBytes],
    [ENROLMENT_FILES.signature, Buffer.from(signManifest(manifestBytes, privateKeyPem), 'utf8')],
    ...files,
  ]);
}

/** The entries as one zip; the entries' time is the file's, so the same file zips the same. */
export function enrolmentZip(entries: ReadonlyMap<string, Uint8Array>, issuedAt: string): Uint8Array {
  const zip: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, bytes] of entries) zip[name] = [bytes, { mtime: new Date(issuedAt) }];
  return zipSync(zip, { level: 6 });
}
