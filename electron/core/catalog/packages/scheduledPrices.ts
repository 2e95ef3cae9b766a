// Prices the office set from a later business day (scheduled_prices, migration 019). On the first
// command of that business day, before anything is priced or listed, each becomes its product's
// price with a row in price_history named for its package, and leaves the table. The engine asks
// before every command (one index lookup); nothing is promoted while the clock guard distrusts the
// clock, so a clock that jumped a month ahead cannot bring next month's prices in.
import type { Database } from 'better-sqlite3';
import { clockStatus } from '../../clock/guard';
import type { EngineContext } from '../../context';
import { deviceBusinessDay } from '../../shifts/businessDay';

/** What price_history says changed a price: `Paket katalog 12`. */
export function packageAuthor(version: number): string {
  return `Paket katalog ${version}`;
}

export function hasDuePrices(db: Database, today: string): boolean {
  return db.prepare('SELECT 1 FROM scheduled_prices WHERE from_day <= ? LIMIT 1').get(today) !== undefined;
}

/** Makes every price due by `today` its product's price; the caller holds the transaction. */
export function promoteDuePrices(db: Database, today: string, now: Date): number {
  const due = db
    .prepare(
      `SELECT s.product_id AS productId, s.price, s.package_version AS version, p.price AS current
       FROM scheduled_prices s JOIN products p ON p.id = s.product_id
       WHERE s.from_day <= ? ORDER BY s.product_id, s.from_day`,
    )
    .all(today) as { productId: number; price: number; version: number; current: number }[];
  if (due.length === 0) return 0;
  // The latest step due for each product wins (a till off for days skips the ones in between).
  const latest = new Map<number, (typeof due)[number]>();
  for (const row of due) latest.set(row.productId, row);
  const at = now.toISOString();
  const setPrice = db.prepare('UPDATE products SET price = ?, updated_at = ? WHERE id = ?');
  const history = db.prepare(
    'INSERT INTO price_history (product_id, price, effective_from, changed_by) VALUES (?, ?, ?, ?)',
  );
  let changed = 0;
  for (const row of latest.values()) {
    if (row.price === row.current) continue;
    setPrice.run(row.price, at, row.productId);
    history.run(row.productId, row.price, at, packageAuthor(row.version));
    changed++;
  }
  db.prepare('DELETE FROM scheduled_prices WHERE from_day <= ?').run(today);
  return changed;
}

/** The engine's hook before each command: promotes what is due today, when the clock is trusted. */
export function promoteIfDue(ctx: Pick<EngineContext, 'db' | 'device' | 'now'>): void {
  const today = deviceBusinessDay(ctx);
  if (!hasDuePrices(ctx.db, today)) return;
  if (clockStatus(ctx).problem !== null) return;
  ctx.db.transaction(() => promoteDuePrices(ctx.db, today, ctx.now())).immediate();
}
