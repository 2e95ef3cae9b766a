// A discount as the cashier types it: rupiah or percent, and the reason (required when there is one).
// Each refusal is said under its own field.
import { formatNumber } from '../../../shared/money';
import type { Discount } from '../../../shared/pricing';
import { useT } from '../../i18n';
import { FormRow, MoneyField, readMoney } from '../ui';

export interface DiscountDraft {
  kind: 'amount' | 'percent';
  /** As typed: `5.000` or `12,5`. */
  value: string;
  reason: string;
}

export function draftOf(discount: Discount | undefined, reason: string | undefined): DiscountDraft {
  if (!discount) return { kind: 'amount', value: '', reason: reason ?? '' };
  if (discount.kind === 'amount')
    return { kind: 'amount', value: formatNumber(discount.value), reason: reason ?? '' };
  return { kind: 'percent', value: String(discount.bp / 100).replace('.', ','), reason: reason ?? '' };
}

/** What is wrong with the discount, field by field (null where nothing is). */
export interface DiscountErrors {
  value: string | null;
  reason: string | null;
}

export const NO_DISCOUNT_ERRORS: DiscountErrors = { value: null, reason: null };

export type ReadDiscount =
  | { ok: true; discount: Discount | undefined }
  | { ok: false; errors: DiscountErrors };

/**
 * The discount the draft asks for, checked like the engine does: rupiah as the money fields read it,
 * percent with at most two decimals (12,5% = 1250 basis points), and a reason whenever there is one.
 */
export function readDiscount(draft: DiscountDraft, t: ReturnType<typeof useT>): ReadDiscount {
  const value = readValue(draft, t);
  if (!value.ok) {
    return { ok: false, errors: { value: value.error, reason: null } };
  }
  if (value.discount && draft.reason.trim() === '') {
    return { ok: false, errors: { value: null, reason: t('discount.reasonNeeded') } };
  }
  return value;
}

function readValue(
  draft: DiscountDraft,
  t: ReturnType<typeof useT>,
): { ok: true; discount: Discount | undefined } | { ok: false; error: string } {
  const text = draft.value.trim();
  if (text === '') return { ok: true, discount: undefined };
  if (draft.kind === 'amount') {
    const read = readMoney(text, { optional: true });
    if (!read.ok) return { ok: false, error: t(read.error) };
    return { ok: true, discount: read.value ? { kind: 'amount', value: read.value } : undefined };
  }
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, error: t('discount.percentInvalid') };
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bp > 10_000) return { ok: false, error: t('discount.percentTooLarge') };
  return { ok: true, discount: bp > 0 ? { kind: 'percent', bp } : undefined };
}

interface DiscountFieldsProps {
  draft: DiscountDraft;
  /** A field the cashier changes loses its refusal. */
  onChange: (draft: DiscountDraft, changed: keyof DiscountErrors | null) => void;
  errors: DiscountErrors;
  testId: string;
}

export function DiscountFields({ draft, onChange, errors, testId }: DiscountFieldsProps) {
  const t = useT();
  return (
    <fieldset className="discount-fields">
      <legend>{t('discount.title')}</legend>
      <div className="discount-row">
        <FormRow label={t('discount.kind')}>
          <select
            data-testid={`${testId}-kind`}
            value={draft.kind}
            onChange={(e) =>
              onChange({ ...draft, kind: e.target.value === 'percent' ? 'percent' : 'amount' }, 'value')
            }
          >
            <option value="amount">Rp</option>
            <option value="percent">%</option>
          </select>
        </FormRow>
        {draft.kind === 'amount' ? (
          <MoneyField
            label={t('discount.value')}
            optional
            testId={`${testId}-value`}
            messageTestId={`${testId}-value-error`}
            value={draft.value}
            error={errors.value}
            onChange={(value) => onChange({ ...draft, value }, 'value')}
          />
        ) : (
          <FormRow label={t('discount.value')} error={errors.value} messageTestId={`${testId}-value-error`}>
            <input
              className="ui-money"
              data-testid={`${testId}-value`}
              inputMode="decimal"
              autoComplete="off"
              maxLength={6}
              value={draft.value}
              onChange={(e) => onChange({ ...draft, value: e.target.value }, 'value')}
            />
          </FormRow>
        )}
      </div>
      <FormRow label={t('discount.reason')} error={errors.reason} messageTestId={`${testId}-reason-error`}>
        <input
          data-testid={`${testId}-reason`}
          maxLength={120}
          value={draft.reason}
          onChange={(e) => onChange({ ...draft, reason: e.target.value }, 'reason')}
        />
      </FormRow>
    </fieldset>
  );
}
