// What every office command handler is given: the database, the clock, and who is calling.
import type { OfficeRole } from '../../shared/office/contract';
import type { Db } from '../db/types';
import type { AddressThrottle } from './auth/throttle';

export interface OfficeLog {
  info(event: string, detail?: Record<string, unknown>): void;
  error(event: string, error: unknown, detail?: Record<string, unknown>): void;
}

export interface OfficeContext {
  db: Db;
  /** The server's clock; tests pass a fixed one. Never read the calendar anywhere else. */
  now: () => Date;
  /** Wrong passwords per client address, in memory (a restart forgets them; per-name locks are stored). */
  throttle: AddressThrottle;
  log: OfficeLog;
  /**
   * The package's resources/ (the statements' fonts), passed in by `npm run office`'s launcher;
   * absent (tests from the sources): found above this file (resources.ts).
   */
  resourcesDir?: string;
}

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; id: number; name: string; role: OfficeRole; tokenSha256: string };

/** One call through the door: who makes it, from where, and the session cookie it should leave. */
export interface CallState {
  actor: Actor;
  /** The client's address (the proxy's forwarded one when the server trusts it); for throttling and audit. */
  address: string;
  /** Set by sign-in (a new token) and sign-out (null); the door turns it into Set-Cookie. */
  session?: { token: string; maxAgeSeconds: number } | null;
}

export type OfficeHandler<I, O> = (ctx: OfficeContext, input: I, call: CallState) => Promise<O>;

/** Instants from the database as ISO text, whichever way the pool parsed them. */
export function isoOf(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoOf(value);
}
