// The office's Ed25519 signing key for catalogue packages. It lives in the office's data folder
// (`catalogue-signing-key.pem`, readable by the server's account only), not in the database: a copy
// or dump of the database, which may travel for reports and backups, cannot sign a package; and the
// data folder is already the office's own (locked while the server runs). It is made the first time
// it is needed (the catalogue page shows its public key, a publish signs with it) and never sent to
// the pages; only the public key is, for the tills' enrolment. Losing the file means a new key that
// every till has to be given again: back the data folder up.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateOfficeKey, officeKeyId, publicKeyOf } from '../../../shared/catalogPackage/sign';

export const SIGNING_KEY_FILE = 'catalogue-signing-key.pem';

export interface OfficeSigningKey {
  privateKeyPem: string;
  publicKey: string;
  keyId: string;
}

const loaded = new Map<string, Promise<OfficeSigningKey>>();

async function loadOrMake(dataDir: string): Promise<OfficeSigningKey> {
  const file = join(dataDir, SIGNING_KEY_FILE);
  let privateKeyPem: string;
  try {
    privateKeyPem = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const made = generateOfficeKey();
    try {
      // `wx`: a second server on the same folder that made one first wins, and we read its key.
      await writeFile(file, made.privateKeyPem, { flag: 'wx', mode: 0o600 });
      privateKeyPem = made.privateKeyPem;
    } catch (writeError) {
      if ((writeError as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError;
      privateKeyPem = await readFile(file, 'utf8');
    }
  }
  const publicKey = publicKeyOf(privateKeyPem);
  return { privateKeyPem, publicKey, keyId: officeKeyId(publicKey) };
}

/** The key of the office whose data folder is `dataDir`, made on first need. */
export function officeSigningKey(dataDir: string): Promise<OfficeSigningKey> {
  let key = loaded.get(dataDir);
  if (!key) {
    key = loadOrMake(dataDir);
    loaded.set(dataDir, key);
    key.catch(() => loaded.delete(dataDir));
  }
  return key;
}
