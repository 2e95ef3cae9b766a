// Issue 3/9: a scanner and a typing cashier on a 50,000-product catalogue, through engine.call
// exactly as the till calls it (validation, access check, handler, result object).
import Database from 'better-sqlite3';
import { SYSTEM } from '../../../electron/core/auth/access';
import type { Engine } from '../../../electron/core/engine';
import type { CommandName } from '../../../shared/contract';
import { DEFAULT_SCALE_SETTINGS, makeScaleBarcode } from '../../../shared/weightBarcode';
import { measure } from '../measure';
import type { Random } from '../random';
import type { BenchCase } from '../types';

async function callOk(engine: Engine, name: CommandName, input: unknown): Promise<unknown> {
  const result = await engine.call(name, input, SYSTEM);
  if (!result.ok) throw new Error(`${name} ${JSON.stringify(input)} refused: ${result.error.message}`);
  return result.data;
}

/** 2-5 letter prefixes of catalogue words, sometimes after a whole first word ("kopi bu"). */
function prefixQuery(rng: Random, words: readonly string[]): string {
  const word = rng.pick(words).toLowerCase();
  const prefix = word.slice(0, rng.int(2, Math.min(5, word.length)));
  return rng.chance(0.2) ? `${rng.pick(words).toLowerCase()} ${prefix}` : prefix;
}

/** 3-5 letters from inside a word ("oren" of Goreng): what the trigram index is for. */
function partOfWordQuery(rng: Random, words: readonly string[]): string {
  const long = words.filter((w) => w.length >= 5);
  const word = rng.pick(long).toLowerCase();
  const size = rng.int(3, Math.min(5, word.length - 1));
  const start = rng.int(1, word.length - size);
  return word.slice(start, start + size);
}

function searchCase(
  name: string,
  what: string,
  makeQuery: (rng: Random, words: readonly string[]) => string,
): BenchCase {
  return {
    name,
    what,
    target: { stat: 'p99Ms', maxMs: 10 },
    async run(world) {
      const { words } = world.catalogue();
      const rng = world.random(name);
      const queries = Array.from({ length: 500 }, () => makeQuery(rng, words));
      const engine = world.openEngine();
      try {
        return await measure((i) => callOk(engine, 'products.list', { query: queries[i % queries.length] }), {
          runs: world.runs(3000, 300),
          warmup: 100,
        });
      } finally {
        engine.close();
      }
    },
  };
}

export const searchCases: BenchCase[] = [
  {
    name: 'barcode lookup',
    what: 'products.lookup {code} with an EAN-13 of a random product (the scanner path)',
    target: { stat: 'p99Ms', maxMs: 1 },
    async run(world) {
      const { products } = world.catalogue();
      const rng = world.random('barcode lookup');
      const codes = Array.from({ length: 5000 }, () => rng.pick(products).barcode);
      const engine = world.openEngine();
      try {
        return await measure((i) => callOk(engine, 'products.lookup', { code: codes[i % codes.length] }), {
          runs: world.runs(20_000, 1000),
          warmup: 500,
        });
      } finally {
        engine.close();
      }
    },
  },
  {
    name: 'scale label lookup',
    what: 'products.lookup {code} with a weight-embedded label (prefix 20, PLU, grams): misses the barcodes, then reads the scale layout',
    target: { stat: 'p99Ms', maxMs: 1 },
    async run(world) {
      const weighed = world.catalogue().products.filter((p) => p.plu !== null);
      const layout = DEFAULT_SCALE_SETTINGS.layouts[0];
      if (!layout || weighed.length === 0) throw new Error('no scale layout or no weighed products');
      const rng = world.random('scale label lookup');
      const codes = Array.from({ length: 2000 }, () =>
        makeScaleBarcode(layout, rng.pick(weighed).plu ?? 0, rng.int(50, 5000)),
      );
      const engine = world.openEngine();
      try {
        return await measure((i) => callOk(engine, 'products.lookup', { code: codes[i % codes.length] }), {
          runs: world.runs(10_000, 500),
          warmup: 500,
        });
      } finally {
        engine.close();
      }
    },
  },
  searchCase(
    'name search: prefixes',
    'products.list {query} with 2-5 letters of a catalogue word, 20% after a whole first word ("kopi bu"); up to 500 rows back',
    prefixQuery,
  ),
  searchCase(
    'name search: part of word',
    'products.list {query} with 3-5 letters from inside a word ("oren"); up to 500 rows back',
    partOfWordQuery,
  ),
  {
    name: 'engine start',
    what: 'openEngine as a door calls it (open, pragmas, checks, migrations, settings) + first command (app.info) + close, on the 50,000-product file',
    target: { stat: 'p95Ms', maxMs: 300 },
    async run(world) {
      world.catalogue();
      return measure(
        async () => {
          const engine = world.openEngine();
          await callOk(engine, 'app.info', {});
          engine.close();
        },
        { runs: world.runs(40, 5), warmup: 2 },
      );
    },
  },
  {
    name: 'integrity_check(1) alone',
    what: 'PRAGMA integrity_check(1) on the same file, for reading "engine start" (no target of its own)',
    async run(world) {
      world.catalogue();
      const db = new Database(world.dbPath, { readonly: true });
      try {
        return await measure(() => db.pragma('integrity_check(1)'), { runs: world.runs(10, 3), warmup: 1 });
      } finally {
        db.close();
      }
    },
  },
];
