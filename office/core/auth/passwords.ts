// Office passwords use the till's scrypt (electron/core/auth/pin.ts): one format, one cost, hashed
// off the event loop so the server answers others meanwhile.
import { hashSecret, verifySecret } from '../../../electron/core/auth/pin';

export { hashSecret as hashPassword };

let decoy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash; with no hash (an unknown or inactive name) it checks
 * against a decoy, so a wrong name takes as long as a wrong password and names cannot be guessed
 * from the time an answer takes.
 */
export async function checkPassword(password: string, stored: string | null): Promise<boolean> {
  if (stored !== null) return verifySecret(password, stored);
  decoy ??= hashSecret('karya-office-decoy');
  await verifySecret(password, await decoy);
  return false;
}
