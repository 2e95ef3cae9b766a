// The Z report's PDF with its sales journal at the cap (JOURNAL_FILE_MAX_LINES.pdf): one closed day
// of about 1,000 sales (1 to 5 lines each, a few voids) on one till, in a database of its own, and
// `reports.file` of that day's Z as a PDF through engine.call. The PDF is written synchronously in
// the engine's process, which in Electron is the main process: every window and the print queue
// wait while it runs, so this is a freeze the cashier sees.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SYSTEM } from '../../../electron/core/auth/access';
import { openEngine } from '../../../electron/core/engine';
import { JOURNAL_FILE_MAX_LINES } from '../../../electron/core/reports/journalFiles';
import { type ClosedSeason, generateClosedDays } from '../data/closedDays';
import { measure } from '../measure';
import type { BenchCase } from '../types';
import type { BenchWorld } from '../world';

const prepared = new WeakMap<BenchWorld, { season: ClosedSeason; lines: number }>();

/** 985 sales of 1 to 5 lines give just under 3,000 lines with the bench's seed. */
const SALES = 985;

function zDay(world: BenchWorld): { season: ClosedSeason; lines: number } {
  let ready = prepared.get(world);
  if (!ready) {
    const dir = join(world.dir, 'report-pdf');
    mkdirSync(dir, { recursive: true });
    const season = generateClosedDays(join(dir, 'zday.db'), world.random('report-pdf-day'), {
      days: 1,
      salesPerDay: SALES,
    });
    const db = new Database(season.dbPath, { readonly: true });
    const { lines } = db.prepare('SELECT count(*) AS lines FROM sale_lines').get() as { lines: number };
    db.close();
    ready = { season, lines };
    prepared.set(world, ready);
  }
  return ready;
}

export const reportPdfCases: BenchCase[] = [
  {
    name: 'Z report PDF: 3,000-line journal',
    what: 'reports.file {kind z, format pdf} through engine.call for a closed day of about 1,000 sales and up to 3,000 journal lines (the PDF cap): the report, the journal query, the table laid out and the PDF written with its fonts embedded, and its base64',
    target: { stat: 'medianMs', maxMs: 1_500 },
    run: async (world) => {
      const { season, lines } = zDay(world);
      const cap = JOURNAL_FILE_MAX_LINES.pdf;
      if (lines > cap || lines < cap * 0.9)
        throw new Error(`${lines} journal lines: the case needs just under the cap of ${cap}`);
      const engine = openEngine({ dbPath: season.dbPath, backupCheckMs: 0 });
      try {
        let size = 0;
        const stats = await measure(
          async () => {
            const result = await engine.call(
              'reports.file',
              { kind: 'z', day: season.days[0], format: 'pdf', laptopZone: 'Asia/Makassar' },
              SYSTEM,
            );
            if (!result.ok) throw new Error(result.error.message);
            size = (result.data as { base64: string }).base64.length;
          },
          { runs: world.runs(5, 2), warmup: 1 },
        );
        console.error(
          `  ${lines.toLocaleString('en')} journal lines, ${Math.round((size * 3) / 4 / 1024)} KiB of PDF`,
        );
        return stats;
      } finally {
        engine.close();
      }
    },
  },
];
