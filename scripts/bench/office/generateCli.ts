// npx tsx scripts/bench/office/generateCli.ts --out=DIR [--devices=100] [--days=365]
//   [--sales-per-day=96] [--batch-days=7] [--seed=N] [--first-day=2026-01-01] [--no-plant]
// Writes the batch folders of generate.ts and prints where, how many and how fast.

import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULTS, generateBatches } from './generate';

const args = process.argv.slice(2);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const number = (name: string, fallback: number) => {
  const text = value(name);
  const n = text === undefined ? fallback : Number(text);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`--${name} harus bilangan bulat positif`);
  return n;
};

async function main() {
  const out = value('out');
  if (!out) throw new Error('--out=FOLDER wajib (folder baru atau kosong)');
  const started = performance.now();
  const load = loadavg()[0] ?? 0;
  let lastReport = started;
  const summary = await generateBatches({
    out: resolve(out),
    seed: number('seed', DEFAULTS.seed),
    devices: number('devices', DEFAULTS.devices),
    days: number('days', DEFAULTS.days),
    salesPerDay: number('sales-per-day', DEFAULTS.salesPerDay),
    batchDays: number('batch-days', DEFAULTS.batchDays),
    firstDay: value('first-day') ?? DEFAULTS.firstDay,
    plant: !args.includes('--no-plant'),
    onBatch({ device, seq, totalSales }) {
      const now = performance.now();
      if (now - lastReport < 10_000) return;
      lastReport = now;
      const s = (now - started) / 1000;
      console.error(
        `  ${device} #${seq}: ${totalSales.toLocaleString('en')} penjualan, ${s.toFixed(0)} s, ${Math.round(totalSales / s)}/s`,
      );
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const sales = summary.delivered.sales + summary.withheld.sales;
  // As the bench's child writes it, so `npm run bench -- --office-data=DIR` can reuse this folder.
  const run = {
    ms: seconds * 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    sales,
    batches: summary.delivered.batches + summary.withheld.batches,
  };
  writeFileSync(join(resolve(out), 'generation-run.json'), `${JSON.stringify(run)}\n`);
  console.log(
    [
      `Ditulis di ${resolve(out)}: ${summary.delivered.batches} batch di batches/, ${summary.withheld.batches} ditahan di withheld/`,
      `${sales.toLocaleString('en')} penjualan (${summary.delivered.lines.toLocaleString('en')} baris, ${summary.delivered.refunds} retur, ${summary.delivered.voids} batal) dalam ${seconds.toFixed(1)} s: ${Math.round(sales / seconds)} penjualan/s; RSS puncak ${run.maxRssMiB.toFixed(0)} MiB; beban rata-rata awal ${load.toFixed(2)}, akhir ${(loadavg()[0] ?? 0).toFixed(2)}`,
      summary.planted.gap
        ? `Celah: ${summary.planted.gap.device} #${summary.planted.gap.seq} (${summary.planted.gap.folder})`
        : 'Tanpa celah tertanam',
      summary.planted.differingReexport
        ? `Ekspor ulang berbeda: ${summary.planted.differingReexport.device} #${summary.planted.differingReexport.seq} (transaksi ${summary.planted.differingReexport.receiptNo})`
        : '',
      'Rinciannya di generated.json',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
