// What is missing or doubtful per device, asked of the stored batches (gaps are queries, not
// stored state): Z numbers never received, batch numbers never received, and device codes that
// arrived with more than one install id (two tills sharing a code).
import type { Queryable } from '../../db/types';

export interface NumberGap {
  device: string;
  /** The first and last missing number (inclusive). */
  from: number;
  to: number;
}

/** Missing ranges of a numbering per device, counting from 1. */
async function gapsOf(db: Queryable, table: string, column: string): Promise<NumberGap[]> {
  const { rows } = await db.query<NumberGap>(
    `select device, prev + 1 as "from", n - 1 as "to"
     from (select device, ${column} as n, coalesce(lag(${column}) over (partition by device order by ${column}), 0) as prev
           from ${table}) numbered
     where n > prev + 1
     order by device, n`,
  );
  return rows;
}

/** Z reports missing per device (a day never sent, or sent in a batch that never came). */
export function zGaps(db: Queryable): Promise<NumberGap[]> {
  return gapsOf(db, 'z_reports', 'z_no');
}

/** Batch numbers missing per device. */
export function batchGaps(db: Queryable): Promise<NumberGap[]> {
  return gapsOf(db, 'batches', 'seq');
}

export interface SharedCode {
  device: string;
  installs: { installId: string; firstBatchSeq: number; refused: boolean }[];
}

/** Device codes seen with more than one install id: the first accepted, the others refused. */
export async function codesSeenTwice(db: Queryable): Promise<SharedCode[]> {
  const { rows } = await db.query<{
    device: string;
    install_id: string;
    first_batch_seq: number;
    refused: boolean;
  }>(
    `select device, install_id, first_batch_seq, refused from device_installs
     where device in (select device from device_installs group by device having count(*) > 1)
     order by device, refused, first_seen, install_id`,
  );
  const byDevice = new Map<string, SharedCode>();
  for (const row of rows) {
    let entry = byDevice.get(row.device);
    if (!entry) {
      entry = { device: row.device, installs: [] };
      byDevice.set(row.device, entry);
    }
    entry.installs.push({
      installId: row.install_id,
      firstBatchSeq: row.first_batch_seq,
      refused: row.refused,
    });
  }
  return [...byDevice.values()];
}
