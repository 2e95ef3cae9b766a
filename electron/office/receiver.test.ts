// The reference receiver on its own, over real HTTP on 127.0.0.1: what it refuses and why (no
// token, no key, not a zip, paths outside the batch folder, a changed amount), and that the same
// batch sent twice, under one key or two, is stored once.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BATCH_FILES } from '../../shared/batch/format';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { startReceiver } from './receiver';

const tempDir = tempDirPerTest();
const TOKEN = 'kantor-palu-2026';
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function setUp() {
  const dir = tempDir();
  const t = engineIn(dir);
  closers.push(() => t.engine.close());
  await sellAndCloseDays(t, { days: 1, salesPerDay: 3 });
  const usb = join(dir, 'usb');
  mkdirSync(usb);
  const { batch } = await t.ok('batches.export', { dir: usb });
  const office = join(dir, 'office');
  const receiver = await startReceiver({ dir: office, tokens: [TOKEN], log: () => undefined });
  closers.push(() => receiver.close());
  const files = Object.fromEntries(
    [BATCH_FILES.manifest, BATCH_FILES.manifestSum, ...batch.files.map((f) => f.name)].map((name) => [
      `${batch.name}/${name}`,
      new Uint8Array(readFileSync(join(batch.folder, name))),
    ]),
  );
  const post = (body: Uint8Array, headers: Record<string, string> = {}) =>
    fetch(receiver.url, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': batch.id, ...headers },
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
  return { batch, office, receiver, files, post };
}

describe('reference receiver', () => {
  it('stores a good batch once, whatever the key it comes under again', async () => {
    const { batch, office, receiver, files, post } = await setUp();
    const zip = zipSync(files);
    const first = await post(zip);
    expect(first).toMatchObject({ status: 201, body: { status: 'acknowledged', duplicate: false, seq: 1 } });
    const again = await post(zip);
    expect(again).toMatchObject({ status: 200, body: { status: 'acknowledged', duplicate: true } });
    expect(again.body.receipt).toBe(first.body.receipt);
    const otherKey = await post(zip, { 'idempotency-key': 'lain-lain-123' });
    expect(otherKey).toMatchObject({ status: 200, body: { duplicate: true, receipt: first.body.receipt } });
    expect(readdirSync(join(office, 'BTH1'))).toEqual([batch.name]);
    // The status of an upload by its key, for a till that got a 202.
    const status = await fetch(`${receiver.url}/${batch.id}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ status: 'acknowledged', receipt: first.body.receipt });
    const unknown = await fetch(`${receiver.url}/01KB0000000000000000000000`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(unknown.status).toBe(404);
    // A key already used for this batch cannot carry another one.
    const changedSum = { ...files, [`${batch.name}/${BATCH_FILES.manifestSum}`]: new Uint8Array([1]) };
    const reused = await post(zipSync(changedSum));
    expect(reused.status).toBe(422);
  });

  it('refuses without a token, without a key, and when the body is not a batch', async () => {
    const { office, files, post, receiver, batch } = await setUp();
    const zip = zipSync(files);
    expect(await post(zip, { authorization: 'Bearer salah-sekali' })).toEqual({
      status: 401,
      body: { status: 'rejected', reason: 'token tidak dikenal' },
    });
    expect((await post(zip, { 'idempotency-key': '../x' })).status).toBe(400);
    const notZip = await post(new TextEncoder().encode('bukan zip'));
    expect(notZip.status).toBe(400);
    expect(notZip.body.reason).toMatch(/^Isi unggahan bukan batch Karya POS: zip rusak/);
    const outside = await post(zipSync({ ...files, '../../evil.txt': new Uint8Array([1]) }));
    expect(outside).toMatchObject({ status: 400 });
    expect(outside.body.reason).toBe(
      'Isi unggahan bukan batch Karya POS: berkas ../../evil.txt tidak dikenal',
    );
    const wrongPath = await fetch(receiver.url.replace('/batches', '/lain'), {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': batch.id },
      body: zip,
    });
    expect(wrongPath.status).toBe(404);
    expect(readdirSync(office).filter((n) => !n.startsWith('.'))).toEqual([]);
    expect(readdirSync(join(office, '.incoming'))).toEqual([]);
  });

  it('refuses a batch whose amount was changed, with the reason verify gives', async () => {
    const { batch, office, files, post } = await setUp();
    const name = `${batch.name}/${BATCH_FILES.sales}`;
    const text = new TextDecoder().decode(files[name]);
    const firstTotal = /"total":(\d+)/.exec(text)?.[1] ?? '';
    const tampered = text.replace(`"total":${firstTotal}`, `"total":${Number(firstTotal) + 1000}`);
    const answer = await post(zipSync({ ...files, [name]: new TextEncoder().encode(tampered) }));
    expect(answer.status).toBe(422);
    expect(answer.body.reason).toMatch(
      /^batch tidak sah: sales\.jsonl: transaksi BTH1-20261128-0001: total tertulis \d+, tetapi dari rinciannya \d+;/,
    );
    const problems = answer.body.problems as string[];
    expect(
      problems.some((p) => p.startsWith('berkas sales.jsonl berubah: SHA-256 tidak cocok dengan manifest')),
    ).toBe(true);
    expect(readdirSync(office).filter((n) => !n.startsWith('.'))).toEqual([]);
  });
});
