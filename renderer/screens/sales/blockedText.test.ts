import { describe, expect, it } from 'vitest';
import { blockedText } from './blockedText';

describe('blockedText', () => {
  it('says "already voided" once after a void', () => {
    expect(
      blockedText({
        status: 'voided',
        voidBlocked: 'Transaksi ini sudah dibatalkan.',
        refundBlocked: 'Transaksi ini sudah dibatalkan; tidak ada yang bisa diretur.',
      }),
    ).toBe('Transaksi ini sudah dibatalkan; tidak ada yang bisa diretur.');
  });

  it('keeps two different reasons, and says nothing when both actions are open', () => {
    expect(
      blockedText({
        status: 'refunded',
        voidBlocked: 'Sudah diretur.',
        refundBlocked: 'Semua sudah diretur.',
      }),
    ).toBe('Sudah diretur. Semua sudah diretur.');
    expect(blockedText({ status: 'completed', voidBlocked: 'Sama.', refundBlocked: 'Sama.' })).toBe('Sama.');
    expect(blockedText({ status: 'completed', voidBlocked: null, refundBlocked: null })).toBe('');
  });
});
