// The tills' pull of catalogue packages over HTTP on 127.0.0.1, on both databases: a till's upload
// token (made on the page or given at start) gets the zip of what it lacks, signed by the office's
// key; the latest version answers 204; an unknown or revoked token 401.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished, vi } from 'vitest';
import { KESET, seededOffice, unzipPackage, verifyPackage } from '../core/catalogue/testing/packages';
import { START } from '../core/testing/officeCore';
import { describeBackends } from '../db/testing/backends';
import { CATALOGUE_PACKAGE_PATH, createCatalogueDoor } from './catalogueDoor';
import { startOfficeServer } from './http';

vi.setConfig({ testTimeout: 60_000 });

describeBackends('catalogue pull door', (kind) => {
  it('answers a till by its upload token: the zip of what it lacks, 204 when it has the latest', async () => {
    const { o, admin } = await seededOffice(kind);
    const page = mkdtempSync(join(tmpdir(), 'karya-office-page-'));
    onTestFinished(() => rmSync(page, { recursive: true, force: true }));
    writeFileSync(join(page, 'index.html'), '<!doctype html><title>Karya Kantor</title>');
    const server = await startOfficeServer({
      core: o.core,
      staticDir: page,
      catalogue: createCatalogueDoor({ ctx: o.core.ctx, tokens: ['token-dari-baris-perintah'] }),
    });
    onTestFinished(() => server.close());
    const { token } = await o.ok('uploads.createToken', { label: 'Kasir Palu 1' }, admin);
    const pull = (have: string | null, bearer: string | null = token) =>
      fetch(
        `${server.url.replace(/\/$/, '')}${CATALOGUE_PACKAGE_PATH}${have === null ? '' : `?have=${have}`}`,
        {
          headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` },
        },
      );

    expect((await pull('0')).status).toBe(204); // nothing published yet
    await o.ok('catalogue.publish', { version: 1 }, admin);
    const { publicKey } = await o.ok('catalogue.overview', {}, admin);

    const whole = await pull(null);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('application/zip');
    expect(whole.headers.get('x-karya-catalogue-version')).toBe('1');
    const first = unzipPackage(new Uint8Array(await whole.arrayBuffer()));
    expect(first.folder).toBe('KATALOG-000001');
    expect(verifyPackage(first.files, publicKey).doc.products.map((p) => p.sku)).toEqual(['KST-01']);

    expect((await pull('1')).status).toBe(204);
    expect((await pull('1', 'token-dari-baris-perintah')).status).toBe(204);
    for (const bearer of [null, 'salah', `${token}x`]) {
      const refused = await pull('1', bearer);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ status: 'rejected', reason: 'token tidak dikenal' });
    }
    expect((await pull('satu')).status).toBe(400);

    // Version 2 changes the price: a till at 1 gets only that product; at 7 (not ours) everything.
    await o.ok('catalogue.saveProduct', { ...KESET, mode: 'update', price: 47_000 }, admin);
    await o.ok('catalogue.publish', { version: 2 }, admin);
    const delta = await pull('1');
    expect(delta.status).toBe(200);
    const second = unzipPackage(new Uint8Array(await delta.arrayBuffer()));
    expect(second.folder).toBe('KATALOG-000002-dari-000001');
    const { manifest, doc } = verifyPackage(second.files, publicKey);
    expect(manifest).toMatchObject({ version: 2, basedOn: 1 });
    expect(doc.products.map((p) => [p.sku, p.changedIn, p.prices])).toEqual([
      ['KST-01', 2, [{ from: '2026-12-01', price: 47_000 }]],
    ]);
    expect(doc.units.map((u) => u.code)).toEqual(['LPS-PALU']);
    expect(doc.tiers.map((t) => t.code)).toEqual(['GROSIR']);
    expect(doc.workshops.map((w) => w.name)).toEqual(['Bengkel Anyam']);
    expect(doc.categories.map((c) => c.name)).toEqual(['Kerajinan']);
    const other = await pull('7');
    expect(other.headers.get('x-karya-catalogue-based-on')).toBe('0');

    // A revoked token is refused from then on.
    const [made] = await o.ok('uploads.tokens', {}, admin);
    await o.ok('uploads.revokeToken', { id: made?.id ?? 0 }, admin);
    expect((await pull('0')).status).toBe(401);
  });

  it('makes each package once: the publish’s stored one, or one cut and kept until the next publish', async () => {
    const { o, admin } = await seededOffice(kind);
    const page = mkdtempSync(join(tmpdir(), 'karya-office-page-'));
    onTestFinished(() => rmSync(page, { recursive: true, force: true }));
    writeFileSync(join(page, 'index.html'), '<!doctype html><title>Karya Kantor</title>');
    const server = await startOfficeServer({
      core: o.core,
      staticDir: page,
      catalogue: createCatalogueDoor({ ctx: o.core.ctx, tokens: ['token-dari-baris-perintah'] }),
    });
    onTestFinished(() => server.close());
    const pull = async (have: number) => {
      const response = await fetch(`${server.url.replace(/\/$/, '')}${CATALOGUE_PACKAGE_PATH}?have=${have}`, {
        headers: { authorization: 'Bearer token-dari-baris-perintah' },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const stored = async (version: number) =>
      Buffer.from((await o.ok('catalogue.packageFile', { version }, admin)).base64, 'base64');
    const nextDay = (days: number) => o.setNow(new Date(START.getTime() + days * 86_400_000));

    await o.ok('catalogue.publish', { version: 1 }, admin);
    // Version 1's publish is the whole catalogue: a new till gets its stored zip.
    expect((await pull(0)).equals(await stored(1))).toBe(true);
    await o.ok('catalogue.saveProduct', { ...KESET, mode: 'update', price: 47_000 }, admin);
    await o.ok('catalogue.publish', { version: 2 }, admin);
    // A till one version behind gets the publish's delta as stored.
    expect((await pull(1)).equals(await stored(2))).toBe(true);
    // The whole catalogue at 2 is cut on the first request and kept, the day after too.
    const whole = await pull(0);
    nextDay(1);
    expect((await pull(0)).equals(whole)).toBe(true);
    o.setNow(START);
    const download = await o.ok('catalogue.packageFile', {}, admin);
    expect(Buffer.from(download.base64, 'base64').equals(whole)).toBe(true);
    const { publicKey } = await o.ok('catalogue.overview', {}, admin);
    const { manifest, doc } = verifyPackage(unzipPackage(whole).files, publicKey);
    expect(manifest).toMatchObject({ version: 2, basedOn: 0, createdAt: START.toISOString() });
    expect(doc.products.map((p) => [p.sku, p.prices])).toEqual([
      ['KST-01', [{ from: '2026-12-01', price: 47_000 }]],
    ]);
    // A publish makes the next request cut version 3, then.
    await o.ok('catalogue.saveProduct', { ...KESET, mode: 'update', price: 49_000 }, admin);
    await o.ok('catalogue.publish', { version: 3 }, admin);
    nextDay(2);
    const third = verifyPackage(unzipPackage(await pull(0)).files, publicKey);
    expect(third.manifest).toMatchObject({ version: 3, basedOn: 0, createdAt: o.now().toISOString() });
    expect(third.doc.products.map((p) => p.prices)).toEqual([[{ from: '2026-12-01', price: 49_000 }]]);
  });
});
