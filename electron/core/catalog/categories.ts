import type { Database } from 'better-sqlite3';
import type { Category, ParsedInput, SaleUnit } from '../../../shared/contract';
import { EngineError } from '../errors';

const SELECT_CATEGORIES = `SELECT c.name, c.sort_order AS sortOrder,
    (SELECT count(*) FROM products p WHERE p.category = c.name COLLATE NOCASE) AS productCount
  FROM categories c`;

export function listCategories(db: Database): Category[] {
  return db.prepare(`${SELECT_CATEGORIES} ORDER BY c.sort_order, c.name`).all() as Category[];
}

/** The stored spelling of a category (names compare without case), or undefined. */
export function findCategory(db: Database, name: string): Category | undefined {
  return db.prepare(`${SELECT_CATEGORIES} WHERE c.name = ?`).get(name) as Category | undefined;
}

/**
 * Creates a category, or edits the one named `originalName`. Products carry the category as text,
 * so a rename moves them along; completed sales never stored it, so history is unaffected.
 */
export function saveCategory(db: Database, input: ParsedInput<'categories.save'>, now: Date): Category {
  db.transaction(() => {
    const original = input.originalName ? findCategory(db, input.originalName) : undefined;
    if (input.originalName && !original) {
      throw new EngineError('NOT_FOUND', 'catalog.categoryNotFound', { originalName: input.originalName });
    }
    const clash = findCategory(db, input.name);
    if (clash && clash.name.toLowerCase() !== original?.name.toLowerCase()) {
      throw new EngineError('CONFLICT', 'catalog.categoryExists', { name: clash.name });
    }
    if (!original) {
      db.prepare('INSERT INTO categories (name, sort_order) VALUES (?, ?)').run(
        input.name,
        input.sortOrder ?? 0,
      );
      return;
    }
    db.prepare('UPDATE categories SET name = ?, sort_order = ? WHERE name = ?').run(
      input.name,
      input.sortOrder ?? original.sortOrder,
      original.name,
    );
    if (input.name !== original.name) {
      db.prepare('UPDATE products SET category = ?, updated_at = ? WHERE category = ? COLLATE NOCASE').run(
        input.name,
        now.toISOString(),
        original.name,
      );
    }
  }).immediate();
  const saved = findCategory(db, input.name);
  if (!saved) throw new EngineError('INTERNAL', 'catalog.categoryUnreadable');
  return saved;
}

export function listUnits(db: Database): SaleUnit[] {
  return db
    .prepare('SELECT code, label, decimals FROM sale_units ORDER BY decimals, code')
    .all() as SaleUnit[];
}

/** The unit of sale under its stored spelling (codes compare without case), or undefined. */
export function findUnit(db: Database, code: string): SaleUnit | undefined {
  return db.prepare('SELECT code, label, decimals FROM sale_units WHERE code = ?').get(code) as
    | SaleUnit
    | undefined;
}
