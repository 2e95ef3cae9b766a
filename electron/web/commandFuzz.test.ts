// Random inputs at every command through the loopback door, as a signed-in admin (who may reach
// every command) and now and then with no session. Each answer must be a well-formed result whose
// data matches the command's output schema; bad input must never come back as INTERNAL; and the
// database must be consistent afterwards. Inputs are drawn from each command's own schema (valid
// shapes with random values, and random JSON in place of any part), so handlers are reached, not
// only the validator. Bounded in runs and time so `npm test` stays quick; fixed seeds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CommandName } from '../../shared/contract';
import { COMMAND_NAMES, commands, ERROR_CODES } from '../../shared/contract';
import { engineIn, type TestEngine } from '../../tests/support/engine';
import { databaseProblems, salesProblems } from '../core/durability/invariants';
import type { WebDoor } from './server';
import { startWebDoor, TOKEN_HEADER } from './server';

const RUNS = Number(process.env.KARYA_FUZZ_RUNS ?? 40);
const TIME_PER_COMMAND_MS = Number(process.env.KARYA_FUZZ_MS ?? 1500);
const SEED = 20261128;

const envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }).strict(),
  z
    .object({
      ok: z.literal(false),
      error: z.object({ code: z.enum(ERROR_CODES), message: z.string().min(1) }).strict(),
    })
    .strict(),
]);

// ---------- inputs drawn from a zod schema ----------

interface ZodCheck {
  _zod: {
    def: {
      check: string;
      minimum?: number;
      maximum?: number;
      value?: number;
      inclusive?: boolean;
      format?: string;
      pattern?: RegExp;
    };
  };
}

interface ZodDef {
  type: string;
  checks?: ZodCheck[];
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  element?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  options?: { _zod: { def: ZodDef } }[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  valueType?: { _zod: { def: ZodDef } };
}

let sandbox = '';
const SPECIAL_STRINGS = [
  '',
  ' ',
  'BTH1',
  'BWG-100',
  '2990000000019',
  '2026-11-28',
  '..',
  '../karya.db',
  'karya-BTH1-20261128-100000-manual.db',
  'Makanan',
  'LPS-PALU',
  'é😀',
  '<script>',
  "'; DROP TABLE sales; --",
  'x'.repeat(5000),
];
const anyJson = fc.jsonValue({ maxDepth: 3 });
const someString = fc.oneof(fc.string({ maxLength: 24 }), fc.constantFrom(...SPECIAL_STRINGS));
const someNumber = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.integer({ min: -2_000_000_000_000, max: 2_000_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(0, 1, 1.5, 0.001, 1.0001, Number.MAX_SAFE_INTEGER),
);

/** Strings that pass the schema's own checks (length, pattern) most of the time. */
function fittingString(def: ZodDef): fc.Arbitrary<unknown> {
  let minLength = 0;
  let maxLength = 40;
  let pattern: RegExp | undefined;
  for (const { _zod } of def.checks ?? []) {
    if (_zod.def.check === 'min_length') minLength = _zod.def.minimum ?? 0;
    if (_zod.def.check === 'max_length') maxLength = Math.min(_zod.def.maximum ?? 40, 60);
    if (_zod.def.check === 'string_format' && _zod.def.pattern) pattern = _zod.def.pattern;
  }
  const fitting = pattern
    ? fc.stringMatching(pattern).filter((text) => text.length <= 200)
    : fc.string({ minLength: Math.min(minLength, maxLength), maxLength });
  return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 1, arbitrary: someString });
}

/** Numbers inside the schema's bounds (integers where it wants them) most of the time. */
function fittingNumber(def: ZodDef): fc.Arbitrary<unknown> {
  let min = -1000;
  let max = 100_000;
  let integer = false;
  for (const { _zod } of def.checks ?? []) {
    const { check, value, inclusive, format } = _zod.def;
    if (check === 'number_format' && (format === 'safeint' || format === 'int32')) integer = true;
    if (check === 'greater_than' && value !== undefined)
      min = inclusive ? value : value + (integer ? 1 : 0.001);
    if (check === 'less_than' && value !== undefined) max = Math.min(inclusive ? value : value - 0.001, 1e12);
  }
  if (min > max) return someNumber;
  const fitting = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, min + 5000)) })
    : fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, min + 5000)) }),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
      );
  return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 1, arbitrary: someNumber });
}

function fromDef(def: ZodDef, depth: number): fc.Arbitrary<unknown> {
  const value = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'object': {
        const shape = def.shape ?? {};
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, field] of Object.entries(shape)) record[key] = fromDef(field._zod.def, depth + 1);
        const keys = Object.keys(record);
        return fc.oneof(
          { weight: 4, arbitrary: fc.record(record) },
          { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
          { weight: 1, arbitrary: fc.record({ ...record, extra: anyJson }) },
          ...(keys.length === 0 ? [] : [{ weight: 0, arbitrary: fc.constant({}) }]),
        );
      }
      case 'array':
        return def.element && depth < 4
          ? fc.array(fromDef(def.element._zod.def, depth + 1), { maxLength: 4 })
          : fc.array(anyJson, { maxLength: 3 });
      case 'string':
        return fittingString(def);
      case 'number':
      case 'int':
        return fittingNumber(def);
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
      case 'literal':
        return fc.constantFrom(...(def.values ?? [null]));
      case 'null':
        return fc.constant(null);
      case 'optional':
        return def.innerType
          ? fc.option(fromDef(def.innerType._zod.def, depth), { nil: undefined })
          : anyJson;
      case 'nullable':
        return def.innerType ? fc.option(fromDef(def.innerType._zod.def, depth), { nil: null }) : anyJson;
      case 'default':
      case 'catch':
      case 'readonly':
      case 'nonoptional':
        return def.innerType ? fromDef(def.innerType._zod.def, depth) : anyJson;
      case 'pipe':
        return def.in ? fromDef(def.in._zod.def, depth) : anyJson;
      case 'union':
        return def.options && def.options.length > 0
          ? fc.oneof(...def.options.map((option) => fromDef(option._zod.def, depth + 1)))
          : anyJson;
      case 'record':
        return def.valueType
          ? fc.dictionary(someString, fromDef(def.valueType._zod.def, depth + 1), { maxKeys: 3 })
          : fc.dictionary(someString, anyJson, { maxKeys: 3 });
      default:
        return anyJson;
    }
  })();
  // Anywhere in the tree, now and then, something else entirely.
  return fc.oneof({ weight: 24, arbitrary: value }, { weight: 1, arbitrary: anyJson });
}

/** Keeps absolute paths inside this test's folder: backup.configure must not write around the disk. */
function sandboxed(value: unknown): unknown {
  if (typeof value === 'string' && /^(\/|[A-Za-z]:|\\\\)/.test(value)) {
    return join(sandbox, value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40) || 'x');
  }
  if (Array.isArray(value)) return value.map(sandboxed);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sandboxed(v)]));
  }
  return value;
}

function inputsFor(name: CommandName): fc.Arbitrary<unknown> {
  const schema = commands[name].input as unknown as { _zod: { def: ZodDef } };
  return fc
    .oneof({ weight: 4, arbitrary: fromDef(schema._zod.def, 0) }, { weight: 1, arbitrary: anyJson })
    .map(sandboxed);
}

// ---------- the door ----------

let t: TestEngine;
let door: WebDoor;
let session = '';

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
  sandbox = mkdtempSync(join(tmpdir(), 'karya-fuzz-'));
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
        const { status, body } = await post(name, input, who > 0);
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
