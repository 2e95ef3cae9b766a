// Who may upload and what a person may bring in, on both databases over a real socket: upload tokens
// made, listed (never shown again), revoked and audited; a USB stick's folder of batches imported
// by path, per batch, and its bad inputs refused with nothing stored; a dropped folder's zip
// through POST /api/import, only from our page and for finance or an admin.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, expect, it, vi } from 'vitest';
import { BATCH_FILES } from '../../../shared/batch/format';
import type { ImportResult } from '../../../shared/office/contract';
import { sellAndCloseDays } from '../../../tests/support/closedDays';
import { engineIn } from '../../../tests/support/engine';
import { describeBackends } from '../../db/testing/backends';
import type { DbKind } from '../../db/types';
import { SESSION_COOKIE } from '../../server/http';
import { officeTarget } from '../../server/testing/uploadTarget';
import { groupBatches, type PickedFile, zipOf as pageZipOf } from '../../web/screens/dropBatches';
import { testOffice } from '../testing/officeCore';

vi.setConfig({ testTimeout: 120_000 });

type ExportedBatch = { id: string; name: string; folder: string; files: { name: string }[] };
const tillDir = mkdtempSync(join(tmpdir(), 'karya-test-'));
afterAll(() => rmSync(tillDir, { recursive: true, force: true }));
let till: Promise<{ usb: string; batch: ExportedBatch; second: ExportedBatch }> | undefined;

/** A USB stick with two batches of one till, made once for the file (the tests only read it). */
function tillBatches() {
  till ??= (async () => {
    const t = engineIn(tillDir);
    try {
      await sellAndCloseDays(t, { days: 2, salesPerDay: 2 });
      const usb = join(tillDir, 'usb');
      mkdirSync(usb);
      const { batch } = await t.ok('batches.export', { dir: usb, days: ['2026-11-28'] });
      const { batch: second } = await t.ok('batches.export', { dir: usb });
      return { usb, batch, second };
    } finally {
      await t.engine.close();
    }
  })();
  return till;
}

function zipOf(batch: ExportedBatch): Uint8Array {
  return zipSync(
    Object.fromEntries(
      [BATCH_FILES.manifest, BATCH_FILES.manifestSum, ...batch.files.map((f) => f.name)].map((name) => [
        `${batch.name}/${name}`,
        new Uint8Array(readFileSync(join(batch.folder, name))),
      ]),
    ),
  );
}

async function setUp(kind: DbKind) {
  const office = await testOffice(kind);
  const admin = await office.firstAdmin();
  const finance = await office.person(admin, 'sari', 'finance');
  const viewer = await office.person(admin, 'budi', 'viewer');
  const target = await officeTarget(kind, {
    tokens: ['token-awal-kantor'],
    db: office.db,
    core: office.core,
  });
  const count = async () =>
    Number((await office.db.query<{ n: string }>('select count(*) as n from batches')).rows[0]?.n);
  const audit = async (action: string) =>
    (
      await office.db.query<{ target: string; detail: Record<string, unknown> }>(
        'select target, detail from audit where action = $1 order by id',
        [action],
      )
    ).rows;
  return { office, admin, finance, viewer, target, count, audit, ...(await tillBatches()) };
}

describeBackends('office batch intake', (kind) => {
  it('makes upload tokens for tills, shows each once, revokes them, and audits both', async () => {
    const { office, admin, finance, target, batch, audit } = await setUp(kind);
    expect(await office.refused('uploads.createToken', { label: 'BTH1' }, finance)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const blank = await office.run('uploads.createToken', { label: '  ' }, admin);
    expect(blank.result.ok ? null : blank.result.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Nama token wajib diisi'),
    });
    const made = await office.ok('uploads.createToken', { label: 'Kasir Bazar Palu (BTH1)' }, admin);
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const listed = await office.ok('uploads.tokens', {}, admin);
    expect(listed).toEqual([
      {
        id: made.id,
        label: 'Kasir Bazar Palu (BTH1)',
        createdAt: office.now().toISOString(),
        createdBy: 'admin',
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(made.token);
    const post = (token: string, key: string) =>
      fetch(target.url, {
        method: 'POST',
        body: zipOf(batch),
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
      }).then((r) => r.status);
    expect(await post(made.token, batch.id)).toBe(201);
    expect(await post(`${made.token}x`, batch.id)).toBe(401);
    await office.ok('uploads.revokeToken', { id: made.id }, admin);
    expect(await post(made.token, batch.id)).toBe(401);
    // The token the server was started with still works; the batch is there once.
    expect(await post('token-awal-kantor', batch.id)).toBe(200);
    expect((await office.ok('uploads.tokens', {}, admin))[0]?.revokedAt).toBe(office.now().toISOString());
    expect(await office.refused('uploads.revokeToken', { id: 999 }, admin)).toMatchObject({
      code: 'NOT_FOUND',
      key: 'officeUploads.tokenNotFound',
    });
    expect(await audit('uploadToken.create')).toEqual([
      {
        target: 'Kasir Bazar Palu (BTH1)',
        detail: { id: made.id, label: 'Kasir Bazar Palu (BTH1)', ends: made.token.slice(-4) },
      },
    ]);
    expect(await audit('uploadToken.revoke')).toHaveLength(1);
  });

  it('imports a USB stick of batch folders by path, per batch; refuses bad input with nothing stored', async () => {
    const { office, finance, viewer, usb, batch, second, count, audit } = await setUp(kind);
    expect(await office.refused('office.importFolder', { path: usb }, viewer)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const refusedKey = async (path: string) =>
      (await office.refused('office.importFolder', { path }, finance)).key;
    expect(await refusedKey('usb/batch')).toBe('officeUploads.pathRelative');
    expect(await refusedKey(join(tillDir, 'tidak-ada'))).toBe('officeUploads.pathMissing');
    expect(await refusedKey(join(batch.folder, BATCH_FILES.manifest))).toBe('officeUploads.notAFolder');
    const empty = mkdtempSync(join(tmpdir(), 'karya-test-'));
    try {
      mkdirSync(join(empty, 'foto'));
      expect(await refusedKey(empty)).toBe('officeUploads.noBatches');
      // A batch whose amount was changed on the stick: refused with verify's reason, nothing stored.
      cpSync(batch.folder, join(empty, batch.name), { recursive: true });
      const sales = join(empty, batch.name, BATCH_FILES.sales);
      const text = readFileSync(sales, 'utf8');
      const total = /"total":(\d+)/.exec(text)?.[1] ?? '';
      writeFileSync(sales, text.replace(`"total":${total}`, `"total":${Number(total) + 1000}`));
      const bad = await office.ok('office.importFolder', { path: empty }, finance);
      expect(bad).toMatchObject({ stored: 0, duplicates: 0, refused: 1 });
      expect(bad.batches[0]).toMatchObject({
        folder: batch.name,
        status: 422,
        outcome: 'refused',
        receipt: null,
      });
      expect(bad.batches[0]?.reason).toMatch(
        /^batch tidak sah: sales\.jsonl: transaksi BTH1-20261128-0001: total tertulis/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    expect(await count()).toBe(0);
    const taken = await office.ok('office.importFolder', { path: usb }, finance);
    expect(taken).toMatchObject({ stored: 2, duplicates: 0, refused: 0 });
    expect(taken.batches.map((b) => [b.folder, b.status, b.device, b.seq])).toEqual([
      [batch.name, 201, 'BTH1', 1],
      [second.name, 201, 'BTH1', 2],
    ]);
    // One batch folder named directly, already there: a duplicate, stored once.
    const again = await office.ok('office.importFolder', { path: second.folder }, finance);
    expect(again).toMatchObject({ stored: 0, duplicates: 1, refused: 0 });
    expect(await count()).toBe(2);
    const rows = await office.db.query<{ source: string; received_by: string }>(
      'select source, received_by from batches',
    );
    expect(rows.rows.every((r) => r.source === 'folder')).toBe(true);
    const imports = await audit('batches.import');
    expect(imports.map((a) => [a.target, a.detail.stored, a.detail.refused])).toEqual([
      [expect.any(String), 0, 1],
      [usb, 2, 0],
      [second.folder, 0, 0],
    ]);
  });

  it('takes a dropped folder as a zip from our page, for finance or an admin only', async () => {
    const { target, finance, viewer, batch, count } = await setUp(kind);
    const base = target.url.replace(/\/batches$/, '');
    const send = (body: Uint8Array, token: string | undefined, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/import`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/zip',
          origin: base,
          ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}),
          ...headers,
        },
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as {
          ok: boolean;
          data?: ImportResult;
          error?: { code: string; key?: string; message: string };
        },
      }));
    const zip = zipOf(batch);
    expect((await send(zip, undefined)).body.error?.code).toBe('UNAUTHENTICATED');
    expect((await send(zip, viewer)).body.error?.code).toBe('FORBIDDEN');
    expect((await send(zip, finance, { origin: 'http://jahat.example' })).status).toBe(403);
    expect((await send(zip, finance, { 'content-type': 'text/plain' })).body.error?.key).toBe(
      'officeUploads.zipType',
    );
    const notZip = await send(new TextEncoder().encode('bukan zip'), finance);
    expect(notZip.body.error?.key).toBe('officeUploads.notABatch');
    expect(notZip.body.error?.message).toMatch(/^Isi yang dijatuhkan bukan batch Karya POS: zip rusak/);
    expect(await count()).toBe(0);
    const taken = await send(zip, finance);
    expect(taken.body).toMatchObject({ ok: true, data: { stored: 1, refused: 0 } });
    expect(taken.body.data?.batches[0]).toMatchObject({
      folder: batch.name,
      status: 201,
      device: 'BTH1',
      seq: 1,
    });
    expect((await send(zip, finance)).body.data).toMatchObject({ stored: 0, duplicates: 1 });
    expect(await count()).toBe(1);
    expect(await target.received()).toEqual([{ seq: 1, device: 'BTH1' }]);
  });

  it('takes the zips the page makes of a dropped USB stick: each batch folder once, in number order, other files left out', async () => {
    const { target, finance, batch, second, usb, count } = await setUp(kind);
    const base = target.url.replace(/\/batches$/, '');
    // What the browser gives for a dropped stick: every file with its path below what was dropped.
    const dropped: PickedFile[] = readdirSync(usb, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return { path: `usb/${path.slice(usb.length + 1)}`, file: new Blob([readFileSync(path)]) };
      });
    dropped.push({ path: 'usb/Baca saya.txt', file: new Blob(['catatan']) });
    const { batches, ignored } = groupBatches(dropped);
    expect(batches.map((b) => b.name)).toEqual([batch.name, second.name]);
    expect(ignored).toBe(1);
    const answers: ImportResult[] = [];
    for (const b of batches) {
      const response = await fetch(`${base}/api/import`, {
        method: 'POST',
        body: await pageZipOf(b),
        headers: { 'content-type': 'application/zip', origin: base, cookie: `${SESSION_COOKIE}=${finance}` },
      });
      const body = (await response.json()) as { ok: boolean; data: ImportResult };
      expect(body.ok).toBe(true);
      answers.push(body.data);
    }
    expect(answers.map((a) => a.batches.map((x) => [x.folder, x.status, x.seq]))).toEqual([
      [[batch.name, 201, 1]],
      [[second.name, 201, 2]],
    ]);
    expect(await count()).toBe(2);
  });
});
