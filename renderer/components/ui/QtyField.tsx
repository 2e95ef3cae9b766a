// A quantity field: more than 0 (or 0 / negative where the rules allow), whole for pieces, at most
// 3 decimals for weighed goods, at most 10.000 on a line. Refusals show in place under the field.
import { cloneElement, type ReactElement, type ReactNode, useId, useState } from 'react';
import { useT } from '../../i18n';
import { FormRow } from './FormRow';
import { type QtyRules, readQty, showQty } from './fieldRules';

export interface QtyFieldProps {
  value: string;
  onChange: (text: string) => void;
  rules: QtyRules;
  /** Visible label; in a table row pass `ariaLabel` instead and no label is drawn. */
  label?: ReactNode;
  ariaLabel?: string;
  error?: string | null;
  testId?: string;
  messageTestId?: string;
  onEnter?: () => void;
  onEscape?: () => void;
}

export function QtyField({
  value,
  onChange,
  rules,
  label,
  ariaLabel,
  error,
  testId,
  messageTestId,
  onEnter,
  onEscape,
}: QtyFieldProps) {
  const t = useT();
  const [left, setLeft] = useState(false);
  const read = readQty(value, rules);
  const own =
    !read.ok && value.trim() !== '' && (left || read.error !== 'ui.qty.positive') ? t(read.error) : null;
  const message = error || own;
  const input = (
    <input
      className="ui-qty"
      data-testid={testId}
      aria-label={label ? undefined : ariaLabel}
      inputMode="decimal"
      autoComplete="off"
      maxLength={16}
      value={value}
      onChange={(event) => {
        setLeft(false);
        onChange(event.target.value);
      }}
      onBlur={() => {
        setLeft(true);
        const shown = showQty(value, rules);
        if (shown !== value) onChange(shown);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && onEnter) {
          event.preventDefault();
          onEnter();
        }
        if (event.key === 'Escape' && onEscape) onEscape();
      }}
    />
  );
  if (label) {
    return (
      <FormRow label={label} error={message} messageTestId={messageTestId}>
        {input}
      </FormRow>
    );
  }
  // In a table cell: the field and its message stacked, wired the same way.
  return <InlineField message={message} messageTestId={messageTestId} input={input} />;
}

function InlineField({
  message,
  messageTestId,
  input,
}: {
  message: string | null;
  messageTestId?: string;
  input: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  return (
    <span className="ui-inline-field">
      {cloneElement(input, {
        'aria-invalid': message ? true : undefined,
        'aria-describedby': message ? id : undefined,
      })}
      {message && (
        <span id={id} className="ui-message ui-message-error" role="alert" data-testid={messageTestId}>
          {message}
        </span>
      )}
    </span>
  );
}
