// The install id: a random value written once into a database when it is first opened, and never
// changed. It tells apart two tills that carry the same device code by mistake (two laptops both set
// up as PLU1): each batch's manifest carries it, and the office refuses a device code that arrives
// with two install ids. A copy of the database (a backup restored, a takeover of a broken laptop)
// keeps it: that laptop is the same till and goes on with the same batch chain.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { getSetting, setSetting } from './settings';

export const INSTALL_ID_KEY = 'install_id';
export const INSTALL_ID_PATTERN = /^[0-9a-f]{32}$/;

/** The database's install id, written now (128 random bits, hex) if it has none yet. */
export function ensureInstallId(db: Database): string {
  return db
    .transaction(() => {
      const stored = getSetting(db, INSTALL_ID_KEY);
      if (stored !== undefined && INSTALL_ID_PATTERN.test(stored)) return stored;
      const made = randomBytes(16).toString('hex');
      setSetting(db, INSTALL_ID_KEY, made);
      return made;
    })
    .immediate();
}
