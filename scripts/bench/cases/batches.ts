// Issue 7 and 9: sales batches at scale. 100 closed days of 2,000 sales on one till (200,000
// sales, in a database of their own), exported as 20 batches of 5 days (10,000 sales each) before
// the cases run. Timed: exporting 50 days (100,000 sales) again, checking that batch as the office
// does, and merging the 20 batches into one workbook. Each run is a fresh process (batchChild.ts),
// so its time and its peak memory (start-up included) are its own, not the bench's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM } from '../../../electron/core/auth/access';
import { openEngine } from '../../../electron/core/engine';
import { type ClosedSeason, generateClosedDays } from '../data/closedDays';
import { type Stats, summarise } from '../measure';
import type { BenchCase } from '../types';
import type { BenchWorld } from '../world';

interface Prepared {
  season: ClosedSeason;
  /** The 20 batch folders of 5 days each. */
  batches: string[];
  out: string;
  /** The 100,000-sale batch the export case wrote last. */
  exported: string | null;
}

const prepared = new WeakMap<BenchWorld, Promise<Prepared>>();

function prepare(world: BenchWorld): Promise<Prepared> {
  let ready = prepared.get(world);
  if (!ready) {
    ready = (async () => {
      const started = performance.now();
      const dir = join(world.dir, 'batches');
      mkdirSync(dir, { recursive: true });
      // --quick: a tenth of the sales per day.
      const season = generateClosedDays(join(dir, 'closed.db'), world.random('closed-days'), {
        days: 100,
        salesPerDay: world.options.quick ? 200 : 2_000,
      });
      const out = join(dir, 'out');
      const usb = join(out, 'usb');
      mkdirSync(usb, { recursive: true });
      const engine = openEngine({ dbPath: season.dbPath, backupCheckMs: 0 });
      const batches: string[] = [];
      try {
        for (let i = 0; i < 20; i++) {
          const result = await engine.call(
            'batches.export',
            { dir: usb, days: season.days.slice(i * 5, i * 5 + 5) },
            SYSTEM,
          );
          if (!result.ok) throw new Error(result.error.message);
          batches.push((result.data as { batch: { folder: string } }).batch.folder);
        }
      } finally {
        engine.close();
      }
      console.error(
        `  data: ${(season.days.length * season.salesPerDay).toLocaleString('en')} closed sales, 20 batches in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      return { season, batches, out, exported: null };
    })();
    prepared.set(world, ready);
  }
  return ready;
}

const CHILD = fileURLToPath(new URL('../batchChild.ts', import.meta.url));

/** Runs batchChild.ts `runs` times; the timings and the highest peak memory it reported. */
function inChild(args: (i: number) => string[], runs: number, onDone?: (stderr: string) => void): Stats {
  const durations: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args(i)], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`batchChild ${args(i)[0]} failed:\n${child.stderr}`);
    const { ms, maxRssMiB } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
      ms: number;
      maxRssMiB: number;
    };
    durations.push(ms);
    peak = Math.max(peak, maxRssMiB);
    onDone?.(child.stderr.trim());
  }
  return summarise(durations, peak * 2 ** 20);
}

export const batchCases: BenchCase[] = [
  {
    name: 'batch export: 100,000 sales (50 days)',
    what: 'batches.export through engine.call of 50 closed days (2,000 sales a day, about 3 lines each) as a re-export: sales.jsonl streamed a page at a time, refunds, cash, Z reports, four CSV files and the streamed XLSX, each fsynced and read back, then the manifest, the rename and the record, in a fresh process; peak RSS (the whole process, start-up included) should stay under 300 MiB',
    target: { stat: 'maxMs', maxMs: 10_000 },
    async run(world) {
      const ready = await prepare(world);
      const days = JSON.stringify(ready.season.days.slice(0, 50));
      return inChild(
        (i) => {
          const dir = join(ready.out, `export-${i}`);
          mkdirSync(dir, { recursive: true });
          return ['export', ready.season.dbPath, dir, days];
        },
        world.runs(3, 1),
        (folder) => {
          ready.exported = folder.split('\n').at(-1) ?? null;
        },
      );
    },
  },
  {
    name: 'batch verify: 100,000 sales',
    what: 'karya batch verify of the exported 100,000-sale batch: every file hashed, every sale parsed, checked against its schema and its own arithmetic, numbers, counts, totals and each Z report recomputed',
    target: { stat: 'maxMs', maxMs: 10_000 },
    async run(world) {
      const ready = await prepare(world);
      const folder = ready.exported;
      if (!folder) throw new Error('run the export case first');
      return inChild(() => ['verify', folder], world.runs(3, 1));
    },
  },
  {
    name: 'batch merge: 20 batches of 10,000 sales',
    what: 'karya batch merge of the 20 batches (200,000 sales): the whole check of each, then one workbook by unit with the split, by product, by day and by device',
    target: { stat: 'maxMs', maxMs: 20_000 },
    async run(world) {
      const ready = await prepare(world);
      const out = mkdtempSync(join(ready.out, 'merge-'));
      return inChild((i) => ['merge', join(out, `gabungan-${i}.xlsx`), ...ready.batches], world.runs(3, 1));
    },
  },
];
