import type { Database } from 'better-sqlite3';
import type { ImportPlan } from './planImport';
import type { WriteStamp } from './productWriter';
import { productWriter } from './productWriter';

/**
 * Writes a plan that has no issues: new producing units, categories and workshops first, then the
 * products. The caller runs this inside the one transaction that also planned it, so a plan is
 * never applied to a database that changed under it.
 */
export function applyImport(db: Database, plan: ImportPlan, stamp: WriteStamp): void {
  if (plan.issueCount > 0) throw new Error('applyImport: the plan has issues');
  const insertProducer = db.prepare('INSERT INTO producers (code, name) VALUES (?, ?)');
  for (const producer of plan.newProducers) insertProducer.run(producer.code, producer.name);
  const insertCategory = db.prepare('INSERT INTO categories (name) VALUES (?)');
  for (const category of plan.newCategories) insertCategory.run(category);
  const insertWorkshop = db.prepare('INSERT INTO workshops (producer_code, name) VALUES (?, ?)');
  const workshopIds = new Map<string, number>();
  for (const w of plan.newWorkshops) {
    workshopIds.set(w.key, Number(insertWorkshop.run(w.producerCode, w.name).lastInsertRowid));
  }

  const writer = productWriter(db, stamp);
  // Free every changed product's barcodes before writing any, so a code can move between them.
  for (const row of plan.rows) {
    if (row.status === 'updated' && row.existing) writer.clearBarcodes(row.existing.id);
  }
  for (const row of plan.rows) {
    if (row.status === 'unchanged') continue;
    const workshopId =
      row.workshop === null
        ? null
        : 'id' in row.workshop
          ? row.workshop.id
          : (workshopIds.get(row.workshop.newKey) ?? null);
    const values = { ...row.values, workshopId };
    if (row.existing) writer.update(row.existing.id, values, row.existing.price);
    else writer.insert(values);
  }
}
