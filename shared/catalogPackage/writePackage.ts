// Writing a catalogue package (format.ts) from the office's catalogue: the records sorted and
// written as canonical JSON, the manifest naming each file's size and SHA-256, the manifest signed
// with the office's Ed25519 key (sign.ts). The office publishes and serves its packages with it
// (office/core/catalogue/packageFiles.ts adds the prices cut to the package's day); the till's
// tests make theirs with it, so both sides' tests check the same bytes. The same catalogue, meta
// and key give the same bytes (Ed25519 signatures are deterministic), so a package can be written
// again and compared.
//
// deltaOf cuts the changes after a version out of the whole catalogue: what a till that holds that
// version needs, plus every unit, workshop, category and tier those records name, so a package is
// whole on its own.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { canonicalJson, canonicalPrettyJson } from '../batch/canonicalJson';
import {
  CATALOGUE_PACKAGE_FORMAT,
  CATALOGUE_PACKAGE_FORMAT_VERSION,
  type CatalogueDoc,
  PACKAGE_FILES,
  type PackageManifest,
  packageFolderName,
} from './format';
import { officeKeyId, publicKeyOf, signManifest } from './sign';

export interface PackageMeta {
  /** The office's name as the tills show it. */
  officeName: string;
  version: number;
  /** 0: the whole catalogue; N: `doc` holds only what changed after version N (see deltaOf). */
  basedOn: number;
  /** ISO instant. */
  createdAt: string;
  /** The office's business day (YYYY-MM-DD). */
  day: string;
  generator?: string;
}

export interface BuiltPackage {
  /** `KATALOG-000012` or `KATALOG-000012-dari-000009`. */
  folderName: string;
  manifest: PackageManifest;
  /** SHA-256 (hex) of manifest.json's bytes: the package's identity. */
  manifestSha256: string;
  /** manifest.json, manifest.sig and catalogue.json, by name. */
  files: Map<string, Buffer>;
}

export const PACKAGE_GENERATOR = 'karya-pos-office';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The records in a fixed order (units by code, workshops by unit and name, ..., products by SKU). */
export function sortedCatalogue(doc: CatalogueDoc): CatalogueDoc {
  return {
    units: [...doc.units].sort((a, b) => byText(a.code, b.code)),
    workshops: [...doc.workshops].sort((a, b) => byText(a.unitCode, b.unitCode) || byText(a.name, b.name)),
    categories: [...doc.categories].sort((a, b) => byText(a.name, b.name)),
    tiers: [...doc.tiers].sort((a, b) => byText(a.code, b.code)),
    products: [...doc.products].sort((a, b) => byText(a.sku, b.sku)),
  };
}

/**
 * The records of `whole` changed after `basedOn`, plus every unit, workshop, category and tier the
 * included products and workshops name (whatever version those were last changed in).
 */
export function deltaOf(whole: CatalogueDoc, basedOn: number): CatalogueDoc {
  if (basedOn === 0) return sortedCatalogue(whole);
  const products = whole.products.filter((p) => p.changedIn > basedOn);
  const units = new Set(whole.units.filter((u) => u.changedIn > basedOn).map((u) => u.code));
  // A product may name its workshop in another case than the workshop's record.
  const workshopKey = (unitCode: string, name: string) => `${unitCode}\u0000${name.toLowerCase()}`;
  const workshops = new Set(
    whole.workshops.filter((w) => w.changedIn > basedOn).map((w) => workshopKey(w.unitCode, w.name)),
  );
  const categories = new Set(
    whole.categories.filter((c) => c.changedIn > basedOn).map((c) => c.name.toLowerCase()),
  );
  const tiers = new Set(whole.tiers.filter((t) => t.changedIn > basedOn).map((t) => t.code));
  for (const product of products) {
    units.add(product.producerCode);
    if (product.workshop !== null) workshops.add(workshopKey(product.producerCode, product.workshop));
    categories.add(product.category.toLowerCase());
    for (const tierPrice of product.tierPrices) tiers.add(tierPrice.tier);
  }
  for (const workshop of whole.workshops) {
    if (workshops.has(workshopKey(workshop.unitCode, workshop.name))) units.add(workshop.unitCode);
  }
  return sortedCatalogue({
    units: whole.units.filter((u) => units.has(u.code)),
    workshops: whole.workshops.filter((w) => workshops.has(workshopKey(w.unitCode, w.name))),
    categories: whole.categories.filter((c) => categories.has(c.name.toLowerCase())),
    tiers: whole.tiers.filter((t) => tiers.has(t.code)),
    products,
  });
}

/** The three files of a package, in memory. */
export function buildPackage(doc: CatalogueDoc, meta: PackageMeta, privateKeyPem: string): BuiltPackage {
  const sorted = sortedCatalogue(doc);
  const catalogue = Buffer.from(`${canonicalJson(sorted)}\n`, 'utf8');
  const manifest: PackageManifest = {
    format: CATALOGUE_PACKAGE_FORMAT,
    formatVersion: CATALOGUE_PACKAGE_FORMAT_VERSION,
    generator: meta.generator ?? PACKAGE_GENERATOR,
    office: { name: meta.officeName, keyId: officeKeyId(publicKeyOf(privateKeyPem)) },
    version: meta.version,
    basedOn: meta.basedOn,
    createdAt: meta.createdAt,
    day: meta.day,
    counts: {
      units: sorted.units.length,
      workshops: sorted.workshops.length,
      categories: sorted.categories.length,
      tiers: sorted.tiers.length,
      products: sorted.products.length,
    },
    files: [{ name: PACKAGE_FILES.catalogue, bytes: catalogue.length, sha256: sha256(catalogue) }],
  };
  const manifestBytes = Buffer.from(canonicalPrettyJson(manifest), 'utf8');
  return {
    folderName: packageFolderName(meta.version, meta.basedOn),
    manifest,
    manifestSha256: sha256(manifestBytes),
    files: new Map([
      [PACKAGE_FILES.manifest, manifestBytes],
      [PACKAGE_FILES.signature, Buffer.from(signManifest(manifestBytes, privateKeyPem), 'utf8')],
      [PACKAGE_FILES.catalogue, catalogue],
    ]),
  };
}

/** Writes the package as `<parent>/<folderName>/`; returns the folder's path. */
export function writePackageFolder(parent: string, built: BuiltPackage): string {
  const folder = join(parent, built.folderName);
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of built.files) writeFileSync(join(folder, name), bytes);
  return folder;
}

/** DOS time of 2026-01-01 00:00: fixed, so the same package gives the same zip. */
const ZIP_TIME = new Date(2026, 0, 1);

/**
 * The package as one zip of its folder (`KATALOG-000012/manifest.json`, ...), as the office serves
 * it. The entries' time is `mtime` (the office gives the package's createdAt), so the same package
 * zips the same.
 */
export function packageZip(
  built: { folderName: string; files: ReadonlyMap<string, Uint8Array> },
  mtime = ZIP_TIME,
): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, bytes] of built.files) entries[`${built.folderName}/${name}`] = [bytes, { mtime }];
  return zipSync(entries, { level: 6 });
}
