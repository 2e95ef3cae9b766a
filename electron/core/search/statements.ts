import type { Database, Statement } from 'better-sqlite3';

// Preparing a statement costs about as much as running a lookup, and a scanner sends one lookup per
// item, so the hot statements are prepared once per connection and reused.
const cache = new WeakMap<Database, Map<string, Statement>>();

export function cachedStatement(db: Database, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
