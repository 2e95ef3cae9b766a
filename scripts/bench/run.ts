// npm run bench [-- --quick] [--only=text] [--products=N] [--sales=N] [--seed=N]
//   [--office-devices=N] [--office-days=N] [--office-data=DIR] [--office-ingest-until=YYYY-MM-DD]
// Builds the bench data with a fixed seed in a temp folder, runs every case, prints a Markdown
// table (paste it into docs/performance.md) and exits 1 if a case misses its target.
import { loadavg } from 'node:os';
import { CASES } from './cases/index';
import { describeMachine } from './machine';
import type { Count, Stats } from './measure';
import type { BenchCase } from './types';
import { type BenchOptions, createWorld } from './world';

function parseArgs(argv: readonly string[]): BenchOptions & { only: string | null } {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const number = (name: string, fallback: number) => {
    const text = value(name);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  const day = (name: string) => {
    const text = value(name);
    if (text !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(text))
      throw new Error(`--${name} must be YYYY-MM-DD`);
    return text ?? null;
  };
  return {
    seed: number('seed', 20261128),
    products: number('products', 50_000),
    quick: argv.includes('--quick'),
    sales: number('sales', argv.includes('--quick') ? 50_000 : 1_000_000),
    only: value('only') ?? null,
    // The office's cases: a year of batches from this many tills (3.5 million sales by default).
    officeDevices: number('office-devices', argv.includes('--quick') ? 3 : 100),
    officeDays: number('office-days', argv.includes('--quick') ? 28 : 365),
    officeData: value('office-data') ?? null,
    officeIngestUntil: day('office-ingest-until'),
  };
}

const ms = (n: number) => (n < 10 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(1));

const countMissed = (count: Count) =>
  (count.max !== undefined && count.value > count.max) ||
  (count.min !== undefined && count.value < count.min);

/** `≤ 3` or `≥ 5000`, or null for a count without a target. */
const countTarget = (count: Count) =>
  count.max !== undefined ? `≤ ${count.max}` : count.min !== undefined ? `≥ ${count.min}` : null;

function verdict(bench: BenchCase, stats: Stats): string {
  const parts: string[] = [];
  if (bench.target) {
    const label = { medianMs: 'median', p95Ms: 'p95', p99Ms: 'p99', maxMs: 'max' }[bench.target.stat];
    const ok = stats[bench.target.stat] <= bench.target.maxMs;
    parts.push(`${label} ≤ ${bench.target.maxMs} ms: ${ok ? 'ok' : 'MISSED'}`);
  }
  for (const count of stats.counts ?? []) {
    const target = countTarget(count);
    if (target) parts.push(`${count.label} ${target}: ${countMissed(count) ? 'MISSED' : 'ok'}`);
  }
  return parts.join('; ');
}

function missedTarget(bench: BenchCase, stats: Stats): boolean {
  const timing = bench.target !== undefined && stats[bench.target.stat] > bench.target.maxMs;
  return timing || (stats.counts ?? []).some(countMissed);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const machine = describeMachine();
  const cases = CASES.filter((c) => !options.only || c.name.includes(options.only));
  const world = createWorld(options);
  // Other work on the machine skews the tails; the load average says how busy it was.
  const loadBefore = loadavg()[0] ?? 0;
  const rows: { bench: BenchCase; stats: Stats }[] = [];
  console.error(`Karya POS bench: seed ${options.seed}, ${cases.length} case(s), data in ${world.dir}`);
  try {
    for (const bench of cases) {
      console.error(`- ${bench.name}`);
      rows.push({ bench, stats: await bench.run(world) });
    }
  } finally {
    world.dispose();
  }

  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}; ` +
      `Node ${machine.node}, SQLite ${machine.sqlite} (better-sqlite3 ${machine.betterSqlite3})`,
    `Data: ${options.products.toLocaleString('en')} generated products (+ the demo catalogue; the grid cases ` +
      `use their own 5,000), seed ${options.seed}` +
      (options.quick ? ', QUICK run (few runs: not for the record)' : ''),
    `Load average (1 min) at start ${loadBefore.toFixed(2)}, at end ${(loadavg()[0] ?? 0).toFixed(2)} ` +
      `(${machine.cores} cores: above ${machine.cores} the cases shared the CPU with other work)`,
    '',
    '| case | runs | median ms | p95 ms | p99 ms | max ms | peak RSS MiB | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      ({ bench, stats }) =>
        `| ${bench.name} | ${stats.runs} | ${ms(stats.medianMs)} | ${ms(stats.p95Ms)} | ${ms(stats.p99Ms)} | ` +
        `${ms(stats.maxMs)} | ${stats.peakRssMiB.toFixed(0)} | ${verdict(bench, stats)} |`,
    ),
    '',
    ...rows.map(({ bench }) => `- **${bench.name}**: ${bench.what}`),
    ...rows.flatMap(({ bench, stats }) =>
      (stats.counts ?? []).map(
        (count) =>
          `- ${bench.name}: ${count.label} ${count.value}${typeof count.of === 'string' ? ` (${count.of})` : ` of ${count.of}`}` +
          (countTarget(count) === null
            ? ''
            : ` (target ${countTarget(count)}: ${countMissed(count) ? 'MISSED' : 'ok'})`),
      ),
    ),
  ];
  console.log(lines.join('\n'));
  // The engine's commit against the bare inserts of the same rows (issue 9: at most twice).
  const commit = rows.find((r) => r.bench.name.startsWith('commit: 3-line'));
  const bare = rows.find((r) => r.bench.name.startsWith('commit: bare SQL'));
  let ratioMissed = false;
  if (commit && bare) {
    const ratio = commit.stats.medianMs / bare.stats.medianMs;
    ratioMissed = ratio > 2;
    console.log(
      `\nCommit / bare SQL (medians): ${ratio.toFixed(2)}x (target ≤ 2x: ${ratioMissed ? 'MISSED' : 'ok'})`,
    );
  }
  const missed = rows.filter(({ bench, stats }) => missedTarget(bench, stats));
  if (missed.length > 0 || ratioMissed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
