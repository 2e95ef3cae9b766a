// The enrolment file, version 1: what the office gives a new till so that its first-run setup needs
// no typing of addresses, tokens or keys (docs/office.md, Pendaftaran kasir). One zip,
// `karya-pendaftaran-<CODE>.zip`, of these files at its top:
//
//   manifest.json         what the file is: the office's key id, when it was made, every other file's
//                         size and SHA-256
//   manifest.sig          the office's Ed25519 signature over manifest.json's exact bytes (base64)
//   enrolment.json        the till: device code, name, location, upload address and token, the
//                         office's public key
//   katalog/manifest.json, katalog/manifest.sig, katalog/catalogue.json
//                         the office's whole catalogue as a catalogue package (shared/catalogPackage),
//                         absent while the office has published nothing
//
// The till has no key of the office before it is enrolled, so it checks the signature with the key
// the file carries: that proves the file is whole and was made by the holder of that key, and the
// key is then the one the till trusts for every later package. The file carries an upload token, a
// secret: the office issues a new one (revoking the last) each time the file is downloaded.
import * as z from 'zod/mini';

export const ENROLMENT_FORMAT = 'karya-pos-enrolment';
export const ENROLMENT_FORMAT_VERSION = 1;

export const ENROLMENT_FILES = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  enrolment: 'enrolment.json',
} as const;

/** The folder inside the file that holds the catalogue package's three files. */
export const ENROLMENT_CATALOGUE_FOLDER = 'katalog';

/** `karya-pendaftaran-PLU2.zip` */
export function enrolmentFileName(device: string): string {
  return `karya-pendaftaran-${device}.zip`;
}

/** The till's own rule for a device code (shared/contract/device.ts DEVICE_CODE_PATTERN). */
const deviceCode = z.string().check(z.regex(/^[A-Z0-9]{2,8}$/));
const line = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));
const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const enrolmentDocSchema = z.strictObject({
  format: z.literal(ENROLMENT_FORMAT),
  formatVersion: z.literal(ENROLMENT_FORMAT_VERSION),
  officeName: line(80),
  device: deviceCode,
  /** The booth's name: the first line of its receipt header. */
  name: line(40),
  /** Where it stands: the second line of its receipt header; may be empty. */
  location: z.string().check(z.maxLength(40)),
  /** The office's batch address (https, or http to this machine only: the till's rule). */
  uploadUrl: line(500),
  token: z.string().check(z.regex(/^[\x21-\x7e]{8,500}$/)),
  /** `ed25519:...`: the key the till trusts for catalogue packages from now on. */
  publicKey: line(100),
  issuedAt: instant,
  /** The catalogue package version the file carries, or null when it carries none. */
  catalogueVersion: z.nullable(z.int().check(z.minimum(1))),
});
export type EnrolmentDoc = z.infer<typeof enrolmentDocSchema>;

export const enrolmentManifestSchema = z.strictObject({
  format: z.literal(ENROLMENT_FORMAT),
  formatVersion: z.literal(ENROLMENT_FORMAT_VERSION),
  generator: line(200),
  keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  createdAt: instant,
  files: z.array(z.strictObject({ name: line(200), bytes: z.int().check(z.minimum(0)), sha256 })),
});
export type EnrolmentManifest = z.infer<typeof enrolmentManifestSchema>;
