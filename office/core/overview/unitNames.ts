// The name of each producing unit (UPT) code, as the tills' batch manifests give it (`units[]`, the
// units met in that batch, named as set on the till at export).
//
// How it scales: only the manifests of batches whose period meets the asked days are read (for a
// month at the province's scale, 100 tills sending weekly, about 500 manifests), and of those the
// newest batch that names a code wins. `batches` is small (a row per batch) and its manifests are
// read only for the rows that match. A code no manifest in that window names (a unit met only in
// voided lines) falls back to the newest sale line's producer name, one index lookup per code.
import type { Queryable } from '../../db/types';

export async function unitNames(
  q: Queryable,
  codes: readonly string[],
  days: { from: string; to: string },
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (codes.length === 0) return names;
  const { rows } = await q.query<{ code: string; name: string }>(
    `select distinct on (u->>'code') u->>'code' as code, u->>'name' as name
       from batches b cross join lateral jsonb_array_elements(b.manifest->'units') u
      where b.period_from <= $2 and b.period_to >= $1 and u->>'code' = any($3::text[])
      order by u->>'code', b.received_at desc, b.seq desc`,
    [days.from, days.to, codes],
  );
  for (const row of rows) names.set(row.code, row.name);
  for (const code of codes) {
    if (names.has(code)) continue;
    const { rows: line } = await q.query<{ name: string }>(
      `select producer_name as name from sale_lines where producer_code = $1
        order by business_day desc limit 1`,
      [code],
    );
    names.set(code, line[0]?.name ?? code);
  }
  return names;
}
