// Applying a package: one IMMEDIATE transaction that plans again against the catalogue as it is
// now (a refusal rolls back and writes nothing), writes every record taken, records the package and
// audits it. Prices go into the price history named for the package; later prices wait in
// scheduled_prices for their business day.
import type { Database } from 'better-sqlite3';
import { classifyBarcode } from '../../../../shared/barcode';
import type { PackageChanges } from '../../../../shared/contract';
import { audit } from '../../audit/audit';
import type { Actor, EngineContext } from '../../context';
import { deferSearchIndexing } from '../../search/deferIndexing';
import { deviceBusinessDay } from '../../shifts/businessDay';
import { type ProductValues, productWriter } from '../productWriter';
import type { SignedPackage } from './checkPackage';
import { appliedIntervals, heldVersionOf } from './coverage';
import { type PackagePlan, planOnTill } from './plan';
import { changesOf } from './preview';
import { packageAuthor, promoteDuePrices } from './scheduledPrices';

export interface AppliedResult {
  heldVersion: number;
  changes: PackageChanges;
}

function writePlan(db: Database, plan: PackagePlan, at: string): void {
  const version = plan.signed.manifest.version;
  const author = packageAuthor(version);

  const insertUnit = db.prepare(
    `INSERT INTO producers (code, name, pnbp_bp, premi_bp, capital_bp, active, office_version)
     VALUES (@code, @name, @pnbpBp, @premiBp, @capitalBp, @active, @changedIn)`,
  );
  const updateUnit = db.prepare(
    `UPDATE producers SET name = @name, pnbp_bp = @pnbpBp, premi_bp = @premiBp, capital_bp = @capitalBp,
       active = @active, office_version = @changedIn WHERE code = @code`,
  );
  for (const { record, existing } of plan.units) {
    (existing ? updateUnit : insertUnit).run({ ...record, active: record.active ? 1 : 0 });
  }

  const insertWorkshop = db.prepare(
    'INSERT INTO workshops (producer_code, name, active, office_version) VALUES (?, ?, ?, ?)',
  );
  const updateWorkshop = db.prepare('UPDATE workshops SET active = ?, office_version = ? WHERE id = ?');
  for (const { record, existing } of plan.workshops) {
    if (existing) updateWorkshop.run(record.active ? 1 : 0, record.changedIn, existing.id);
    else insertWorkshop.run(record.unitCode, record.name, record.active ? 1 : 0, record.changedIn);
  }

  const insertCategory = db.prepare(
    'INSERT INTO categories (name, sort_order, office_version) VALUES (?, ?, ?)',
  );
  const updateCategory = db.prepare(
    'UPDATE categories SET name = ?, sort_order = ?, office_version = ? WHERE name = ?',
  );
  const renameProducts = db.prepare(
    'UPDATE products SET category = ?, updated_at = ? WHERE category = ? COLLATE NOCASE AND category <> ?',
  );
  for (const { record, existing } of plan.categories) {
    if (!existing) {
      insertCategory.run(record.name, record.sortOrder, record.changedIn);
      continue;
    }
    updateCategory.run(record.name, record.sortOrder, record.changedIn, existing.name);
    // Only the spelling can differ (names compare without case): products follow it.
    if (existing.name !== record.name) renameProducts.run(record.name, at, record.name, record.name);
  }

  const insertTier = db.prepare('INSERT INTO price_tiers (code, name, office_version) VALUES (?, ?, ?)');
  const updateTier = db.prepare('UPDATE price_tiers SET name = ?, office_version = ? WHERE code = ?');
  for (const { record, existing } of plan.tiers) {
    if (existing) updateTier.run(record.name, record.changedIn, record.code);
    else insertTier.run(record.code, record.name, record.changedIn);
  }

  const categoryName = db.prepare('SELECT name FROM categories WHERE name = ?').pluck();
  const workshopId = db.prepare('SELECT id FROM workshops WHERE producer_code = ? AND name = ?').pluck();
  const dropBarcode = db.prepare('DELETE FROM product_barcodes WHERE code = ?');
  const setVersion = db.prepare('UPDATE products SET office_version = ? WHERE id = ?');
  const clearTiers = db.prepare('DELETE FROM tier_prices WHERE product_id = ?');
  const addTier = db.prepare(
    'INSERT INTO tier_prices (tier, product_id, price, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)',
  );
  const clearScheduled = db.prepare('DELETE FROM scheduled_prices WHERE product_id = ?');
  const addScheduled = db.prepare(
    'INSERT INTO scheduled_prices (product_id, from_day, price, package_version) VALUES (?, ?, ?, ?)',
  );
  const writer = productWriter(db, { at, by: author });

  deferSearchIndexing(db, () => {
    // Barcodes move first, so no product ever holds a code another is about to take.
    for (const { code } of plan.releasedBarcodes) dropBarcode.run(code);
    for (const decision of plan.products) if (decision.existing) writer.clearBarcodes(decision.existing.id);

    for (const decision of plan.products) {
      const { record, existing } = decision;
      const nothingToWrite =
        existing !== null &&
        decision.fields.length === 0 &&
        !decision.priceChanged &&
        !decision.scheduledChanged;
      const barcodes = decision.barcodes.map((code) => {
        const checked = classifyBarcode(code);
        if ('error' in checked) throw new Error(`barcode ${code} checked before, refused now`);
        return checked;
      });
      let id: number;
      if (nothingToWrite) {
        id = existing.id;
        writer.addBarcodes(id, barcodes);
      } else {
        const values: ProductValues = {
          sku: record.sku,
          name: record.name,
          category: (categoryName.get(record.category) as string | undefined) ?? record.category,
          unit: decision.unit,
          price: decision.price,
          cost: record.cost,
          producerCode: record.producerCode,
          workshopId:
            record.workshop === null
              ? null
              : ((workshopId.get(record.producerCode, record.workshop) as number | undefined) ?? null),
          barcodes,
          soldByWeight: record.soldByWeight,
          active: record.active,
          pirtNo: record.pirtNo,
          halalNo: record.halalNo,
        };
        if (existing) {
          id = existing.id;
          writer.update(id, values, existing.price);
        } else {
          id = writer.insert(values);
        }
      }
      setVersion.run(record.changedIn, id);
      clearTiers.run(id);
      for (const tierPrice of record.tierPrices) addTier.run(tierPrice.tier, id, tierPrice.price, at, author);
      clearScheduled.run(id);
      for (const step of decision.scheduled) addScheduled.run(id, step.from, step.price, version);
    }
  });
}

/** Checks, plans and writes in one transaction; throws the refusal (nothing written) otherwise. */
export function applyPackage(
  ctx: Pick<EngineContext, 'db' | 'device' | 'now'>,
  signed: SignedPackage,
  actor: Actor,
): AppliedResult {
  const { db } = ctx;
  const now = ctx.now();
  const at = now.toISOString();
  const today = deviceBusinessDay(ctx);
  return db
    .transaction(() => {
      promoteDuePrices(db, today, now);
      const intervals = appliedIntervals(db);
      const plan = planOnTill(signed, db, intervals, today);
      writePlan(db, plan, at);
      const changes = changesOf(plan);
      const { manifest } = signed;
      db.prepare(
        `INSERT INTO catalogue_packages (manifest_sha256, version, based_on, office_name, key_id, created_at,
           office_day, source, counts, changes, applied_at, applied_by_id, applied_by_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        signed.manifestSha256,
        manifest.version,
        manifest.basedOn,
        manifest.office.name,
        manifest.office.keyId,
        manifest.createdAt,
        manifest.day,
        signed.source,
        JSON.stringify(manifest.counts),
        JSON.stringify(changes),
        at,
        actor.kind === 'user' ? actor.userId : null,
        actor.kind === 'user' ? actor.name : 'Sistem',
      );
      audit(db, ctx.device.device, now, {
        action: 'catalog.package',
        actor,
        subject: packageAuthor(manifest.version),
        detail: {
          version: manifest.version,
          basedOn: manifest.basedOn,
          office: manifest.office.name,
          keyId: manifest.office.keyId,
          manifestSha256: signed.manifestSha256,
          source: signed.source,
          ...changes,
        },
      });
      return { heldVersion: heldVersionOf(appliedIntervals(db)), changes };
    })
    .immediate();
}
