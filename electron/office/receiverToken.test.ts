// The receiver once looked tokens up with Set.has, whose time can depend on how much of a guess is
// right. It now compares SHA-256 digests (always 32 bytes, whatever was sent) with timingSafeEqual,
// against every token, and still tells a right token from a near miss. Real HTTP on 127.0.0.1.
import * as crypto from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeBackends } from '../../office/db/testing/backends';
import { startTarget, type TargetKind } from '../../office/server/testing/uploadTarget';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { tokenChecker } from './receiver';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const tempDir = tempDirPerTest();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const TOKENS = ['kantor-palu-2026', 'kantor-poso-2026'];

describe('the receiver token check', () => {
  it('knows the tokens and nothing near them', () => {
    const known = tokenChecker(TOKENS);
    expect(TOKENS.map(known)).toEqual([true, true]);
    for (const wrong of [
      '',
      'kantor-palu-2025',
      'kantor-palu-202',
      'kantor-palu-20266',
      'KANTOR-PALU-2026',
      'x',
    ]) {
      expect(known(wrong), wrong).toBe(false);
    }
  });
});

function overHttp(kind: TargetKind) {
  it('compares equal-length digests in constant time against every token, over HTTP', async () => {
    const receiver = await startTarget(kind, join(tempDir(), 'office'), { tokens: TOKENS });
    const compare = vi.mocked(crypto.timingSafeEqual);
    const status = async (token: string) =>
      (
        await fetch(`${receiver.url}/01JDZ7K3Q9X2M4N5P6R7S8T9VW`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status;
    for (const [token, expected] of [
      ['kantor-palu-2026', 404],
      ['kantor-poso-2026', 404],
      ['kantor-palu-2027', 401],
      ['k', 401],
      ['kantor-palu-2026-and-much-more-text-than-any-token', 401],
    ] as const) {
      compare.mockClear();
      expect(await status(token), token).toBe(expected);
      // Both tokens compared, each time with two 32-byte digests, whatever was sent.
      expect(compare).toHaveBeenCalledTimes(2);
      for (const [a, b] of compare.mock.calls) {
        expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
      }
    }
  });
}

describe('the reference receiver over HTTP', () => overHttp('reference'));
// The office server's upload door (its tokens from the page are compared the same way: uploads.test.ts).
describeBackends('the office upload door over HTTP', (kind) => overHttp(kind), ['embedded']);
