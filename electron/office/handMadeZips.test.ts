// Batch zips made by people, not by the till: `zip -r` of the exported folder (Info-ZIP, with folder
// entries), a macOS Archive Utility zip (`__MACOSX/` resource forks, `.DS_Store`, data descriptors
// after each entry), a Windows-style one with backslashes. The receiver stores them like the
// till's own upload and writes nothing but the batch's files; `karya batch verify` reads them too.
// A zip with a file that does not belong to a batch is still refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_FILES } from '../../shared/batch/format';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { runBatchCli } from './batchCli';
import { startReceiver } from './receiver';

const tempDir = tempDirPerTest();
const TOKEN = 'kantor-palu-2026';
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

beforeAll(() => {
  for (const tool of ['zip', 'python3']) {
    if (spawnSync(tool, ['--help']).error)
      throw new Error(`${tool} is needed: apt-get install ${tool === 'zip' ? 'zip' : 'python3'}`);
  }
});

/**
 * Python's zipfile writing to a pipe (not seekable) puts sizes and CRC in a data descriptor after
 * each entry, as macOS's Archive Utility does; the entries are named as macOS names them.
 */
const MACOS_ZIP = `
import os, sys, zipfile
folder, out = sys.argv[1], sys.argv[2]
name = os.path.basename(folder)
class Pipe:
    def __init__(self, f): self.f, self.n = f, 0
    def write(self, b): self.f.write(b); self.n += len(b); return len(b)
    def tell(self): return self.n
    def flush(self): self.f.flush()
with open(out, 'wb') as raw:
    with zipfile.ZipFile(Pipe(raw), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(name + '/', b'')
        for f in sorted(os.listdir(folder)):
            with open(os.path.join(folder, f), 'rb') as src, z.open(name + '/' + f, 'w') as dst:
                dst.write(src.read())
        z.writestr(name + '/.DS_Store', b'\\0\\0\\0\\1Bud1')
        z.writestr('__MACOSX/', b'')
        z.writestr('__MACOSX/' + name + '/', b'')
        for f in sorted(os.listdir(folder)) + ['.DS_Store']:
            with z.open('__MACOSX/' + name + '/._' + f, 'w') as dst:
                dst.write(b'\\0\\5\\26\\7 AppleDouble')
`;

/** Entries named with backslashes, as some older Windows zip tools write them. */
const BACKSLASH_ZIP = `
import os, sys, zipfile
folder, out = sys.argv[1], sys.argv[2]
name = os.path.basename(folder)
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for f in sorted(os.listdir(folder)):
        info = zipfile.ZipInfo(name + '/' + f)
        info.filename = name + '\\\\' + f
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, open(os.path.join(folder, f), 'rb').read())
    z.writestr('Thumbs.db', b'thumbs')
`;

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
  const post = (zipPath: string, key: string) =>
    fetch(receiver.url, {
      method: 'POST',
      body: readFileSync(zipPath),
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': key },
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
  return { dir, batch, office, post };
}

/** Every file the office folder holds, relative to it. */
function filesUnder(root: string, at = ''): string[] {
  return readdirSync(join(root, at), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(root, join(at, e.name)) : [join(at, e.name)],
  );
}

function zipListing(zipPath: string): string {
  return execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' });
}

describe('hand-made batch zips', () => {
  it('takes `zip -r` of the folder (with its folder entry) and a macOS zip, writing only the batch', async () => {
    const { dir, batch, office, post } = await setUp();
    const infoZip = join(dir, 'info-zip.zip');
    execFileSync('zip', ['-q', '-r', infoZip, basename(batch.folder)], { cwd: dirname(batch.folder) });
    expect(zipListing(infoZip)).toContain(`${batch.name}/\n`);
    const mac = join(dir, 'mac.zip');
    execFileSync('python3', ['-c', MACOS_ZIP, batch.folder, mac]);
    expect(zipListing(mac)).toContain('__MACOSX/');

    const first = await post(infoZip, batch.id);
    expect(first).toMatchObject({ status: 201, body: { status: 'acknowledged', duplicate: false } });
    // The same batch again, from the Mac: stored once, answered as the duplicate it is.
    const again = await post(mac, `${batch.id}-mac`);
    expect(again).toMatchObject({ status: 200, body: { status: 'acknowledged', duplicate: true } });

    const stored = filesUnder(office).filter((f) => f.includes(batch.name));
    expect(stored.length).toBeGreaterThan(0);
    expect(
      stored.every((f) => !/__MACOSX|\.DS_Store|\._/.test(f)),
      stored.join(', '),
    ).toBe(true);
    const names = stored.map((f) => basename(f)).sort();
    expect(names).toEqual(
      [BATCH_FILES.manifest, BATCH_FILES.manifestSum, ...batch.files.map((f) => f.name)].sort(),
    );
  });

  it('reads backslash-separated names and ignores Thumbs.db', async () => {
    const { dir, batch, post } = await setUp();
    const zip = join(dir, 'windows.zip');
    execFileSync('python3', ['-c', BACKSLASH_ZIP, batch.folder, zip]);
    expect(zipListing(zip)).toContain(`${batch.name}\\${BATCH_FILES.manifest}`);
    expect(await post(zip, batch.id)).toMatchObject({ status: 201, body: { status: 'acknowledged' } });
  });

  it('still refuses a zip holding a file that is not the batch’s', async () => {
    const { dir, batch, post } = await setUp();
    writeFileSync(join(batch.folder, 'catatan.txt'), 'bukan bagian batch');
    const zip = join(dir, 'extra.zip');
    execFileSync('zip', ['-q', '-r', zip, basename(batch.folder)], { cwd: dirname(batch.folder) });
    const answer = await post(zip, batch.id);
    expect(answer).toMatchObject({ status: 400, body: { status: 'rejected' } });
    expect(answer.body.reason).toContain('catatan.txt');
  });

  it('lets `karya batch verify` and `merge` read a zip as they read a folder', async () => {
    const { dir, batch } = await setUp();
    const zip = join(dir, 'batch.zip');
    execFileSync('zip', ['-q', '-r', zip, basename(batch.folder)], { cwd: dirname(batch.folder) });
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    expect(await runBatchCli(['verify', zip], io)).toBe(0);
    expect(out.join('\n')).toContain('SEMUA SAH');
    const merged = join(dir, 'gabungan.xlsx');
    expect(await runBatchCli(['merge', zip, '--out', merged], io)).toBe(0);
    expect(existsSync(merged)).toBe(true);

    // No temporary folder to unpack into: said plainly, nothing half done.
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = join(dir, 'tidak-ada');
    out.length = 0;
    try {
      expect(await runBatchCli(['verify', zip], io)).toBe(1);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    expect(out.join('\n')).toContain('batch.zip tidak dapat dibuka ke folder sementara (ENOENT).');

    const notZip = join(dir, 'bukan.zip');
    writeFileSync(notZip, 'ini bukan zip');
    out.length = 0;
    expect(await runBatchCli(['verify', notZip], io)).toBe(1);
    expect(out.join('\n')).toContain('bukan zip satu folder batch');
  });
});
