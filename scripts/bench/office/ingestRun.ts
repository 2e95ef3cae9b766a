// Ingests the generated batches into a fresh office database, as the office would take them from a
// USB stick: the folders through `ingestFolders` (the office's own check on its worker, a folder
// ahead, then the archive and one transaction per batch), in the order tills would send them (week
// by week, every till's batch of a week before the next week's), the held-back batch last (it
// arrives late).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFolders } from '../../../office/core/ingest';
import { overviewOf } from '../../../office/core/overview/overview';
import { statementLines, statementSummary } from '../../../office/core/statements/statementFigures';
import { openDb } from '../../../office/db/connect';
import { migrate } from '../../../office/db/migrate';
import type { Db } from '../../../office/db/types';
import { parseBatchFolderName } from '../../../shared/batch/format';
import { STATEMENT_PAGE_LINES } from '../../../shared/office/statements';
import { startBenchCluster, stopBenchCluster } from './pgCluster';

export type IngestTarget = 'postgres' | 'embedded';

export interface IngestRun {
  /** Time of the ingest alone (not the database's start or its migrations). */
  ms: number;
  batches: number;
  refused: number;
  /** Sales stored (documents met again in re-exports not counted). */
  sales: number;
  /** Highest resident memory of this process seen between batches, in MiB. */
  rssMiB: number;
}

/** Batch folders in the order they would arrive: by first day, then device, then number. */
export function arrivalOrder(dir: string, untilDay: string | null): string[] {
  const named = readdirSync(dir).flatMap((name) => {
    const parsed = parseBatchFolderName(name);
    const from = /-(\d{8})-\d{8}(-ulang)?$/.exec(name)?.[1];
    if (!parsed || !from) return [];
    const day = `${from.slice(0, 4)}-${from.slice(4, 6)}-${from.slice(6, 8)}`;
    return untilDay !== null && day >= untilDay ? [] : [{ name, day, ...parsed }];
  });
  named.sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.device.localeCompare(b.device) || a.seq - b.seq,
  );
  return named.map((n) => join(dir, n.name));
}

export async function openTarget(target: IngestTarget, work: string): Promise<{ db: Db; stop: () => void }> {
  mkdirSync(work, { recursive: true });
  const dataDir = join(work, 'data');
  if (target === 'embedded') return { db: await openDb({ dataDir }), stop: () => {} };
  // Its own folder straight under the temp folder: PostgreSQL's user must reach it (as root the
  // cluster runs as `postgres`, and the bench's folders are private).
  const cluster = mkdtempSync(join(tmpdir(), 'karya-bench-pg-'));
  const stop = () => {
    try {
      stopBenchCluster(cluster);
    } finally {
      rmSync(cluster, { recursive: true, force: true });
    }
  };
  try {
    const url = startBenchCluster(cluster);
    return { db: await openDb({ url, dataDir }), stop };
  } catch (error) {
    stop();
    throw error;
  }
}

export async function ingestAll(
  db: Db,
  folders: readonly string[],
  progress: (done: number, sales: number, ms: number) => void,
): Promise<IngestRun> {
  await migrate(db);
  const started = performance.now();
  let sales = 0;
  let refused = 0;
  let rss = process.memoryUsage.rss();
  let done = 0;
  await ingestFolders(db, folders, { source: 'folder' }, ({ answer }) => {
    if (answer.status >= 400) refused++;
    sales += answer.stored?.sales.inserted ?? 0;
    rss = Math.max(rss, process.memoryUsage.rss());
    progress(++done, sales, performance.now() - started);
  });
  return {
    ms: performance.now() - started,
    batches: folders.length,
    refused,
    sales,
    rssMiB: rss / 2 ** 20,
  };
}

/**
 * What the statement page asks when it opens a unit's period (`statements.preview`): the totals per
 * rate and per device, and the first page of lines; timed `runs` times after one untimed run. The
 * last page of lines (the deepest offset) is timed too.
 */
export async function timeStatementPage(
  db: Db,
  period: { unit: string; from: string; to: string },
  runs: number,
): Promise<{ durations: number[]; lastPage: number[]; net: number; lines: number }> {
  const open = async () => {
    const summary = await statementSummary(db, period);
    await statementLines(db, period, { offset: 0, limit: STATEMENT_PAGE_LINES });
    return summary;
  };
  const first = await open();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await open();
    durations.push(performance.now() - started);
  }
  const lines = first.totals.saleLines + first.totals.refundLines;
  const lastOffset = Math.max(0, lines - STATEMENT_PAGE_LINES);
  const lastPage: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const started = performance.now();
    await statementLines(db, period, { offset: lastOffset, limit: STATEMENT_PAGE_LINES });
    lastPage.push(performance.now() - started);
  }
  return { durations, lastPage, net: first.totals.net, lines };
}

/** The overview page's figures for a month (net per unit, device and day, and today's), timed like the statement. */
export async function timeOverview(db: Db, now: Date, month: string, runs: number): Promise<number[]> {
  await overviewOf(db, now, month);
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await overviewOf(db, now, month);
    durations.push(performance.now() - started);
  }
  return durations;
}
