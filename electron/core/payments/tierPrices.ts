// Price tiers for resellers and each tier's price per product. This is the catalogue side: a
// manager enters the wholesale price beside the catalogue price; the till uses it for resellers.
import type { Database } from 'better-sqlite3';
import type { ParsedInput, PriceTier, TierPrice } from '../../../shared/contract';
import type { Actor } from '../context';
import { EngineError } from '../errors';

export function listTiers(db: Database): PriceTier[] {
  return db
    .prepare(
      `SELECT t.code, t.name, (SELECT count(*) FROM tier_prices p WHERE p.tier = t.code) AS productCount
       FROM price_tiers t ORDER BY t.code`,
    )
    .all() as PriceTier[];
}

export function saveTier(db: Database, input: ParsedInput<'priceTiers.save'>): PriceTier {
  db.prepare(
    'INSERT INTO price_tiers (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name',
  ).run(input.code, input.name);
  const tier = listTiers(db).find((t) => t.code === input.code);
  if (!tier) throw new EngineError('INTERNAL', 'payments.tierUnreadable');
  return tier;
}

function requireTier(db: Database, code: string): void {
  if (!db.prepare('SELECT 1 FROM price_tiers WHERE code = ?').get(code)) {
    throw new EngineError('NOT_FOUND', 'payments.tierCodeNotFound', { code });
  }
}

export function listTierPrices(db: Database, input: ParsedInput<'tierPrices.list'>): TierPrice[] {
  requireTier(db, input.tier);
  const ids = input.productIds;
  return db
    .prepare(
      `SELECT tp.tier, tp.product_id AS productId, p.sku, p.name, p.unit, p.price AS listPrice, tp.price,
              tp.updated_at AS updatedAt, tp.updated_by AS updatedBy
       FROM tier_prices tp JOIN products p ON p.id = tp.product_id
       WHERE tp.tier = @tier AND (@ids IS NULL OR tp.product_id IN (SELECT value FROM json_each(@ids)))
       ORDER BY p.name, p.id`,
    )
    .all({ tier: input.tier, ids: ids ? JSON.stringify(ids) : null }) as TierPrice[];
}

/** The tier's price for one product, or undefined when the product has none in that tier. */
export function tierPriceOf(db: Database, tier: string, productId: number): number | undefined {
  const row = db
    .prepare('SELECT price FROM tier_prices WHERE tier = ? AND product_id = ?')
    .get(tier, productId) as { price: number } | undefined;
  return row?.price;
}

export function setTierPrice(db: Database, input: ParsedInput<'tierPrices.set'>, actor: Actor, now: Date) {
  db.transaction(() => {
    requireTier(db, input.tier);
    if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(input.productId)) {
      throw new EngineError('NOT_FOUND', 'afterSale.productIdNotFound', { productId: input.productId });
    }
    if (input.price === null) {
      db.prepare('DELETE FROM tier_prices WHERE tier = ? AND product_id = ?').run(
        input.tier,
        input.productId,
      );
      return;
    }
    db.prepare(
      `INSERT INTO tier_prices (tier, product_id, price, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (tier, product_id) DO UPDATE
       SET price = excluded.price, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(
      input.tier,
      input.productId,
      input.price,
      now.toISOString(),
      actor.kind === 'user' ? actor.name : null,
    );
  }).immediate();
  return { tier: input.tier, productId: input.productId, price: input.price };
}
