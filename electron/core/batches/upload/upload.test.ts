// Uploading batches to the office, on real SQLite, real files and real HTTP on 127.0.0.1: the
// office server (its upload door, on the embedded database `npm run batch-receiver` starts) stores
// what the till sends exactly once; the outbox keeps a batch pending
// while the office cannot be reached and sends it when it comes back; the office's reasons for a
// rejection reach the screen; a 202 is followed up; a batch whose folder is gone is rebuilt.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { describeBackends } from '../../../../office/db/testing/backends';
import { startTarget, type UploadTarget } from '../../../../office/server/testing/uploadTarget';
import { BATCH_FILES } from '../../../../shared/batch/format';
import { msg } from '../../../../shared/messages';
import { wordStored } from '../../../../shared/messages/stored';
import { sellAndCloseDays } from '../../../../tests/support/closedDays';
import { engineIn } from '../../../../tests/support/engine';
import { tempDirPerTest } from '../../../../tests/support/tempDir';
import { verifyBatches } from '../../../office/verifyBatches';
import { outboxDir } from './packageBatch';
import { interpretAnswer } from './send';

const tempDir = tempDirPerTest();
const TOKEN = 'kantor-palu-2026';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The office server's upload door on a fresh embedded database; `dir` is not used by it. */
async function receiverIn(dir: string, port = 0): Promise<UploadTarget> {
  return startTarget('embedded', dir, { tokens: [TOKEN], port });
}

/** A port nobody listens on (taken and given back). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function tillWithClosedDays(days = 2, options: Parameters<typeof engineIn>[1] = {}) {
  const dir = tempDir();
  const t = engineIn(dir, options);
  closers.push(async () => t.engine.close());
  await sellAndCloseDays(t, { days, salesPerDay: 4, taxAndRounding: true });
  const admin = await t.as('admin', 'Bu Rina', { shift: false });
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  return { dir, t, admin, manager, usb };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The batch folders a receiver stored, as paths. */
function storedFolders(office: string): string[] {
  return readdirSync(office, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .flatMap((device) =>
      readdirSync(join(office, device.name)).map((name) => join(office, device.name, name)),
    );
}

describeBackends('batch upload to the office server', () => {
  it('sends a new batch to the office server, which verifies and stores it once', async () => {
    const { dir, t, admin, manager, usb } = await tillWithClosedDays();
    const office = join(dir, 'office');
    const receiver = await receiverIn(office);
    await admin.ok('batches.setUploadSettings', { url: receiver.url, token: TOKEN });

    const { batch } = await manager.ok('batches.export', { dir: usb });
    expect(batch.upload?.state).toBe('pending');
    expect(batch.upload?.idempotencyKey).toBe(batch.id);
    expect(await t.engine.uploads.runOnce()).toBe(1);

    const [listed] = await manager.ok('batches.list', {});
    expect(listed?.upload).toMatchObject({ state: 'acknowledged', attempts: 1, lastError: null });
    expect(listed?.upload?.receipt).toBe(`BTH1-1-${batch.manifestSha256.slice(0, 12)}`);
    // The office holds the very batch: same manifest, and it verifies on its own.
    const stored = storedFolders(receiver.archive);
    expect(stored).toHaveLength(1);
    const manifest = readFileSync(join(stored[0] as string, BATCH_FILES.manifest));
    expect(sha256(manifest)).toBe(batch.manifestSha256);
    expect(verifyBatches(stored).ok).toBe(true);
    expect(await receiver.received()).toHaveLength(1);
    // Nothing left in the outbox folder once acknowledged; nothing due any more.
    expect(readdirSync(outboxDir(join(dir, 'karya.db')))).toEqual([]);
    expect(await t.engine.uploads.runOnce()).toBe(0);
  });

  it('sends in the background while the app runs, and waits while upload is turned off', async () => {
    const { dir, admin, manager, usb } = await tillWithClosedDays(2, { uploads: { run: true } });
    const office = join(dir, 'office');
    const receiver = await receiverIn(office);
    await admin.ok('batches.setUploadSettings', { url: receiver.url, token: TOKEN });
    await admin.ok('batches.setUploadSettings', { url: null });
    const { batch } = await manager.ok('batches.export', { dir: usb, days: ['2026-11-28'] });
    expect(batch.upload).toBeNull(); // upload off: not queued
    await admin.ok('batches.setUploadSettings', { url: receiver.url }); // the stored token is kept
    await manager.ok('batches.upload', { batchId: batch.id });
    await admin.ok('batches.setUploadSettings', { url: null }); // off again before the worker ran
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await receiver.received()).toHaveLength(0);
    expect((await manager.ok('batches.list', {}))[0]?.upload?.state).toBe('pending');

    await admin.ok('batches.setUploadSettings', { url: receiver.url });
    await manager.ok('batches.export', { dir: usb }); // batch 2 is queued on export
    await vi.waitFor(
      async () => {
        const states = (await manager.ok('batches.list', {})).map((b) => b.upload?.state);
        expect(states).toEqual(['acknowledged', 'acknowledged']);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect((await receiver.received()).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('does not leak a file handle per failed attempt while offline', async () => {
    if (process.platform !== 'linux') return; // counts /proc/self/fd
    const { t, admin, manager, usb } = await tillWithClosedDays(1);
    const port = await freePort();
    await admin.ok('batches.setUploadSettings', { url: `http://127.0.0.1:${port}/batches`, token: TOKEN });
    await manager.ok('batches.export', { dir: usb });
    const open = () => readdirSync('/proc/self/fd').length;
    await t.engine.uploads.runOnce(); // the first attempt also makes the zip
    const before = open();
    for (let i = 0; i < 20; i++) {
      t.setNow(new Date(Date.parse('2026-12-02T00:00:00Z') + i * 3_600_000).toISOString());
      expect(await t.engine.uploads.runOnce()).toBe(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(open() - before).toBeLessThanOrEqual(2);
    expect((await manager.ok('batches.list', {}))[0]?.upload?.attempts).toBe(21);
  });

  it("reads the office's answers: a redirect, the token, a lost upload, a server error", () => {
    // The till's own words are stored as messages, worded later in the person's language.
    const redirect = interpretAnswer(301, '', false, 'https://baru.example.id/b');
    expect(redirect).toEqual({
      kind: 'rejected',
      reason: msg('batches.upload.redirectedTo', { status: 301, location: 'https://baru.example.id/b' }),
    });
    expect(wordStored('id', redirect.kind === 'rejected' ? redirect.reason : '')).toBe(
      'Alamat server kantor dialihkan (HTTP 301 ke https://baru.example.id/b). Perbaiki alamat di pengaturan unggah, lalu kirim lagi.',
    );
    const token = interpretAnswer(403, '{"reason":"perangkat diblokir"}', false);
    expect(token).toMatchObject({ kind: 'rejected' });
    // The office's own reason is a param, kept in its words in either language.
    expect(wordStored('id', token.kind === 'rejected' ? token.reason : '')).toMatch(
      /^Token ditolak oleh server kantor \(HTTP 403\): perangkat diblokir/,
    );
    expect(wordStored('en', token.kind === 'rejected' ? token.reason : '')).toMatch(
      /^The office server refused the token \(HTTP 403\): perangkat diblokir\./,
    );
    expect(interpretAnswer(404, '', true)).toEqual({ kind: 'unknown' });
    expect(interpretAnswer(404, '', false)).toEqual({
      kind: 'rejected',
      reason: msg('batches.upload.rejectedStatus', { status: 404 }),
    });
    // A reason the office gave in its own words is stored as it came.
    expect(interpretAnswer(409, '{"reason":"batch ganda"}', false)).toEqual({
      kind: 'rejected',
      reason: 'batch ganda',
    });
    expect(interpretAnswer(503, 'maintenance', false)).toMatchObject({ kind: 'retry' });
    expect(interpretAnswer(429, '', false)).toMatchObject({ kind: 'retry' });
    // A 200 without a receipt is not an acknowledgement: it is asked again later.
    expect(interpretAnswer(200, '{}', false)).toMatchObject({ kind: 'retry' });
    expect(interpretAnswer(200, '{"status":"acknowledged","receipt":"K-1"}', false)).toEqual({
      kind: 'acknowledged',
      receipt: 'K-1',
    });
  });

  it('keeps the batch pending while the office is unreachable and sends it when it comes back', async () => {
    const { dir, t, admin, manager, usb } = await tillWithClosedDays();
    const port = await freePort();
    await admin.ok('batches.setUploadSettings', { url: `http://127.0.0.1:${port}/batches`, token: TOKEN });
    t.setNow('2026-12-01T03:00:00Z');
    const { batch } = await manager.ok('batches.export', { dir: usb });

    expect(await t.engine.uploads.runOnce()).toBe(1);
    let [row] = await manager.ok('batches.list', {});
    expect(row?.upload).toMatchObject({ state: 'pending', attempts: 1 });
    expect(row?.upload?.lastError).toBe('batches.upload.connectionRefused');
    expect(wordStored('id', row?.upload?.lastError ?? '')).toMatch(/tidak dapat dihubungi/);
    expect(wordStored('en', row?.upload?.lastError ?? '')).toBe(
      'The office server cannot be reached (connection refused). Will try again later.',
    );
    expect(row?.upload?.nextAttemptAt).toBe('2026-12-01T03:00:30.000Z');
    // Backing off: not due again before the 30 seconds are up.
    expect(await t.engine.uploads.runOnce()).toBe(0);
    t.setNow('2026-12-01T03:00:31Z');
    expect(await t.engine.uploads.runOnce()).toBe(1);
    [row] = await manager.ok('batches.list', {});
    expect(row?.upload).toMatchObject({ state: 'pending', attempts: 2 });
    expect(row?.upload?.nextAttemptAt).toBe('2026-12-01T03:01:31.000Z'); // doubled: one minute

    // The office's server is back on the same address.
    const office = join(dir, 'office');
    const receiver = await receiverIn(office, port);
    t.setNow('2026-12-01T03:01:32Z');
    expect(await t.engine.uploads.runOnce()).toBe(1);
    [row] = await manager.ok('batches.list', {});
    expect(row?.upload).toMatchObject({ state: 'acknowledged', attempts: 3, lastError: null });
    expect(storedFolders(receiver.archive)).toHaveLength(1);
    expect(
      sha256(readFileSync(join(storedFolders(receiver.archive)[0] as string, BATCH_FILES.manifest))),
    ).toBe(batch.manifestSha256);
  });

  it("shows the office's reason for a rejection and sends again once a person fixed it", async () => {
    const { dir, t, admin, manager, usb } = await tillWithClosedDays();
    const office = join(dir, 'office');
    const receiver = await receiverIn(office);
    await admin.ok('batches.setUploadSettings', { url: receiver.url, token: 'token-yang-salah' });
    const { batch } = await manager.ok('batches.export', { dir: usb });
    await t.engine.uploads.runOnce();
    let [row] = await manager.ok('batches.list', {});
    expect(row?.upload?.state).toBe('rejected');
    expect(wordStored('id', row?.upload?.reason ?? '')).toMatch(
      /Token ditolak oleh server kantor \(HTTP 401\): token tidak dikenal/,
    );
    // A rejection is not retried on its own.
    t.setNow('2026-12-05T00:00:00Z');
    expect(await t.engine.uploads.runOnce()).toBe(0);

    await admin.ok('batches.setUploadSettings', { url: receiver.url, token: TOKEN });
    const queued = await manager.ok('batches.upload', { batchId: batch.id });
    expect(queued.upload).toMatchObject({ state: 'pending', reason: null });
    await t.engine.uploads.runOnce();
    [row] = await manager.ok('batches.list', {});
    expect(row?.upload?.state).toBe('acknowledged');
    const again = await manager.call('batches.upload', { batchId: batch.id });
    expect(again).toMatchObject({
      ok: false,
      error: expect.objectContaining({ code: 'CONFLICT', message: 'Batch #1 sudah diterima kantor.' }),
    });
  });

  it('is refused by the office when another till with the same code already sent a different #1', async () => {
    const first = await tillWithClosedDays(1);
    const office = join(first.dir, 'office');
    const receiver = await receiverIn(office);
    await first.admin.ok('batches.setUploadSettings', { url: receiver.url, token: TOKEN });
    await first.manager.ok('batches.export', { dir: first.usb });
    await first.t.engine.uploads.runOnce();

    const second = await tillWithClosedDays(2); // same device code BTH1, other sales
    await second.admin.ok('batches.setUploadSettings', { url: receiver.url, token: TOKEN });
    await second.manager.ok('batches.export', { dir: second.usb });
    await second.t.engine.uploads.runOnce();
    const [row] = await second.manager.ok('batches.list', {});
    expect(row?.upload?.state).toBe('rejected');
    // Two installs under one code: the office names the code, not only the clashing number.
    expect(row?.upload?.reason).toMatch(/^kode perangkat BTH1 sudah dipakai kasir lain: batch BTH1 #1 /);
    expect(await receiver.received()).toHaveLength(1);
  });

  it('rebuilds the zip from the database when the exported folder is gone, with the same bytes', async () => {
    const { dir, t, admin, manager, usb } = await tillWithClosedDays();
    const { batch } = await manager.ok('batches.export', { dir: usb });
    expect(batch.upload).toBeNull(); // upload was not set up at export time
    rmSync(batch.folder, { recursive: true }); // the stick went to the office
    const office = join(dir, 'office');
    const receiver = await receiverIn(office);
    await admin.ok('batches.setUploadSettings', { url: receiver.url, token: TOKEN });
    await manager.ok('batches.upload', { batchId: batch.id });
    await t.engine.uploads.runOnce();
    const [row] = await manager.ok('batches.list', {});
    expect(row?.upload?.state).toBe('acknowledged');
    const stored = storedFolders(receiver.archive);
    expect(verifyBatches(stored).ok).toBe(true);
    for (const file of batch.files) {
      expect(sha256(readFileSync(join(stored[0] as string, file.name)))).toBe(file.sha256);
    }
  });

  it('follows up a 202 by asking the office, and sends again when the office lost it', async () => {
    const { dir, t, admin, manager } = await tillWithClosedDays();
    let postCount = 0;
    let answerGet: { status: number; body: object } = { status: 200, body: { status: 'processing' } };
    const server: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.method === 'POST') postCount++;
        const answer = req.method === 'POST' ? { status: 202, body: { status: 'accepted' } } : answerGet;
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/batches`;
    await admin.ok('batches.setUploadSettings', { url, token: TOKEN });
    t.setNow('2026-12-01T03:00:00Z');
    await manager.ok('batches.export', {}); // no folder: the app's own batches folder
    expect(existsSync(join(dir, 'batches'))).toBe(true);

    await t.engine.uploads.runOnce();
    let [row] = await manager.ok('batches.list', {});
    expect(row?.upload).toMatchObject({ state: 'sent', nextAttemptAt: '2026-12-01T03:00:30.000Z' });
    expect(row?.upload?.sentAt).toBe('2026-12-01T03:00:00.000Z');
    t.setNow('2026-12-01T03:00:31Z');
    await t.engine.uploads.runOnce(); // still being checked
    [row] = await manager.ok('batches.list', {});
    expect(row?.upload?.state).toBe('sent');

    // The office cannot answer the question for a while: the batch stays sent, nothing is re-sent.
    answerGet = { status: 503, body: {} };
    t.setNow('2026-12-01T03:01:02Z');
    await t.engine.uploads.runOnce();
    [row] = await manager.ok('batches.list', {});
    expect(row?.upload).toMatchObject({
      state: 'sent',
      lastError: msg('batches.upload.serverTrouble', { status: 503 }),
    });
    expect(postCount).toBe(1);

    answerGet = { status: 404, body: { status: 'unknown' } }; // the office lost it
    t.setNow('2026-12-01T03:05:00Z');
    await t.engine.uploads.runOnce();
    [row] = await manager.ok('batches.list', {});
    expect(row?.upload?.state).toBe('pending'); // to be sent again, after a pause
    expect(wordStored('id', row?.upload?.lastError ?? '')).toBe(
      'Kantor tidak mengenal unggahan ini lagi: dikirim ulang.',
    );
    expect(postCount).toBe(1);
    t.setNow('2026-12-01T03:20:00Z');
    await t.engine.uploads.runOnce();
    expect(postCount).toBe(2); // sent again, with the same key

    answerGet = { status: 200, body: { status: 'acknowledged', receipt: 'KANTOR-77' } };
    t.setNow('2026-12-01T03:21:00Z');
    await t.engine.uploads.runOnce();
    [row] = await manager.ok('batches.list', {});
    expect(row?.upload).toMatchObject({ state: 'acknowledged', receipt: 'KANTOR-77' });
  });

  it('validates the upload settings, never shows the token, and audits the change', async () => {
    const { t, admin, manager } = await tillWithClosedDays(1);
    const plain = await admin.call('batches.setUploadSettings', {
      url: 'http://kantor.example.id/batches',
      token: TOKEN,
    });
    expect(plain).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(plain)).toMatch(/HTTPS/);
    const noToken = await admin.call('batches.setUploadSettings', {
      url: 'https://kantor.example.id/batches',
    });
    expect(noToken).toMatchObject({
      ok: false,
      error: { message: 'Token dari kantor wajib diisi untuk mengunggah batch.' },
    });
    const short = await admin.call('batches.setUploadSettings', {
      url: 'https://kantor.example.id/b',
      token: 'abc',
    });
    expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await manager.ok('batches.uploadSettings', {})).toEqual({
      url: null,
      tokenSet: false,
      tokenHint: null,
    });
    // Managers see the settings; only an admin changes them.
    const byManager = await manager.call('batches.setUploadSettings', {
      url: 'https://kantor.example.id/b',
      token: TOKEN,
    });
    expect(byManager).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const saved = await admin.ok('batches.setUploadSettings', {
      url: 'https://kantor.example.id/b',
      token: TOKEN,
    });
    expect(saved).toEqual({ url: 'https://kantor.example.id/b', tokenSet: true, tokenHint: '…2026' });
    const audit = await t.ok('audit.list', { action: 'settings.change' });
    const entry = audit.find((e) => e.subject === 'unggah batch');
    expect(entry?.detail).toEqual({ url: 'https://kantor.example.id/b', token: 'diubah' });
    expect(JSON.stringify(audit)).not.toContain(TOKEN);
    const unknown = await manager.call('batches.upload', { batchId: '01KB0000000000000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await admin.ok('batches.setUploadSettings', { url: null });
    const { batch } = await manager.ok('batches.export', {});
    const notSetUp = await manager.call('batches.upload', { batchId: batch.id });
    expect(notSetUp).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/^Unggah ke kantor belum diatur/) },
    });
  });
}, ['embedded']);
