import { describe, expect, it } from 'vitest';
import { ref } from '../../../shared/messages';
import { blockedText } from './blockedText';

describe('blockedText', () => {
  it('says "already voided" once after a void, in the screen language', () => {
    const detail = {
      status: 'voided' as const,
      voidBlocked: ref('afterSale.voidAlreadyVoided'),
      refundBlocked: ref('afterSale.refundVoided'),
    };
    expect(blockedText(detail, 'id')).toBe('Transaksi ini sudah dibatalkan; tidak ada yang bisa diretur.');
    expect(blockedText(detail, 'en')).toBe('This sale has been voided; there is nothing to refund.');
  });

  it('keeps two different reasons with their params, and says nothing when both actions are open', () => {
    expect(
      blockedText(
        {
          status: 'refunded',
          voidBlocked: ref('afterSale.voidOtherDay', { day: '2026-11-28' }),
          refundBlocked: ref('afterSale.refundAllBack'),
        },
        'en',
      ),
    ).toBe(
      'A sale can only be voided on its own business day (2026-11-28); on another day use a refund. ' +
        'Every item of this sale has already been refunded.',
    );
    const same = ref('afterSale.voidAfterRefund');
    expect(blockedText({ status: 'completed', voidBlocked: same, refundBlocked: same }, 'id')).toBe(
      'Transaksi ini sudah diretur sebagian; kembalikan sisanya dengan retur, bukan pembatalan.',
    );
    expect(blockedText({ status: 'completed', voidBlocked: null, refundBlocked: null }, 'en')).toBe('');
  });
});
