// Every command of the contract, in a random order and with random input, through a loopback door
// like browser mode's (127.0.0.1, the token, the Origin), one database for the whole run so each
// command meets what the others left behind: a signed-in admin mostly, now and then no session.
// Fails on any INTERNAL answer, any answer slower than 2 s, a malformed answer, and on any
// `PRAGMA integrity_check` or `foreign_key_check` problem (or broken sales invariant) afterwards.
// A few hundred calls; the seed is printed, KARYA_FUZZ_SEED replays it (docs/security.md).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { databaseProblems, salesProblems } from '../../electron/core/durability/invariants';
import type { WebDoor } from '../../electron/web/server';
import { startWebDoor, TOKEN_HEADER } from '../../electron/web/server';
import { COMMAND_NAMES, type CommandName, ERROR_CODES } from '../../shared/contract';
import { engineIn, type TestEngine } from '../support/engine';
import { fuzzSeed, inputsFor, seedLine, setFuzzSandbox } from '../support/fuzzInputs';

const SEED = fuzzSeed();
/** Each run sends every command once, in its own order: 3 runs are about 3 × the contract's size. */
const RUNS = Number(process.env.KARYA_FUZZ_SEQUENCES ?? 3);
const ANSWER_LIMIT_MS = 2000;

/** A value in a message: plain, or another message (a role, a field label) worded alike. */
type Param = string | number | { key: string; params?: Record<string, Param> };
const messageParams: z.ZodType<Record<string, Param>> = z.lazy(() =>
  z.record(
    z.string(),
    z.union([
      z.string(),
      z.number(),
      z.object({ key: z.string().min(1), params: messageParams.optional() }).strict(),
    ]),
  ),
);

const envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }).strict(),
  z
    .object({
      ok: z.literal(false),
      error: z
        .object({
          code: z.enum(ERROR_CODES),
          message: z.string().min(1),
          // The wording's key and its values, for the screen to say it in its language.
          key: z.string().min(1).optional(),
          params: messageParams.optional(),
          path: z.array(z.union([z.string(), z.number()])).optional(),
        })
        .strict(),
    })
    .strict(),
]);

let sandbox = '';
let t: TestEngine;
let door: WebDoor;
let session = '';
let calls = 0;

async function signIn(): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const admin = await t.as('admin', 'Admin Fuzz').catch(() => null);
    if (admin) {
      session = admin.session;
      return;
    }
    // Random auth.login calls may have made the admin wait: let the wait pass.
    t.setNow(new Date(Date.parse('2026-11-28T02:00:00Z') + (attempt + 1) * 3_600_000).toISOString());
  }
  throw new Error('could not sign the fuzz admin in');
}

/** One call through the door; fails the run on a slow, malformed or INTERNAL answer. */
async function call(name: CommandName, input: unknown, withSession: boolean): Promise<void> {
  calls++;
  const started = performance.now();
  const res = await fetch(`${door.origin}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: door.token, origin: door.origin },
    body: JSON.stringify({ name, input, session: withSession ? session : undefined }),
    signal: AbortSignal.timeout(10_000),
  });
  const body: unknown = await res.json();
  const took = performance.now() - started;
  expect(took, `${name} took ${Math.round(took)} ms`).toBeLessThan(ANSWER_LIMIT_MS);
  expect(res.status, `${name}: HTTP ${res.status}`).toBe(200);
  const result = envelope.parse(body);
  if (!result.ok) {
    expect(result.error.code, `${name} answered INTERNAL: ${result.error.message}`).not.toBe('INTERNAL');
  }
  if (withSession && (result.ok ? name === 'auth.logout' : result.error.code === 'UNAUTHENTICATED'))
    await signIn();
}

/** A run: every command once, in a random order, each with its own random input and caller. */
const sequence = fc
  .shuffledSubarray([...COMMAND_NAMES], { minLength: COMMAND_NAMES.length })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) => fc.tuple(fc.constant(name), inputsFor(name), fc.integer({ min: 0, max: 9 }))),
    ),
  );

beforeAll(async () => {
  console.log(seedLine('doorFuzz', SEED, 'npm run test:security -- tests/security/doorFuzz.test.ts'));
  sandbox = mkdtempSync(join(tmpdir(), 'karya-door-fuzz-'));
  setFuzzSandbox(sandbox);
  const staticDir = join(sandbox, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Karya POS</title>');
  t = engineIn(sandbox, { backupCheckMs: 0 });
  await t.ok('sales.commitCash', { lines: [{ productId: 1, qty: 2 }], cashTendered: 1_000_000 });
  await signIn();
  door = await startWebDoor({ engine: t.engine, staticDir });
  expect(new URL(door.origin).hostname).toBe('127.0.0.1');
});

afterAll(async () => {
  await door?.close();
  t?.engine.close();
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

describe('every command in a random order through the loopback door', () => {
  it('answers each without INTERNAL, within 2 s', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(sequence, async (steps) => {
        for (const [name, input, who] of steps) await call(name, input, who > 0);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(calls).toBeGreaterThanOrEqual(RUNS * COMMAND_NAMES.length);
  });

  it('leaves a database whose integrity and foreign key checks pass', () => {
    const db = new Database(join(sandbox, 'karya.db'), { readonly: true });
    try {
      expect([...databaseProblems(db), ...salesProblems(db)]).toEqual([]);
    } finally {
      db.close();
    }
  });
});
