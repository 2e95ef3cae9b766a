// The line under a sale's buttons saying why it cannot be voided or refunded.
import type { SaleDetail } from '../../../shared/contract';
import { formatMessage, type Lang, type MessageRef } from '../../../shared/messages';
import { useLang } from '../../i18n';

const worded = (lang: Lang, reason: MessageRef | null): string | null =>
  reason && (formatMessage(lang, reason.key, reason.params) ?? reason.key);

/**
 * Each reason once, in the screen's language: after a void both reasons say "already voided", and
 * the refund's sentence (which says more) is enough; identical reasons are never repeated.
 */
export function blockedText(
  detail: Pick<SaleDetail, 'status' | 'voidBlocked' | 'refundBlocked'>,
  // The screen re-renders on a language change (its useT), so the current language is read here.
  lang: Lang = useLang.getState().lang,
): string {
  const reasons =
    detail.status === 'voided' && detail.refundBlocked
      ? [detail.refundBlocked]
      : [detail.voidBlocked, detail.refundBlocked];
  const texts = reasons.map((reason) => worded(lang, reason));
  return [...new Set(texts.filter((text): text is string => Boolean(text)))].join(' ');
}
