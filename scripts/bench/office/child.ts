// One office bench step in a fresh process, so its time and peak memory are its own, not the
// bench's. Progress goes to stderr; the last line of stdout is `{"ms":…,"maxRssMiB":…,…}`.
//   child.ts generate <out> <devices> <days> <seed>
import { BENCH_SHAPE, generateBatches } from './generate';

const [op, out = '', devices = '', days = '', seed = ''] = process.argv.slice(2);
const result: Record<string, number> = {};
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
} else throw new Error(`unknown operation ${op}`);
// maxRSS is in kilobytes: the peak of this whole process, start-up included.
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...result }));
