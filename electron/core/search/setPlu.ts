import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/contract';
import { EngineError } from '../errors';

/**
 * Gives a product sold by weight the PLU number its scale prints, or clears it. One PLU names one
 * product, so a label can never resolve two ways.
 */
export function setPlu(db: Database, input: ParsedInput<'products.setPlu'>, now: Date) {
  return db
    .transaction(() => {
      const product = db
        .prepare('SELECT name, sold_by_weight AS soldByWeight FROM products WHERE id = ?')
        .get(input.productId) as { name: string; soldByWeight: number } | undefined;
      if (!product)
        throw new EngineError('NOT_FOUND', 'search.productNoNotFound', { productId: input.productId });
      if (input.plu !== null) {
        if (product.soldByWeight !== 1) {
          throw new EngineError('INVALID_INPUT', 'search.pluNotByWeight', { name: product.name });
        }
        const holder = db.prepare('SELECT id, name FROM products WHERE plu = ?').get(input.plu) as
          | { id: number; name: string }
          | undefined;
        if (holder && holder.id !== input.productId) {
          throw new EngineError('CONFLICT', 'search.pluTaken', { plu: input.plu, name: holder.name });
        }
      }
      db.prepare('UPDATE products SET plu = ?, updated_at = ? WHERE id = ?').run(
        input.plu,
        now.toISOString(),
        input.productId,
      );
      return { productId: input.productId, plu: input.plu };
    })
    .immediate();
}
