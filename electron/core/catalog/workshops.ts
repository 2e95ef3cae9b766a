import type { Database } from 'better-sqlite3';
import type { ParsedInput, Workshop } from '../../../shared/contract';
import { EngineError } from '../errors';

interface WorkshopRow extends Omit<Workshop, 'active'> {
  active: number;
}

const SELECT_WORKSHOPS = `SELECT w.id, w.producer_code AS producerCode, u.name AS producerName, w.name, w.active,
    (SELECT count(*) FROM products p WHERE p.workshop_id = w.id) AS productCount
  FROM workshops w JOIN producers u ON u.code = w.producer_code`;

const toWorkshop = (row: WorkshopRow): Workshop => ({ ...row, active: row.active === 1 });

export function listWorkshops(db: Database, input: ParsedInput<'workshops.list'>): Workshop[] {
  const rows = db
    .prepare(
      `${SELECT_WORKSHOPS}
       WHERE (@producer IS NULL OR w.producer_code = @producer COLLATE NOCASE) AND (@all = 1 OR w.active = 1)
       ORDER BY u.name, w.name`,
    )
    .all({ producer: input.producerCode ?? null, all: input.includeInactive ? 1 : 0 }) as WorkshopRow[];
  return rows.map(toWorkshop);
}

export function findWorkshop(db: Database, id: number): Workshop | undefined {
  const row = db.prepare(`${SELECT_WORKSHOPS} WHERE w.id = ?`).get(id) as WorkshopRow | undefined;
  return row && toWorkshop(row);
}

/** Creates or edits a workshop. It may move to another unit only while no product uses it. */
export function saveWorkshop(db: Database, input: ParsedInput<'workshops.save'>): Workshop {
  const id = db
    .transaction(() => {
      if (!db.prepare('SELECT 1 FROM producers WHERE code = ?').get(input.producerCode)) {
        throw new EngineError('NOT_FOUND', 'catalog.producerCodeNotFound', {
          producerCode: input.producerCode,
        });
      }
      const clash = db
        .prepare('SELECT id FROM workshops WHERE producer_code = ? AND name = ? AND id IS NOT ?')
        .get(input.producerCode, input.name, input.id ?? null);
      if (clash) {
        throw new EngineError('CONFLICT', 'catalog.workshopExists', {
          name: input.name,
          producerCode: input.producerCode,
        });
      }
      if (input.id === undefined) {
        const info = db
          .prepare('INSERT INTO workshops (producer_code, name, active) VALUES (?, ?, ?)')
          .run(input.producerCode, input.name, input.active === false ? 0 : 1);
        return Number(info.lastInsertRowid);
      }
      const existing = findWorkshop(db, input.id);
      if (!existing) throw new EngineError('NOT_FOUND', 'catalog.workshopNotFound', { id: input.id });
      if (existing.producerCode !== input.producerCode && existing.productCount > 0) {
        throw new EngineError('CONFLICT', 'catalog.workshopInUse', {
          name: existing.name,
          productCount: existing.productCount,
          producerCode: existing.producerCode,
        });
      }
      db.prepare('UPDATE workshops SET producer_code = ?, name = ?, active = ? WHERE id = ?').run(
        input.producerCode,
        input.name,
        input.active === undefined ? (existing.active ? 1 : 0) : input.active ? 1 : 0,
        input.id,
      );
      return input.id;
    })
    .immediate();
  const saved = findWorkshop(db, id);
  if (!saved) throw new EngineError('INTERNAL', 'catalog.workshopUnreadable');
  return saved;
}
