// Tests of the office's commands: a core on a fresh migrated database (either backend), a clock the
// test moves, and helpers to sign people in and read what a call gave.
import { expect } from 'vitest';
import type { OfficeCommandName, OfficeOutput } from '../../../shared/office/contract';
import { freshDb } from '../../db/testing/backends';
import type { Db, DbKind } from '../../db/types';
import type { AddressThrottle } from '../auth/throttle';
import { createOfficeCore, type OfficeCallOutcome, type OfficeCore } from '../commands';

export const START = new Date('2026-12-01T02:00:00.000Z');

export interface TestOffice {
  db: Db;
  core: OfficeCore;
  /** Moves the core's clock. */
  setNow(at: Date): void;
  now(): Date;
  /** Runs a command as the holder of `token` from `address` (127.0.0.1 by default). */
  run(command: string, input: unknown, token?: string, address?: string): Promise<OfficeCallOutcome>;
  /** Runs it and returns its data, failing the test on a refusal. */
  ok<K extends OfficeCommandName>(command: K, input: unknown, token?: string): Promise<OfficeOutput<K>>;
  /** Runs it and returns its error code and key, failing the test when it passes. */
  refused(
    command: string,
    input: unknown,
    token?: string,
    address?: string,
  ): Promise<{ code: string; key?: string }>;
  /** The first admin `admin` (password `admin-sandi-1`), signed in; returns her token. */
  firstAdmin(): Promise<string>;
  /** Adds a person as the admin and signs her in; returns her token. */
  person(adminToken: string, name: string, role: 'viewer' | 'finance' | 'admin'): Promise<string>;
}

export async function testOffice(
  kind: DbKind,
  options: { throttle?: AddressThrottle } = {},
): Promise<TestOffice> {
  const { db } = await freshDb(kind, { migrated: true });
  let now = START;
  const core = createOfficeCore({
    db,
    now: () => now,
    throttle: options.throttle,
    log: { info: () => {}, error: (event, error) => console.error(event, error) },
  });
  const run = (command: string, input: unknown, token?: string, address = '127.0.0.1') =>
    core.call(command, input, { token, address });
  const office: TestOffice = {
    db,
    core,
    setNow: (at) => {
      now = at;
    },
    now: () => now,
    run,
    async ok(command, input, token) {
      const { result } = await run(command, input, token);
      if (!result.ok) expect.fail(`${command} refused: ${result.error.code} ${result.error.message}`);
      return result.data as never;
    },
    async refused(command, input, token, address) {
      const { result } = await run(command, input, token, address);
      if (result.ok) expect.fail(`${command} passed, expected a refusal`);
      return { code: result.error.code, key: result.error.key };
    },
    async firstAdmin() {
      const outcome = await run('auth.createFirstAdmin', { name: 'admin', password: 'admin-sandi-1' });
      expect(outcome.result.ok).toBe(true);
      return outcome.session?.token as string;
    },
    async person(adminToken, name, role) {
      await office.ok('users.create', { name, role, password: `${name}-sandi-1` }, adminToken);
      const outcome = await run('auth.signIn', { name, password: `${name}-sandi-1` });
      expect(outcome.result.ok).toBe(true);
      return outcome.session?.token as string;
    },
  };
  return office;
}
