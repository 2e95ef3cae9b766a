// Random inputs at every command through the loopback door, as a signed-in admin (who may reach
// every command) and now and then with no session. Each answer must be a well-formed result whose
// data matches the command's output schema; bad input must never come back as INTERNAL; and the
// database must be consistent afterwards. Inputs are drawn from each command's own schema (valid
// shapes with random values, and random JSON in place of any part), so handlers are reached, not
// only the validator. Bounded in runs and time so `npm test` stays quick; the seed is fixed unless
// KARYA_FUZZ_SEED says otherwise, and printed (docs/security.md, "Fuzzing").
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMAND_NAMES, commands, ERROR_CODES } from '../../shared/contract';
import { isMessageKey } from '../../shared/messages';
import { engineIn, type TestEngine } from '../../tests/support/engine';
import { fuzzSeed, inputsFor, seedLine, setFuzzSandbox } from '../../tests/support/fuzzInputs';
import { databaseProblems, salesProblems } from '../core/durability/invariants';
import type { WebDoor } from './server';
import { startWebDoor, TOKEN_HEADER } from './server';

const RUNS = Number(process.env.KARYA_FUZZ_RUNS ?? 40);
const TIME_PER_COMMAND_MS = Number(process.env.KARYA_FUZZ_MS ?? 1500);
// Command number i runs with seed SEED + i; a failure also prints fast-check's own seed and path.
const SEED = fuzzSeed();
/** An answer slower than this is a hang, whatever it says. */
const ANSWER_LIMIT_MS = 2000;

const envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }).strict(),
  z
    .object({
      ok: z.literal(false),
      error: z
        .object({
          code: z.enum(ERROR_CODES),
          message: z.string().min(1),
          // The message as a catalogue key (always worded: see shared/messages), for the screens.
          key: z.string().refine(isMessageKey),
          params: z.record(z.string(), z.unknown()).optional(),
          path: z.array(z.union([z.string(), z.number()])).optional(),
        })
        .strict(),
    })
    .strict(),
]);

// ---------- the door ----------

let t: TestEngine;
let door: WebDoor;
let session = '';
let sandbox = '';

async function signIn(): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const admin = await t.as('admin', 'Admin Fuzz').catch(() => null);
    if (admin) {
      session = admin.session;
      return;
    }
    // Random auth.login calls may have locked the admin out: let the lockout pass.
    t.setNow(new Date(Date.parse('2026-11-28T02:00:00Z') + (attempt + 1) * 3_600_000).toISOString());
  }
  throw new Error('could not sign the fuzz admin in');
}

async function post(
  name: string,
  input: unknown,
  withSession: boolean,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${door.origin}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: door.token, origin: door.origin },
    body: JSON.stringify({ name, input, session: withSession ? session : undefined }),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  console.log(
    seedLine(
      'commandFuzz',
      SEED,
      'npx vitest run -c tests/vitest.config.ts electron/web/commandFuzz.test.ts',
    ),
  );
  sandbox = mkdtempSync(join(tmpdir(), 'karya-fuzz-'));
  setFuzzSandbox(sandbox);
  const staticDir = join(sandbox, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Karya POS</title>');
  t = engineIn(sandbox, { backupCheckMs: 0 });
  await t.ok('sales.commitCash', { lines: [{ productId: 1, qty: 2 }], cashTendered: 1_000_000 });
  await signIn();
  door = await startWebDoor({ engine: t.engine, staticDir });
});

afterAll(async () => {
  await door?.close();
  t?.engine.close();
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

describe('random input at every command through the loopback door', () => {
  it.each(COMMAND_NAMES.map((name, index) => [name, index] as const))('%s', async (name, index) => {
    await fc.assert(
      fc.asyncProperty(inputsFor(name), fc.integer({ min: 0, max: 9 }), async (input, who) => {
        const started = performance.now();
        const { status, body } = await post(name, input, who > 0);
        const took = performance.now() - started;
        expect(took, `${name} took ${Math.round(took)} ms`).toBeLessThan(ANSWER_LIMIT_MS);
        expect(status).toBe(200);
        const result = envelope.parse(body);
        if (result.ok) {
          const output = commands[name].output.safeParse(result.data);
          expect(output.success, `output of ${name} does not match its schema`).toBe(true);
        } else {
          expect(result.error.code, `${name} answered INTERNAL: ${result.error.message}`).not.toBe(
            'INTERNAL',
          );
        }
        // The admin signed out or was replaced by a restore: sign in again for the next run.
        if (who > 0 && (result.ok ? name === 'auth.logout' : result.error.code === 'UNAUTHENTICATED'))
          await signIn();
      }),
      { numRuns: RUNS, seed: SEED + index, interruptAfterTimeLimit: TIME_PER_COMMAND_MS, endOnFailure: true },
    );
  });

  it('leaves a consistent database behind', () => {
    const db = new Database(join(sandbox, 'karya.db'), { readonly: true });
    try {
      expect([...databaseProblems(db), ...salesProblems(db)]).toEqual([]);
    } finally {
      db.close();
    }
  });
});
