// One office bench step in a fresh process, so its time and peak memory are its own, not the
// bench's. Progress goes to stderr; the last line of stdout is `{"ms":…,"maxRssMiB":…,…}`.
//   child.ts generate <out> <devices> <days> <seed>
//   child.ts ingest <postgres|embedded> <generated dir> <work dir> [first day not ingested]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_SHAPE, generateBatches } from './generate';
import {
  arrivalOrder,
  type IngestTarget,
  ingestAll,
  openTarget,
  timeOverview,
  timeStatementPage,
} from './ingestRun';

/** January, the first whole month of the generated year, for the unit that sells the most. */
const STATEMENT_PERIOD = { unit: 'LPS-PALU', from: '2026-01-01', to: '2026-01-31' };

const [op, out = '', devices = '', days = '', seed = ''] = process.argv.slice(2);
const result: Record<string, number | number[]> = {};
let ms = 0;
if (op === 'generate') {
  const started = performance.now();
  let lastReport = started;
  const summary = await generateBatches({
    out,
    devices: Number(devices),
    days: Number(days),
    seed: Number(seed),
    ...BENCH_SHAPE,
    onBatch({ device, seq, totalSales }) {
      const now = performance.now();
      if (now - lastReport < 30_000) return;
      lastReport = now;
      console.error(
        `    ${device} #${seq}: ${totalSales.toLocaleString('en')} sales, ${((now - started) / 1000).toFixed(0)} s`,
      );
    },
  });
  ms = performance.now() - started;
  result.sales = summary.delivered.sales + summary.withheld.sales;
  result.batches = summary.delivered.batches + summary.withheld.batches;
} else if (op === 'ingest') {
  const [target, generated, work, untilDay] = [out, devices, days, seed || null];
  if (target !== 'postgres' && target !== 'embedded') throw new Error(`unknown target ${target}`);
  const withheld = join(generated, 'withheld');
  const folders = [
    ...arrivalOrder(join(generated, 'batches'), untilDay),
    // The held-back batch arrives late, after everything else.
    ...(existsSync(withheld) ? arrivalOrder(withheld, untilDay) : []),
  ];
  const { db, stop } = await openTarget(target as IngestTarget, work);
  // Stopped from outside (Ctrl+C, a killed bench): the cluster must not outlive the bench.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    let lastReport = performance.now();
    const run = await ingestAll(db, folders, (done, sales, elapsed) => {
      if (performance.now() - lastReport < 30_000) return;
      lastReport = performance.now();
      console.error(
        `    ${target}: ${done}/${folders.length} batches, ${sales.toLocaleString('en')} sales, ${(elapsed / 1000).toFixed(0)} s`,
      );
    });
    ms = run.ms;
    Object.assign(result, {
      batches: run.batches,
      refused: run.refused,
      sales: run.sales,
      rssMiB: run.rssMiB,
    });
    // On the database just filled: a month's statement of the biggest unit, as the page opens it.
    const statement = await timeStatementPage(db, STATEMENT_PERIOD, 20);
    Object.assign(result, {
      statementMs: statement.durations,
      statementLastPageMs: statement.lastPage,
      statementLines: statement.lines,
    });
    // The overview of January as the office would open it on 28 January (a fixed instant, no calendar).
    result.overviewMs = await timeOverview(db, new Date('2026-01-28T04:00:00Z'), '2026-01', 20);
  } finally {
    await db.close();
    stop();
  }
} else throw new Error(`unknown operation ${op}`);
// maxRSS is in kilobytes: the peak of this whole process, start-up included.
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...result }));
