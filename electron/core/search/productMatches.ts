// Which products match a typed text, and in what order. The catalogue's product list joins this to
// its own columns (catalog/listProducts.ts), so search owns matching and ranking, not row shapes.
//
// Tiers, best first; each product counts once, in its best tier:
//   0  the text is a barcode or the SKU (any case)
//   1  every typed word starts a word of the name or SKU         ("kopi bu" -> Kopi Bubuk)
//   2  every typed word starts a word of any indexed column       ("bawang palu": Palu = the unit)
//   3  part-of-word: 3+ letter terms inside the name or SKU      ("oren" -> Goreng)
// Within a tier: names that begin with the first typed word, then shorter names, then A-Z. (This is
// what bm25 would say for these all-words-must-match queries, whose IDF is the same for every hit;
// bm25 itself costs 1.5-2 us per row on prefix terms, too much when "ke" matches 50,000 products.)
//
// The tiers run in order inside one UNION ALL with a LIMIT, so once the better tiers have filled the
// page the others never run, and no query ever touches more than about `limit` index entries per
// tier: "ke" on 50,000 products costs what "kepiting" does. See docs/search.md.
import { planSearch } from './ftsQuery';

export interface MatchOptions {
  /** SQL condition on `p` (products) a match must meet, e.g. active and in a category. */
  where: string;
  /** How many products the caller will show. */
  limit: number;
}

export interface ProductMatches {
  /** `WITH ... matches(id, tier) AS (...)`: one row per matching product id. */
  cte: string;
  /** ORDER BY terms for `m` (matches) joined to `p` (products). */
  orderBy: string;
  params: Record<string, string | number>;
}

export function productMatches(text: string, { where, limit }: MatchOptions): ProductMatches {
  const plan = planSearch(text);
  // Each tier is a product id and its tier number, already filtered by the caller's condition so
  // that inactive or other-category products do not use up the cap.
  const tier = (id: string, n: number, from: string, condition: string) =>
    `SELECT * FROM (SELECT ${id}, ${n} FROM ${from} JOIN products p ON p.id = ${id} WHERE ${condition} AND (${where}))`;
  const params: Record<string, string | number> = {
    code: text,
    first: (text.split(/\s+/)[0] ?? '').toLowerCase(),
    // Tier 0 holds at most two rows that may come again in a later tier; the rest are distinct.
    cap: limit + 2,
  };
  const tiers = [
    tier('b.product_id', 0, 'product_barcodes b', 'b.code = @code'),
    tier('s.id', 0, 'products s', 's.sku = @code COLLATE NOCASE'),
  ];
  if (plan.words) {
    params.words = plan.words;
    params.nameWords = `{name sku} : (${plan.words})`;
    params.otherWords = `(${plan.words}) NOT (${params.nameWords})`;
    tiers.push(tier('w.rowid', 1, 'product_words w', 'product_words MATCH @nameWords'));
    tiers.push(tier('w.rowid', 2, 'product_words w', 'product_words MATCH @otherWords'));
  }
  if (plan.grams) {
    params.grams = plan.grams;
    let condition = 'product_grams MATCH @grams';
    if (plan.gramsShortWords) {
      // `+g.rowid`, not `g.rowid`: as a rowid constraint SQLite would run the trigram MATCH once per
      // id of the subquery (seconds); this way the subquery runs once and filters the hits.
      params.gramsShortWords = plan.gramsShortWords;
      condition +=
        ' AND +g.rowid IN (SELECT rowid FROM product_words WHERE product_words MATCH @gramsShortWords)';
    }
    if (plan.words) {
      // Products the word tiers found already are not counted again against the cap.
      condition += ' AND +g.rowid NOT IN (SELECT rowid FROM product_words WHERE product_words MATCH @words)';
    }
    tiers.push(tier('g.rowid', 3, 'product_grams g', condition));
  }
  const cte = `WITH hits(id, tier) AS (${tiers.join(' UNION ALL ')} LIMIT @cap),
    matches(id, tier) AS (SELECT id, min(tier) FROM hits GROUP BY id)`;
  return {
    cte,
    orderBy: 'm.tier, instr(lower(p.name), @first) <> 1, length(p.name), p.name',
    params,
  };
}
