// A discount as the cashier types it: rupiah or percent, and the reason (required when there is one).
import type { Discount } from '../../../shared/pricing';
import { useT } from '../../i18n';
import { parseCash } from '../parseInput';

export interface DiscountDraft {
  kind: 'amount' | 'percent';
  /** As typed: `5000` or `12,5`. */
  value: string;
  reason: string;
}

export function draftOf(discount: Discount | undefined, reason: string | undefined): DiscountDraft {
  if (!discount) return { kind: 'amount', value: '', reason: reason ?? '' };
  if (discount.kind === 'amount')
    return { kind: 'amount', value: String(discount.value), reason: reason ?? '' };
  return { kind: 'percent', value: String(discount.bp / 100).replace('.', ','), reason: reason ?? '' };
}

export type ParsedDiscount = { ok: true; discount: Discount | undefined } | { ok: false; error: string };

/** Percent to basis points with at most two decimals (12,5% = 1250), checked like the engine does. */
export function parseDiscount(draft: DiscountDraft, t: ReturnType<typeof useT>): ParsedDiscount {
  const text = draft.value.trim();
  if (text === '') return { ok: true, discount: undefined };
  if (draft.kind === 'amount') {
    const value = parseCash(text);
    return { ok: true, discount: value > 0 ? { kind: 'amount', value } : undefined };
  }
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, error: t('discount.percentInvalid') };
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bp > 10_000) return { ok: false, error: t('discount.percentTooLarge') };
  return { ok: true, discount: bp > 0 ? { kind: 'percent', bp } : undefined };
}

interface DiscountFieldsProps {
  draft: DiscountDraft;
  onChange: (draft: DiscountDraft) => void;
  testId: string;
}

export function DiscountFields({ draft, onChange, testId }: DiscountFieldsProps) {
  const t = useT();
  return (
    <fieldset className="discount-fields">
      <legend>{t('discount.title')}</legend>
      <div className="discount-row">
        <select
          aria-label={t('discount.kind')}
          data-testid={`${testId}-kind`}
          value={draft.kind}
          onChange={(e) => onChange({ ...draft, kind: e.target.value === 'percent' ? 'percent' : 'amount' })}
        >
          <option value="amount">Rp</option>
          <option value="percent">%</option>
        </select>
        <input
          aria-label={t('discount.value')}
          data-testid={`${testId}-value`}
          inputMode="decimal"
          autoComplete="off"
          value={draft.value}
          onChange={(e) => onChange({ ...draft, value: e.target.value })}
        />
      </div>
      <label className="field">
        <span>{t('discount.reason')}</span>
        <input
          data-testid={`${testId}-reason`}
          maxLength={120}
          value={draft.reason}
          onChange={(e) => onChange({ ...draft, reason: e.target.value })}
        />
      </label>
    </fieldset>
  );
}
