// Issue 18: the sales journal. 21 closed days of 1,700 sales on one till (about 3 lines each, a few
// voids: some 107,000 lines, in a database of their own), then the Penjualan export of all 21 days
// through engine.call, as XLSX (the streamed writer) and as CSV. Timed: the whole command (the
// three queries, the rows, the file and its base64 for the door).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM } from '../../../electron/core/auth/access';
import { openEngine } from '../../../electron/core/engine';
import { type ClosedSeason, generateClosedDays } from '../data/closedDays';
import { measure, type Stats } from '../measure';
import type { BenchCase } from '../types';
import type { BenchWorld } from '../world';

const prepared = new WeakMap<BenchWorld, ClosedSeason>();

function season(world: BenchWorld): ClosedSeason {
  let ready = prepared.get(world);
  if (!ready) {
    const started = performance.now();
    const dir = join(world.dir, 'journal');
    mkdirSync(dir, { recursive: true });
    // --quick: a tenth of the sales per day.
    ready = generateClosedDays(join(dir, 'journal.db'), world.random('journal-days'), {
      days: 21,
      salesPerDay: world.options.quick ? 170 : 1_700,
    });
    prepared.set(world, ready);
    console.error(
      `  data: ${(ready.days.length * ready.salesPerDay).toLocaleString('en')} closed sales for the journal in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return ready;
}

async function exportCase(world: BenchWorld, format: 'xlsx' | 'csv'): Promise<Stats> {
  const days = season(world);
  const engine = openEngine({ dbPath: days.dbPath, backupCheckMs: 0 });
  try {
    const input = { from: days.days[0], to: days.days.at(-1), format, laptopZone: 'Asia/Makassar' };
    let lines = 0;
    const stats = await measure(
      async () => {
        const result = await engine.call('reports.journal', input, SYSTEM);
        if (!result.ok) throw new Error(result.error.message);
        lines = (result.data as { lines: number }).lines;
      },
      { runs: world.runs(3, 1), warmup: 1 },
    );
    if (!world.options.quick && lines < 100_000)
      throw new Error(`only ${lines} lines: the case needs 100,000`);
    console.error(`  ${format}: ${lines.toLocaleString('en')} lines`);
    return stats;
  } finally {
    engine.close();
  }
}

export const journalCases: BenchCase[] = [
  {
    name: 'Penjualan export XLSX: 100,000 lines',
    what: 'reports.journal through engine.call of 21 days (35,700 sales, about 107,000 lines, voids among them) as XLSX: the journal queries, one row per line, the streamed workbook and its base64',
    target: { stat: 'maxMs', maxMs: 10_000 },
    run: (world) => exportCase(world, 'xlsx'),
  },
  {
    name: 'Penjualan export CSV: 100,000 lines',
    what: 'the same journal as CSV (BOM, CRLF, formula guard) and its base64',
    target: { stat: 'maxMs', maxMs: 10_000 },
    run: (world) => exportCase(world, 'csv'),
  },
];
