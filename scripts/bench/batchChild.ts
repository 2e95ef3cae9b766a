// One batch operation in a fresh process, so its time and peak memory are its own and not the
// bench's (which has just generated 200,000 sales). Prints `{"ms":…,"maxRssMiB":…}`.
//   batchChild.ts export <dbPath> <dir> <days as JSON>
//   batchChild.ts verify <folder>
//   batchChild.ts merge <out.xlsx> <folder>...
import { SYSTEM } from '../../electron/core/auth/access';
import { openEngine } from '../../electron/core/engine';
import { mergeBatches } from '../../electron/office/mergeBatches';
import { verifyBatches } from '../../electron/office/verifyBatches';

const [op, first = '', second = '', ...rest] = process.argv.slice(2);
let ms = 0;
if (op === 'export') {
  const engine = openEngine({ dbPath: first, backupCheckMs: 0 });
  const started = performance.now();
  const result = await engine.call(
    'batches.export',
    { dir: second, days: JSON.parse(rest[0] ?? '[]'), reexport: true },
    SYSTEM,
  );
  ms = performance.now() - started;
  engine.close();
  if (!result.ok) throw new Error(result.error.message);
  console.error((result.data as { batch: { folder: string } }).batch.folder);
} else if (op === 'verify') {
  const started = performance.now();
  const report = verifyBatches([first]);
  ms = performance.now() - started;
  if (!report.ok) throw new Error(JSON.stringify(report.batches[0]?.problems.slice(0, 3)));
} else if (op === 'merge') {
  const started = performance.now();
  const merged = mergeBatches([second, ...rest], first);
  ms = performance.now() - started;
  if (!merged.written) throw new Error(merged.report.problems.join('; '));
} else throw new Error(`unknown operation ${op}`);
// maxRSS is in kilobytes: the peak of this whole process, start-up included, as the app would see.
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
