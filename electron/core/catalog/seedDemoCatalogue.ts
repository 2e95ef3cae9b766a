import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { formatMessage } from '../../../shared/messages';
import { getSetting, setSetting } from '../settings/settings';
import { applyImport } from './applyImport';
import { planImport } from './planImport';
import { readCatalogueFile } from './readCatalogueFile';

export const DEMO_CATALOGUE_FILE = 'catalogue-demo.csv';

/**
 * On the very first run, fills an empty catalogue with the demo products so a new booth can sell
 * at once. The demo file is an ordinary import file and goes through the same checks and writer.
 * Runs once per database (a flag in settings), so deleting demo products later sticks.
 */
export function seedDemoCatalogue(db: Database, resourcesDir: string, now: () => Date): number {
  if (getSetting(db, 'demo_catalogue_loaded') !== undefined) return 0;
  const table = readCatalogueFile(readFileSync(join(resourcesDir, DEMO_CATALOGUE_FILE)));
  // The engine's clock, not the machine's: the first price of each product is dated by it.
  const seededAt = now().toISOString();
  return db
    .transaction(() => {
      const existing = db.prepare('SELECT count(*) AS n FROM products').get() as { n: number };
      setSetting(db, 'demo_catalogue_loaded', seededAt);
      if (existing.n > 0) return 0;
      const plan = planImport(db, table.columns, table.rows);
      if (plan.issueCount > 0) {
        const first = plan.issues[0];
        throw new Error(
          `Katalog demo tidak valid: baris ${first?.row} ${first?.column ?? ''}: ${first ? formatMessage('id', first.message.key, first.message.params) : ''}`,
        );
      }
      applyImport(db, plan, { at: seededAt, by: null });
      // The categories in the file's order (Makanan first), so the till's grid opens with the
      // booth's best sellers, bawang goreng and sambal roa; a manager reorders them (Urutan).
      const setOrder = db.prepare('UPDATE categories SET sort_order = ? WHERE name = ?');
      const categories = [...new Set(plan.rows.map((row) => row.values.category))];
      for (const [i, name] of categories.entries()) setOrder.run(i, name);
      return plan.rows.length;
    })
    .immediate();
}
