// What a signed package would do to this till's catalogue, worked out without writing: the preview
// shows it, the apply writes it (planning again inside its transaction). First the checks that need
// the till (the version not already covered, every record fits and everything it names resolves),
// then one decision per record, by the rule of the format: the record is taken when the till holds
// no office version of it, or an older one (last writer wins per record, so the order packages come
// in and applying one twice do not matter); records the booth made itself are kept, marked local,
// unless the office's record has the same key (its SKU, code or name): then the office's wins.
//
// Barcodes belong to one product. A barcode the office gives a product moves from a local product
// that had it (the conflict is shown), and from an office product the till holds in an older
// version (the office moved it; the newer package is right). When the till holds the other product
// in a newer version, that product keeps it: the package that moved it is older than what the till
// has, and a later package will give this product its barcodes.

import { classifyBarcode } from '../../../../shared/barcode';
import {
  type CatalogueDoc,
  type ProductRecord,
  packageFolderName,
} from '../../../../shared/catalogPackage/format';
import type { FieldChange, PackageConflict } from '../../../../shared/contract';
import { type MessageRef, ref } from '../../../../shared/messages';
import { EngineError } from '../../errors';
import type { SignedPackage } from './checkPackage';
import { heldVersionOf, type Interval, isCovered } from './coverage';
import {
  readTillCatalogue,
  type TillCatalogue,
  type TillCategory,
  type TillProduct,
  type TillTier,
  type TillUnit,
  type TillWorkshop,
  workshopKey,
} from './tillCatalogue';

/** The till's own limits (the product form's), which a record must fit. */
const LIMITS = { sku: 64, productName: 120, category: 60, unitName: 120, workshopName: 80, food: 64 };

export interface Decision<R, T> {
  record: R;
  existing: T | null;
  /** The till's record was the booth's own. */
  wasLocal: boolean;
  fields: FieldChange[];
}

export interface ProductDecision extends Decision<ProductRecord, TillProduct> {
  /** The unit of sale as the till spells it. */
  unit: string;
  /** The price from now on, and the business day the office set it from. */
  price: number;
  priceFrom: string;
  /** Whether the price is new or differs from the till's. */
  priceChanged: boolean;
  /** Later prices, ascending by day. */
  scheduled: { from: string; price: number }[];
  scheduledChanged: boolean;
  /** What the product ends with (barcodes another product keeps are left out). */
  barcodes: string[];
}

export interface PackagePlan {
  signed: SignedPackage;
  today: string;
  heldVersion: number;
  heldAfter: number;
  missing: { from: number; to: number } | null;
  units: Decision<CatalogueDoc['units'][number], TillUnit>[];
  workshops: Decision<CatalogueDoc['workshops'][number], TillWorkshop>[];
  categories: Decision<CatalogueDoc['categories'][number], TillCategory>[];
  tiers: Decision<CatalogueDoc['tiers'][number], TillTier>[];
  products: ProductDecision[];
  /** Records the till holds in the same or a newer version. */
  skipped: { units: number; workshops: number; categories: number; tiers: number; products: number };
  /** Barcodes to take off products that are not taken (local ones, and older office ones). */
  releasedBarcodes: { code: string; from: TillProduct }[];
  conflicts: PackageConflict[];
  /** Local products the package does not touch. */
  localKept: number;
}

const yesNo = (value: boolean) => (value ? 'true' : 'false');
const joined = (items: readonly string[]) => (items.length === 0 ? null : items.join(', '));
const tierText = (prices: readonly { tier: string; price: number }[]) =>
  joined([...prices].sort((a, b) => (a.tier < b.tier ? -1 : 1)).map((p) => `${p.tier} ${p.price}`));

function change(
  fields: FieldChange[],
  field: FieldChange['field'],
  before: string | null,
  after: string | null,
) {
  if (before !== after) fields.push({ field, before, after });
}

/** Taken when the till has none, its own, or an older office version. */
const takes = (existing: { officeVersion: number | null } | undefined, changedIn: number) =>
  !existing || existing.officeVersion === null || existing.officeVersion < changedIn;

// ---------- step 7: everything fits and resolves ----------

function referenceProblems(doc: CatalogueDoc, till: TillCatalogue, version: number): MessageRef[] {
  const problems: MessageRef[] = [];
  const twice = (what: 'units' | 'workshops' | 'categories' | 'tiers' | 'products', name: string) =>
    problems.push(ref('catalogPackage.problem.twice', { what: ref(`catalogPackage.records.${what}`), name }));
  const future = (
    what: 'units' | 'workshops' | 'categories' | 'tiers' | 'products',
    name: string,
    at: number,
  ) => {
    if (at > version) {
      problems.push(
        ref('catalogPackage.problem.futureVersion', {
          what: ref(`catalogPackage.records.${what}`),
          name,
          changedIn: at,
          version,
        }),
      );
    }
  };
  const tooLong = (name: string, max: number) =>
    problems.push(ref('catalogPackage.problem.tooLong', { name: name.slice(0, 80), max }));

  const units = new Set<string>();
  for (const unit of doc.units) {
    if (units.has(unit.code)) twice('units', unit.code);
    units.add(unit.code);
    future('units', unit.code, unit.changedIn);
    if (unit.name.length > LIMITS.unitName) tooLong(unit.name, LIMITS.unitName);
    const sum = unit.pnbpBp + unit.premiBp + unit.capitalBp;
    if (sum !== 10_000) {
      problems.push(ref('catalogPackage.problem.split', { code: unit.code, sum: `${sum / 100}%` }));
    }
  }
  const unitKnown = (code: string) => units.has(code) || till.units.has(code);

  const workshops = new Set<string>();
  for (const workshop of doc.workshops) {
    const key = workshopKey(workshop.unitCode, workshop.name);
    if (workshops.has(key)) twice('workshops', `${workshop.name} (${workshop.unitCode})`);
    workshops.add(key);
    future('workshops', workshop.name, workshop.changedIn);
    if (workshop.name.length > LIMITS.workshopName) tooLong(workshop.name, LIMITS.workshopName);
    if (!unitKnown(workshop.unitCode)) {
      problems.push(
        ref('catalogPackage.problem.workshopUnit', { name: workshop.name, code: workshop.unitCode }),
      );
    }
  }
  const categories = new Set<string>();
  for (const category of doc.categories) {
    const key = category.name.toLowerCase();
    if (categories.has(key)) twice('categories', category.name);
    categories.add(key);
    future('categories', category.name, category.changedIn);
    if (category.name.length > LIMITS.category) tooLong(category.name, LIMITS.category);
  }
  const tiers = new Set<string>();
  for (const tier of doc.tiers) {
    if (tiers.has(tier.code)) twice('tiers', tier.code);
    tiers.add(tier.code);
    future('tiers', tier.code, tier.changedIn);
  }

  const skus = new Set<string>();
  const barcodeOf = new Map<string, string>();
  for (const product of doc.products) {
    const sku = product.sku;
    if (skus.has(sku.toLowerCase())) twice('products', sku);
    skus.add(sku.toLowerCase());
    future('products', sku, product.changedIn);
    if (/\s/.test(sku) || sku.length > LIMITS.sku) {
      problems.push(ref('catalogPackage.problem.skuShape', { sku: sku.slice(0, 80), max: LIMITS.sku }));
    }
    if (product.name.length > LIMITS.productName) tooLong(product.name, LIMITS.productName);
    for (const food of [product.pirtNo, product.halalNo]) {
      if (food !== null && food.length > LIMITS.food) tooLong(food, LIMITS.food);
    }
    if (!unitKnown(product.producerCode)) {
      problems.push(ref('catalogPackage.problem.unitMissing', { sku, code: product.producerCode }));
    }
    if (
      product.workshop !== null &&
      !workshops.has(workshopKey(product.producerCode, product.workshop)) &&
      !till.workshops.has(workshopKey(product.producerCode, product.workshop))
    ) {
      problems.push(
        ref('catalogPackage.problem.workshopMissing', {
          sku,
          name: product.workshop,
          code: product.producerCode,
        }),
      );
    }
    if (
      !categories.has(product.category.toLowerCase()) &&
      !till.categories.has(product.category.toLowerCase())
    ) {
      problems.push(ref('catalogPackage.problem.categoryMissing', { sku, name: product.category }));
    }
    const saleUnit = till.saleUnits.get(product.unit.toLowerCase());
    if (!saleUnit) problems.push(ref('catalogPackage.problem.saleUnitMissing', { sku, unit: product.unit }));
    else if (product.soldByWeight && saleUnit.decimals !== 3) {
      problems.push(ref('catalogPackage.problem.weightUnit', { sku, unit: saleUnit.code }));
    }
    for (const tierPrice of product.tierPrices) {
      if (!tiers.has(tierPrice.tier) && !till.tiers.has(tierPrice.tier)) {
        problems.push(ref('catalogPackage.problem.tierMissing', { sku, code: tierPrice.tier }));
      }
    }
    if (new Set(product.tierPrices.map((t) => t.tier)).size !== product.tierPrices.length) {
      problems.push(ref('catalogPackage.problem.tierTwice', { sku }));
    }
    for (let i = 1; i < product.prices.length; i++) {
      if ((product.prices[i - 1]?.from ?? '') >= (product.prices[i]?.from ?? '')) {
        problems.push(ref('catalogPackage.problem.pricesOrder', { sku }));
        break;
      }
    }
    for (const code of product.barcodes) {
      const checked = classifyBarcode(code);
      if ('error' in checked) {
        problems.push(ref('catalogPackage.problem.barcode', { sku, reason: checked.error }));
        continue;
      }
      const other = barcodeOf.get(code);
      if (other !== undefined) {
        problems.push(ref('catalogPackage.problem.barcodeTwice', { code, sku: other, other: sku }));
      }
      barcodeOf.set(code, sku);
    }
  }
  return problems;
}

/** Refuses a package the till already holds, or one that does not fit; else the held version. */
export function checkAgainstTill(
  signed: SignedPackage,
  till: TillCatalogue,
  intervals: readonly Interval[],
): void {
  const { manifest } = signed;
  const held = heldVersionOf(intervals);
  if (isCovered(intervals, { basedOn: manifest.basedOn, version: manifest.version })) {
    throw new EngineError('CONFLICT', 'catalogPackage.older', {
      name: packageFolderName(manifest.version, manifest.basedOn),
      held,
    });
  }
  const problems = referenceProblems(signed.doc, till, manifest.version);
  const first = problems[0];
  if (first) {
    if (problems.length === 1)
      throw new EngineError('INVALID_INPUT', 'catalogPackage.broken', { problem: first });
    throw new EngineError('INVALID_INPUT', 'catalogPackage.brokenMore', {
      problem: first,
      count: problems.length - 1,
    });
  }
}

// ---------- the decisions ----------

/** The price in effect on `today` (or the first, when the office's first day is later) and later ones. */
export function priceSteps(
  prices: ProductRecord['prices'],
  today: string,
): { price: number; from: string; scheduled: { from: string; price: number }[] } {
  let current = 0;
  for (let i = 0; i < prices.length; i++) if ((prices[i]?.from ?? '') <= today) current = i;
  const step = prices[current] as { from: string; price: number };
  return {
    price: step.price,
    from: step.from,
    scheduled: prices.slice(current + 1).map((p) => ({ from: p.from, price: p.price })),
  };
}

export function planPackage(
  signed: SignedPackage,
  till: TillCatalogue,
  intervals: readonly Interval[],
  today: string,
): PackagePlan {
  checkAgainstTill(signed, till, intervals);
  const { doc, manifest } = signed;
  const heldVersion = heldVersionOf(intervals);
  const heldAfter = heldVersionOf([...intervals, { basedOn: manifest.basedOn, version: manifest.version }]);
  const skipped = { units: 0, workshops: 0, categories: 0, tiers: 0, products: 0 };

  const units: PackagePlan['units'] = [];
  for (const record of doc.units) {
    const existing = till.units.get(record.code);
    if (!takes(existing, record.changedIn)) {
      skipped.units++;
      continue;
    }
    const fields: FieldChange[] = [];
    if (existing) {
      change(fields, 'name', existing.name, record.name);
      change(fields, 'active', yesNo(existing.active), yesNo(record.active));
    }
    units.push({ record, existing: existing ?? null, wasLocal: existing?.officeVersion === null, fields });
  }

  const workshops: PackagePlan['workshops'] = [];
  for (const record of doc.workshops) {
    const existing = till.workshops.get(workshopKey(record.unitCode, record.name));
    if (!takes(existing, record.changedIn)) {
      skipped.workshops++;
      continue;
    }
    const fields: FieldChange[] = [];
    if (existing) change(fields, 'active', yesNo(existing.active), yesNo(record.active));
    workshops.push({
      record,
      existing: existing ?? null,
      wasLocal: existing?.officeVersion === null,
      fields,
    });
  }

  const categories: PackagePlan['categories'] = [];
  for (const record of doc.categories) {
    const existing = till.categories.get(record.name.toLowerCase());
    if (!takes(existing, record.changedIn)) {
      skipped.categories++;
      continue;
    }
    const fields: FieldChange[] = [];
    if (existing) {
      change(fields, 'name', existing.name, record.name);
      change(fields, 'sortOrder', String(existing.sortOrder), String(record.sortOrder));
    }
    categories.push({
      record,
      existing: existing ?? null,
      wasLocal: existing?.officeVersion === null,
      fields,
    });
  }

  const tiers: PackagePlan['tiers'] = [];
  for (const record of doc.tiers) {
    const existing = till.tiers.get(record.code);
    if (!takes(existing, record.changedIn)) {
      skipped.tiers++;
      continue;
    }
    const fields: FieldChange[] = [];
    if (existing) change(fields, 'name', existing.name, record.name);
    tiers.push({ record, existing: existing ?? null, wasLocal: existing?.officeVersion === null, fields });
  }

  // Products: which are taken, then who ends with which barcode (newest record first).
  const taken: ProductDecision[] = [];
  for (const record of doc.products) {
    const existing = till.products.get(record.sku.toLowerCase());
    if (!takes(existing, record.changedIn)) {
      skipped.products++;
      continue;
    }
    const steps = priceSteps(record.prices, today);
    const unit = till.saleUnits.get(record.unit.toLowerCase())?.code ?? record.unit;
    taken.push({
      record,
      existing: existing ?? null,
      wasLocal: existing?.officeVersion === null,
      fields: [],
      unit,
      price: steps.price,
      priceFrom: steps.from,
      priceChanged: !existing || existing.price !== steps.price,
      scheduled: steps.scheduled,
      scheduledChanged: JSON.stringify(steps.scheduled) !== JSON.stringify(existing?.scheduled ?? []),
      barcodes: [],
    });
  }
  const takenIds = new Set(taken.flatMap((d) => (d.existing ? [d.existing.id] : [])));
  const conflicts: PackageConflict[] = [];
  const releasedBarcodes: PackagePlan['releasedBarcodes'] = [];
  const lostBy = new Map<number, number>();
  // A barcode of a product that is taken is free again; one held by a product that is not taken
  // stays with it unless this record is newer.
  const assigned = new Set<string>();
  for (const decision of [...taken].sort((a, b) => b.record.changedIn - a.record.changedIn)) {
    for (const code of decision.record.barcodes) {
      if (assigned.has(code)) continue;
      const holder = till.barcodeOwner.get(code);
      if (holder && !takenIds.has(holder.id) && holder.id !== decision.existing?.id) {
        if (holder.officeVersion !== null && holder.officeVersion > decision.record.changedIn) continue;
        releasedBarcodes.push({ code, from: holder });
        lostBy.set(holder.id, (lostBy.get(holder.id) ?? 0) + 1);
        if (holder.officeVersion === null) {
          conflicts.push({
            kind: 'barcode',
            localSku: holder.sku,
            localName: holder.name,
            officeSku: decision.record.sku,
            code,
            outcome: ref('catalogPackage.outcome.barcodeMoved', { code }),
          });
        }
      }
      assigned.add(code);
      decision.barcodes.push(code);
    }
  }
  // A local product left without any barcode is said so.
  for (const conflict of conflicts) {
    const holder = till.barcodeOwner.get(conflict.code ?? '');
    if (holder && lostBy.get(holder.id) === holder.barcodes.length) {
      conflict.outcome = ref('catalogPackage.outcome.barcodeMovedNone', { code: conflict.code ?? '' });
    }
  }

  for (const decision of taken) {
    const { record, existing } = decision;
    // The barcodes keep the package's order; those another product keeps are left out.
    decision.barcodes = record.barcodes.filter((code) => decision.barcodes.includes(code));
    if (!existing) continue;
    if (decision.wasLocal) {
      conflicts.push({
        kind: 'sku',
        localSku: existing.sku,
        localName: existing.name,
        officeSku: record.sku,
        code: null,
        outcome: ref('catalogPackage.outcome.takenOver'),
      });
    }
    const fields = decision.fields;
    change(fields, 'name', existing.name, record.name);
    change(fields, 'category', existing.category, record.category);
    change(fields, 'unit', existing.unit, decision.unit);
    change(fields, 'soldByWeight', yesNo(existing.soldByWeight), yesNo(record.soldByWeight));
    change(fields, 'producer', existing.producerCode, record.producerCode);
    change(fields, 'workshop', existing.workshopName, record.workshop);
    change(
      fields,
      'cost',
      existing.cost === null ? null : String(existing.cost),
      record.cost === null ? null : String(record.cost),
    );
    change(fields, 'pirtNo', existing.pirtNo, record.pirtNo);
    change(fields, 'halalNo', existing.halalNo, record.halalNo);
    change(fields, 'active', yesNo(existing.active), yesNo(record.active));
    change(fields, 'barcodes', joined(existing.barcodes), joined(decision.barcodes));
    change(
      fields,
      'tierPrices',
      tierText([...existing.tierPrices].map(([tier, price]) => ({ tier, price }))),
      tierText(record.tierPrices),
    );
  }

  let localKept = 0;
  const takenOver = new Set(taken.filter((d) => d.wasLocal).map((d) => d.existing?.id));
  for (const product of till.productsById.values()) {
    if (product.officeVersion === null && !takenOver.has(product.id)) localKept++;
  }

  return {
    signed,
    today,
    heldVersion,
    heldAfter,
    missing: manifest.basedOn > heldVersion ? { from: heldVersion + 1, to: manifest.basedOn } : null,
    units,
    workshops,
    categories,
    tiers,
    products: taken,
    skipped,
    releasedBarcodes,
    conflicts,
    localKept,
  };
}

/** Reads the till and plans; the caller decides whether that is inside a transaction. */
export function planOnTill(
  signed: SignedPackage,
  db: Parameters<typeof readTillCatalogue>[0],
  intervals: readonly Interval[],
  today: string,
): PackagePlan {
  return planPackage(signed, readTillCatalogue(db), intervals, today);
}
