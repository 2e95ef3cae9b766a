// Where stock is: the booth, outlets, warehouses, and events (a bazaar or exhibition is a temporary
// location with dates). One location is where the till sells from.
import type { Database } from 'better-sqlite3';
import type { Location, ParsedInput } from '../../../shared/contract';
import { EngineError } from '../errors';

const LOCATION_COLUMNS = `id, code, name, kind, starts_on AS startsOn, ends_on AS endsOn, active,
  is_default AS isDefault, closed_at AS closedAt`;

interface LocationRow extends Omit<Location, 'active' | 'isDefault'> {
  active: number;
  isDefault: number;
}

function toLocation(row: LocationRow): Location {
  return { ...row, active: row.active === 1, isDefault: row.isDefault === 1 };
}

export function findLocation(db: Database, id: number): Location | undefined {
  const row = db.prepare(`SELECT ${LOCATION_COLUMNS} FROM locations WHERE id = ?`).get(id) as
    | LocationRow
    | undefined;
  return row && toLocation(row);
}

/** A location goods may move in or out of: it exists and is active (a closed event is not). */
export function requireActiveLocation(db: Database, id: number): Location {
  const location = findLocation(db, id);
  if (!location) throw new EngineError('NOT_FOUND', 'stock.locationNotFound', { id });
  if (!location.active) {
    throw new EngineError(
      'CONFLICT',
      location.closedAt ? 'stock.eventClosedNoMoves' : 'stock.locationInactive',
      { name: location.name },
    );
  }
  return location;
}

/** Where the till sells from (the booth, or an event while it runs). */
export function sellingLocation(db: Database): Location {
  const row = db.prepare(`SELECT ${LOCATION_COLUMNS} FROM locations WHERE is_default = 1`).get() as
    | LocationRow
    | undefined;
  if (!row) throw new EngineError('CONFLICT', 'stock.noSalesLocation');
  return toLocation(row);
}

/** The given location, or the selling location when none is given; either way it must be active. */
export function locationOrSelling(db: Database, id: number | undefined): Location {
  return id === undefined ? sellingLocation(db) : requireActiveLocation(db, id);
}

export function listLocations(db: Database, input: ParsedInput<'locations.list'>): Location[] {
  const rows = db
    .prepare(
      `SELECT ${LOCATION_COLUMNS} FROM locations
       WHERE @all = 1 OR active = 1
       ORDER BY active DESC, kind = 'event', starts_on DESC, name`,
    )
    .all({ all: input.includeInactive ? 1 : 0 }) as LocationRow[];
  return rows.map(toLocation);
}

function hasStock(db: Database, locationId: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM stock_moves WHERE location_id = ?
         GROUP BY product_id HAVING sum(qty_milli) <> 0 LIMIT 1`,
      )
      .get(locationId) !== undefined
  );
}

/** Creates or edits a location. Its kind is fixed once created; a closed event is history. */
export function saveLocation(db: Database, input: ParsedInput<'locations.save'>, now: Date): Location {
  const isEvent = input.kind === 'event';
  const startsOn = input.startsOn ?? null;
  const endsOn = input.endsOn ?? null;
  if (isEvent && (!startsOn || !endsOn)) {
    throw new EngineError('INVALID_INPUT', 'stock.eventNeedsDates');
  }
  if (!isEvent && (startsOn || endsOn)) {
    throw new EngineError('INVALID_INPUT', 'stock.onlyEventsDates');
  }
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new EngineError('INVALID_INPUT', 'stock.endBeforeStart');
  }

  const id = db
    .transaction(() => {
      const sameCode = db.prepare('SELECT id FROM locations WHERE code = ?').get(input.code) as
        | { id: number }
        | undefined;
      if (sameCode && sameCode.id !== input.id) {
        throw new EngineError('CONFLICT', 'stock.locationCodeTaken', { code: input.code });
      }
      if (input.id === undefined) {
        const { lastInsertRowid } = db
          .prepare(
            `INSERT INTO locations (code, name, kind, starts_on, ends_on, active, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.code,
            input.name,
            input.kind,
            startsOn,
            endsOn,
            input.active === false ? 0 : 1,
            now.toISOString(),
          );
        return Number(lastInsertRowid);
      }

      const current = findLocation(db, input.id);
      if (!current) throw new EngineError('NOT_FOUND', 'stock.locationNotFound', { id: input.id });
      if (current.closedAt)
        throw new EngineError('CONFLICT', 'stock.eventClosedNoEdit', { name: current.name });
      if (current.kind !== input.kind) {
        throw new EngineError('CONFLICT', 'stock.kindFixed');
      }
      const active = input.active ?? current.active;
      if (!active && current.active) {
        if (current.isDefault) {
          throw new EngineError('CONFLICT', 'stock.tillSellsFrom', { name: current.name });
        }
        if (hasStock(db, current.id)) {
          throw new EngineError('CONFLICT', 'stock.stockStillThere', { name: current.name });
        }
      }
      db.prepare(
        'UPDATE locations SET code = ?, name = ?, starts_on = ?, ends_on = ?, active = ? WHERE id = ?',
      ).run(input.code, input.name, startsOn, endsOn, active ? 1 : 0, current.id);
      return current.id;
    })
    .immediate();

  const saved = findLocation(db, id);
  if (!saved) throw new EngineError('INTERNAL', 'stock.locationUnreadable');
  return saved;
}
