// The process the crash harness kills. Run with tsx: `crashChild.ts <workload> <dbPath> [migrationsDir]`
// (for the batch workload, `crashChild.ts batch <dbPath> <exportDir>`).
// It prints `READY` once the engine is open, then for the sales workload one `ACK <receipt> <id>`
// line per sale the engine answered ok for, written only after the answer came back: whatever the
// parent has read is what a cashier would have seen on screen as done. The batch workload prints
// `PARTIAL` when the export's temp folder appears and `ACK <seq> <name>` once the export answered.
// The upload workload (`crashChild.ts upload <dbPath>`) runs the upload worker on a batch already
// queued and prints `ACK <receipt>` once the outbox records the office's acknowledgement.
import { readdirSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Sale } from '../../../shared/contract';
import { SYSTEM } from '../auth/access';
import { openEngine } from '../engine';

/** The third argument: the migrations folder (migration) or the export folder (batch). */
const [workload, dbPath, folder] = process.argv.slice(2);

/** Straight to the pipe, unbuffered: the line is out before the next sale starts. */
function say(line: string): void {
  writeSync(1, `${line}\n`);
}

/**
 * A clock that moves 7 minutes at every reading, so business days roll over every ~200 sales. It
 * starts after the newest business time stored (the clock guard's mark), not only the newest sale:
 * closing and opening a shift at the day's cut-off read it several times, and a kill before the next
 * sale would otherwise start the next run behind those writes, a clock the guard rightly refuses.
 */
function clockAfterNewestWrite(file: string): () => Date {
  let last = Date.parse('2026-11-28T00:00:00Z');
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    const row = db
      .prepare(
        `SELECT max(at) AS at FROM (SELECT max(created_at) AS at FROM sales
                                    UNION ALL SELECT newest_at FROM clock_marks)`,
      )
      .get() as { at: string | null };
    if (row.at) last = Date.parse(row.at);
    db.close();
  } catch {
    // First run: no database yet.
  }
  return () => {
    last += 7 * 60_000;
    return new Date(last);
  };
}

function productIds(file: string): number[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const ids = (
    db.prepare('SELECT id FROM products WHERE active = 1 ORDER BY id LIMIT 12').all() as { id: number }[]
  ).map((r) => r.id);
  db.close();
  return ids;
}

async function sales(file: string): Promise<void> {
  const engine = openEngine({ dbPath: file, now: clockAfterNewestWrite(file), backupCheckMs: 0 });
  const PIN = '2468';
  const status = await engine.call('auth.status', {}, SYSTEM);
  const users = status.ok ? (status.data as { users: { id: number; name: string }[] }).users : [];
  let userId = users.find((u) => u.name === 'Kasir Uji Mati Listrik')?.id;
  if (userId === undefined) {
    const made = await engine.call(
      'users.create',
      // A manager: when the clock passes the day's cut-off she closes her own shift without anyone's
      // PIN for the variance (the loop's sales leave no countable drawer).
      { name: 'Kasir Uji Mati Listrik', role: 'manager', pin: PIN },
      SYSTEM,
    );
    if (!made.ok) throw new Error(made.error.message);
    userId = (made.data as { id: number }).id;
  }
  const login = await engine.call('auth.login', { userId, pin: PIN }, SYSTEM);
  if (!login.ok) throw new Error(login.error.message);
  const session = (login.data as { session: string }).session;
  // A cashier sells within her shift; after a crash it is still open and she carries on in it.
  const current = await engine.call('shifts.current', {}, session);
  if (current.ok && (current.data as { shift: unknown }).shift === null) {
    const opened = await engine.call('shifts.open', { openingFloat: 0 }, session);
    if (!opened.ok) throw new Error(opened.error.message);
  }
  const ids = productIds(file);
  say('READY');
  for (let i = 0; ; i++) {
    const lines = Array.from({ length: 1 + (i % 4) }, (_, k) => ({
      productId: ids[(i * 5 + k * 3) % ids.length] ?? 1,
      qty: 1 + ((i + k) % 3),
    }));
    let result = await engine.call('sales.commitCash', { lines, cashTendered: 50_000_000 }, session);
    if (!result.ok && result.error.code === 'SHIFT_STALE') {
      // The clock passed the day's cut-off: the cashier counts her drawer and starts the new day.
      const closed = await engine.call('shifts.close', { count: {}, note: 'tutup hari' }, session);
      if (!closed.ok) say(`ERR ${closed.error.code} ${closed.error.message}`);
      const opened = await engine.call('shifts.open', { openingFloat: 0 }, session);
      if (!opened.ok) say(`ERR ${opened.error.code} ${opened.error.message}`);
      result = await engine.call('sales.commitCash', { lines, cashTendered: 50_000_000 }, session);
    }
    if (result.ok) {
      const sale = result.data as Sale;
      say(`ACK ${sale.receiptNo} ${sale.id}`);
    } else say(`ERR ${result.error.code} ${result.error.message}`);
    // Now and then an online backup runs between sales, as the schedule would do.
    if (i % 40 === 39) {
      const backup = await engine.call('backup.run', {}, SYSTEM);
      say(backup.ok ? 'BACKUP' : `ERR ${backup.error.code} ${backup.error.message}`);
    }
  }
}

function migration(file: string, dir: string): void {
  say('MIGRATING');
  const engine = openEngine({ dbPath: file, migrationsDir: dir, backupCheckMs: 0 });
  say('READY');
  engine.close();
  // Stay alive so the parent decides when this ends.
  setInterval(() => {}, 1000);
}

/** One export of every closed day not yet exported into `dir`, as a manager would start it. */
async function batch(file: string, dir: string): Promise<void> {
  const engine = openEngine({ dbPath: file, backupCheckMs: 0 });
  say('READY');
  // The export yields between pages of sales, so this watch sees its temp folder appear.
  const watch = setInterval(() => {
    if (readdirSync(dir).some((entry) => entry.endsWith('.partial'))) {
      say('PARTIAL');
      clearInterval(watch);
    }
  }, 1);
  const result = await engine.call('batches.export', { dir }, SYSTEM);
  clearInterval(watch);
  if (result.ok) {
    const { batch: done } = result.data as { batch: { seq: number; name: string } };
    say(`ACK ${done.seq} ${done.name}`);
  } else say(`ERR ${result.error.code} ${result.error.message}`);
  engine.close();
  setInterval(() => {}, 1000);
}

/** The upload worker on the queued batches, as the running app does it. */
async function upload(file: string): Promise<void> {
  const engine = openEngine({ dbPath: file, backupCheckMs: 0, uploads: { run: true } });
  say('READY');
  for (;;) {
    const list = await engine.call('batches.list', {}, SYSTEM);
    const done = list.ok
      ? (list.data as { upload: { state: string; receipt: string | null } | null }[]).find(
          (b) => b.upload?.state === 'acknowledged',
        )
      : undefined;
    if (done) {
      say(`ACK ${done.upload?.receipt}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  setInterval(() => {}, 1000);
}

if (!dbPath)
  throw new Error('usage: crashChild.ts <sales|migration|batch|upload> <dbPath> [migrationsDir|exportDir]');
if (workload === 'sales') await sales(dbPath);
else if (workload === 'batch' && folder) await batch(dbPath, folder);
else if (workload === 'migration' && folder) migration(dbPath, folder);
else if (workload === 'upload') await upload(dbPath);
else throw new Error(`unknown workload ${workload}`);
