// Random command inputs for the fuzz tests (electron/web/commandFuzz.test.ts and
// tests/security/): drawn from each command's own zod schema, mostly fitting its types, lengths,
// patterns and bounds, with random JSON in place of any part, so handlers are reached, not only the
// validator. Absolute paths are redirected into the test's folder (setFuzzSandbox). The seed comes
// from KARYA_FUZZ_SEED (fuzzSeed), is printed, and replays a run exactly.
import { join } from 'node:path';
import fc from 'fast-check';
import type { CommandName } from '../../shared/contract';
import { commands } from '../../shared/contract';

/** The fixed seed `npm test` uses; KARYA_FUZZ_SEED=<n> replays another, =random draws one. */
export const DEFAULT_FUZZ_SEED = 20261128;

/** The seed for this run: KARYA_FUZZ_SEED (an integer, or `random`), else the fixed default. */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KARYA_FUZZ_SEED?.trim();
  if (!raw) return DEFAULT_FUZZ_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed))
    throw new Error(`KARYA_FUZZ_SEED must be an integer or "random", not ${raw}`);
  return seed;
}

/** One line saying which seed runs and how to run it again. */
export function seedLine(what: string, seed: number, script: string): string {
  return `${what}: seed ${seed} (replay: KARYA_FUZZ_SEED=${seed} ${script})`;
}

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

/** The folder absolute paths in generated input are redirected into. */
export function setFuzzSandbox(dir: string): void {
  sandbox = dir;
}

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

/** Inputs for a command: drawn from its own schema most of the time, any JSON now and then. */
export function inputsFor(name: CommandName): fc.Arbitrary<unknown> {
  const schema = commands[name].input as unknown as { _zod: { def: ZodDef } };
  return fc
    .oneof({ weight: 4, arbitrary: fromDef(schema._zod.def, 0) }, { weight: 1, arbitrary: anyJson })
    .map(sandboxed);
}
