// Where the receiver's tests send batches: the reference receiver (electron/office/receiver.ts, a
// folder and a ledger) or the office server's upload door on a fresh database of either backend.
// The same tests run against each, through what they share: the URL, the folder the accepted
// batches are kept in (`<archive>/<DEVICE>/<batch folder>`), what was received, a restart.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { startReceiver } from '../../../electron/office/receiver';
import { createOfficeCore, type OfficeCore } from '../../core/commands';
import { archiveRoot } from '../../core/ingest';
import { freshDb } from '../../db/testing/backends';
import type { Db, DbKind } from '../../db/types';
import { startOfficeServer } from '../http';
import { createUploadDoor } from '../uploadDoor';

export type TargetKind = 'reference' | DbKind;

export interface UploadTarget {
  /** `http://127.0.0.1:<port>/batches` */
  url: string;
  port: number;
  /** Where accepted batch folders are kept, one folder per device. */
  archive: string;
  /** Where bodies wait while checked (empty between uploads). */
  incoming: string;
  /** The office's database (absent for the reference receiver). */
  db?: Db;
  /** What was accepted, in order (one row per batch stored, duplicates under another key too on the reference receiver). */
  received(): Promise<{ seq: number; device: string }[]>;
  /** Stops and starts again on the same folder (and database), as after a crash or a restart. */
  restart(): Promise<UploadTarget>;
  close(): Promise<void>;
}

export interface TargetOptions {
  tokens: readonly string[];
  port?: number;
  maxBytes?: number;
  /** The office: a database already opened (else a fresh one of `kind`). */
  db?: Db;
  /** The office: a core already made on `db` (its clock, for sessions), else a new one. */
  core?: OfficeCore;
}

/** The reference receiver in `dir`. */
export async function referenceTarget(dir: string, options: TargetOptions): Promise<UploadTarget> {
  const receiver = await startReceiver({
    dir,
    tokens: options.tokens,
    log: () => undefined,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const target: UploadTarget = {
    url: receiver.url,
    port: receiver.port,
    archive: dir,
    incoming: join(dir, '.incoming'),
    received: async () => receiver.received().map((r) => ({ seq: r.seq, device: r.device })),
    restart: async () => {
      await receiver.close();
      return referenceTarget(dir, { ...options, port: receiver.port });
    },
    close: () => receiver.close(),
  };
  return target;
}

/** A folder for the office server's page: the upload door needs none, the server wants one. */
function emptyPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'karya-office-page-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Karya Kantor</title>');
  return dir;
}

/** The office server with its upload door, on `db` (a fresh migrated one of `kind` unless given). */
export async function officeTarget(kind: DbKind, options: TargetOptions): Promise<UploadTarget> {
  const db = options.db ?? (await freshDb(kind, { migrated: true })).db;
  const core =
    options.core ?? createOfficeCore({ db, log: { info: () => undefined, error: () => undefined } });
  const server = await startOfficeServer({
    core,
    staticDir: emptyPage(),
    port: options.port ?? 0,
    log: core.ctx.log,
    uploads: createUploadDoor({
      ctx: core.ctx,
      tokens: options.tokens,
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    }),
  });
  return {
    url: `${server.url}batches`,
    port: server.port,
    archive: archiveRoot(db.dataDir),
    incoming: join(db.dataDir, '.incoming'),
    db,
    received: async () =>
      (
        await db.query<{ seq: number; device: string }>(
          'select seq, device from batches order by received_at, device, seq',
        )
      ).rows,
    restart: async () => {
      await server.close();
      return officeTarget(kind, { ...options, db, port: server.port });
    },
    close: () => server.close(),
  };
}

/** Either, by kind; the office's database is closed by freshDb when the test ends. */
export function startTarget(kind: TargetKind, dir: string, options: TargetOptions): Promise<UploadTarget> {
  const started = kind === 'reference' ? referenceTarget(dir, options) : officeTarget(kind, options);
  return started.then((target) => {
    onTestFinished(() => target.close());
    return target;
  });
}
