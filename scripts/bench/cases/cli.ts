// Issue 19: the command line starts in under 300 ms. Built first, as `npm run build` builds it
// (scripts/build/node.mjs into the bench's temp folder), then timed as a person runs it: a fresh
// `node scripts/karya.mjs ...` process each run, from spawn to exit. `--help` loads only the entry;
// `batch verify` loads the batch tools (zod, the batch schemas) and checks one day's batch; `app.info`
// opens the engine (the contract, migrations checked, the SQLite file) and has no target.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM } from '../../../electron/core/auth/access';
import { openEngine } from '../../../electron/core/engine';
import { buildNode } from '../../build/node.mjs';
import { generateClosedDays } from '../data/closedDays';
import { measure, type Stats, summarise } from '../measure';
import type { BenchCase } from '../types';
import type { BenchWorld } from '../world';

const LAUNCHER = fileURLToPath(new URL('../../karya.mjs', import.meta.url));

interface Prepared {
  outDir: string;
  /** One closed day of 200 sales, exported. */
  batch: string;
  dbPath: string;
  /** Preloaded into each run: writes `<CPU ms> <peak RSS KiB>` to fd 3 at exit. */
  reporter: string;
}

const prepared = new WeakMap<BenchWorld, Promise<Prepared>>();

function prepare(world: BenchWorld): Promise<Prepared> {
  let ready = prepared.get(world);
  if (!ready) {
    ready = (async () => {
      const dir = join(world.dir, 'cli');
      const outDir = join(dir, 'out');
      await buildNode({ outDir, programs: ['cli'] });
      const season = generateClosedDays(join(dir, 'day.db'), world.random('cli-day'), {
        days: 1,
        salesPerDay: 200,
      });
      const usb = join(dir, 'usb');
      mkdirSync(usb, { recursive: true });
      const engine = openEngine({ dbPath: season.dbPath, backupCheckMs: 0 });
      let batch: string;
      try {
        const result = await engine.call('batches.export', { dir: usb, days: season.days }, SYSTEM);
        if (!result.ok) throw new Error(result.error.message);
        batch = (result.data as { batch: { folder: string } }).batch.folder;
      } finally {
        engine.close();
      }
      const reporter = join(dir, 'report.mjs');
      writeFileSync(
        reporter,
        [
          "import { writeSync } from 'node:fs';",
          "process.on('exit', () => {",
          '  const use = process.resourceUsage();',
          "  writeSync(3, [(use.userCPUTime + use.systemCPUTime) / 1000, use.maxRSS].join(' '));",
          '});',
          '',
        ].join('\n'),
      );
      return { outDir, batch, dbPath: join(dir, 'app.db'), reporter };
    })();
    prepared.set(world, ready);
  }
  return ready;
}

/** Wall and CPU time of one command line, measured once and shown in two rows. */
interface Timed {
  wall: Stats;
  cpu: Stats;
}

const timed = new WeakMap<BenchWorld, Map<string, Promise<Timed>>>();

/**
 * `karya args` `runs` times in fresh processes, each timed from spawn to exit. Every run preloads a
 * two-line module that reports the process's own CPU time (user + system) and peak RSS at exit: on
 * a busy machine the wall time includes waiting for a core, the CPU time does not.
 */
function timeKarya(
  world: BenchWorld,
  args: (ready: Prepared) => string[],
  expectCode: number,
): Promise<Timed> {
  let cache = timed.get(world);
  if (!cache) {
    cache = new Map();
    timed.set(world, cache);
  }
  const key = `${expectCode} ${args.toString()}`;
  let result = cache.get(key);
  if (!result) {
    result = (async () => {
      const ready = await prepare(world);
      const env: NodeJS.ProcessEnv = { ...process.env, KARYA_OUT_DIR: ready.outDir };
      delete env.KARYA_FROM_SOURCE;
      const cpuMs: number[] = [];
      let peakKiB = 0;
      const wall = await measure(
        () => {
          const child = spawnSync(process.execPath, ['--import', ready.reporter, LAUNCHER, ...args(ready)], {
            encoding: 'utf8',
            env,
            stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
          });
          if (child.status !== expectCode)
            throw new Error(`karya ${args(ready).join(' ')} exited ${child.status}:\n${child.stderr}`);
          if (child.stderr.includes('tsx')) throw new Error(`karya ran from the sources:\n${child.stderr}`);
          const [cpu, rss] = String(child.output[3] ?? '')
            .split(' ')
            .map(Number);
          cpuMs.push(cpu ?? Number.NaN);
          peakKiB = Math.max(peakKiB, rss ?? 0);
        },
        { runs: world.runs(30, 5), warmup: 2 },
      );
      const peakRssMiB = peakKiB / 1024;
      return {
        wall: { ...wall, peakRssMiB },
        cpu: { ...summarise(cpuMs.slice(-wall.runs), 0), peakRssMiB },
      };
    })();
    cache.set(key, result);
  }
  return result;
}

const help = () => ['--help'];
const verify = (ready: Prepared) => ['batch', 'verify', ready.batch];
const info = (ready: Prepared) => ['--db', ready.dbPath, 'app.info'];

export const cliCases: BenchCase[] = [
  {
    name: 'cli: karya --help',
    what: 'node scripts/karya.mjs --help on the built command line (out/cli/karya.mjs), a fresh process per run from spawn to exit: Node starts, the entry loads, the usage is printed (exit 2); peak RSS of that process',
    target: { stat: 'medianMs', maxMs: 300 },
    run: async (world) => (await timeKarya(world, help, 2)).wall,
  },
  {
    name: 'cli: karya --help, CPU',
    what: 'the same runs: CPU time (user + system) of the karya process itself, which waiting for a busy core does not add to',
    run: async (world) => (await timeKarya(world, help, 2)).cpu,
  },
  {
    name: 'cli: karya batch verify (one day, 200 sales)',
    what: 'node scripts/karya.mjs batch verify of one exported day (200 sales) on the built command line, a fresh process per run: the batch tools and their schemas load, every file is hashed and every sale checked',
    target: { stat: 'medianMs', maxMs: 300 },
    run: async (world) => (await timeKarya(world, verify, 0)).wall,
  },
  {
    name: 'cli: karya batch verify, CPU',
    what: 'the same runs: CPU time (user + system) of the karya process itself',
    run: async (world) => (await timeKarya(world, verify, 0)).cpu,
  },
  {
    name: 'cli: karya app.info (engine)',
    what: 'node scripts/karya.mjs --db FILE app.info on the built command line, a fresh process per run: the contract, the engine and better-sqlite3 load, the database opens (created and migrated in the first, untimed run); no target',
    run: async (world) => (await timeKarya(world, info, 0)).wall,
  },
  {
    name: 'cli: karya app.info, CPU',
    what: 'the same runs: CPU time (user + system) of the karya process itself',
    run: async (world) => (await timeKarya(world, info, 0)).cpu,
  },
];
