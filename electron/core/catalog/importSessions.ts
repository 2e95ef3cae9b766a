// Imports in progress: the header and the rows staged so far, kept in the engine's memory between
// calls (nothing touches the database until the commit). Keyed by database, so two engines in one
// process (tests) never see each other's imports.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { MAX_IMPORT_ROWS } from '../../../shared/contract';
import type { Actor } from '../context';
import { EngineError } from '../errors';
import type { StagedRow } from './planImport';

export interface ImportSession {
  id: string;
  owner: string;
  fileName: string;
  columns: string[];
  rows: StagedRow[];
  startedAt: number;
}

/** Forgotten after this long without a commit, so an abandoned import does not hold memory. */
const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
const stores = new WeakMap<Database, Map<string, ImportSession>>();

function storeOf(db: Database): Map<string, ImportSession> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  return store;
}

function ownerOf(actor: Actor): string {
  return actor.kind === 'user' ? `user:${actor.userId}` : actor.kind;
}

/** Opens a new import for this user; their previous unfinished import is dropped. */
export function openImportSession(
  db: Database,
  actor: Actor,
  fileName: string,
  columns: string[],
  now: Date,
): ImportSession {
  const store = storeOf(db);
  const owner = ownerOf(actor);
  for (const [id, session] of store) {
    if (session.owner === owner || now.getTime() - session.startedAt > SESSION_TTL_MS) store.delete(id);
  }
  const session: ImportSession = {
    id: randomUUID(),
    owner,
    fileName,
    columns,
    rows: [],
    startedAt: now.getTime(),
  };
  store.set(session.id, session);
  return session;
}

/** The caller's own import; another user's id is as unknown as a made-up one. */
export function importSession(db: Database, actor: Actor, importId: string): ImportSession {
  const session = storeOf(db).get(importId);
  if (!session || session.owner !== ownerOf(actor)) {
    throw new EngineError('NOT_FOUND', 'catalog.importGone');
  }
  return session;
}

export function stageImportRows(session: ImportSession, rows: readonly StagedRow[]): number {
  if (session.rows.length + rows.length > MAX_IMPORT_ROWS) {
    throw new EngineError('INVALID_INPUT', 'catalog.importTooBig', {
      value: MAX_IMPORT_ROWS.toLocaleString('id-ID'),
    });
  }
  for (const row of rows) session.rows.push(row);
  return session.rows.length;
}

export function closeImportSession(db: Database, importId: string): void {
  storeOf(db).delete(importId);
}
