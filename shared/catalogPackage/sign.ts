// The office's signing key: Ed25519 (node:crypto, no package). The office keeps the private key; a
// till holds the public key as one line of text, `ed25519:<base64 of the 32 raw bytes>`, given by
// its enrolment file or typed in the till's settings. A till trusts a package only when
// manifest.sig is the signature of manifest.json's exact bytes by the key it holds.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';

const PREFIX = 'ed25519:';
/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface OfficeKeyPair {
  /** PKCS#8 PEM: stays in the office's data folder. */
  privateKeyPem: string;
  /** `ed25519:...`: goes to every till. */
  publicKey: string;
}

export function generateOfficeKey(): OfficeKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKeyText(publicKey),
  };
}

export function publicKeyText(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' });
  return PREFIX + der.subarray(SPKI_PREFIX.length).toString('base64');
}

/** The public key of a PEM private key, as a till holds it. */
export function publicKeyOf(privateKeyPem: string): string {
  return publicKeyText(createPublicKey(createPrivateKey(privateKeyPem)));
}

/** The key object of `ed25519:...`, or null when the text is not one (wrong prefix, length). */
export function parsePublicKey(text: string): KeyObject | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) return null;
  const raw = Buffer.from(trimmed.slice(PREFIX.length), 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== trimmed.slice(PREFIX.length)) return null;
  try {
    return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
  } catch {
    return null;
  }
}

/** Short id of a public key (first 16 hex of SHA-256 of its raw bytes): named in each manifest. */
export function officeKeyId(publicKey: string): string {
  const raw = Buffer.from(publicKey.trim().slice(PREFIX.length), 'base64');
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/** manifest.sig's text: base64 of the signature of `bytes`, and a newline. */
export function signManifest(bytes: Uint8Array, privateKeyPem: string): string {
  return `${sign(null, bytes, createPrivateKey(privateKeyPem)).toString('base64')}\n`;
}

/** Whether `signatureText` (manifest.sig) is `publicKey`'s signature of exactly `bytes`. */
export function verifyManifest(bytes: Uint8Array, signatureText: string, publicKey: string): boolean {
  const key = parsePublicKey(publicKey);
  if (!key) return false;
  const signature = Buffer.from(signatureText.trim(), 'base64');
  if (signature.length !== 64) return false;
  return verify(null, bytes, key, signature);
}
