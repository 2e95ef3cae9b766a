// The office's master catalogue on both databases: edits and their refusals (nothing written),
// price steps with an effective day, publish numbering, what a package of the changes since a
// version carries, and every package checked as a till would: the manifest's schema, its signature
// by the office's public key, the catalogue file's hash and size.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { formatMessage } from '../../../shared/messages';
import { describeBackends } from '../../db/testing/backends';
import type { TestOffice } from '../testing/officeCore';
import { SIGNING_KEY_FILE } from './signingKey';
import { KERAJINAN_UNIT, KESET, seededOffice, unzipPackage, verifyPackage } from './testing/packages';

vi.setConfig({ testTimeout: 60_000 });

async function catalogueRows(o: TestOffice): Promise<string> {
  const tables = ['catalogue_units', 'catalogue_workshops', 'catalogue_categories', 'catalogue_tiers'];
  const parts: unknown[] = [];
  for (const table of tables) parts.push((await o.db.query(`select * from ${table} order by 1`)).rows);
  parts.push((await o.db.query('select sku, name, changed_in from catalogue_products order by sku')).rows);
  parts.push((await o.db.query('select * from catalogue_barcodes order by code')).rows);
  parts.push(
    (await o.db.query('select product_id, from_day::text, price from catalogue_prices order by 1, 2')).rows,
  );
  parts.push((await o.db.query('select count(*)::int as n from audit')).rows);
  return JSON.stringify(parts);
}

describeBackends('office master catalogue', (kind) => {
  it('edits records with the till’s rules; every refusal writes nothing', async () => {
    const { o, admin } = await seededOffice(kind);
    const before = await catalogueRows(o);
    const refusals: [string, unknown, string][] = [
      [
        'catalogue.saveUnit',
        { ...KERAJINAN_UNIT, code: 'RUTAN', split: { pnbp: 15, premi: 50, capital: 30 } },
        'catalog.sharesNot100',
      ],
      ['catalogue.saveUnit', KERAJINAN_UNIT, 'catalog.producerCodeTaken'],
      ['catalogue.saveUnit', { ...KERAJINAN_UNIT, mode: 'update', code: 'NONE' }, 'catalog.producerNotFound'],
      ['catalogue.saveUnit', { ...KERAJINAN_UNIT, code: 'LPS PALU' }, 'input.producerCodeChars'],
      ['catalogue.saveProduct', KESET, 'catalog.skuTaken'],
      ['catalogue.saveProduct', { ...KESET, sku: 'kst-01' }, 'catalog.skuTaken'],
      ['catalogue.saveProduct', { ...KESET, sku: 'KST 2' }, 'input.skuNoSpaces'],
      ['catalogue.saveProduct', { ...KESET, sku: 'KST-02' }, 'catalog.barcodeTaken'],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: ['8990000000502'] },
        'catalog.barcodeCheckDigit',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: ['ABC12', 'ABC12'] },
        'catalog.barcodeTwice',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: [], category: 'Makanan' },
        'catalog.categoryMissing',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: [], unit: 'lusin' },
        'catalog.unknownUnit',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: [], soldByWeight: true },
        'catalog.weightNeedsDecimalUnit',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: [], producerCode: 'RUTAN' },
        'catalog.producerCodeNotFound',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: [], workshop: 'Dapur' },
        'officeCatalogue.workshopUnknown',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, sku: 'KST-02', barcodes: [], tierPrices: [{ tier: 'ECER', price: 1 }] },
        'officeCatalogue.tierUnknown',
      ],
      ['catalogue.saveProduct', { ...KESET, mode: 'update', sku: 'NONE' }, 'officeCatalogue.skuNotFound'],
      [
        'catalogue.saveProduct',
        { ...KESET, mode: 'update', priceFrom: '2026-11-30' },
        'officeCatalogue.dayPast',
      ],
      [
        'catalogue.saveProduct',
        { ...KESET, mode: 'update', priceFrom: '2026-02-30' },
        'officeCatalogue.dayShape',
      ],
      ['catalogue.saveProduct', { ...KESET, mode: 'update', price: -1 }, 'input.moneyNegative'],
      ['catalogue.saveWorkshop', { producerCode: 'RUTAN', name: 'Dapur' }, 'catalog.producerCodeNotFound'],
      ['catalogue.saveTier', { code: 'grosir besar', name: 'x' }, 'officeCatalogue.tierCode'],
    ];
    for (const [command, input, key] of refusals) {
      const { result } = await o.run(command, input, admin);
      const what = `${command} ${JSON.stringify(input)}`;
      if (result.ok) expect.fail(`${what} passed`);
      if (result.error.key === 'input.invalid') {
        // Refused by the contract's field rules: the message words the rule.
        expect(result.error.message, what).toContain(formatMessage('id', key));
      } else expect(result.error.key, what).toBe(key);
    }
    expect(await catalogueRows(o)).toBe(before);

    // Only admins change it; everyone reads it.
    const viewer = await o.person(admin, 'sari', 'viewer');
    const rows = await catalogueRows(o);
    expect((await o.refused('catalogue.saveTier', { code: 'ECER', name: 'Eceran' }, viewer)).code).toBe(
      'FORBIDDEN',
    );
    expect((await o.refused('catalogue.publish', { version: 1 }, viewer)).code).toBe('FORBIDDEN');
    expect(await catalogueRows(o)).toBe(rows);
    const overview = await o.ok('catalogue.overview', {}, viewer);
    expect(overview).toMatchObject({
      version: 0,
      pending: { units: 1, workshops: 1, categories: 1, tiers: 1, products: 1 },
      today: '2026-12-01',
      units: [{ code: 'LPS-PALU', splitBp: { pnbp: 1500, premi: 5000, capital: 3500 }, productCount: 1 }],
    });
    expect(overview.publicKey).toMatch(/^ed25519:/);
  });

  it('keeps price steps: a later day announces a price, today’s replaces today’s', async () => {
    const { o, admin } = await seededOffice(kind);
    await o.ok(
      'catalogue.saveProduct',
      { ...KESET, mode: 'update', price: 50_000, priceFrom: '2026-12-10' },
      admin,
    );
    let product = await o.ok('catalogue.product', { sku: 'kst-01' }, admin);
    expect(product).toMatchObject({
      sku: 'KST-01',
      price: 45_000,
      next: { from: '2026-12-10', price: 50_000 },
      prices: [
        { from: '2026-12-01', price: 45_000 },
        { from: '2026-12-10', price: 50_000 },
      ],
      tierPrices: [{ tier: 'GROSIR', price: 40_000 }],
      workshop: 'Bengkel Anyam',
    });
    // A second price for today replaces today's step.
    await o.ok('catalogue.saveProduct', { ...KESET, mode: 'update', price: 46_000 }, admin);
    await o.ok('catalogue.saveProduct', { ...KESET, mode: 'update', price: 45_000 }, admin);
    expect((await o.ok('catalogue.product', { sku: 'KST-01' }, admin)).prices).toEqual([
      { from: '2026-12-01', price: 45_000 },
      { from: '2026-12-10', price: 50_000 },
    ]);
    // The same price on the same day again is no change and no audit row.
    const audits = (await o.ok('audit.list', {}, admin)).length;
    await o.ok(
      'catalogue.saveProduct',
      { ...KESET, mode: 'update', price: 50_000, priceFrom: '2026-12-10' },
      admin,
    );
    expect((await o.ok('audit.list', {}, admin)).length).toBe(audits);
    // On the announced day the new price is in effect.
    o.setNow(new Date('2026-12-10T03:00:00Z'));
    const again = await o.run('auth.signIn', { name: 'admin', password: 'admin-sandi-1' });
    const token = again.session?.token;
    product = await o.ok('catalogue.product', { sku: 'KST-01' }, token);
    expect(product).toMatchObject({ price: 50_000, next: null });
    const listed = await o.ok('catalogue.products', { text: '8990000000501' }, token);
    expect(listed).toMatchObject({ total: 1, items: [{ sku: 'KST-01', price: 50_000 }] });
  });

  it('publishes numbered versions; a delta carries only the changes and what they name', async () => {
    const { o, admin } = await seededOffice(kind);
    expect((await o.refused('catalogue.publish', { version: 2 }, admin)).key).toBe(
      'officeCatalogue.versionMoved',
    );
    const first = await o.ok('catalogue.publish', { version: 1 }, admin);
    expect(first).toMatchObject({
      version: 1,
      basedOn: 0,
      createdBy: 'admin',
      changes: { units: 1, workshops: 1, categories: 1, tiers: 1, products: 1 },
    });
    expect((await o.refused('catalogue.publish', { version: 2 }, admin)).key).toBe(
      'officeCatalogue.nothingToPublish',
    );
    expect((await o.ok('catalogue.overview', {}, admin)).pending).toEqual({
      units: 0,
      workshops: 0,
      categories: 0,
      tiers: 0,
      products: 0,
    });

    // Version 2: a second product in a new category; version 3: the first product's price.
    await o.ok('catalogue.saveCategory', { name: 'Kebersihan' }, admin);
    await o.ok('catalogue.saveUnit', { ...KERAJINAN_UNIT, code: 'RUTAN-DGL', name: 'Rutan Donggala' }, admin);
    await o.ok(
      'catalogue.saveProduct',
      {
        ...KESET,
        sku: 'SBN-01',
        name: 'Sabun Sereh',
        category: 'kebersihan',
        workshop: null,
        barcodes: ['SBT01'],
      },
      admin,
    );
    const second = await o.ok('catalogue.publish', { version: 2 }, admin);
    expect(second).toMatchObject({
      version: 2,
      basedOn: 1,
      changes: { units: 1, categories: 1, products: 1 },
    });
    await o.ok('catalogue.saveProduct', { ...KESET, mode: 'update', price: 47_000 }, admin);
    await o.ok('catalogue.publish', { version: 3 }, admin);

    const { publicKey } = await o.ok('catalogue.overview', {}, admin);
    // The stored package of version 2 holds its changes and the unit they name, nothing else.
    const v2 = await o.ok('catalogue.packageFile', { version: 2 }, admin);
    expect(v2.fileName).toBe('KATALOG-000002-dari-000001.zip');
    const zip2 = Buffer.from(v2.base64, 'base64');
    expect(createHash('sha256').update(zip2).digest('hex')).toBe(v2.sha256);
    const opened = unzipPackage(zip2);
    expect(opened.folder).toBe('KATALOG-000002-dari-000001');
    const { manifest, doc } = verifyPackage(opened.files, publicKey);
    expect(manifest).toMatchObject({ version: 2, basedOn: 1, day: '2026-12-01', office: { name: 'Kantor' } });
    expect(doc.products.map((p) => [p.sku, p.category, p.changedIn])).toEqual([['SBN-01', 'Kebersihan', 2]]);
    expect(doc.units.map((u) => [u.code, u.changedIn])).toEqual([
      ['LPS-PALU', 1],
      ['RUTAN-DGL', 2],
    ]);
    expect(doc.categories.map((c) => c.name)).toEqual(['Kebersihan']);
    expect(doc.workshops).toEqual([]);
    expect(doc.tiers).toEqual([]);

    // The whole catalogue now: every record with the version it last changed in.
    const whole = await o.ok('catalogue.packageFile', {}, admin);
    expect(whole.fileName).toBe('KATALOG-000003.zip');
    const all = verifyPackage(unzipPackage(Buffer.from(whole.base64, 'base64')).files, publicKey);
    expect(all.manifest).toMatchObject({ version: 3, basedOn: 0 });
    expect(all.doc.products.map((p) => [p.sku, p.changedIn, p.prices])).toEqual([
      ['KST-01', 3, [{ from: '2026-12-01', price: 47_000 }]],
      ['SBN-01', 2, [{ from: '2026-12-01', price: 45_000 }]],
    ]);
    expect(all.doc.workshops).toEqual([
      { unitCode: 'LPS-PALU', name: 'Bengkel Anyam', active: true, changedIn: 1 },
    ]);
    expect(all.doc.tiers).toEqual([{ code: 'GROSIR', name: 'Grosir', changedIn: 1 }]);

    const listed = await o.ok('catalogue.packages', {}, admin);
    expect(listed.map((p) => [p.version, p.basedOn])).toEqual([
      [3, 2],
      [2, 1],
      [1, 0],
    ]);
    const audit = await o.ok('audit.list', {}, admin);
    expect(audit.filter((a) => a.action === 'catalogue.publish').map((a) => a.target)).toEqual([
      '3',
      '2',
      '1',
    ]);
  });

  it('keeps the signing key in the data folder, for the server only, and signs every package with it', async () => {
    const { o, admin } = await seededOffice(kind);
    const keyFile = join(o.db.dataDir, SIGNING_KEY_FILE);
    expect(existsSync(keyFile)).toBe(false);
    const { publicKey } = await o.ok('catalogue.overview', {}, admin);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(statSync(keyFile).mode & 0o077).toBe(0);
    await o.ok('catalogue.publish', { version: 1 }, admin);
    const file = await o.ok('catalogue.packageFile', { version: 1 }, admin);
    const text = JSON.stringify(await o.ok('catalogue.overview', {}, admin)) + JSON.stringify(file);
    expect(text).not.toContain('PRIVATE');
    verifyPackage(unzipPackage(Buffer.from(file.base64, 'base64')).files, publicKey);
  });
});
