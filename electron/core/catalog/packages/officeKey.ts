// The office's public key this till trusts for catalogue packages: one line `ed25519:...` in the
// settings table. A manager sets it in Pengaturan > Kantor (later, the enrolment file will); a
// package signed by any other key is refused.
import type { Database } from 'better-sqlite3';
import { officeKeyId, parsePublicKey } from '../../../../shared/catalogPackage/sign';
import { getSetting, setSetting } from '../../settings/settings';

const KEY = 'office_public_key';

export interface HeldKey {
  publicKey: string;
  keyId: string;
}

export function heldOfficeKey(db: Database): HeldKey | null {
  const publicKey = getSetting(db, KEY) ?? '';
  if (publicKey === '' || !parsePublicKey(publicKey)) return null;
  return { publicKey, keyId: officeKeyId(publicKey) };
}

/** Stores the key (already checked with parsePublicKey) or clears it with null. */
export function storeOfficeKey(db: Database, publicKey: string | null): void {
  setSetting(db, KEY, publicKey ?? '');
}
