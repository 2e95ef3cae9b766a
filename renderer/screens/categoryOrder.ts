import type { Category, Product } from '../../shared/contract';

/**
 * The whole catalogue in the order the till shows it: categories as the manager orders them on the
 * Kategori screen (Urutan, then name: the order `categories.list` answers), products by name within
 * each. The engine lists products by category name; the order is applied here so that listing stays
 * a plain index read (docs/till.md, "The order of the tiles").
 */
export function inCategoryOrder(
  products: readonly Product[],
  categories: readonly Pick<Category, 'name'>[],
): Product[] {
  const rank = new Map(categories.map((c, i) => [c.name, i]));
  const last = categories.length;
  // A stable sort: within a category the engine's order (by name) stays.
  return [...products].sort((a, b) => (rank.get(a.category) ?? last) - (rank.get(b.category) ?? last));
}
