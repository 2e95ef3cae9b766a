// The two stock settings: whether the till may sell below zero, and which location it sells from.
import type { Database } from 'better-sqlite3';
import type { ParsedInput, StockSettings } from '../../../shared/contract';
import { getSetting, setSetting } from '../settings/settings';
import { requireActiveLocation, sellingLocation } from './locations';

const ALLOW_NEGATIVE_KEY = 'allow_negative_stock';

/** Allowed unless a manager turned it off (the migration stores the default, '1'). */
export function allowNegativeStock(db: Database): boolean {
  return getSetting(db, ALLOW_NEGATIVE_KEY) !== '0';
}

export function getStockSettings(db: Database): StockSettings {
  return { allowNegativeStock: allowNegativeStock(db), sellingLocationId: sellingLocation(db).id };
}

export function saveStockSettings(db: Database, input: ParsedInput<'stock.saveSettings'>): StockSettings {
  db.transaction(() => {
    if (input.allowNegativeStock !== undefined) {
      setSetting(db, ALLOW_NEGATIVE_KEY, input.allowNegativeStock ? '1' : '0');
    }
    if (input.sellingLocationId !== undefined) {
      const location = requireActiveLocation(db, input.sellingLocationId);
      // One selling location at a time (a partial unique index holds the rule).
      db.prepare('UPDATE locations SET is_default = 0 WHERE is_default = 1 AND id <> ?').run(location.id);
      db.prepare('UPDATE locations SET is_default = 1 WHERE id = ?').run(location.id);
    }
  }).immediate();
  return getStockSettings(db);
}
