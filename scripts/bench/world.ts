// The data every bench case works on, built lazily with a fixed seed in one temp folder: a case
// asks for what it needs (the catalogue today; a year of sales later) and gets the same rows on
// every run and every machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Engine, openEngine } from '../../electron/core/engine';
import { type GeneratedCatalogue, generateCatalogue } from './data/catalogue';
import { type GeneratedSales, generateSales } from './data/sales';
import { type Random, seededRandom } from './random';

export interface BenchOptions {
  seed: number;
  products: number;
  /** Fewer runs per case, for checking the bench itself quickly. */
  quick: boolean;
  /** Sales in the season of sales (1,000,000 by default). */
  sales: number;
  /** Tills and days of the office's generated batches (100 x 365, about 3.5 million sales). */
  officeDevices: number;
  officeDays: number;
  /**
   * Where the office's batches are kept between runs (a year takes a quarter of an hour to write):
   * reused when it holds a generation of the same size and seed, else written there and kept.
   * Null: written in the run's temp folder and deleted with it.
   */
  officeData: string | null;
  /** Ingest only the batches that start before this day (a fraction of the year); null: all. */
  officeIngestUntil: string | null;
}

export interface BenchWorld {
  readonly options: BenchOptions;
  readonly dir: string;
  readonly dbPath: string;
  /** A generator seeded from the bench seed and `purpose`, so cases do not disturb each other. */
  random(purpose: string): Random;
  /** The generated catalogue, built on first use. */
  catalogue(): GeneratedCatalogue;
  /** A year of sales on 20 tills in the same database, built on first use (after the catalogue). */
  sales(): GeneratedSales;
  /** Opens an engine on the bench database (the caller closes it). */
  openEngine(): Engine;
  /** Runs per case: `full` normally, `quick` with --quick. */
  runs(full: number, quick: number): number;
  dispose(): void;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

export function createWorld(options: BenchOptions): BenchWorld {
  const dir = mkdtempSync(join(tmpdir(), 'karya-bench-'));
  const dbPath = join(dir, 'karya.db');
  let catalogue: GeneratedCatalogue | undefined;
  let sales: GeneratedSales | undefined;
  const world: BenchWorld = {
    options,
    dir,
    dbPath,
    random: (purpose) => seededRandom(options.seed ^ hash(purpose)),
    openEngine: () => openEngine({ dbPath, logError: (message, error) => console.error(message, error) }),
    catalogue() {
      if (!catalogue) {
        const started = performance.now();
        // Opening the engine creates, migrates and seeds the demo catalogue; then the bulk rows.
        openEngine({ dbPath }).close();
        const db = new Database(dbPath);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        catalogue = generateCatalogue(db, world.random('catalogue'), options.products);
        db.pragma('optimize');
        db.close();
        console.error(
          `  data: ${options.products.toLocaleString('en')} products in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      return catalogue;
    },
    sales() {
      if (!sales) {
        const { products } = world.catalogue();
        const started = performance.now();
        const db = new Database(dbPath);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        sales = generateSales(db, world.random('sales'), products, options.sales);
        db.pragma('optimize');
        // Checkpoint now: the cases time commits and reads, not a gigabyte of WAL being folded in.
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
        console.error(
          `  data: ${options.sales.toLocaleString('en')} sales in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      return sales;
    },
    runs: (full, quick) => (options.quick ? quick : full),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
  return world;
}
