// A rupiah field: whole rupiah, never negative, at most MAX_RUPIAH. What it cannot hold is said in
// place under it as soon as the person leaves the field; a good amount is then shown as `25.000`.
import { type ReactNode, type Ref, useState } from 'react';
import { useT } from '../../i18n';
import { FormRow } from './FormRow';
import { readMoney, showMoney } from './fieldRules';

export interface MoneyFieldProps {
  label: ReactNode;
  value: string;
  onChange: (text: string) => void;
  /** Empty is allowed (read as null). */
  optional?: boolean;
  /** A refusal from the form or the engine; wins over the field's own. */
  error?: string | null;
  help?: ReactNode;
  placeholder?: string;
  testId?: string;
  messageTestId?: string;
  inputRef?: Ref<HTMLInputElement>;
  wide?: boolean;
  disabled?: boolean;
}

export function MoneyField({
  label,
  value,
  onChange,
  optional,
  error,
  help,
  placeholder,
  testId,
  messageTestId,
  inputRef,
  wide,
  disabled,
}: MoneyFieldProps) {
  const t = useT();
  const [left, setLeft] = useState(false);
  const read = readMoney(value, { optional: optional ?? false });
  // An empty required field is only named on save; a wrong character is named at once.
  const own =
    !read.ok &&
    (left ? value.trim() !== '' || error !== undefined : /[^\d.\s]/.test(value.replace(/^rp\.?/i, '')))
      ? t(read.error)
      : null;
  return (
    <FormRow
      label={label}
      error={error || own}
      help={help}
      required={!optional}
      wide={wide}
      messageTestId={messageTestId}
    >
      <input
        ref={inputRef}
        className="ui-money"
        data-testid={testId}
        inputMode="numeric"
        autoComplete="off"
        maxLength={24}
        placeholder={placeholder}
        disabled={disabled}
        value={value}
        onChange={(event) => {
          setLeft(false);
          onChange(event.target.value);
        }}
        onBlur={() => {
          setLeft(true);
          const shown = showMoney(value);
          if (shown !== value) onChange(shown);
        }}
      />
    </FormRow>
  );
}
