import type { Database } from 'better-sqlite3';
import type { ParsedInput, Producer } from '../../../shared/contract';
import { EngineError } from '../errors';

interface ProducerRow {
  code: string;
  name: string;
  pnbpBp: number;
  premiBp: number;
  capitalBp: number;
  active: number;
  productCount: number;
}

const SELECT_PRODUCERS = `SELECT p.code, p.name, p.pnbp_bp AS pnbpBp, p.premi_bp AS premiBp, p.capital_bp AS capitalBp,
    p.active, (SELECT count(*) FROM products x WHERE x.producer_code = p.code) AS productCount
  FROM producers p`;

function toProducer(row: ProducerRow): Producer {
  return {
    code: row.code,
    name: row.name,
    split: { pnbp: row.pnbpBp / 100, premi: row.premiBp / 100, capital: row.capitalBp / 100 },
    splitBp: { pnbp: row.pnbpBp, premi: row.premiBp, capital: row.capitalBp },
    active: row.active === 1,
    productCount: row.productCount,
  };
}

export function listProducers(db: Database, input: ParsedInput<'producers.list'>): Producer[] {
  const rows = db
    .prepare(`${SELECT_PRODUCERS} WHERE @all = 1 OR p.active = 1 ORDER BY p.name, p.code`)
    .all({ all: input.includeInactive ? 1 : 0 }) as ProducerRow[];
  return rows.map(toProducer);
}

export function findProducer(db: Database, code: string): Producer | undefined {
  const row = db.prepare(`${SELECT_PRODUCERS} WHERE p.code = ?`).get(code) as ProducerRow | undefined;
  return row && toProducer(row);
}

/** Percent with at most two decimals (the contract checked that) to whole basis points. */
export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

function formatPercent(bp: number): string {
  return `${(bp / 100).toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;
}

/**
 * Creates or edits a producing unit. The split is per unit because rules differ between prisons;
 * it must add up to exactly 100% (the database refuses anything else too).
 */
export function saveProducer(db: Database, input: ParsedInput<'producers.save'>): Producer {
  const bp = {
    pnbp: toBasisPoints(input.split.pnbp),
    premi: toBasisPoints(input.split.premi),
    capital: toBasisPoints(input.split.capital),
  };
  const sum = bp.pnbp + bp.premi + bp.capital;
  if (sum !== 10_000) {
    throw new EngineError('INVALID_INPUT', 'catalog.sharesNot100', { sum: formatPercent(sum) });
  }
  db.transaction(() => {
    const existing = db.prepare('SELECT active FROM producers WHERE code = ?').get(input.code) as
      | { active: number }
      | undefined;
    if (input.mode === 'create') {
      if (existing) throw new EngineError('CONFLICT', 'catalog.producerCodeTaken', { code: input.code });
      db.prepare(
        'INSERT INTO producers (code, name, pnbp_bp, premi_bp, capital_bp, active) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(input.code, input.name, bp.pnbp, bp.premi, bp.capital, input.active === false ? 0 : 1);
      return;
    }
    if (!existing) throw new EngineError('NOT_FOUND', 'catalog.producerNotFound', { code: input.code });
    db.prepare(
      'UPDATE producers SET name = ?, pnbp_bp = ?, premi_bp = ?, capital_bp = ?, active = ? WHERE code = ?',
    ).run(
      input.name,
      bp.pnbp,
      bp.premi,
      bp.capital,
      input.active === undefined ? existing.active : input.active ? 1 : 0,
      input.code,
    );
  }).immediate();
  const saved = findProducer(db, input.code);
  if (!saved) throw new EngineError('INTERNAL', 'catalog.producerUnreadable');
  return saved;
}
