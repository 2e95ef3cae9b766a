// The office's scale (issue 19): a year of batches from 100 tills (about 3.5 million sales,
// `--office-devices`, `--office-days`) written by the direct generator before the cases that need
// them, then ingested into PostgreSQL (a cluster of the bench's own, durable settings) and into the
// embedded PGlite. Each step runs once, in a fresh process (child.ts), at this size: its time, its
// rate and its own peak memory are the measurement. `--office-ingest-until=YYYY-MM-DD` ingests only
// the batches that start before that day (a measured fraction of the year).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Stats, summarise } from '../measure';
import type { BenchCase } from '../types';
import type { BenchWorld } from '../world';
import { BENCH_SHAPE, type GeneratedSummary } from './generate';

interface ChildResult {
  ms: number;
  maxRssMiB: number;
  sales?: number;
  batches?: number;
  refused?: number;
  /** The statement totals' timings on the filled database (ingest only). */
  statementMs?: number[];
  statementLastPageMs?: number[];
  statementLines?: number;
  overviewMs?: number[];
}

interface Generated {
  dir: string;
  run: ChildResult;
  /** True when an earlier run's batches were reused (`--office-data`): `run` is that run's. */
  reused: boolean;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
/** The generation's own measurement, kept beside its output for a later run that reuses it. */
const RUN_FILE = 'generation-run.json';

function inChild(args: string[]): ChildResult {
  // stderr passes through: a full-size step takes minutes and says how far it is.
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`office child ${args[0]} failed (status ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

const generated = new WeakMap<BenchWorld, Generated>();

/** A generation in `dir` of this size and seed, with its measurement, or null. */
function earlier(dir: string, world: BenchWorld): ChildResult | null {
  try {
    const summary = JSON.parse(readFileSync(join(dir, 'generated.json'), 'utf8')) as GeneratedSummary;
    const { officeDevices, officeDays, seed } = world.options;
    const same =
      summary.devices === officeDevices &&
      summary.days === officeDays &&
      summary.seed === seed &&
      summary.salesPerDay === BENCH_SHAPE.salesPerDay &&
      summary.batchDays === BENCH_SHAPE.batchDays;
    return same ? (JSON.parse(readFileSync(join(dir, RUN_FILE), 'utf8')) as ChildResult) : null;
  } catch {
    return null;
  }
}

/** The year of batches, written once per bench run (or reused from `--office-data`). */
function generate(world: BenchWorld): Generated {
  let done = generated.get(world);
  if (!done) {
    const dir = world.options.officeData ?? join(world.dir, 'office');
    const before = earlier(dir, world);
    if (before) {
      console.error(`  data: reusing the batches in ${dir}`);
      done = { dir, run: before, reused: true };
    } else {
      const { officeDevices, officeDays, seed } = world.options;
      console.error(`  data: ${officeDevices} tills x ${officeDays} days of batches into ${dir}`);
      const run = inChild(['generate', dir, String(officeDevices), String(officeDays), String(seed)]);
      writeFileSync(join(dir, RUN_FILE), `${JSON.stringify(run)}\n`);
      done = { dir, run, reused: false };
    }
    generated.set(world, done);
  }
  return done;
}

const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));

function once(run: ChildResult, counts: Stats['counts']): Stats {
  return { ...summarise([run.ms], run.maxRssMiB * 2 ** 20), ...(counts ? { counts } : {}) };
}

const ingested = new WeakMap<BenchWorld, Map<string, ChildResult>>();

/** Ingests the generated batches into a fresh database of `target` in a child; rate and memory targets. */
function ingestCase(world: BenchWorld, target: 'postgres' | 'embedded', minPerSecond: number): Stats {
  const { dir } = generate(world);
  const until = world.options.officeIngestUntil ?? '';
  const run = inChild(['ingest', target, dir, join(world.dir, `office-${target}`), until]);
  const runs = ingested.get(world) ?? new Map<string, ChildResult>();
  runs.set(target, run);
  ingested.set(world, runs);
  return once(run, [
    {
      label: 'sales/s',
      value: perSecond(run.sales ?? 0, run.ms),
      of: `${(run.sales ?? 0).toLocaleString('en')} sales stored from ${run.batches} batches, ${run.refused} refused${until ? `, batches starting before ${until}` : ''}`,
      min: minPerSecond,
    },
    {
      label: 'peak RSS MiB',
      value: Math.round(run.maxRssMiB),
      of: 'the ingesting process, start-up and migrations included',
      max: 500,
    },
  ]);
}

export const officeCases: BenchCase[] = [
  {
    name: 'office: generate batches',
    what: 'scripts/bench/office/generate.ts in a fresh process: each till a day at a time (sales priced and paid with the till’s code, voids, refunds, two shifts, the Z), one batch a week written through the till’s batch writer (JSON lines, CSV, the workbook, manifest, checksums, each file fsynced); one gap and two re-exports planted; one run',
    async run(world) {
      const { run, reused } = generate(world);
      return once(run, [
        {
          label: 'sales/s',
          value: perSecond(run.sales ?? 0, run.ms),
          of: `${(run.sales ?? 0).toLocaleString('en')} sales in ${run.batches} batches${reused ? '; measured when the reused batches were written' : ''}`,
        },
      ]);
    },
  },
  {
    name: 'office: ingest into PostgreSQL',
    what: 'every generated batch through ingestFolder (the office check, the archive copy fsynced, one transaction per batch with its summaries) into a fresh PostgreSQL cluster with its durable defaults (fsync on), in arrival order (week by week across tills, the held-back batch last); the time excludes the cluster’s start and the migrations',
    async run(world) {
      return ingestCase(world, 'postgres', 5_000);
    },
  },
  {
    name: 'office: statement page, one unit, one month (PostgreSQL)',
    what: 'what the statement page asks when it opens (statements.preview): statementSummary (totals per set of rates and per device, from day_unit_totals) and the first page of lines (statementLines, 100) for LPS-PALU over January 2026, on the PostgreSQL database the ingest case just filled (the whole year when it ingested everything), 20 runs after one untimed; the last page (the deepest offset) timed 5 times',
    target: { stat: 'p95Ms', maxMs: 300 },
    async run(world) {
      const run = ingested.get(world)?.get('postgres');
      if (!run?.statementMs) throw new Error('run the PostgreSQL ingest case first');
      return {
        ...summarise(run.statementMs, run.maxRssMiB * 2 ** 20),
        counts: [
          {
            label: 'lines',
            value: run.statementLines ?? 0,
            of: 'sale and refund lines of the unit in the month',
          },
          {
            label: 'last page median ms',
            value: Math.round(summarise(run.statementLastPageMs ?? [0], 0).medianMs),
            of: 'the page of lines at the deepest offset',
          },
        ],
      };
    },
  },
  {
    name: 'office: overview, one month (PostgreSQL)',
    what: 'overviewOf for January 2026 as seen on 28 January (net per unit, per device and per day from day_unit_totals, today’s, months held, late devices, unit names), on the same filled PostgreSQL database, 20 runs after one untimed',
    target: { stat: 'p95Ms', maxMs: 300 },
    async run(world) {
      const run = ingested.get(world)?.get('postgres');
      if (!run?.overviewMs) throw new Error('run the PostgreSQL ingest case first');
      return summarise(run.overviewMs, run.maxRssMiB * 2 ** 20);
    },
  },
  {
    name: 'office: ingest into PGlite (embedded)',
    what: 'the same into the embedded database in the ingesting process (PGlite, shared_buffers 32MB, created in a child process first)',
    async run(world) {
      return ingestCase(world, 'embedded', 1_000);
    },
  },
];
