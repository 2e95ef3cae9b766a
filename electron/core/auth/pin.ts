import { randomBytes, type ScryptOptions, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt with N=2^15 takes tens of milliseconds per guess: slow enough that a stolen database
// does not give up 4-6 digit PINs in seconds, fast enough for a cashier signing in.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;
const COST: ScryptOptions = { N, r: R, p: P, maxmem: MAXMEM };

/** `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking old hashes. */
function encode(salt: Buffer, hash: Buffer): string {
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** What a stored hash says: its salt, cost and hash; null when it is not an scrypt hash. */
function decode(stored: string): { salt: Buffer; expected: Buffer; options: ScryptOptions } | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  return {
    salt: Buffer.from(salt, 'base64'),
    expected: Buffer.from(hash, 'base64'),
    options: { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM },
  };
}

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  return encode(salt, scryptSync(pin, salt, KEY_LENGTH, COST));
}

export function verifyPin(pin: string, stored: string): boolean {
  const parts = decode(stored);
  if (!parts) return false;
  const actual = scryptSync(pin, parts.salt, parts.expected.length, parts.options);
  return timingSafeEqual(actual, parts.expected);
}

const scryptAsync = (secret: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(secret, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

/**
 * `hashPin` for any secret (the office's passwords), off the event loop: a server goes on answering
 * others while one password is hashed. The same format and cost, so either function reads the other's.
 */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return encode(salt, await scryptAsync(secret, salt, KEY_LENGTH, COST));
}

/** `verifyPin` off the event loop; false for a stored value that is not an scrypt hash. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = decode(stored);
  if (!parts) return false;
  const actual = await scryptAsync(secret, parts.salt, parts.expected.length, parts.options);
  return timingSafeEqual(actual, parts.expected);
}
