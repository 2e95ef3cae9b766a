// Packages opened and checked but not yet applied, kept in the engine's memory (a package is the
// office's, so anyone may see it again: they are not kept per person). Keyed by database, so two
// engines in one process (tests) never see each other's; the last few opened are kept, by their
// manifest's SHA-256, which is what the apply names.
import type { Database } from 'better-sqlite3';
import type { SignedPackage } from './checkPackage';

const KEEP = 3;
const stores = new WeakMap<Database, Map<string, SignedPackage>>();

function storeOf(db: Database): Map<string, SignedPackage> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  return store;
}

export function keepOpen(db: Database, signed: SignedPackage): void {
  const store = storeOf(db);
  store.delete(signed.manifestSha256);
  store.set(signed.manifestSha256, signed);
  while (store.size > KEEP) store.delete(store.keys().next().value as string);
}

export function openPackage(db: Database, id: string): SignedPackage | undefined {
  return storeOf(db).get(id);
}

/** The package opened last, if it is still open. */
export function latestOpen(db: Database): SignedPackage | undefined {
  return [...storeOf(db).values()].at(-1);
}

export function forget(db: Database, id: string): void {
  storeOf(db).delete(id);
}
