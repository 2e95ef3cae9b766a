// Pulling a package from the office over the upload channel: a small HTTP server on 127.0.0.1
// answers GET /api/catalogue/package?have=N as the office does (docs/catalogue-packages.md).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makePackage, office, officeCatalogue } from '../../../../tests/support/catalogPackages';
import { engineIn } from '../../../../tests/support/engine';
import { tempDirPerTest } from '../../../../tests/support/tempDir';
import { packageUrl } from './pullPackage';

const tempDir = tempDirPerTest();
const TOKEN = 'token-kasir-booth-1';
let server: Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** The office's door: the package after `have`, 204 when there is none, 401 for another token. */
async function officeServing(packages: Map<number, Buffer>, seen: IncomingMessage[]): Promise<string> {
  const door = createServer((req, res) => {
    seen.push(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api/catalogue/package') {
      res.writeHead(404).end();
      return;
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"status":"rejected"}');
      return;
    }
    const have = Number(url.searchParams.get('have'));
    const next = [...packages.keys()].sort((a, b) => a - b).find((version) => version > have);
    if (next === undefined) {
      res.writeHead(204).end();
      return;
    }
    const zip = packages.get(next) as Buffer;
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length }).end(zip);
  });
  server = door;
  await new Promise<void>((resolve) => door.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(door.address() as AddressInfo).port}/batches`;
}

describe('pulling a package from the office', () => {
  it('asks next to the upload address with the upload token', () => {
    expect(packageUrl('https://kantor.example/batches', 12).href).toBe(
      'https://kantor.example/api/catalogue/package?have=12',
    );
    expect(packageUrl('https://host.example/karya/batches', 0).href).toBe(
      'https://host.example/karya/api/catalogue/package?have=0',
    );
  });

  it('fetches the package after the version held, previews it like a USB stick’s, and hears 204 after', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const admin = await t.as('admin', 'Pak Admin', { shift: false });
    const manager = await t.as('manager', 'Bu Manajer', { shift: false });
    await manager.ok('catalog.setOfficeKey', { publicKey: office.publicKey });

    // No address yet: said so.
    expect(await manager.call('catalog.packagePull', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'catalogPackage.pullNotSet' },
    });

    const made = makePackage(dir, officeCatalogue(), 1);
    const seen: IncomingMessage[] = [];
    const url = await officeServing(new Map([[1, readFileSync(made.zip)]]), seen);
    await admin.ok('batches.setUploadSettings', { url, token: TOKEN });
    expect((await manager.ok('catalog.packageStatus', {})).pullAvailable).toBe(true);

    const pulled = await manager.ok('catalog.packagePull', {});
    expect(seen.at(-1)?.url).toBe('/api/catalogue/package?have=0');
    expect(seen.at(-1)?.headers['x-karya-device']).toBe('BTH1');
    expect(pulled.preview?.package).toMatchObject({
      version: 1,
      source: 'office',
      id: made.built.manifestSha256,
    });
    expect(pulled.preview?.products.new.count).toBe(2);

    // Applying stays the manager's decision: nothing changed yet.
    expect((await manager.ok('catalog.packageStatus', {})).heldVersion).toBe(0);
    const applied = await manager.ok('catalog.packageApply', { packageId: made.built.manifestSha256 });
    expect(applied.heldVersion).toBe(1);
    expect((await manager.ok('catalog.packageStatus', {})).applied[0]?.source).toBe('office');

    expect(await manager.ok('catalog.packagePull', {})).toEqual({ preview: null });
    expect(seen.at(-1)?.url).toBe('/api/catalogue/package?have=1');
    t.engine.close();
  });

  it('says when the office refuses the token, or is not there', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const admin = await t.as('admin', 'Pak Admin', { shift: false });
    const manager = await t.as('manager', 'Bu Manajer', { shift: false });
    await manager.ok('catalog.setOfficeKey', { publicKey: office.publicKey });
    const url = await officeServing(new Map(), []);
    await admin.ok('batches.setUploadSettings', { url, token: 'token-lain-yang-salah' });
    const refused = await manager.call('catalog.packagePull', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'catalogPackage.pullTokenRefused' },
    });
    if (!refused.ok) expect(refused.error.message).toContain('Kantor menolak token kasir ini (HTTP 401)');

    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
    server = null;
    const gone = await manager.call('catalog.packagePull', {});
    expect(gone).toMatchObject({ ok: false, error: { code: 'IO_ERROR', key: 'catalogPackage.pullFailed' } });
    if (!gone.ok) expect(gone.error.message).toContain('koneksi ditolak');
    t.engine.close();
  });
});
