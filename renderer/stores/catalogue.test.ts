// The sale screen's catalogue store against a real engine on a real SQLite file (window.karya is a
// bridge to it, as the preload is in the app): loaded once, it shows the demo catalogue's price; a
// package applied through the same calls as Katalog > Paket kantor, then `catalogueChanged()`, and
// the store holds the package's price and its new product without anything else reloading it.
import { afterEach, describe, expect, it } from 'vitest';
import type { KaryaBridge } from '../../shared/contract';
import { makePackage, office, officeCatalogue, product } from '../../tests/support/catalogPackages';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { call } from '../api/client';
import { catalogueChanged, useCatalogue } from './catalogue';

const tempDir = tempDirPerTest();

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const priceOf = (sku: string) => useCatalogue.getState().products.find((p) => p.sku === sku)?.price;

describe('the sale screen’s catalogue', () => {
  it('holds the prices and products of a package applied on this till once the screen says so', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager', 'Bu Manajer', { shift: false });
    const bridge: KaryaBridge = { call: (name, input) => manager.call(name, input) };
    (globalThis as { window?: unknown }).window = { karya: bridge };

    await useCatalogue.getState().load();
    expect(priceOf('BWG-100')).toBe(25_000);
    expect(priceOf('KAIN-01')).toBeUndefined();
    const revision = useCatalogue.getState().revision;

    const doc = officeCatalogue();
    doc.products.push(product('KAIN-03', { name: 'Kain Tenun Motif Baru', barcodes: [] }));
    const made = makePackage(dir, doc, 1);
    await call('catalog.setOfficeKey', { publicKey: office.publicKey });
    const preview = await call('catalog.packageOpen', { path: made.folder });
    await call('catalog.packageApply', { packageId: preview.package.id });
    // Applied, but the store has not been told: it still shows what it loaded.
    expect(priceOf('BWG-100')).toBe(25_000);

    catalogueChanged();
    await expect.poll(() => priceOf('BWG-100')).toBe(27_000);
    expect(priceOf('KAIN-01')).toBe(100_000);
    expect(priceOf('KAIN-03')).toBe(100_000);
    expect(useCatalogue.getState().revision).toBe(revision + 1);
    t.engine.close();
  });
});

describe('the sale screen’s catalogue when the business day moves on', () => {
  it('is loaded again with the price the office set from the new day, and not before', async () => {
    const dir = tempDir();
    const t = engineIn(dir); // 28 November 2026, 10.00 WITA
    const manager = await t.as('manager', 'Bu Manajer', { shift: false });
    const bridge: KaryaBridge = { call: (name, input) => manager.call(name, input) };
    (globalThis as { window?: unknown }).window = { karya: bridge };

    const doc = officeCatalogue();
    (doc.products[0] as (typeof doc.products)[number]).prices = [
      { from: '2026-11-01', price: 100_000 },
      { from: '2026-11-29', price: 120_000 },
    ];
    await call('catalog.setOfficeKey', { publicKey: office.publicKey });
    const preview = await call('catalog.packageOpen', { path: makePackage(dir, doc, 1).folder });
    await call('catalog.packageApply', { packageId: preview.package.id });
    useCatalogue.setState({ businessDay: null });
    await useCatalogue.getState().load();
    useCatalogue.getState().dayIs((await call('app.info', {})).businessDay);
    expect(priceOf('KAIN-01')).toBe(100_000);
    const revision = useCatalogue.getState().revision;

    // 03.59 WITA on the 29th is still the 28th's business day: nothing to load.
    t.setNow('2026-11-28T19:59:00Z');
    useCatalogue.getState().dayIs((await call('app.info', {})).businessDay);
    expect(useCatalogue.getState().revision).toBe(revision);
    // 04.00 WITA: the 29th's business day, and its price.
    t.setNow('2026-11-28T20:00:00Z');
    useCatalogue.getState().dayIs((await call('app.info', {})).businessDay);
    await expect.poll(() => priceOf('KAIN-01')).toBe(120_000);
    expect(useCatalogue.getState().revision).toBe(revision + 1);
    expect(useCatalogue.getState().businessDay).toBe('2026-11-29');
    t.engine.close();
  });
});
