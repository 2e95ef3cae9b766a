// Tests of the office's catalogue: a small till-side check of a package (the real one is the
// till's), and an office seeded with one record of each kind.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import {
  type CatalogueDoc,
  catalogueDocSchema,
  PACKAGE_FILES,
  type PackageManifest,
  packageManifestSchema,
} from '../../../../shared/catalogPackage/format';
import { officeKeyId, verifyManifest } from '../../../../shared/catalogPackage/sign';
import type { DbKind } from '../../../db/types';
import { type TestOffice, testOffice } from '../../testing/officeCore';

/** A small till-side check of a package's files: schema, signature, hashes; the catalogue it holds. */
export function verifyPackage(
  files: Record<string, Uint8Array>,
  publicKey: string,
): { manifest: PackageManifest; doc: CatalogueDoc } {
  const manifestBytes = files[PACKAGE_FILES.manifest];
  const signature = files[PACKAGE_FILES.signature];
  if (!manifestBytes || !signature) throw new Error('manifest or signature missing');
  if (!verifyManifest(manifestBytes, Buffer.from(signature).toString('utf8'), publicKey)) {
    throw new Error('signature does not verify');
  }
  const manifest = packageManifestSchema.parse(JSON.parse(Buffer.from(manifestBytes).toString('utf8')));
  expect(manifest.office.keyId).toBe(officeKeyId(publicKey));
  for (const file of manifest.files) {
    const bytes = files[file.name];
    if (!bytes) throw new Error(`${file.name} missing`);
    expect(bytes.length).toBe(file.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
  }
  const catalogue = files[PACKAGE_FILES.catalogue];
  if (!catalogue) throw new Error('catalogue missing');
  const doc = catalogueDocSchema.parse(JSON.parse(Buffer.from(catalogue).toString('utf8')));
  expect(manifest.counts).toEqual({
    units: doc.units.length,
    workshops: doc.workshops.length,
    categories: doc.categories.length,
    tiers: doc.tiers.length,
    products: doc.products.length,
  });
  return { manifest, doc };
}

/** The files of a zipped package folder, by name (the folder name is returned too). */
export function unzipPackage(zip: Uint8Array): { folder: string; files: Record<string, Uint8Array> } {
  const entries = unzipSync(zip);
  const files: Record<string, Uint8Array> = {};
  let folder = '';
  for (const [path, bytes] of Object.entries(entries)) {
    const [dir, name] = path.split('/');
    if (!dir || !name) continue;
    folder = dir;
    files[name] = bytes;
  }
  return { folder, files };
}

export const KERAJINAN_UNIT = {
  mode: 'create',
  code: 'LPS-PALU',
  name: 'Lapas Kelas IIA Palu',
  split: { pnbp: 15, premi: 50, capital: 35 },
} as const;

export const KESET = {
  mode: 'create',
  sku: 'KST-01',
  name: 'Keset Sabut Kelapa',
  category: 'Kerajinan',
  unit: 'pcs',
  price: 45_000,
  producerCode: 'LPS-PALU',
  workshop: 'Bengkel Anyam',
  barcodes: ['8990000000501'],
  soldByWeight: false,
  active: true,
} as const;

/** An admin with one unit, workshop, category, tier and product. */
export async function seededOffice(kind: DbKind): Promise<{ o: TestOffice; admin: string }> {
  const o = await testOffice(kind);
  const admin = await o.firstAdmin();
  await o.ok('catalogue.saveUnit', KERAJINAN_UNIT, admin);
  await o.ok('catalogue.saveWorkshop', { producerCode: 'LPS-PALU', name: 'Bengkel Anyam' }, admin);
  await o.ok('catalogue.saveCategory', { name: 'Kerajinan', sortOrder: 1 }, admin);
  await o.ok('catalogue.saveTier', { code: 'GROSIR', name: 'Grosir' }, admin);
  await o.ok('catalogue.saveProduct', { ...KESET, tierPrices: [{ tier: 'GROSIR', price: 40_000 }] }, admin);
  return { o, admin };
}
