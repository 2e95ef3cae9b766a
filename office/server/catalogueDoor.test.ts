// The tills' pull of catalogue packages over HTTP on 127.0.0.1, on both databases: a till's upload
// token (made on the page or given at start) gets the zip of what it lacks, signed by the office's
// key; the latest version answers 204; an unknown or revoked token 401.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished, vi } from 'vitest';
import { KESET, seededOffice, unzipPackage, verifyPackage } from '../core/catalogue/testing/packages';
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
});
