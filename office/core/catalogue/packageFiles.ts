// A catalogue package's files, as bytes, for the office: which records a package of
// (basedOn, version] carries (deltaOf), the prices a till needs on the day it is made (pricesFrom),
// and the files themselves written by the one package writer the tills' tests use too
// (shared/catalogPackage/writePackage.ts: catalogue.json, the manifest with its SHA-256, the
// office's signature of the manifest's exact bytes). zipPackage zips it for the HTTP pull and the
// page's download.
import type { CatalogueDoc, PackageManifest, PriceStep } from '../../../shared/catalogPackage/format';
import {
  deltaOf,
  packageZip,
  buildPackage as writePackage,
} from '../../../shared/catalogPackage/writePackage';

export const PACKAGE_GENERATOR = 'Karya POS Kantor';

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
 * workshops name, so that the package is whole on its own (deltaOf). Prices are cut to those from
 * `day` on.
 */
export function sliceCatalogue(whole: CatalogueDoc, basedOn: number, day: string): CatalogueDoc {
  const doc = deltaOf(whole, basedOn);
  return { ...doc, products: doc.products.map((p) => ({ ...p, prices: pricesFrom(p.prices, day) })) };
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
  const built = writePackage(
    sliceCatalogue(whole, options.basedOn, options.day),
    {
      officeName: options.signer.officeName,
      version: options.version,
      basedOn: options.basedOn,
      createdAt: options.createdAt.toISOString(),
      day: options.day,
      generator: PACKAGE_GENERATOR,
    },
    options.signer.privateKeyPem,
  );
  return { ...built, files: Object.fromEntries(built.files) };
}

/**
 * The package as a zip of its folder (`KATALOG-000012/manifest.json`, ...), as a till takes it from
 * the pull or a USB stick. The entries' time is the package's, so the same package zips the same.
 */
export function zipPackage(built: BuiltPackage): Uint8Array {
  return packageZip(
    { folderName: built.folderName, files: new Map(Object.entries(built.files)) },
    new Date(built.manifest.createdAt),
  );
}
