// Changes to the catalogue's producing units, workshops, categories and tiers. Each checks what the
// till checks (the split makes 100%, a unit code once, a workshop name once per unit), writes in
// one transaction under the catalogue lock with its audit row, and marks the record changed
// (changed_in NULL) only when something in it did change, so a save that changes nothing is not
// published again.
import { EngineError } from '../../../electron/core/errors';
import type {
  CatalogueCategory,
  CatalogueTier,
  CatalogueUnit,
  CatalogueWorkshop,
  OfficeParsedInput,
} from '../../../shared/office/contract';
import type { Db, Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { lockCatalogue } from './records';

export interface CatalogueActor {
  userId: number;
  at: Date;
}

/** Percent with at most two decimals (the contract checked that) to whole basis points, as the till. */
const toBasisPoints = (percent: number) => Math.round(percent * 100);

function formatPercent(bp: number): string {
  return `${(bp / 100).toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;
}

interface UnitRow {
  code: string;
  name: string;
  pnbp_bp: number;
  premi_bp: number;
  capital_bp: number;
  active: boolean;
  changed_in: number | null;
  product_count: number | string;
}

export async function listUnits(q: Queryable, code?: string): Promise<CatalogueUnit[]> {
  const { rows } = await q.query<UnitRow>(
    `select u.code, u.name, u.pnbp_bp, u.premi_bp, u.capital_bp, u.active, u.changed_in,
            (select count(*) from catalogue_products p where p.unit_code = u.code) as product_count
       from catalogue_units u where ($1::text is null or u.code = $1) order by u.name, u.code`,
    [code ?? null],
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    splitBp: { pnbp: r.pnbp_bp, premi: r.premi_bp, capital: r.capital_bp },
    active: r.active,
    changedIn: r.changed_in,
    productCount: Number(r.product_count),
  }));
}

export async function saveUnit(
  db: Db,
  input: OfficeParsedInput<'catalogue.saveUnit'>,
  by: CatalogueActor,
): Promise<CatalogueUnit> {
  const bp = {
    pnbp: toBasisPoints(input.split.pnbp),
    premi: toBasisPoints(input.split.premi),
    capital: toBasisPoints(input.split.capital),
  };
  const sum = bp.pnbp + bp.premi + bp.capital;
  if (sum !== 10_000)
    throw new EngineError('INVALID_INPUT', 'catalog.sharesNot100', { sum: formatPercent(sum) });
  return db.tx(async (c) => {
    await lockCatalogue(c);
    const { rows } = await c.query<{ active: boolean }>(
      'select active from catalogue_units where code = $1',
      [input.code],
    );
    const existing = rows[0];
    if (input.mode === 'create' && existing) {
      throw new EngineError('CONFLICT', 'catalog.producerCodeTaken', { code: input.code });
    }
    if (input.mode === 'update' && !existing) {
      throw new EngineError('NOT_FOUND', 'catalog.producerNotFound', { code: input.code });
    }
    const active = input.active ?? existing?.active ?? true;
    const { rowCount } = await c.query(
      `insert into catalogue_units (code, name, pnbp_bp, premi_bp, capital_bp, active, changed_in)
       values ($1, $2, $3, $4, $5, $6, null)
       on conflict (code) do update set name = excluded.name, pnbp_bp = excluded.pnbp_bp,
         premi_bp = excluded.premi_bp, capital_bp = excluded.capital_bp, active = excluded.active,
         changed_in = null
       where (catalogue_units.name, catalogue_units.pnbp_bp, catalogue_units.premi_bp,
              catalogue_units.capital_bp, catalogue_units.active)
             is distinct from (excluded.name, excluded.pnbp_bp, excluded.premi_bp, excluded.capital_bp,
              excluded.active)`,
      [input.code, input.name, bp.pnbp, bp.premi, bp.capital, active],
    );
    if (rowCount > 0) {
      await recordAudit(c, {
        at: by.at,
        userId: by.userId,
        action: 'catalogue.unit',
        target: input.code,
        detail: { mode: input.mode, name: input.name, splitBp: bp, active },
      });
    }
    const [saved] = await listUnits(c, input.code);
    if (!saved) throw new Error(`unit ${input.code} vanished`);
    return saved;
  });
}

export async function listWorkshops(q: Queryable): Promise<CatalogueWorkshop[]> {
  const { rows } = await q.query<{
    unit_code: string;
    name: string;
    active: boolean;
    changed_in: number | null;
  }>('select unit_code, name, active, changed_in from catalogue_workshops order by unit_code, lower(name)');
  return rows.map((r) => ({
    unitCode: r.unit_code,
    name: r.name,
    active: r.active,
    changedIn: r.changed_in,
  }));
}

/** Creates a workshop, or sets an existing one (same unit, same name whatever its case) active or not. */
export async function saveWorkshop(
  db: Db,
  input: OfficeParsedInput<'catalogue.saveWorkshop'>,
  by: CatalogueActor,
): Promise<CatalogueWorkshop> {
  return db.tx(async (c) => {
    await lockCatalogue(c);
    const unit = await c.query('select 1 from catalogue_units where code = $1', [input.producerCode]);
    if (unit.rows.length === 0) {
      throw new EngineError('INVALID_INPUT', 'catalog.producerCodeNotFound', {
        producerCode: input.producerCode,
      });
    }
    const { rows } = await c.query<{ id: number | string; name: string; active: boolean }>(
      'select id, name, active from catalogue_workshops where unit_code = $1 and lower(name) = lower($2)',
      [input.producerCode, input.name],
    );
    const existing = rows[0];
    const active = input.active ?? existing?.active ?? true;
    let changed = false;
    if (!existing) {
      await c.query(
        'insert into catalogue_workshops (unit_code, name, active, changed_in) values ($1, $2, $3, null)',
        [input.producerCode, input.name, active],
      );
      changed = true;
    } else if (existing.active !== active) {
      await c.query('update catalogue_workshops set active = $2, changed_in = null where id = $1', [
        existing.id,
        active,
      ]);
      changed = true;
    }
    const name = existing?.name ?? input.name;
    if (changed) {
      await recordAudit(c, {
        at: by.at,
        userId: by.userId,
        action: 'catalogue.workshop',
        target: `${input.producerCode}/${name}`,
        detail: { unitCode: input.producerCode, name, active, created: !existing },
      });
    }
    const saved = (await listWorkshops(c)).find((w) => w.unitCode === input.producerCode && w.name === name);
    if (!saved) throw new Error('workshop vanished');
    return saved;
  });
}

export async function listCategories(q: Queryable): Promise<CatalogueCategory[]> {
  const { rows } = await q.query<{ name: string; sort_order: number; changed_in: number | null }>(
    'select name, sort_order, changed_in from catalogue_categories order by sort_order, name',
  );
  return rows.map((r) => ({ name: r.name, sortOrder: r.sort_order, changedIn: r.changed_in }));
}

/**
 * Creates a category, or moves one (same name whatever its case) in the order. Products name their
 * category, and a till knows it by name, so a category is not renamed here.
 */
export async function saveCategory(
  db: Db,
  input: OfficeParsedInput<'catalogue.saveCategory'>,
  by: CatalogueActor,
): Promise<CatalogueCategory> {
  return db.tx(async (c) => {
    await lockCatalogue(c);
    const { rows } = await c.query<{ name: string; sort_order: number }>(
      'select name, sort_order from catalogue_categories where lower(name) = lower($1)',
      [input.name],
    );
    const existing = rows[0];
    const sortOrder = input.sortOrder ?? existing?.sort_order ?? 0;
    const name = existing?.name ?? input.name;
    if (!existing || existing.sort_order !== sortOrder) {
      await c.query(
        `insert into catalogue_categories (name, sort_order, changed_in) values ($1, $2, null)
         on conflict (name) do update set sort_order = excluded.sort_order, changed_in = null`,
        [name, sortOrder],
      );
      await recordAudit(c, {
        at: by.at,
        userId: by.userId,
        action: 'catalogue.category',
        target: name,
        detail: { name, sortOrder, created: !existing },
      });
    }
    const saved = (await listCategories(c)).find((x) => x.name === name);
    if (!saved) throw new Error('category vanished');
    return saved;
  });
}

export async function listTiers(q: Queryable): Promise<CatalogueTier[]> {
  const { rows } = await q.query<{ code: string; name: string; changed_in: number | null }>(
    'select code, name, changed_in from catalogue_tiers order by code',
  );
  return rows.map((r) => ({ code: r.code, name: r.name, changedIn: r.changed_in }));
}

export async function saveTier(
  db: Db,
  input: OfficeParsedInput<'catalogue.saveTier'>,
  by: CatalogueActor,
): Promise<CatalogueTier> {
  return db.tx(async (c) => {
    await lockCatalogue(c);
    const { rowCount } = await c.query(
      `insert into catalogue_tiers (code, name, changed_in) values ($1, $2, null)
       on conflict (code) do update set name = excluded.name, changed_in = null
       where catalogue_tiers.name is distinct from excluded.name`,
      [input.code, input.name],
    );
    if (rowCount > 0) {
      await recordAudit(c, {
        at: by.at,
        userId: by.userId,
        action: 'catalogue.tier',
        target: input.code,
        detail: { code: input.code, name: input.name },
      });
    }
    const saved = (await listTiers(c)).find((t) => t.code === input.code);
    if (!saved) throw new Error('tier vanished');
    return saved;
  });
}
