// `karya batch merge --out` into a folder that is not there once died with a raw stack trace. It
// now says what is wrong in Indonesian and exits 2 (a usage mistake), writing nothing; a workbook
// that cannot be written for another reason exits 1. The real command line, built and spawned.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCliEnv } from '../../tests/support/builtCli';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';

const BIN = join(__dirname, '..', '..', 'scripts', 'karya.mjs');
const tempDir = tempDirPerTest();
const builtEnv = builtCliEnv();
let root = '';
let usb = '';

beforeAll(async () => {
  // One exported batch for the whole file (tempDirPerTest would remove it after the first test).
  root = mkdtempSync(join(tmpdir(), 'karya-merge-'));
  const dir = root;
  const t = engineIn(dir);
  await sellAndCloseDays(t, { days: 1, salesPerDay: 2 });
  usb = join(dir, 'usb');
  mkdirSync(usb);
  await t.ok('batches.export', { dir: usb });
  t.engine.close();
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function karya(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: builtEnv(),
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('karya batch merge --out', () => {
  it('into a missing folder: a plain message, exit 2, nothing written', () => {
    const out = join(tempDir(), 'tidak-ada', 'gabungan.xlsx');
    const run = karya(['batch', 'merge', usb, '--out', out]);
    expect(run.err).toBe(
      `Folder untuk berkas hasil tidak ada: ${join(out, '..')}. Buat foldernya dulu, atau pilih folder lain untuk --out.\n`,
    );
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(2);
    expect(existsSync(join(out, '..'))).toBe(false);
  });

  it('onto a folder, or past a leftover of an interrupted merge: a plain message and nothing replaced', () => {
    const dir = tempDir();
    const folder = join(dir, 'laporan.xlsx');
    mkdirSync(folder);
    const onFolder = karya(['batch', 'merge', usb, '--out', folder]);
    expect(onFolder.err).toBe(`${folder} adalah folder: tulis nama berkas .xlsx untuk --out.\n`);
    expect(onFolder.code).toBe(2);

    const out = join(dir, 'gabungan.xlsx');
    writeFileSync(`${out}.partial`, 'sisa');
    const leftover = karya(['batch', 'merge', usb, '--out', out]);
    expect(leftover.err).toBe(
      `Berkas sementara ${out}.partial sudah ada (sisa penggabungan yang terputus): hapus dulu, lalu ulangi.\nTidak ada berkas yang ditulis.\n`,
    );
    expect(leftover.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['gabungan.xlsx.partial', 'laporan.xlsx']);
  });

  it('into a folder that is there: written, exit 0', () => {
    const out = join(tempDir(), 'gabungan.xlsx');
    const run = karya(['batch', 'merge', usb, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Ditulis: ${out}`);
    expect(existsSync(out)).toBe(true);
  });
});
