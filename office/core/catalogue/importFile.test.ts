// Importing catalogue files into the office: the till's files from other programs (openpyxl,
// LibreOffice) give the office exactly the row problems they give a till, nothing is written while
// any row has one or when only checking, and a clean file adds units (with the till's default
// split), categories, workshops and products that the next publish carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import type { ImportIssue } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { xlsxFixture, xlsxFixturesDir } from '../../../tests/support/xlsxFixtures';
import { describeBackends } from '../../db/testing/backends';
import type { DbKind } from '../../db/types';
import { testOffice } from '../testing/officeCore';

vi.setConfig({ testTimeout: 240_000 });
const tempDir = tempDirPerTest();

const worded = (issues: readonly ImportIssue[]) =>
  issues.map(
    (i) => `${i.cell ?? '-'} ${i.column ?? '-'}: ${formatMessage('id', i.message.key, i.message.params)}`,
  );

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** What a till's own import says of the same file. */
async function tillIssues(bytes: Uint8Array): Promise<string[]> {
  const t = engineIn(tempDir());
  try {
    const m = await t.as('manager');
    const started = await m.ok('catalog.importFile', { fileName: 'katalog.xlsx', base64: base64(bytes) });
    const preview = await m.ok('catalog.importPreview', { importId: started.importId ?? '' });
    return worded(preview.issues);
  } finally {
    t.engine.close();
  }
}

const DEMO = readFileSync(join(import.meta.dirname, '../../../resources/catalogue-demo.csv'));

/** An office whose catalogue is the till's first one: the demo file, imported. */
async function demoOffice(kind: DbKind) {
  const o = await testOffice(kind);
  const admin = await o.firstAdmin();
  const demo = await o.ok(
    'catalogue.importFile',
    { fileName: 'catalogue-demo.csv', base64: base64(DEMO), commit: true },
    admin,
  );
  expect(demo).toMatchObject({ imported: true, issueCount: 0 });
  return { o, admin, products: demo.counts.new };
}

describeBackends('office catalogue import', (kind) => {
  it('gives a file from openpyxl the till’s row problems, and writes nothing', async () => {
    xlsxFixturesDir();
    const bytes = xlsxFixture('catalogue-openpyxl.xlsx');
    const { o, admin, products } = await demoOffice(kind);
    const before = await o.ok('catalogue.overview', {}, admin);
    const checked = await o.ok(
      'catalogue.importFile',
      { fileName: 'katalog-openpyxl.xlsx', base64: base64(bytes), commit: true },
      admin,
    );
    expect(checked).toMatchObject({ imported: false, issueCount: 5, rows: 7, counts: { new: 2 } });
    expect(worded(checked.issues)).toEqual(await tillIssues(bytes));
    expect(worded(checked.issues)[0]).toMatch(/^F3 price_idr: Sel berisi rumus =F2\*2/);
    expect((await o.ok('catalogue.products', {}, admin)).total).toBe(products);
    expect(await o.ok('catalogue.overview', {}, admin)).toEqual(before);
  });

  it('imports a clean file (checked first, then committed); the same file again changes nothing', async () => {
    xlsxFixturesDir();
    const { o, admin, products } = await demoOffice(kind);
    await o.ok('catalogue.publish', { version: 1 }, admin);
    const file = { fileName: 'katalog.xlsx', base64: base64(xlsxFixture('catalogue-libreoffice.xlsx')) };
    const preview = await o.ok('catalogue.importFile', { ...file, commit: false }, admin);
    expect(preview).toMatchObject({ imported: false, issueCount: 0, counts: { new: 2, updated: 0 } });
    expect((await o.ok('catalogue.products', {}, admin)).total).toBe(products);

    const done = await o.ok('catalogue.importFile', { ...file, commit: true }, admin);
    expect(done).toMatchObject({ imported: true, counts: { new: 2 } });
    expect(await o.ok('catalogue.product', { sku: 'LO-1' }, admin)).toMatchObject({
      name: 'Keset Sabut Kelapa',
      price: 45_000,
      cost: 30_000,
      barcodes: ['8990000000501'],
      category: 'Kerajinan',
      workshop: 'Bengkel Anyam',
      prices: [{ from: '2026-12-01', price: 45_000 }],
    });
    const overview = await o.ok('catalogue.overview', {}, admin);
    // Units the demo file made have the till's default split.
    expect(overview.units.find((u) => u.code === 'LPS-PALU')).toMatchObject({
      splitBp: { pnbp: 1500, premi: 5000, capital: 3500 },
    });
    expect(overview.pending).toMatchObject({ tiers: 0, products: 2 });
    await o.ok('catalogue.publish', { version: 2 }, admin);

    // The CSV the spreadsheet was made from: the same catalogue, so nothing to publish.
    const csv = readFileSync(
      join(import.meta.dirname, '../../../tests/fixtures/xlsx-sources/catalogue-libreoffice.csv'),
    );
    const again = await o.ok(
      'catalogue.importFile',
      { fileName: 'katalog.csv', base64: base64(csv), commit: true },
      admin,
    );
    expect(again).toMatchObject({ imported: true, counts: { new: 0, updated: 0, unchanged: 2 } });
    expect((await o.ok('catalogue.overview', {}, admin)).pending.products).toBe(0);
    const audit = await o.ok('audit.list', {}, admin);
    expect(audit.filter((a) => a.action === 'catalogue.import').map((a) => a.target)).toEqual([
      'katalog.csv',
      'katalog.xlsx',
      'catalogue-demo.csv',
    ]);
  });
});
