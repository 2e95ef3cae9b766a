// What a package carries, without a database: the prices a till needs from the package's day on,
// and the records of a delta with everything its products and workshops name.
import { describe, expect, it } from 'vitest';
import type { CatalogueDoc, ProductRecord } from '../../../shared/catalogPackage/format';
import { pricesFrom, sliceCatalogue } from './packageFiles';

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
