import { describe, expect, it } from 'vitest';
import {
  generateOfficeKey,
  officeKeyId,
  parsePublicKey,
  publicKeyOf,
  signManifest,
  verifyManifest,
} from './sign';

describe('the office signing key', () => {
  const office = generateOfficeKey();
  const bytes = Buffer.from('{"format":"karya-pos-catalogue","version":3}\n');

  it('signs a manifest that its public key verifies, and nothing else', () => {
    const signature = signManifest(bytes, office.privateKeyPem);
    expect(signature).toMatch(/^[A-Za-z0-9+/]{86}==\n$/);
    expect(verifyManifest(bytes, signature, office.publicKey)).toBe(true);

    const changed = Buffer.from(bytes);
    changed[changed.length - 3] = '4'.charCodeAt(0);
    expect(verifyManifest(changed, signature, office.publicKey)).toBe(false);
    expect(verifyManifest(bytes, signature, generateOfficeKey().publicKey)).toBe(false);
    expect(verifyManifest(bytes, 'bukan tanda tangan', office.publicKey)).toBe(false);
    expect(verifyManifest(bytes, signature, 'ed25519:AAAA')).toBe(false);
  });

  it('writes the public key as one line a person can copy, and reads only that', () => {
    expect(office.publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    expect(publicKeyOf(office.privateKeyPem)).toBe(office.publicKey);
    expect(parsePublicKey(` ${office.publicKey}\n`)).not.toBeNull();
    expect(parsePublicKey(office.publicKey.replace('ed25519:', 'rsa:'))).toBeNull();
    expect(parsePublicKey(`${office.publicKey.slice(0, -2)}=`)).toBeNull();
    expect(officeKeyId(office.publicKey)).toMatch(/^[0-9a-f]{16}$/);
    expect(officeKeyId(office.publicKey)).not.toBe(officeKeyId(generateOfficeKey().publicKey));
  });
});
