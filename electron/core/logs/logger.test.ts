import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { fileLogger, recentLogLines, redact } from './logger';

const tempDir = tempDirPerTest();
const AT = new Date('2026-11-28T02:00:00Z');

describe('fileLogger', () => {
  it('writes one line per event with its fields, and errors summarised with a short stack', () => {
    const dir = tempDir();
    const echoed: string[] = [];
    const log = fileLogger({ dir, name: 'engine', now: () => AT, echo: (line) => echoed.push(line) });
    log.info('engine.open', { schemaVersion: 6, device: 'BTH1', note: 'dua kata' });
    log.error('command.failed', Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }), {
      command: 'sales.commitCash',
    });
    const lines = readFileSync(join(dir, 'engine.log'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      '2026-11-28T02:00:00.000Z INFO engine.open schemaVersion=6 device=BTH1 note="dua kata"',
    );
    expect(lines[1]).toMatch(
      /^2026-11-28T02:00:00\.000Z ERROR command\.failed command=sales\.commitCash error="Error \[SQLITE_IOERR\]: disk I\/O error\\n {4}at /,
    );
    // Only warnings and errors go to the console too.
    expect(echoed).toHaveLength(1);
  });

  it('rotates by size and keeps a fixed number of old files', () => {
    const dir = tempDir();
    const log = fileLogger({ dir, name: 'main', maxBytes: 200, keep: 2, now: () => AT });
    for (let i = 0; i < 30; i++) log.info('tick', { i });
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(200);
    }
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('i=29');
  });

  it('never throws when the folder cannot be written', () => {
    const dir = tempDir();
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'x');
    const log = fileLogger({ dir: blocked, name: 'engine' });
    expect(() => log.error('x', new Error('y'))).not.toThrow();
  });
});

describe('redact', () => {
  it('masks tokens, PIN hashes and pin/token/session pairs but keeps backup names readable', () => {
    const token = 'q3Yk8mV2xN5pL0aR7tW1zC4bE6gH9jK2sD5fG8hJ1kL';
    expect(redact(`session ${token} ok`)).toBe('session [disamarkan] ok');
    expect(redact('hash scrypt$32768$8$1$abc$def end')).toBe('hash [disamarkan] end');
    expect(redact('{"userId":3,"pin":"2468"}')).toBe('{"userId":3,"pin":"[disamarkan]"}');
    expect(redact('pin=2468 PIN: 1357 token=abc')).toBe(
      'pin=[disamarkan] PIN: [disamarkan] token=[disamarkan]',
    );
    expect(redact('file=karya-BTH1-20261128-140500-dayclose-12.db')).toBe(
      'file=karya-BTH1-20261128-140500-dayclose-12.db',
    );
  });

  it('applies to the lines gathered for diagnostics as well', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'engine.log'), 'a\nb pin=1234\nc\n');
    expect(recentLogLines(dir, ['main', 'engine'], 2)).toEqual([
      '--- engine.log (3 baris, 2 terakhir) ---',
      'b pin=[disamarkan]',
      'c',
    ]);
  });
});
