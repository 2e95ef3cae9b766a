// The office's line reader: one line without a line end once cost time quadratic in its length
// (25 MB: 4.6 s, 100 MB: 84 s), and `karya batch verify` followed a sales.jsonl symlink to
// /dev/zero and grew without end. Now: linear, a cap per line, regular files only, sizes first.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_FILES } from '../../shared/batch/format';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { checkListedFile, MAX_LINE_BYTES, readLines, SIZE_SLACK_BYTES } from './readLines';
import { verifyBatches } from './verifyBatches';

const tempDir = tempDirPerTest();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The fastest of three runs, in ms: the least disturbed by whatever else the machine does. */
function fastest(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

describe('readLines', () => {
  it('takes time linear in the length of a line without a line end (8x the bytes, not 64x the time)', () => {
    const dir = tempDir();
    const small = join(dir, 'small.jsonl');
    const large = join(dir, 'large.jsonl');
    writeFileSync(small, Buffer.alloc(3 * 1024 * 1024, 0x61));
    writeFileSync(large, Buffer.alloc(24 * 1024 * 1024, 0x61));
    // A cap above both sizes, so the whole line is held and passed on, as the slow reader did.
    const options = { maxLineBytes: 64 * 1024 * 1024 };
    let seen = 0;
    const onLine = (line: string) => {
      seen = line.length;
    };
    const smallMs = fastest(() => readLines(small, onLine, options));
    expect(seen).toBe(3 * 1024 * 1024);
    const largeMs = fastest(() => readLines(large, onLine, options));
    expect(seen).toBe(24 * 1024 * 1024);
    // Linear: about 8 times; the quadratic reader took over 30 times (2.6 s for the 24 MB line).
    expect(largeMs / Math.max(smallMs, 1)).toBeLessThan(16);
  });

  it('counts a line over the cap and goes on with the next, hashing every byte', () => {
    const dir = tempDir();
    const path = join(dir, 'sales.jsonl');
    const long = 'x'.repeat(2048);
    const bytes = Buffer.from(`{"a":1}\n${long}\n{"b":2}\r\n\n${long}`);
    writeFileSync(path, bytes);
    const lines: [string, number][] = [];
    const result = readLines(path, (line, n) => lines.push([line, n]), { maxLineBytes: 1024 });
    expect(lines).toEqual([
      ['{"a":1}', 1],
      ['{"b":2}', 3],
    ]);
    expect(result).toEqual({ bytes: bytes.length, sha256: sha256(bytes), lines: 5, tooLong: [2, 5] });
  });

  it('a 25 MB line with the default cap: one problem, nothing held', () => {
    const dir = tempDir();
    const path = join(dir, 'sales.jsonl');
    const bytes = Buffer.alloc(25 * 1024 * 1024, 0x7b);
    writeFileSync(path, bytes);
    expect(
      checkListedFile(path, 'sales.jsonl', { bytes: bytes.length, sha256: sha256(bytes) }, () => {}),
    ).toEqual([
      `sales.jsonl baris 1: lebih dari ${MAX_LINE_BYTES / 1024 / 1024} MB tanpa akhir baris (tidak dibaca)`,
    ]);
  });

  it('keeps characters whole across pieces and drops a leading byte order mark', () => {
    const dir = tempDir();
    const path = join(dir, 'names.jsonl');
    // 'é' is two bytes; put it across the 1 MB boundary of the reads.
    const pad = 'a'.repeat(1024 * 1024 - 1);
    writeFileSync(path, `\ufeffSatu\n${pad}é\nDua`);
    const lines: string[] = [];
    readLines(path, (line) => lines.push(line), { maxLineBytes: 4 * 1024 * 1024 });
    expect(lines.map((l) => (l.length > 10 ? `${l.length}:${l.slice(-2)}` : l))).toEqual([
      'Satu',
      `${pad.length + 1}:aé`,
      'Dua',
    ]);
  });
});

describe('checkListedFile', () => {
  it('refuses a symlink (to /dev/zero), a device, a pipe and a folder without reading them', () => {
    const dir = tempDir();
    const link = join(dir, 'sales.jsonl');
    symlinkSync('/dev/zero', link);
    const listed = { bytes: 10, sha256: '0'.repeat(64) };
    expect(checkListedFile(link, 'sales.jsonl', listed, () => {})).toEqual([
      'berkas sales.jsonl adalah tautan (symlink), bukan berkas biasa: tidak dibaca',
    ]);
    expect(checkListedFile('/dev/zero', 'sales.jsonl', listed, () => {})).toEqual([
      'berkas sales.jsonl bukan berkas biasa (folder, perangkat atau pipa): tidak dibaca',
    ]);
    const fifo = join(dir, 'cash.jsonl');
    execFileSync('mkfifo', [fifo]);
    expect(checkListedFile(fifo, 'cash.jsonl', listed)).toEqual([
      'berkas cash.jsonl bukan berkas biasa (folder, perangkat atau pipa): tidak dibaca',
    ]);
    mkdirSync(join(dir, 'lines.csv'));
    expect(checkListedFile(join(dir, 'lines.csv'), 'lines.csv', listed)).toEqual([
      'berkas lines.csv bukan berkas biasa (folder, perangkat atau pipa): tidak dibaca',
    ]);
    expect(checkListedFile(join(dir, 'none.jsonl'), 'none.jsonl', listed)).toEqual([
      'berkas none.jsonl tidak ada',
    ]);
  });

  it('reads nothing of a file far larger than its manifest entry; a small change is read for the details', () => {
    const dir = tempDir();
    const path = join(dir, 'sales.jsonl');
    writeFileSync(path, Buffer.alloc(SIZE_SLACK_BYTES + 200, 0x0a));
    let called = 0;
    expect(
      checkListedFile(path, 'sales.jsonl', { bytes: 100, sha256: '0'.repeat(64) }, () => called++),
    ).toEqual([
      `berkas sales.jsonl berubah: ${SIZE_SLACK_BYTES + 200} byte, manifest menyebut 100 byte; terlalu berbeda untuk diperiksa (tidak dibaca)`,
    ]);
    writeFileSync(path, '{"a":1}\n{"b":22}\n');
    const lines: string[] = [];
    expect(
      checkListedFile(path, 'sales.jsonl', { bytes: 16, sha256: '0'.repeat(64) }, (l) => lines.push(l)),
    ).toEqual([
      'berkas sales.jsonl berubah: SHA-256 tidak cocok dengan manifest (17 byte, manifest menyebut 16 byte)',
    ]);
    expect(lines).toEqual(['{"a":1}', '{"b":22}']);
    expect(called).toBe(0);
  });

  it('lets karya batch verify refuse a sales.jsonl that is a symlink to /dev/zero, at once', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    await sellAndCloseDays(t, { days: 1, salesPerDay: 2 });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const { batch } = await t.ok('batches.export', { dir: usb });
    t.engine.close();
    const sales = join(batch.folder, BATCH_FILES.sales);
    expect(statSync(sales).size).toBeGreaterThan(0);
    expect(readFileSync(sales, 'utf8')).toContain('"receiptNo"');
    rmSync(sales);
    symlinkSync('/dev/zero', sales);
    const report = verifyBatches([batch.folder]);
    expect(report.ok).toBe(false);
    expect(report.batches[0]?.problems ?? report.problems).toContain(
      'berkas sales.jsonl adalah tautan (symlink), bukan berkas biasa: tidak dibaca',
    );
  }, 60_000);
});
