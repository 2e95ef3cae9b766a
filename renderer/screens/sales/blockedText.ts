// The line under a sale's buttons saying why it cannot be voided or refunded.
import type { SaleDetail } from '../../../shared/contract';

/**
 * Each reason once: after a void both reasons say "already voided", and the refund's sentence
 * (which says more) is enough; identical reasons are never repeated.
 */
export function blockedText(detail: Pick<SaleDetail, 'status' | 'voidBlocked' | 'refundBlocked'>): string {
  const reasons =
    detail.status === 'voided' && detail.refundBlocked
      ? [detail.refundBlocked]
      : [detail.voidBlocked, detail.refundBlocked];
  return [...new Set(reasons.filter((reason): reason is string => Boolean(reason)))].join(' ');
}
