// The batches this device has recorded, as the export screen lists them.
import type { Database } from 'better-sqlite3';
import type { BatchRecord } from '../../../shared/contract';
import { EngineError } from '../errors';
import { getUpload, uploadsByBatch } from './upload/outbox';

interface BatchRow {
  id: string;
  device: string;
  seq: number;
  name: string;
  folder: string;
  from: string;
  to: string;
  days: string;
  reexport: number;
  firstReceipt: string | null;
  lastReceipt: string | null;
  counts: string;
  totals: string;
  files: string;
  manifestSha256: string;
  prevHash: string | null;
  createdAt: string;
  createdBy: string;
}

const COLUMNS = `id, device, seq, name, folder, first_day AS "from", last_day AS "to", days, reexport,
  first_receipt AS firstReceipt, last_receipt AS lastReceipt, counts, totals, files,
  manifest_sha256 AS manifestSha256, prev_hash AS prevHash, created_at AS createdAt, created_by_name AS createdBy`;

function toRecord(row: BatchRow, upload: BatchRecord['upload']): BatchRecord {
  return {
    ...row,
    upload,
    days: JSON.parse(row.days) as string[],
    reexport: row.reexport === 1,
    counts: JSON.parse(row.counts) as BatchRecord['counts'],
    totals: JSON.parse(row.totals) as BatchRecord['totals'],
    files: JSON.parse(row.files) as BatchRecord['files'],
  };
}

export function listBatches(db: Database, device: string): BatchRecord[] {
  const uploads = uploadsByBatch(db);
  return (
    db.prepare(`SELECT ${COLUMNS} FROM batches WHERE device = ? ORDER BY seq DESC`).all(device) as BatchRow[]
  ).map((row) => toRecord(row, uploads.get(row.id) ?? null));
}

export function getBatch(db: Database, id: string): BatchRecord {
  const row = db.prepare(`SELECT ${COLUMNS} FROM batches WHERE id = ?`).get(id) as BatchRow | undefined;
  if (!row) throw new EngineError('NOT_FOUND', 'batches.batchNotFound', { id });
  return toRecord(row, getUpload(db, id));
}
