// The upload protocol over real HTTP on 127.0.0.1, against the reference receiver and against the
// office server's upload door on both databases: what it refuses and why (no token, no key, not a
// zip, paths outside the batch folder, a changed amount), and that the same batch sent twice, under
// one key or two, is stored once.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { describeBackends } from '../../office/db/testing/backends';
import { startTarget, type TargetKind } from '../../office/server/testing/uploadTarget';
import { BATCH_FILES } from '../../shared/batch/format';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';

const tempDir = tempDirPerTest();
const TOKEN = 'kantor-palu-2026';
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The files of an exported batch folder as zip entries `<name>/<file>`. */
function entriesOf(batch: { name: string; folder: string; files: { name: string }[] }) {
  return Object.fromEntries(
    [BATCH_FILES.manifest, BATCH_FILES.manifestSum, ...batch.files.map((f) => f.name)].map((name) => [
      `${batch.name}/${name}`,
      new Uint8Array(readFileSync(join(batch.folder, name))),
    ]),
  );
}

/** Two batches of one till, made once for the file (the tests only read them). */
let till: Promise<{ batch: ExportedBatch; second: ExportedBatch }> | undefined;
const tillDir = mkdtempSync(join(tmpdir(), 'karya-test-'));
afterAll(() => rmSync(tillDir, { recursive: true, force: true }));
type ExportedBatch = { id: string; name: string; folder: string; files: { name: string }[] };

function tillBatches() {
  till ??= (async () => {
    const t = engineIn(tillDir);
    try {
      await sellAndCloseDays(t, { days: 2, salesPerDay: 3 });
      const usb = join(tillDir, 'usb');
      mkdirSync(usb);
      const { batch } = await t.ok('batches.export', { dir: usb, days: ['2026-11-28'] });
      const { batch: second } = await t.ok('batches.export', { dir: usb });
      return { batch, second };
    } finally {
      await t.engine.close();
    }
  })();
  return till;
}

async function setUp(kind: TargetKind, options: { maxBytes?: number } = {}) {
  const { batch, second } = await tillBatches();
  const office = join(tempDir(), 'office');
  let receiver = await startTarget(kind, office, { tokens: [TOKEN], ...options });
  const files = entriesOf(batch);
  const post = (body: Uint8Array, headers: Record<string, string> = {}, url = receiver.url) =>
    fetch(url, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': batch.id, ...headers },
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
  /** Stops the receiver and starts it again on the same folder (as after a crash or a restart). */
  const restart = async () => {
    receiver = await receiver.restart();
    closers.push(() => receiver.close());
    return receiver;
  };
  /** The accepted batch folders' devices (none before the first). */
  const stored = () =>
    (existsSync(receiver.archive) ? readdirSync(receiver.archive) : []).filter((n) => !n.startsWith('.'));
  return {
    batch,
    second,
    office: receiver.archive,
    incoming: receiver.incoming,
    receiver,
    files,
    post,
    restart,
    stored,
    secondFiles: entriesOf(second),
  };
}

/** Sets the size the central directory declares for the first entry (a lying zip). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  let first = -1;
  for (let i = 0; i < bytes.length - 4; i++) {
    if (bytes.readUInt32LE(i) === 0x02014b50) {
      first = i;
      break;
    }
  }
  bytes.writeUInt32LE(size, first + 24);
  return new Uint8Array(bytes);
}

function uploadProtocol(kind: TargetKind) {
  it('stores a good batch once, whatever the key it comes under again', async () => {
    const { batch, office, receiver, files, post } = await setUp(kind);
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
  });

  it('refuses a key already used for another batch, and a folder named unlike its manifest', async () => {
    const { post, files, secondFiles, second, receiver } = await setUp(kind);
    expect((await post(zipSync(files))).status).toBe(201);
    // Batch #2 is good, but comes under #1's key.
    expect(await post(zipSync(secondFiles))).toEqual({
      status: 409,
      body: { status: 'rejected', reason: 'kunci idempotensi ini sudah dipakai untuk batch lain' },
    });
    // Batch #2's files in a folder named as another batch.
    const renamed = Object.fromEntries(
      Object.entries(secondFiles).map(([name, data]) => [
        name.replace(second.name, 'BTH1-batch-000009-20261129-20261129'),
        data,
      ]),
    );
    const misnamed = await post(zipSync(renamed), { 'idempotency-key': second.id });
    expect(misnamed.status).toBe(422);
    expect(misnamed.body.reason).toBe(
      `batch tidak sah: nama folder tidak sesuai manifest (seharusnya ${second.name})`,
    );
    // Under its own key and name it is taken, at the address with a trailing slash too.
    const fine = await post(zipSync(secondFiles), { 'idempotency-key': second.id }, `${receiver.url}/`);
    expect(fine).toMatchObject({ status: 201, body: { seq: 2 } });
  });

  it('cuts off a zip whose entry inflates beyond what it declares, and answers 413 over the limit', async () => {
    const { post, batch } = await setUp(kind, { maxBytes: 64 * 1024 });
    // 40 KB of zeros in sales.jsonl, declared as 10 bytes.
    const bomb = declareSize(zipSync({ [`${batch.name}/sales.jsonl`]: new Uint8Array(40_000) }), 10);
    const cut = await post(bomb);
    expect(cut.status).toBe(400);
    expect(cut.body.reason).toBe(
      'Isi unggahan bukan batch Karya POS: ' +
        `${batch.name}/sales.jsonl tidak cocok dengan ukuran yang disebut zip`,
    );
    // Declared honestly but too big once unpacked.
    const big = await post(zipSync({ [`${batch.name}/sales.jsonl`]: new Uint8Array(100_000) }));
    expect(big).toMatchObject({
      status: 400,
      body: { reason: 'Isi unggahan bukan batch Karya POS: terlalu besar setelah dibuka' },
    });
    // The upload itself over the limit, with its length declared and streamed without one.
    const tooBig = new Uint8Array(100_000).fill(7);
    expect((await post(tooBig)).status).toBe(413);
    const streamed = await fetch((await setUp(kind, { maxBytes: 64 * 1024 })).receiver.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': batch.id },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(20_000));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/terlalu besar/),
    });
  });

  it.runIf(kind === 'reference')(
    'takes up a batch put in place before a crash cut off its ledger line, and reads a cut ledger',
    async () => {
      const { post, files, secondFiles, second, office, restart } = await setUp(kind);
      expect((await post(zipSync(files))).status).toBe(201);
      // A crash after the folder was put in place, before its ledger line: the line is lost...
      writeFileSync(join(office, 'received.jsonl'), '{"key":"01KB');
      mkdirSync(join(office, '.incoming', 'leftover'), { recursive: true });
      await restart();
      expect(readdirSync(join(office, '.incoming'))).toEqual([]);
      // ...and the batch comes again: the folder in place is taken up, stored once.
      const again = await post(zipSync(files));
      expect(again).toMatchObject({ status: 201, body: { status: 'acknowledged' } });
      expect(readdirSync(join(office, 'BTH1'))).toHaveLength(1);
      // The ledger carries on after the cut line.
      expect((await post(zipSync(secondFiles), { 'idempotency-key': second.id })).status).toBe(201);
      const lines = readFileSync(join(office, 'received.jsonl'), 'utf8').split('\n').filter(Boolean);
      expect(lines.slice(1).map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2]);
      const receiver = await restart();
      expect((await receiver.received()).map((r) => r.seq)).toEqual([1, 2]);
    },
  );

  it.runIf(kind !== 'reference')(
    'takes up a batch folder put in place before a crash cut off its transaction',
    async () => {
      const { post, files, secondFiles, second, batch, office, incoming, restart, receiver } =
        await setUp(kind);
      // A crash after the folder was put in the archive, before its transaction committed: the folder
      // is there, its row is not; and a body was being received.
      cpSync(batch.folder, join(office, 'BTH1', batch.name), { recursive: true });
      mkdirSync(join(incoming, 'leftover'), { recursive: true });
      await restart();
      expect(readdirSync(incoming)).toEqual([]);
      expect(await receiver.received()).toEqual([]);
      // The batch comes again: the folder in place is taken up, stored once.
      const again = await post(zipSync(files));
      expect(again).toMatchObject({ status: 201, body: { status: 'acknowledged' } });
      expect(readdirSync(join(office, 'BTH1'))).toHaveLength(1);
      expect((await post(zipSync(secondFiles), { 'idempotency-key': second.id })).status).toBe(201);
      const restarted = await restart();
      expect((await restarted.received()).map((r) => r.seq)).toEqual([1, 2]);
    },
  );

  it('refuses without a token, without a key, and when the body is not a batch', async () => {
    const { files, post, receiver, batch, stored, incoming } = await setUp(kind);
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
    // A path under the door's that is not POST /batches (the office's other paths are its page's).
    const wrongPath = await fetch(`${receiver.url}/lain`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': batch.id },
      body: zip,
    });
    expect(wrongPath.status).toBe(404);
    expect(stored()).toEqual([]);
    expect(readdirSync(incoming)).toEqual([]);
  });

  it('refuses a batch whose amount was changed, with the reason verify gives', async () => {
    const { batch, files, post, stored } = await setUp(kind);
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
    expect(stored()).toEqual([]);
  });
}

describe('reference receiver', () => uploadProtocol('reference'));
describeBackends('office server upload door', (kind) => uploadProtocol(kind));
