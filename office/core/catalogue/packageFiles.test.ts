// What a package carries, without a database: the prices a till needs from the package's day on,
// and the records of a delta with everything its products and workshops name; and the office's zip
// is the shared writer's package, which passes the till's own checks.
import { describe, expect, it } from 'vitest';
import { checkSigned } from '../../../electron/core/catalog/packages/checkPackage';
import { filesFromZipBytes } from '../../../electron/core/catalog/packages/packageFiles';
import type { CatalogueDoc, ProductRecord } from '../../../shared/catalogPackage/format';
import { generateOfficeKey, officeKeyId } from '../../../shared/catalogPackage/sign';
import { buildPackage as writePackage } from '../../../shared/catalogPackage/writePackage';
import { buildPackage, PACKAGE_GENERATOR, pricesFrom, sliceCatalogue, zipPackage } from './packageFiles';

const product = (sku: string, changedIn: number, extra: Partial<ProductRecord> = {}): ProductRecord => ({
  sku,
  name: sku,
  category: 'Makanan',
  unit: 'pcs',
  soldByWeight: false,
  producerCode: 'LPS-PALU',
  workshop: null,
  cost: null,
  pirtNo: null,
  halalNo: null,
  active: true,
  barcodes: [],
  prices: [{ from: '2026-11-01', price: 1000 }],
  tierPrices: [],
  changedIn,
  ...extra,
});

const whole: CatalogueDoc = {
  units: [
    {
      code: 'LPS-PALU',
      name: 'Palu',
      pnbpBp: 1500,
      premiBp: 5000,
      capitalBp: 3500,
      active: true,
      changedIn: 1,
    },
    {
      code: 'RTN-DGL',
      name: 'Donggala',
      pnbpBp: 1500,
      premiBp: 5000,
      capitalBp: 3500,
      active: true,
      changedIn: 1,
    },
    {
      code: 'RTN-POSO',
      name: 'Poso',
      pnbpBp: 1000,
      premiBp: 5000,
      capitalBp: 4000,
      active: false,
      changedIn: 3,
    },
  ],
  workshops: [
    { unitCode: 'LPS-PALU', name: 'Dapur', active: true, changedIn: 1 },
    { unitCode: 'RTN-DGL', name: 'Anyam', active: true, changedIn: 1 },
  ],
  categories: [
    { name: 'Makanan', sortOrder: 0, changedIn: 1 },
    { name: 'Kerajinan', sortOrder: 1, changedIn: 1 },
  ],
  tiers: [
    { code: 'GROSIR', name: 'Grosir', changedIn: 1 },
    { code: 'RESELLER', name: 'Reseller', changedIn: 1 },
  ],
  products: [
    product('A', 1),
    product('B', 2, {
      producerCode: 'RTN-DGL',
      workshop: 'anyam',
      category: 'kerajinan',
      tierPrices: [{ tier: 'GROSIR', price: 900 }],
      prices: [
        { from: '2026-11-01', price: 1000 },
        { from: '2026-11-20', price: 1100 },
        { from: '2026-12-15', price: 1200 },
      ],
    }),
  ],
};

describe('a catalogue package’s records', () => {
  it('keeps the price in effect on the day and every later one', () => {
    const steps = whole.products[1]?.prices ?? [];
    expect(pricesFrom(steps, '2026-12-01')).toEqual([
      { from: '2026-11-20', price: 1100 },
      { from: '2026-12-15', price: 1200 },
    ]);
    expect(pricesFrom(steps, '2026-12-15')).toEqual([{ from: '2026-12-15', price: 1200 }]);
    expect(pricesFrom(steps, '2026-10-01')).toEqual(steps);
  });

  it('carries every record for the whole catalogue, and for a delta the changes plus what they name', () => {
    expect(sliceCatalogue(whole, 0, '2026-12-01').products.map((p) => p.sku)).toEqual(['A', 'B']);
    const delta = sliceCatalogue(whole, 1, '2026-12-01');
    expect(delta.products.map((p) => p.sku)).toEqual(['B']);
    // B's unit, workshop (named in another case), category and tier; RTN-POSO changed in 3.
    expect(delta.units.map((u) => u.code)).toEqual(['RTN-DGL', 'RTN-POSO']);
    expect(delta.workshops).toEqual([{ unitCode: 'RTN-DGL', name: 'Anyam', active: true, changedIn: 1 }]);
    expect(delta.categories.map((c) => c.name)).toEqual(['Kerajinan']);
    expect(delta.tiers.map((t) => t.code)).toEqual(['GROSIR']);
    expect(sliceCatalogue(whole, 3, '2026-12-01')).toEqual({
      units: [],
      workshops: [],
      categories: [],
      tiers: [],
      products: [],
    });
  });
});

describe('the office’s package', () => {
  const key = generateOfficeKey();
  const signer = { officeName: 'Kanwil Sulteng', privateKeyPem: key.privateKeyPem, publicKey: key.publicKey };
  const createdAt = new Date('2026-12-01T02:00:00.000Z');

  it('is the shared writer’s bytes for the sliced catalogue, and the till’s checks take its zip', () => {
    const built = buildPackage(whole, { version: 3, basedOn: 1, createdAt, day: '2026-12-01', signer });
    const written = writePackage(
      sliceCatalogue(whole, 1, '2026-12-01'),
      {
        officeName: 'Kanwil Sulteng',
        version: 3,
        basedOn: 1,
        createdAt: createdAt.toISOString(),
        day: '2026-12-01',
        generator: PACKAGE_GENERATOR,
      },
      key.privateKeyPem,
    );
    expect(built.files).toEqual(Object.fromEntries(written.files));
    expect(built.manifestSha256).toBe(written.manifestSha256);

    const zip = zipPackage(built);
    // The same package zips the same.
    expect(Buffer.from(zipPackage(built)).equals(Buffer.from(zip))).toBe(true);
    const signed = checkSigned(
      filesFromZipBytes(Buffer.from(zip), 'KATALOG-000003-dari-000001.zip'),
      { publicKey: key.publicKey, keyId: officeKeyId(key.publicKey) },
      'office',
    );
    expect(signed.manifestSha256).toBe(built.manifestSha256);
    expect(signed.manifest).toMatchObject({ version: 3, basedOn: 1, generator: PACKAGE_GENERATOR });
    expect(signed.doc.products.map((p) => [p.sku, p.prices])).toEqual([
      [
        'B',
        [
          { from: '2026-11-20', price: 1100 },
          { from: '2026-12-15', price: 1200 },
        ],
      ],
    ]);
    expect(signed.doc.workshops.map((w) => w.name)).toEqual(['Anyam']);
  });

  it('is refused by a till holding another key', () => {
    const built = buildPackage(whole, { version: 1, basedOn: 0, createdAt, day: '2026-12-01', signer });
    const other = generateOfficeKey();
    expect(() =>
      checkSigned(
        filesFromZipBytes(Buffer.from(zipPackage(built)), 'KATALOG-000001.zip'),
        { publicKey: other.publicKey, keyId: officeKeyId(other.publicKey) },
        'office',
      ),
    ).toThrow();
  });
});
