// Buyers a sale can be attached to. Walk-in is the default and has no row. A named buyer is just a
// name on the sale (an institution buying for an event, a regular); a UMKM reseller buys at their
// price tier. Cashiers may add named buyers at the till; resellers and edits need a manager.
import type { Database } from 'better-sqlite3';
import type { Buyer, ParsedInput } from '../../../shared/contract';
import type { Actor } from '../context';
import { EngineError } from '../errors';

const BUYER_COLUMNS = `b.id, b.kind, b.name, b.phone, b.note, b.tier, t.name AS tierName, b.active`;

type BuyerRow = Omit<Buyer, 'active'> & { active: number };

const toBuyer = (row: BuyerRow): Buyer => ({ ...row, active: row.active === 1 });

export function findBuyer(db: Database, id: number): Buyer | undefined {
  const row = db
    .prepare(
      `SELECT ${BUYER_COLUMNS} FROM buyers b LEFT JOIN price_tiers t ON t.code = b.tier WHERE b.id = ?`,
    )
    .get(id) as BuyerRow | undefined;
  return row && toBuyer(row);
}

export function listBuyers(db: Database, input: ParsedInput<'buyers.list'>): Buyer[] {
  const query = input.query ?? '';
  const rows = db
    .prepare(
      `SELECT ${BUYER_COLUMNS} FROM buyers b LEFT JOIN price_tiers t ON t.code = b.tier
       WHERE (@all = 1 OR b.active = 1)
         AND (@q = '' OR b.name LIKE '%' || @q || '%' ESCAPE '\\' OR b.phone LIKE '%' || @q || '%' ESCAPE '\\')
       ORDER BY b.name COLLATE NOCASE, b.id
       LIMIT @limit`,
    )
    .all({
      all: input.includeInactive ? 1 : 0,
      q: query.replace(/[\\%_]/g, (c) => `\\${c}`),
      limit: input.limit ?? 200,
    }) as BuyerRow[];
  return rows.map(toBuyer);
}

const isManager = (actor: Actor) =>
  actor.kind === 'system' || (actor.kind === 'user' && actor.role !== 'cashier');

export function saveBuyer(db: Database, input: ParsedInput<'buyers.save'>, actor: Actor, now: Date): Buyer {
  if (!isManager(actor) && (input.id !== undefined || input.kind === 'reseller')) {
    throw new EngineError('FORBIDDEN', 'payments.cashierNamedOnly');
  }
  const tier = input.kind === 'reseller' ? input.tier : null;
  if (input.kind === 'reseller' && !tier) {
    throw new EngineError('INVALID_INPUT', 'payments.resellerNeedsTier');
  }
  if (input.kind === 'named' && input.tier) {
    throw new EngineError('INVALID_INPUT', 'payments.tierOnlyReseller');
  }
  const id = db
    .transaction(() => {
      if (tier && !db.prepare('SELECT 1 FROM price_tiers WHERE code = ?').get(tier)) {
        throw new EngineError('NOT_FOUND', 'payments.tierNotFound', { tier });
      }
      const fields = {
        kind: input.kind,
        name: input.name,
        phone: input.phone ?? null,
        note: input.note ?? null,
        tier: tier ?? null,
        active: input.active === false ? 0 : 1,
      };
      if (input.id === undefined) {
        return Number(
          db
            .prepare(
              `INSERT INTO buyers (kind, name, phone, note, tier, active, created_at)
               VALUES (@kind, @name, @phone, @note, @tier, @active, @createdAt)`,
            )
            .run({ ...fields, createdAt: now.toISOString() }).lastInsertRowid,
        );
      }
      const changed = db
        .prepare(
          `UPDATE buyers SET kind = @kind, name = @name, phone = @phone, note = @note, tier = @tier,
                             active = @active
           WHERE id = @id`,
        )
        .run({ ...fields, id: input.id }).changes;
      if (changed === 0) throw new EngineError('NOT_FOUND', 'payments.buyerNotFound', { id: input.id });
      return input.id;
    })
    .immediate();
  const buyer = findBuyer(db, id);
  if (!buyer) throw new EngineError('INTERNAL', 'payments.buyerUnreadable');
  return buyer;
}
