// The hot queries must keep using their indexes: this runs the real commands, records every SELECT
// they execute, and asks SQLite how it plans each one (EXPLAIN QUERY PLAN). A change that loses an
// index (a function around an indexed column, a dropped index, an OR that defeats it) fails here
// instead of quietly turning a 0.02 ms scan into a 20 ms one on a big catalogue.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_LIST_PRODUCTS } from '../../../shared/contract';
import { makeScaleBarcode } from '../../../shared/weightBarcode';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

/** Tables that grow with the business; a full scan of one of these is a bug in a hot query. */
const BIG_TABLES = ['products', 'product_barcodes', 'sales', 'sale_lines', 'payments', 'price_history'];

interface Planned {
  sql: string;
  plan: string[];
}

const statementProto = (() => {
  const db = new Database(':memory:');
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'get' | 'all' | 'iterate', unknown>;
  db.close();
  return proto;
})();

afterEach(() => vi.restoreAllMocks());

/** Every SELECT `action` runs, with the plan SQLite makes for it on the same file. */
async function plansOf(dir: string, action: () => Promise<unknown>): Promise<Planned[]> {
  const spies = (['get', 'all', 'iterate'] as const).map((method) =>
    vi.spyOn(statementProto as Record<typeof method, (...args: unknown[]) => unknown>, method),
  );
  await action();
  const executed = spies.flatMap((spy) =>
    spy.mock.calls.map((args, i) => ({ sql: (spy.mock.contexts[i] as { source: string }).source, args })),
  );
  for (const spy of spies) spy.mockRestore();
  const db = new Database(join(dir, 'karya.db'), { readonly: true });
  try {
    return executed
      .filter(({ sql }) => /^\s*(SELECT|WITH)\b/i.test(sql))
      .map(({ sql, args }) => ({
        sql,
        plan: (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map(
          (r) => r.detail,
        ),
      }));
  } finally {
    db.close();
  }
}

/** alias -> table for every `FROM t a` / `JOIN t a` in the statement (and the table itself). */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const [, table, alias] = match;
    if (!table) continue;
    map.set(table, table);
    if (alias && !/^(WHERE|JOIN|ON|LEFT|INNER|ORDER|GROUP|LIMIT|UNION)$/i.test(alias)) map.set(alias, table);
  }
  return map;
}

function fullScans({ sql, plan }: Planned): string[] {
  const names = aliases(sql);
  return plan.filter((detail) => {
    const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
    const table = scanned && names.get(scanned);
    return table !== undefined && BIG_TABLES.includes(table) && !detail.includes('VIRTUAL TABLE');
  });
}

function expectNoFullScans(planned: Planned[]) {
  expect(planned.length).toBeGreaterThan(0);
  for (const statement of planned) expect(fullScans(statement), statement.sql).toEqual([]);
}

const allPlans = (planned: Planned[]) => planned.flatMap((p) => p.plan).join('\n');

async function till(): Promise<{ t: TestEngine; dir: string }> {
  const dir = tempDir();
  return { t: engineIn(dir), dir };
}

describe('query plans of the hot paths', () => {
  it('knows a full scan when it sees one (the checker itself can fail)', () => {
    const scan = { sql: 'SELECT * FROM products p WHERE lower(p.sku) = ?', plan: ['SCAN p'] };
    expect(fullScans(scan)).toEqual(['SCAN p']);
    expect(
      fullScans({
        sql: 'SELECT * FROM product_words',
        plan: ['SCAN product_words VIRTUAL TABLE INDEX 0:M1'],
      }),
    ).toEqual([]);
  });

  it('barcode lookup: primary key of product_barcodes, then the product by id', async () => {
    const { t, dir } = await till();
    const planned = await plansOf(dir, () => t.ok('products.lookup', { code: '2990000000040' }));
    expectNoFullScans(planned);
    expect(allPlans(planned)).toMatch(/SEARCH product_barcodes USING PRIMARY KEY \(code=\?\)/);
    expect(allPlans(planned)).toMatch(/SEARCH p USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    t.engine.close();
  });

  it('SKU fallback and scale labels: the case-insensitive SKU index and the PLU index', async () => {
    const { t, dir } = await till();
    const sku = await plansOf(dir, () => t.ok('products.lookup', { code: 'lle-kg' }));
    expectNoFullScans(sku);
    expect(allPlans(sku)).toMatch(/USING (COVERING )?INDEX products_sku_nocase \(sku=\?\)/);

    const [lele] = await t.ok('products.list', { query: 'LLE-KG' });
    await t.ok('products.setPlu', { productId: lele?.id ?? 0, plu: 20 });
    const code = makeScaleBarcode(
      { prefix: '20', itemDigits: 5, valueKind: 'weight', valueDigits: 5 },
      20,
      1000,
    );
    const scale = await plansOf(dir, () => t.ok('products.lookup', { code }));
    expectNoFullScans(scale);
    expect(allPlans(scale)).toMatch(/USING INDEX products_plu \(plu=\?\)/);
    t.engine.close();
  });

  it('products.list with a text: the FTS tables, products by id, never a scan of products', async () => {
    const { t, dir } = await till();
    for (const query of ['bawa', 'oren', 'kopi bu', '2990000000040', 'bwg-10']) {
      const planned = await plansOf(dir, () => t.ok('products.list', { query, category: 'Makanan' }));
      expectNoFullScans(planned);
      expect(allPlans(planned)).toMatch(/SCAN \w+ VIRTUAL TABLE INDEX/);
    }
    const words = await plansOf(dir, () => t.ok('products.list', { query: 'bawa' }));
    expect(allPlans(words)).toMatch(/SCAN w VIRTUAL TABLE/);
    const grams = await plansOf(dir, () => t.ok('products.list', { query: 'oren' }));
    expect(allPlans(grams)).toMatch(/SCAN g VIRTUAL TABLE/);
    t.engine.close();
  });

  it('products.list without a text (the whole grid): the category index in order, no sort', async () => {
    const { t, dir } = await till();
    const planned = await plansOf(dir, () => t.ok('products.list', { limit: MAX_LIST_PRODUCTS }));
    // Listing the catalogue reads every product, so one scan is right: the index in the ORDER BY's
    // order, with each row's producer and first barcode by key. A sort would hold all 10,000 rows.
    expect(planned.flatMap(fullScans)).toEqual(['SCAN p USING INDEX products_category']);
    const plan = allPlans(planned);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(plan).toMatch(/SEARCH u USING (COVERING )?INDEX \w+ \(code=\?\)/);
    expect(plan).toMatch(/SEARCH b USING (COVERING )?INDEX product_barcodes_product \(product_id=\?\)/);
    t.engine.close();
  });

  it('sales.get: the sale by the unique receipt number, its lines and payments by sale id', async () => {
    const { t, dir } = await till();
    const [product] = await t.ok('products.list', { query: '2990000000040' });
    const sale = await t.ok('sales.commitCash', {
      lines: [{ productId: product?.id ?? 0, qty: 1 }],
      cashTendered: 50_000,
    });
    const planned = await plansOf(dir, () => t.ok('sales.get', { receiptNo: sale.receiptNo }));
    expectNoFullScans(planned);
    expect(allPlans(planned)).toMatch(/SEARCH sales USING (COVERING )?INDEX \w+ \(receipt_no=\?\)/);
    expect(allPlans(planned)).toMatch(/SEARCH sale_lines USING PRIMARY KEY \(sale_id=\?\)/);
    t.engine.close();
  });
});
