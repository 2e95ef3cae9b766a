// The office's one door to its database. The same code, the same SQL text and the same `$1`
// parameters run on PostgreSQL 15+ (a `pg.Pool`) and on the embedded default (PGlite through its
// node-postgres adapter): see docs/research/office-app.md, section 1.

/** What a query gives back: rows already typed by the pool's parsers (int8 → number, date → 'YYYY-MM-DD'). */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** One connection, inside a transaction when given by `Db.tx`. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export type DbKind = 'embedded' | 'postgres';

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Where it lives, safe to print: the data folder, or the URL without its password. */
  readonly label: string;
  /** The office's data folder (absolute), locked while open: the batch archive lives here. */
  readonly dataDir: string;
  /**
   * Runs `fn` in one transaction on one connection: BEGIN, fn, COMMIT; ROLLBACK when it throws
   * (and the error goes on). On the embedded database other queries wait until it ends.
   */
  tx<T>(fn: (client: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
