// The plan as the manager reads it: grouped (new products, changed ones with each field and the
// price old -> new from which day, deactivated ones, units with their split before and after,
// workshops, categories, tiers, conflicts with the booth's own products), each list cut at
// PACKAGE_PREVIEW_LIST_MAX with its full count beside it.

import { packageFolderName } from '../../../../shared/catalogPackage/format';
import {
  PACKAGE_PREVIEW_LIST_MAX,
  type PackageChanges,
  type PackageIdentity,
  type PackagePreview,
  type ProductChange,
} from '../../../../shared/contract';
import type { SignedPackage } from './checkPackage';
import type { PackagePlan, ProductDecision } from './plan';

const group = <T>(items: readonly T[]) => ({
  count: items.length,
  items: items.slice(0, PACKAGE_PREVIEW_LIST_MAX),
});

export function identityOf(signed: SignedPackage): PackageIdentity {
  const { manifest } = signed;
  return {
    id: signed.manifestSha256,
    version: manifest.version,
    basedOn: manifest.basedOn,
    officeName: manifest.office.name,
    keyId: manifest.office.keyId,
    createdAt: manifest.createdAt,
    day: manifest.day,
    folderName: packageFolderName(manifest.version, manifest.basedOn),
    source: signed.source,
    counts: manifest.counts,
  };
}

function productChange(decision: ProductDecision): ProductChange {
  return {
    sku: decision.record.sku,
    name: decision.record.name,
    wasLocal: decision.wasLocal,
    fields: decision.fields,
    price: decision.priceChanged
      ? { before: decision.existing?.price ?? null, after: decision.price, from: decision.priceFrom }
      : null,
    scheduled: decision.scheduledChanged || !decision.existing ? decision.scheduled : [],
  };
}

/** New, changed (fields, price or later prices), deactivated, and taken with nothing to show. */
export function productGroups(plan: PackagePlan) {
  const created: ProductDecision[] = [];
  const changed: ProductDecision[] = [];
  const deactivated: ProductDecision[] = [];
  let unchanged = 0;
  for (const decision of plan.products) {
    if (!decision.existing) created.push(decision);
    else if (decision.existing.active && !decision.record.active) deactivated.push(decision);
    else if (decision.fields.length > 0 || decision.priceChanged || decision.scheduledChanged)
      changed.push(decision);
    else unchanged++;
  }
  return { created, changed, deactivated, unchanged };
}

export function changesOf(plan: PackagePlan): PackageChanges {
  const groups = productGroups(plan);
  const changedRecords = <T extends { existing: unknown; fields: unknown[]; wasLocal: boolean }>(
    items: T[],
  ) => items.filter((d) => !d.existing || d.fields.length > 0 || d.wasLocal).length;
  return {
    productsNew: groups.created.length,
    productsChanged: groups.changed.length,
    productsDeactivated: groups.deactivated.length,
    priceChanges: plan.products.filter((d) => d.existing && d.priceChanged).length,
    scheduled: plan.products.reduce((sum, d) => sum + d.scheduled.length, 0),
    units: plan.units.filter(
      (d) =>
        !d.existing ||
        d.fields.length > 0 ||
        d.wasLocal ||
        d.existing.pnbpBp !== d.record.pnbpBp ||
        d.existing.premiBp !== d.record.premiBp ||
        d.existing.capitalBp !== d.record.capitalBp,
    ).length,
    workshops: changedRecords(plan.workshops),
    categories: changedRecords(plan.categories),
    tiers: changedRecords(plan.tiers),
    conflicts: plan.conflicts.length,
  };
}

export function previewOf(plan: PackagePlan): PackagePreview {
  const groups = productGroups(plan);
  const split = (u: { pnbpBp: number; premiBp: number; capitalBp: number }) => ({
    pnbpBp: u.pnbpBp,
    premiBp: u.premiBp,
    capitalBp: u.capitalBp,
  });
  const units = plan.units.map((d) => ({
    code: d.record.code,
    name: d.record.name,
    wasLocal: d.wasLocal,
    splitBefore: d.existing ? split(d.existing) : null,
    split: split(d.record),
    fields: d.fields,
  }));
  const splitMoved = (u: (typeof units)[number]) =>
    u.splitBefore !== null && JSON.stringify(u.splitBefore) !== JSON.stringify(u.split);
  const record = (
    d: {
      existing: unknown;
      wasLocal: boolean;
      fields: PackagePreview['workshops']['new']['items'][number]['fields'];
    },
    name: string,
    unitCode: string | null,
    code: string | null,
  ) => ({
    name,
    unitCode,
    code,
    wasLocal: d.wasLocal,
    fields: d.fields,
  });
  const newOrChanged = <T extends { existing: unknown; wasLocal: boolean; fields: unknown[] }, V>(
    items: T[],
    view: (item: T) => V,
  ) => ({
    new: group(items.filter((d) => !d.existing).map(view)),
    changed: group(items.filter((d) => d.existing && (d.fields.length > 0 || d.wasLocal)).map(view)),
  });
  return {
    package: identityOf(plan.signed),
    heldVersion: plan.heldVersion,
    heldAfter: plan.heldAfter,
    missing: plan.missing,
    products: {
      new: group(groups.created.map(productChange)),
      changed: group(groups.changed.map(productChange)),
      deactivated: group(groups.deactivated.map(productChange)),
      unchanged: groups.unchanged,
      skipped: plan.skipped.products,
      priceChanges: plan.products.filter((d) => d.existing && d.priceChanged).length,
      scheduled: plan.products.reduce((sum, d) => sum + d.scheduled.length, 0),
    },
    units: {
      new: group(units.filter((u) => u.splitBefore === null)),
      changed: group(
        units.filter((u) => u.splitBefore !== null && (u.fields.length > 0 || u.wasLocal || splitMoved(u))),
      ),
    },
    workshops: newOrChanged(plan.workshops, (d) => record(d, d.record.name, d.record.unitCode, null)),
    categories: newOrChanged(plan.categories, (d) => record(d, d.record.name, null, null)),
    tiers: newOrChanged(plan.tiers, (d) => record(d, d.record.name, null, d.record.code)),
    conflicts: group(plan.conflicts),
    localKept: plan.localKept,
  };
}
