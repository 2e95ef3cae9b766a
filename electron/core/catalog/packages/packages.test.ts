// The till's catalogue packages through the engine's commands, on a real SQLite file: each refusal
// (with nothing applied), the preview, the apply, local products, conflicts, prices for tomorrow.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOfficeKey, signManifest } from '../../../../shared/catalogPackage/sign';
import {
  makePackage,
  office,
  officeCatalogue,
  product,
  TODAY,
  TOMORROW,
  tillSnapshot,
} from '../../../../tests/support/catalogPackages';
import { engineIn, type TestEngine } from '../../../../tests/support/engine';
import { tempDirPerTest } from '../../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

async function tillWithKey(dir: string) {
  const t = engineIn(dir);
  const manager = await t.as('manager', 'Bu Manajer', { shift: false });
  await manager.ok('catalog.setOfficeKey', { publicKey: office.publicKey });
  return { t, manager };
}

async function snapshotOf(t: TestEngine) {
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(t.engine.dbPath, { readonly: true });
  try {
    return tillSnapshot(db);
  } finally {
    db.close();
  }
}

async function refusal(
  manager: Awaited<ReturnType<typeof tillWithKey>>['manager'],
  input: Record<string, unknown>,
) {
  const result = await manager.call('catalog.packageOpen', input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('opening a package: each refusal writes nothing', () => {
  it('says in Indonesian that the till has no office key, and refuses a key that is not one', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager', 'Bu Manajer', { shift: false });
    const made = makePackage(dir, officeCatalogue(), 1);
    const before = await snapshotOf(t);
    const error = await refusal(manager, { path: made.folder });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('belum memegang kunci publik kantor');
    expect(error.message).toContain('Pengaturan > Kantor');

    const bad = await manager.call('catalog.setOfficeKey', { publicKey: 'ed25519:bukan-kunci' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const cashier = await t.as('cashier');
    expect(await cashier.call('catalog.setOfficeKey', { publicKey: office.publicKey })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await snapshotOf(t)).toEqual(before);
    t.engine.close();
  });

  it('refuses a bad signature, another key, a changed byte, a missing and an unlisted file', async () => {
    const dir = tempDir();
    const { t, manager } = await tillWithKey(dir);
    const before = await snapshotOf(t);

    // Signed by a key that is not the office's, under the office's key id.
    const forged = makePackage(dir, officeCatalogue(), 1);
    const stranger = generateOfficeKey();
    writeFileSync(
      join(forged.folder, 'manifest.sig'),
      signManifest(readFileSync(join(forged.folder, 'manifest.json')), stranger.privateKeyPem),
    );
    let error = await refusal(manager, { path: forged.folder });
    expect(error.key).toBe('catalogPackage.badSignature');
    expect(error.message).toContain('bukan dari kantor atau isinya telah diubah');

    // A package of another office key altogether.
    const other = makePackage(dir, officeCatalogue(), 1, 0, stranger);
    error = await refusal(manager, { path: other.folder });
    expect(error.key).toBe('catalogPackage.otherKey');

    // One byte of catalogue.json changed (same size): the hash in the signed manifest catches it.
    const tampered = makePackage(dir, officeCatalogue(), 1);
    const cataloguePath = join(tampered.folder, 'catalogue.json');
    const bytes = readFileSync(cataloguePath);
    const at = bytes.indexOf(Buffer.from('150000'));
    bytes[at] = '9'.charCodeAt(0);
    writeFileSync(cataloguePath, bytes);
    error = await refusal(manager, { path: tampered.folder });
    expect(error.key).toBe('catalogPackage.fileHash');
    expect(error.message).toBe(
      'Isi catalogue.json tidak cocok dengan SHA-256 di manifest: paket rusak atau telah diubah. Paket ditolak, tidak ada yang diterapkan.',
    );

    // A byte added: the size says so first.
    const grown = makePackage(dir, officeCatalogue(), 1);
    appendFileSync(join(grown.folder, 'catalogue.json'), ' ');
    expect((await refusal(manager, { path: grown.folder })).key).toBe('catalogPackage.fileSize');

    // A file the manifest lists that is not there.
    const missing = makePackage(dir, officeCatalogue(), 1);
    rmSync(join(missing.folder, 'catalogue.json'));
    error = await refusal(manager, { path: missing.folder });
    expect(error.key).toBe('catalogPackage.fileMissing');

    // A file the manifest does not list.
    const extra = makePackage(dir, officeCatalogue(), 1);
    writeFileSync(join(extra.folder, 'harga-baru.json'), '{}');
    error = await refusal(manager, { path: extra.folder });
    expect(error.key).toBe('catalogPackage.fileUnlisted');
    expect(error.message).toContain('harga-baru.json');

    // The same, inside a zip sent by the screen.
    error = await refusal(manager, {
      files: [
        ...['manifest.json', 'manifest.sig', 'catalogue.json'].map((name) => ({
          name: `KATALOG-000001/${name}`,
          data: readFileSync(join(extra.folder, name)).toString('base64'),
        })),
        { name: 'KATALOG-000001/harga-baru.json', data: Buffer.from('{}').toString('base64') },
      ],
    });
    expect(error.key).toBe('catalogPackage.fileUnlisted');

    // Nothing at all where the path points, and a folder that is no package.
    expect((await refusal(manager, { path: join(dir, 'tidak-ada') })).code).toBe('NOT_FOUND');
    expect((await refusal(manager, { path: dir })).key).toBe('catalogPackage.notAPackage');

    expect(await snapshotOf(t)).toEqual(before);
    expect(await manager.ok('catalog.packageStatus', {})).toMatchObject({
      heldVersion: 0,
      applied: [],
      open: null,
    });
    t.engine.close();
  });

  it('refuses a package that names what neither it nor the till has, and one with two of a barcode', async () => {
    const dir = tempDir();
    const { t, manager } = await tillWithKey(dir);
    const before = await snapshotOf(t);

    const unknownUnit = officeCatalogue();
    unknownUnit.products.push(
      product('MEJA-01', { producerCode: 'LPS-BUOL', workshop: null, category: 'Kerajinan' }),
    );
    let error = await refusal(manager, { path: makePackage(dir, unknownUnit, 1).folder });
    expect(error.key).toBe('catalogPackage.broken');
    expect(error.message).toBe(
      'Paket ditolak, tidak ada yang diterapkan: produk MEJA-01 dibuat oleh unit produksi LPS-BUOL, yang tidak ada di paket maupun di kasir ini.',
    );

    const several = officeCatalogue();
    several.products.push(
      product('MEJA-02', { unit: 'gelondong', category: 'Perabot' }),
      product('MEJA-03', { barcodes: ['2990000001016'] }),
    );
    error = await refusal(manager, { path: makePackage(dir, several, 1).folder });
    expect(error.key).toBe('catalogPackage.brokenMore');
    expect(error.message).toContain('(dan 2 masalah lain)');

    const badCheckDigit = officeCatalogue();
    badCheckDigit.products.push(product('MEJA-04', { barcodes: ['2990000001017'] }));
    error = await refusal(manager, { path: makePackage(dir, badCheckDigit, 1).folder });
    expect(error.message).toContain('produk MEJA-04: Digit pemeriksa barcode EAN-13 2990000001017 salah');

    expect(await snapshotOf(t)).toEqual(before);
    t.engine.close();
  });
});

describe('preview and apply', () => {
  it('shows what changes, applies it in one go, keeps the booth’s own products marked local', async () => {
    const dir = tempDir();
    const { t, manager } = await tillWithKey(dir);
    const made = makePackage(dir, officeCatalogue(), 1);
    const preview = await manager.ok('catalog.packageOpen', { path: made.zip });
    expect(preview.package).toMatchObject({
      id: made.built.manifestSha256,
      version: 1,
      basedOn: 0,
      source: 'usb',
      folderName: 'KATALOG-000001',
      counts: { products: 3, units: 2 },
    });
    expect(preview.heldVersion).toBe(0);
    expect(preview.heldAfter).toBe(1);
    expect(preview.products.new.items.map((p) => p.sku).sort()).toEqual(['KAIN-01', 'KAIN-02']);
    expect(preview.products.new.items.find((p) => p.sku === 'KAIN-02')?.price).toEqual({
      before: null,
      after: 150_000,
      from: '2026-11-01',
    });
    // BWG-100 was the booth's own: the office's record takes it over, price and all.
    const taken = preview.products.changed.items.find((p) => p.sku === 'BWG-100');
    expect(taken).toMatchObject({
      wasLocal: true,
      price: { before: 25_000, after: 27_000, from: '2026-11-01' },
    });
    expect(taken?.fields).toContainEqual({
      field: 'name',
      before: 'Bawang Goreng Palu 100 g',
      after: 'Bawang Goreng Palu 100 g (kantor)',
    });
    // LPS-PALU's split moves from the default to the office's.
    expect(preview.units.changed.items).toContainEqual(
      expect.objectContaining({
        code: 'LPS-PALU',
        wasLocal: true,
        splitBefore: { pnbpBp: 1500, premiBp: 5000, capitalBp: 3500 },
        split: { pnbpBp: 2000, premiBp: 5000, capitalBp: 3000 },
      }),
    );
    expect(preview.units.new.items.map((u) => u.code)).toEqual(['LPS-DONGGALA']);
    expect(preview.workshops.new.count).toBe(2);
    expect(preview.categories.new.items.map((c) => c.name)).toEqual(['Tenun']);
    expect(preview.conflicts.items).toEqual([
      expect.objectContaining({
        kind: 'barcode',
        localSku: 'BWG-250',
        officeSku: 'KAIN-02',
        code: '2990000000026',
      }),
      expect.objectContaining({ kind: 'sku', localSku: 'BWG-100', officeSku: 'BWG-100', code: null }),
    ]);
    expect(preview.localKept).toBe(21);

    // Nothing is written by opening: the catalogue is as it was.
    expect((await manager.ok('products.list', { query: 'KAIN-01' })).length).toBe(0);

    const status = await manager.ok('catalog.packageStatus', {});
    expect(status.open?.id).toBe(made.built.manifestSha256);
    expect(status.keyId).toBe(made.built.manifest.office.keyId);

    // A cashier may not apply; a wrong id is not applied.
    const cashier = await t.as('cashier');
    expect(
      await cashier.call('catalog.packageApply', { packageId: made.built.manifestSha256 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await manager.call('catalog.packageApply', { packageId: 'a'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', key: 'catalogPackage.notOpen' },
    });

    const applied = await manager.ok('catalog.packageApply', { packageId: made.built.manifestSha256 });
    expect(applied.heldVersion).toBe(1);
    expect(applied.changes).toMatchObject({
      productsNew: 2,
      productsChanged: 1,
      conflicts: 2,
      priceChanges: 1,
    });

    const kain = (await manager.ok('products.list', { query: 'KAIN-02' }))[0];
    expect(kain).toMatchObject({
      name: 'Kain Tenun Donggala Motif Subi',
      price: 150_000,
      producerCode: 'LPS-DONGGALA',
    });
    const detail = await manager.ok('products.get', { id: kain?.id ?? 0 });
    expect(detail.barcodes.map((b) => b.code)).toEqual(['2990000000026']);
    expect(detail.workshopName).toBe('Ruang Tenun');
    expect(detail.priceHistory[0]).toMatchObject({ price: 150_000, changedBy: 'Paket katalog 1' });

    // The booth's BWG-250 lost only the barcode; it stays, local, and is still sold.
    const bwg250 = await manager.ok('products.search', { text: 'BWG-250' });
    expect(bwg250.items[0]).toMatchObject({ sku: 'BWG-250', barcodes: [], active: true, local: true });
    const bwg100 = await manager.ok('products.search', { text: 'BWG-100' });
    expect(bwg100.items[0]).toMatchObject({ price: 27_000, local: false });
    expect(bwg100.officeCatalogue).toBe(true);
    const producers = await manager.ok('producers.list', {});
    expect(producers.find((p) => p.code === 'LPS-PALU')?.splitBp).toEqual({
      pnbp: 2000,
      premi: 5000,
      capital: 3000,
    });

    const audit = await manager.ok('audit.list', { action: 'catalog.package' });
    expect(audit[0]).toMatchObject({ userName: 'Bu Manajer', subject: 'Paket katalog 1' });

    const after = await manager.ok('catalog.packageStatus', {});
    expect(after).toMatchObject({ heldVersion: 1, open: null });
    expect(after.applied[0]).toMatchObject({
      version: 1,
      basedOn: 0,
      appliedBy: 'Bu Manajer',
      source: 'usb',
    });

    // The same package again, or an older one, is refused as older: nothing more is applied.
    const snapshot = await snapshotOf(t);
    const again = await refusal(manager, { path: made.folder });
    expect(again.key).toBe('catalogPackage.older');
    expect(again.message).toContain('Paket KATALOG-000001 lebih lama dari katalog kasir ini');
    expect(await snapshotOf(t)).toEqual(snapshot);
    t.engine.close();
  });

  it('takes a delta, leaves what the till holds in a newer version, and deactivates', async () => {
    const dir = tempDir();
    const { t, manager } = await tillWithKey(dir);
    const v1 = officeCatalogue();
    const p1 = makePackage(dir, v1, 1);
    await manager.ok('catalog.packageApply', {
      packageId: (await manager.ok('catalog.packageOpen', { path: p1.folder })).package.id,
    });

    const v3 = officeCatalogue();
    const kain1 = v3.products[0] as (typeof v3.products)[number];
    Object.assign(kain1, { active: false, changedIn: 3 });
    const kain2 = v3.products[1] as (typeof v3.products)[number];
    Object.assign(kain2, {
      prices: [
        { from: '2026-11-01', price: 150_000 },
        { from: '2026-11-20', price: 160_000 },
      ],
      changedIn: 2,
    });
    (v3.units[1] as (typeof v3.units)[number]).premiBp = 5500;
    (v3.units[1] as (typeof v3.units)[number]).capitalBp = 3000;
    (v3.units[1] as (typeof v3.units)[number]).changedIn = 3;

    const delta = makePackage(dir, v3, 3, 1);
    const preview = await manager.ok('catalog.packageOpen', { path: delta.folder });
    expect(preview.package.basedOn).toBe(1);
    expect(preview.missing).toBeNull();
    expect(preview.heldAfter).toBe(3);
    expect(preview.products.deactivated.items.map((p) => p.sku)).toEqual(['KAIN-01']);
    expect(preview.products.changed.items[0]).toMatchObject({
      sku: 'KAIN-02',
      price: { before: 150_000, after: 160_000, from: '2026-11-20' },
    });
    expect(preview.units.changed.items[0]).toMatchObject({
      code: 'LPS-DONGGALA',
      splitBefore: { premiBp: 5000, capitalBp: 3500 },
      split: { premiBp: 5500, capitalBp: 3000 },
    });
    await manager.ok('catalog.packageApply', { packageId: preview.package.id });
    expect((await manager.ok('products.list', { query: 'KAIN-01' })).length).toBe(0);
    expect((await manager.ok('catalog.packageStatus', {})).heldVersion).toBe(3);

    // A delta 1 -> 2 arriving late: (1, 2] was not applied on its own but (1, 3] covers it.
    const late = makePackage(
      dir,
      { ...v3, products: [kain2], units: [], workshops: [], categories: [], tiers: [] },
      2,
      1,
    );
    expect((await refusal(manager, { path: late.folder })).key).toBe('catalogPackage.older');
    t.engine.close();
  });
});

describe('prices from a later day', () => {
  it('keeps tomorrow’s price waiting and makes it the price when the clock reaches tomorrow', async () => {
    const dir = tempDir();
    const { t, manager } = await tillWithKey(dir);
    const doc = officeCatalogue();
    (doc.products[0] as (typeof doc.products)[number]).prices = [
      { from: '2026-11-01', price: 100_000 },
      { from: TOMORROW, price: 120_000 },
    ];
    const made = makePackage(dir, doc, 1);
    const preview = await manager.ok('catalog.packageOpen', { path: made.folder });
    expect(preview.products.new.items.find((p) => p.sku === 'KAIN-01')).toMatchObject({
      price: { before: null, after: 100_000, from: '2026-11-01' },
      scheduled: [{ from: TOMORROW, price: 120_000 }],
    });
    expect(preview.products.scheduled).toBe(1);
    await manager.ok('catalog.packageApply', { packageId: preview.package.id });
    const [kain] = await manager.ok('products.list', { query: 'KAIN-01' });
    expect(kain?.price).toBe(100_000);
    expect((await manager.ok('catalog.packageStatus', {})).scheduledPrices).toBe(1);

    // Late in the evening it is still today, and before 04.00 tomorrow still the same business day.
    t.setNow(`${TODAY}T15:00:00Z`); // 23.00 WITA
    expect((await manager.ok('products.get', { id: kain?.id ?? 0 })).price).toBe(100_000);
    t.setNow(`${TODAY}T19:59:00Z`); // 03.59 WITA on the 29th: still the 28th's business day
    expect((await manager.ok('products.get', { id: kain?.id ?? 0 })).price).toBe(100_000);
    t.setNow(`${TODAY}T20:00:00Z`); // 04.00 WITA on the 29th: the new business day
    const detail = await manager.ok('products.get', { id: kain?.id ?? 0 });
    expect(detail.price).toBe(120_000);
    expect(detail.priceHistory[0]).toMatchObject({ price: 120_000, changedBy: 'Paket katalog 1' });
    expect((await manager.ok('catalog.packageStatus', {})).scheduledPrices).toBe(0);
    t.engine.close();
  });
});

describe('a sale in progress', () => {
  it('keeps the prices its cart showed when a package changes them, within the business day', async () => {
    const dir = tempDir();
    const { t, manager } = await tillWithKey(dir);
    const cashier = await t.as('cashier');
    const [bwg] = await cashier.ok('products.list', { query: 'BWG-100' });
    expect(bwg?.price).toBe(25_000);
    const startedAt = '2026-11-28T02:00:00.000Z';

    t.setNow('2026-11-28T02:05:00Z');
    const made = makePackage(dir, officeCatalogue(), 1);
    await manager.ok('catalog.packageApply', {
      packageId: (await manager.ok('catalog.packageOpen', { path: made.folder })).package.id,
    });
    expect((await cashier.ok('products.list', { query: 'BWG-100' }))[0]?.price).toBe(27_000);

    t.setNow('2026-11-28T02:10:00Z');
    const line = { productId: bwg?.id ?? 0, qty: 2, listPrice: 25_000 };
    const sale = await cashier.ok('sales.commit', {
      lines: [line],
      payments: [{ method: 'cash', amount: 50_000 }],
      startedAt,
    });
    expect(sale.lines[0]).toMatchObject({ listPrice: 25_000, unitPrice: 25_000, priceSource: 'catalogue' });
    expect(sale.total).toBe(50_000);

    // Without its start, or started on another business day, the cart gets today's price.
    const plain = await cashier.ok('sales.commit', {
      lines: [line],
      payments: [{ method: 'cash', amount: 60_000 }],
    });
    expect(plain.lines[0]?.listPrice).toBe(27_000);
    const yesterday = await cashier.ok('sales.commit', {
      lines: [line],
      payments: [{ method: 'cash', amount: 60_000 }],
      startedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(yesterday.lines[0]?.listPrice).toBe(27_000);

    // A price the product never had is not a list price: the catalogue's is.
    const made_up = await cashier.ok('sales.commit', {
      lines: [{ ...line, listPrice: 10_000 }],
      payments: [{ method: 'cash', amount: 60_000 }],
      startedAt,
    });
    expect(made_up.lines[0]?.listPrice).toBe(27_000);

    // A cart that started after the package was applied never saw the old price.
    const later = await cashier.ok('sales.commit', {
      lines: [line],
      payments: [{ method: 'cash', amount: 60_000 }],
      startedAt: '2026-11-28T02:06:00.000Z',
    });
    expect(later.lines[0]?.listPrice).toBe(27_000);

    // The cashier's limit still counts from the list price the cart showed.
    await manager.ok('paymentSettings.save', { discountLimitBp: 1000 });
    const over = await cashier.call('sales.commit', {
      lines: [{ ...line, unitPrice: 20_000, priceReason: 'rusak' }],
      payments: [{ method: 'cash', amount: 40_000 }],
      startedAt,
    });
    expect(over).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED' } });
    const within = await cashier.ok('sales.commit', {
      lines: [{ ...line, unitPrice: 23_000, priceReason: 'kemasan penyok' }],
      payments: [{ method: 'cash', amount: 46_000 }],
      startedAt,
    });
    expect(within.lines[0]).toMatchObject({ listPrice: 25_000, unitPrice: 23_000, priceSource: 'manual' });
    t.engine.close();
  });
});
