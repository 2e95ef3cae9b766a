// Record ids (ULIDs) that keep increasing whatever the clock says, across restarts too. A ULID
// starts with its time; ulid's own monotonic factory keeps order only within one process and only
// while the clock does not go back. Here no id is ever issued at or below the newest id of its
// table: when the clock reads at or before that id's time, the next id keeps that time and counts
// its random part up by one (ULID's monotonic rule). The id's time is then not the record's time
// (created_at keeps what the clock read); it only orders.
//
// The newest id is read from the table at each call: one index lookup (migration 016 indexes the
// stock ledger's op_id), made inside the caller's write transaction, so an id written meanwhile by
// another process on the same file (the command line beside the till) is seen too. Reading it once
// and remembering would be as cheap but blind to that other process.
import type { Database } from 'better-sqlite3';
import { decodeTime, incrementBase32, ulid } from 'ulid';

/** The tables whose ids are ULIDs, and the column that holds it. */
const ID_COLUMN = {
  sales: 'id',
  refunds: 'id',
  sale_voids: 'id',
  stock_moves: 'op_id',
} as const;
export type IdTable = keyof typeof ID_COLUMN;

/** What this connection issued last per table: a floor even before the row is inserted. */
const lastIssued = new WeakMap<Database, Map<IdTable, string>>();

function storedNewest(db: Database, table: IdTable): string | null {
  const row = db.prepare(`SELECT max(${ID_COLUMN[table]}) AS id FROM ${table}`).get() as {
    id: string | null;
  };
  return row.id;
}

/** The next id for `table` at the clock's reading `now`: above every id stored or issued before. */
export function nextId(db: Database, table: IdTable, now: Date): string {
  let issued = lastIssued.get(db);
  if (!issued) {
    issued = new Map();
    lastIssued.set(db, issued);
  }
  const stored = storedNewest(db, table);
  const mine = issued.get(table) ?? null;
  const newest = stored !== null && (mine === null || stored > mine) ? stored : mine;
  const time = now.getTime();
  const id =
    newest === null || time > decodeTime(newest)
      ? ulid(time)
      : newest.slice(0, 10) + incrementBase32(newest.slice(10));
  issued.set(table, id);
  return id;
}
