import type { Database } from 'better-sqlite3';

/** `BTH1-20261128-0001`: device, business day, and a per-day sequence. */
export function formatReceiptNo(device: string, businessDay: string, seq: number): string {
  return `${device}-${businessDay.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

/**
 * Takes the next number for the device and day. Must run inside the sale's transaction: if the
 * sale rolls back, so does the counter, which is what keeps the numbers free of gaps.
 */
export function nextReceiptSeq(db: Database, device: string, businessDay: string): number {
  const row = db
    .prepare(
      `INSERT INTO receipt_counters (device, business_day, last_seq) VALUES (?, ?, 1)
       ON CONFLICT (device, business_day) DO UPDATE SET last_seq = last_seq + 1
       RETURNING last_seq`,
    )
    .get(device, businessDay) as { last_seq: number };
  return row.last_seq;
}
