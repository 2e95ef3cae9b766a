// A catalogue package's files, as bytes: which records a package of (basedOn, version] carries, the
// prices a till needs on the day it is made, catalogue.json, the manifest with the file's SHA-256,
// and the office's signature of the manifest's exact bytes. Writing them to a folder or a zip is
// the caller's (zipPackage here, for the HTTP pull and the page's download).
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { canonicalJson, canonicalPrettyJson } from '../../../shared/batch/canonicalJson';
import {
  CATALOGUE_PACKAGE_FORMAT,
  CATALOGUE_PACKAGE_FORMAT_VERSION,
  type CatalogueDoc,
  PACKAGE_FILES,
  type PackageManifest,
  type PriceStep,
  packageFolderName,
} from '../../../shared/catalogPackage/format';
import { officeKeyId, signManifest } from '../../../shared/catalogPackage/sign';

export const PACKAGE_GENERATOR = 'Karya POS Kantor';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The prices a till needs from `day` on: the step in effect on that day, then every later one. A
 * product whose first price starts later (announced ahead) keeps its steps as they are.
 */
export function pricesFrom(steps: readonly PriceStep[], day: string): PriceStep[] {
  let current = 0;
  steps.forEach((step, i) => {
    if (step.from <= day) current = i;
  });
  return steps.slice(current);
}

/**
 * The records a package of (basedOn, version] carries: every record when basedOn is 0; otherwise
 * those changed after basedOn, and every unit, workshop, category and tier their products and
 * workshops name, so that the package is whole on its own. Prices are cut to those from `day` on.
 */
export function sliceCatalogue(whole: CatalogueDoc, basedOn: number, day: string): CatalogueDoc {
  const products = whole.products
    .filter((p) => p.changedIn > basedOn)
    .map((p) => ({ ...p, prices: pricesFrom(p.prices, day) }));
  const workshopKey = (unitCode: string, name: string) => `${unitCode}\u0000${name.toLowerCase()}`;
  const units = new Set<string>();
  const workshops = new Set<string>();
  const categories = new Set<string>();
  const tiers = new Set<string>();
  for (const p of products) {
    units.add(p.producerCode);
    if (p.workshop !== null) workshops.add(workshopKey(p.producerCode, p.workshop));
    categories.add(p.category.toLowerCase());
    for (const t of p.tierPrices) tiers.add(t.tier);
  }
  const keptWorkshops = whole.workshops.filter(
    (w) => w.changedIn > basedOn || workshops.has(workshopKey(w.unitCode, w.name)),
  );
  for (const w of keptWorkshops) units.add(w.unitCode);
  return {
    units: whole.units.filter((u) => u.changedIn > basedOn || units.has(u.code)),
    workshops: keptWorkshops,
    categories: whole.categories.filter((c) => c.changedIn > basedOn || categories.has(c.name.toLowerCase())),
    tiers: whole.tiers.filter((t) => t.changedIn > basedOn || tiers.has(t.code)),
    products,
  };
}

export interface PackageSigner {
  officeName: string;
  privateKeyPem: string;
  publicKey: string;
}

export interface BuiltPackage {
  folderName: string;
  manifest: PackageManifest;
  manifestSha256: string;
  /** manifest.json, manifest.sig and catalogue.json, by name. */
  files: Record<string, Uint8Array>;
}

/** The three files of the package of `(basedOn, version]`, cut from the whole catalogue at `version`. */
export function buildPackage(
  whole: CatalogueDoc,
  options: { version: number; basedOn: number; createdAt: Date; day: string; signer: PackageSigner },
): BuiltPackage {
  const doc = sliceCatalogue(whole, options.basedOn, options.day);
  const catalogue = Buffer.from(canonicalJson(doc), 'utf8');
  const manifest: PackageManifest = {
    format: CATALOGUE_PACKAGE_FORMAT,
    formatVersion: CATALOGUE_PACKAGE_FORMAT_VERSION,
    generator: PACKAGE_GENERATOR,
    office: { name: options.signer.officeName, keyId: officeKeyId(options.signer.publicKey) },
    version: options.version,
    basedOn: options.basedOn,
    createdAt: options.createdAt.toISOString(),
    day: options.day,
    counts: {
      units: doc.units.length,
      workshops: doc.workshops.length,
      categories: doc.categories.length,
      tiers: doc.tiers.length,
      products: doc.products.length,
    },
    files: [{ name: PACKAGE_FILES.catalogue, bytes: catalogue.length, sha256: sha256(catalogue) }],
  };
  const manifestBytes = Buffer.from(canonicalPrettyJson(manifest), 'utf8');
  const signature = Buffer.from(signManifest(manifestBytes, options.signer.privateKeyPem), 'utf8');
  return {
    folderName: packageFolderName(options.version, options.basedOn),
    manifest,
    manifestSha256: sha256(manifestBytes),
    files: {
      [PACKAGE_FILES.manifest]: manifestBytes,
      [PACKAGE_FILES.signature]: signature,
      [PACKAGE_FILES.catalogue]: catalogue,
    },
  };
}

/**
 * The package as a zip of its folder (`KATALOG-000012/manifest.json`, ...), as a till takes it from
 * the pull or a USB stick. The entries' time is the package's, so the same package zips the same.
 */
export function zipPackage(built: BuiltPackage): Uint8Array {
  const folder: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(built.files)) folder[name] = bytes;
  return zipSync({ [built.folderName]: folder }, { mtime: new Date(built.manifest.createdAt), level: 6 });
}
