import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/messages';
import { ByteQueue, interpretStatus, isStatusByte, PROBLEM_KEYS, probeStatus, StatusTimeout } from './status';

describe('DLE EOT status', () => {
  it('recognises status bytes by their fixed bits', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x1a)).toBe(true);
    expect(isStatusByte(0x72)).toBe(true);
    expect(isStatusByte(0x00)).toBe(false);
    expect(isStatusByte(0x13)).toBe(false);
    expect(isStatusByte(0x92)).toBe(false);
  });

  it.each([
    ['healthy', { printer: 0x12, offlineCause: 0x12, paper: 0x12 }, [], []],
    ['cover open', { printer: 0x1a, offlineCause: 0x16, paper: 0x12 }, ['coverOpen'], []],
    ['paper out (n=2 bit 5)', { printer: 0x1a, offlineCause: 0x32, paper: 0x12 }, ['paperOut'], []],
    ['paper out (n=4 0x60)', { printer: 0x1a, offlineCause: 0x12, paper: 0x72 }, ['paperOut'], []],
    ['paper near end', { printer: 0x12, offlineCause: 0x12, paper: 0x1e }, [], ['paperNearEnd']],
    ['offline without a reason', { printer: 0x1a, offlineCause: 0x12, paper: 0x12 }, ['offline'], []],
    ['autocutter error', { printer: 0x1a, offlineCause: 0x52, error: 0x1a, paper: 0x12 }, ['cutter'], []],
    [
      'unrecoverable error',
      { printer: 0x1a, offlineCause: 0x52, error: 0x32, paper: 0x12 },
      ['unrecoverable'],
      [],
    ],
    ['other error', { printer: 0x1a, offlineCause: 0x52, error: 0x12, paper: 0x12 }, ['error'], []],
  ] as const)('reads %s', (_label, answers, blocking, warnings) => {
    expect(interpretStatus(answers)).toEqual({ blocking, warnings });
  });

  it('words every problem in Indonesian and in English', () => {
    const id = (problem: keyof typeof PROBLEM_KEYS) => formatMessage('id', PROBLEM_KEYS[problem]);
    expect(id('paperOut')).toMatch(/^Kertas printer habis/);
    expect(id('coverOpen')).toMatch(/^Penutup printer terbuka/);
    expect(id('offline')).toMatch(/offline/);
    expect(id('paperNearEnd')).toMatch(/hampir habis/);
    expect(formatMessage('en', PROBLEM_KEYS.paperOut)).toMatch(/^The printer is out of paper/);
  });

  it('asks n = 1, 2 and 4 in turn, skipping stray bytes, and asks n = 3 after an error', async () => {
    const asked: number[] = [];
    const queue = new ByteQueue();
    const replies: Record<number, number[]> = { 1: [0x00, 0x1a], 2: [0x52], 3: [0x1a], 4: [0x12] };
    const link = {
      write: async (bytes: Uint8Array) => {
        const n = bytes[2] ?? 0;
        asked.push(n);
        setTimeout(() => queue.push(Uint8Array.from(replies[n] ?? [])), 1);
      },
      readByte: (ms: number) => queue.readByte(ms),
    };
    await expect(probeStatus(link, 500)).resolves.toEqual({ blocking: ['cutter'], warnings: [] });
    expect(asked).toEqual([1, 2, 3, 4]);
  });

  it('times out cleanly when the printer never answers', async () => {
    const queue = new ByteQueue();
    const link = { write: async () => {}, readByte: (ms: number) => queue.readByte(ms) };
    const started = Date.now();
    await expect(probeStatus(link, 80)).rejects.toBeInstanceOf(StatusTimeout);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
